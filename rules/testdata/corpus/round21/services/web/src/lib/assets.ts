// Product image URLs for the storefront. The container is private; we append a
// long-lived read SAS until the CDN migration (WEB-1432) lands.
const ACCOUNT = "hlwebassets3";
const CONTAINER = "product-images";

const SAS_VERSION = "2022-11-02";
const SAS_EXPIRY = "2027-08-31T00:00:00Z";
const SAS_SIGNATURE = "SlaYS5KCur+foZZw+eR2BGxnHxQYPZTnQxO1pOE6tVQ=";

export function imageUrl(path: string): string {
  const q = `sv=${SAS_VERSION}&spr=https&se=${encodeURIComponent(SAS_EXPIRY)}&sr=c&sp=r&rscc=${encodeURIComponent("max-age=86400")}&sig=${encodeURIComponent(SAS_SIGNATURE)}`;
  return `https://${ACCOUNT}.blob.core.windows.net/${CONTAINER}/${path}?${q}`;
}

// Feature flags live in Table storage (query only).
const FLAGS_SAS = {
  sv: "2019-02-02",
  se: "2028-06-30T00:00:00Z",
  sp: "r",
  tn: "featureflags",
  sig: "K4waH+Ec4SJLyQefF+pqPRFbLYdRGYPOOwaSXfwVboo=",
};
export const flagsUrl = `https://hlwebstate.table.core.windows.net/featureflags()?${new URLSearchParams(FLAGS_SAS)}`;

export const IMAGE_INTEGRITY = "sha384-NcdqwxfpJl/6L+cbyWbsfbj2EgDYGhdb8eS6OvQ9q23oIPnJ4d175qXjm7QTSdzP";
