import { BlobSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from "@azure/storage-blob";

export function sign(account: string, key: string, container: string, blob: string): string {
  const cred = new StorageSharedKeyCredential(account, key);
  const q = generateBlobSASQueryParameters({
    containerName: container, blobName: blob,
    permissions: BlobSASPermissions.parse("r"),
    expiresOn: new Date(Date.now() + 3600_000),
  }, cred).toString();
  return `https://${account}.blob.core.windows.net/${container}/${blob}?${q}`;
}

export const withSig = (base: string, sv: string, se: string, sig: string) =>
  `${base}?sv=${sv}&se=${encodeURIComponent(se)}&sr=b&sp=r&sig=${encodeURIComponent(sig)}`;

export const fromEnv = process.env.AZURE_STORAGE_SAS ?? "";
export const params = new URLSearchParams(location.search).get("sig");
