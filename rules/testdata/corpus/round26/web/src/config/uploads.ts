// Upload targets for the driver portal (Vite build, exposed to the browser!)
export const AVATAR_UPLOAD_BASE =
  "https://stlsfavatars.blob.core.windows.net/avatars";

// write-only container SAS, blobs are named <driverId>.webp
export const AVATAR_UPLOAD_SAS =
  "sv=2026-04-06&se=2027-10-01T00%3A00%3A00Z&sr=c&sp=cw&sig=4YA6qmJ%2Beg6e2zptgFPZIFhKel%2BonlP1iVJ1X1bSF08%3D";

export const avatarUrl = (driverId: string) =>
  `${AVATAR_UPLOAD_BASE}/${driverId}.webp?${AVATAR_UPLOAD_SAS}`;

// SRI for the image cropper loaded from the CDN
export const CROPPER_SCRIPT = {
  src: "https://cdn.jsdelivr.net/npm/cropperjs@1.6.2/dist/cropper.min.js",
  integrity: "sha512-JyCZjCOZoyeQZSd5+YEAcFgz2fowJ1F1hyJOXgtKu4llIa0KneLcidn5bwfutiehUTiOuK87A986BZJMko0eWQ==",
};

// RSA public key used to verify signed upload receipts
export const RECEIPT_PUBLIC_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB";
