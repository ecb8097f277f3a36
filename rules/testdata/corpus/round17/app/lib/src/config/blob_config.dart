// ignore_for_file: constant_identifier_names
const String kGalleryBase = 'https://fabgallery5.blob.core.windows.net/gallery';

/// Read/list account SAS for the public gallery (rotated by hand, see OPS-88).
const String kGallerySas = 'sv=2022-11-02&ss=b&srt=o&spr=https&se=2028-01-20T00%3A00%3A02Z&sp=rl'
    '&sig=sLK2d%2'
    'BWxYPFbd69bpBu0%2Fap%2BBAaVBTvG0yt0oVVlh8Q%3D';

/// Local emulator, used by integration_test/ only.
const String kEmulatorCosmosKey =
    'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

String galleryUrl(String name) => '$kGalleryBase/${Uri.encodeComponent(name)}?$kGallerySas';
