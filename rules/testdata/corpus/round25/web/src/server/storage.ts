import { BlobServiceClient } from "@azure/storage-blob";

const sasParts: Record<string, string> = {
  sv: "2022-11-02",
  ss: "bq",
  srt: "sco",
  sp: "rwdlacup",
  se: "2027-12-31T00:00:00Z",
  sig: "XRr2tdNKQxIjzQbz+msGuBePBReor4vaUZS6gdPDeWs=",
};
const sas = Object.entries(sasParts).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
export const uploads = new BlobServiceClient(`https://tsuploads7cpg.blob.core.windows.net?${sas}`);

export const polyfillIntegrity = "sha384-ZyOEbXAT38CPTMuTMNNgqvAThcxfL6VFG7IKgInwmIuYaMrSjxDThuTTaybhkLwM";
