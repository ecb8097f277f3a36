class MediaSources {
  static const trailerBase = 'https://sthqb005zd5tud.blob.core.windows.net/trailers';

  static const s01e04 = '$trailerBase/S01E04/master.m3u8'
      '?sv=2026-04-06&spr=https&se=2027-07-15T08%3A00%3A00Z&sr=b&sp=r'
      '&sig=U55uwLKI2SIG9S8tPGqwof%2BHV4gltikwe7EbTJ64ERg%3D';

  static const placeholder = '$trailerBase/S01E05/master.m3u8?sv=2025-05-05&sr=b&sp=r&sig=xxxx';
}
