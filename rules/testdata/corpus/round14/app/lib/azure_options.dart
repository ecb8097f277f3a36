class AzureOptions {
  static const uploadUrl = 'https://fltn41pn9sek1u5.blob.core.windows.net/avatars?sv=2026-04-06&spr=https&se=2027-10-10T08%3A00%3A00Z&sr=c'
      '&sp=cw&sig=pvHfu%2F1f14hsULerNzacaK4NQwnQgTh3ePgJP5pfK0c%3D';
  static const cdnHost = 'cdn.contoso-media.net';
  static const etag = '"0x8DCF0D87F2E90A0"';
}
