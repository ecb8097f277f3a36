import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
} from "@azure/storage-blob";
import { DefaultAzureCredential } from "@azure/identity";

const account = process.env.STORAGE_ACCOUNT!;
const svc = new BlobServiceClient(`https://${account}.blob.core.windows.net`, new DefaultAzureCredential());

export async function partnerLink(container: string, blob: string): Promise<string> {
  const startsOn = new Date();
  const expiresOn = new Date(startsOn.getTime() + 6 * 3600 * 1000);
  const key = await svc.getUserDelegationKey(startsOn, expiresOn);
  const sas = generateBlobSASQueryParameters(
    { containerName: container, blobName: blob, permissions: BlobSASPermissions.parse("r"), startsOn, expiresOn },
    key,
    account,
  ).toString();
  // e.g. ...?sv=2025-07-05&st=...&se=...&skoid=<oid>&sktid=<tid>&ske=...&sks=b&skv=...&sr=b&sp=r&sig=<sig>
  return `https://${account}.blob.core.windows.net/${container}/${blob}?${sas}`;
}

// test helper
export const SAS_SHAPE = /[?&]sig=[A-Za-z0-9%]{40,}/;
