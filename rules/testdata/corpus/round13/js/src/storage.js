'use strict';
const { BlobServiceClient, StorageSharedKeyCredential } = require('@azure/storage-blob');

const config = {
  accountName: process.env.STORAGE_ACCOUNT || 'stwebf5z06nj5sy',
  accountKey: process.env.STORAGE_KEY || '/9kmW4nL0Qwfa0VZknK7143ZEanA60VN6HdSTSheEmmUE3gp8LZzqyoKVjt4zaGOUBf/FIvyQ5CVhvcIlxgCuA==',
  container: 'avatars',
};

// used by the CDN warmup job
const sasToken = '?sv=2026-04-06&ss=bf&srt=sco&se=2028-03-31T23%3A59%3A59Z&sp=rwdlc&sig=XwZzUOAntbw29uSZAKfjKfykhchlONah%2BNXwhLFrniA%3D';

function client() {
  const cred = new StorageSharedKeyCredential(config.accountName, config.accountKey);
  return new BlobServiceClient(`https://${config.accountName}.blob.core.windows.net`, cred);
}

function cdnClient() {
  return new BlobServiceClient(`https://str1701naqqt.blob.core.windows.net${sasToken}`);
}

module.exports = { client, cdnClient, config };
