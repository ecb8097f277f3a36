// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

export const ACCOUNT_NAME = "fakeaccountname";
export const ACCOUNT_QUEUE_URL = `https://${ACCOUNT_NAME}.queue.core.windows.net/`;
export const ACCOUNT_KEY = "fakeaccountkey";
export const ACCOUNT_SAS =
  "sv=Sanitized&ss=bfqt&srt=sco&sp=rwdlacup&se=2025-09-03T18%3A13%3A39.8140000Z&sig=sanitizedsig";
export const STORAGE_CONNECTION_STRING = `DefaultEndpointsProtocol=https;AccountName=${ACCOUNT_NAME};AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`;
export const STORAGE_CONNECTION_STRING_WITH_SAS = `QueueEndpoint=${ACCOUNT_QUEUE_URL};SharedAccessSignature=${ACCOUNT_SAS}`;
export const SECONDARY_ACCOUNT_NAME = `${ACCOUNT_NAME}-secondary`;
export const SECONDARY_ACCOUNT_KEY = "fakesecondaryaccountkey";
