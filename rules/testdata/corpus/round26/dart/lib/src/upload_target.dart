/// Where the driver app uploads POD photos.
class UploadTarget {
  static const String container =
      'https://stlsfmobile.blob.core.windows.net/pod-photos';

  // create/write only, https only
  static const String sas = 'sv=2026-04-06&spr=https'
      '&se=2028-01-31T00%3A00%3A00Z&sr=c&sp=cw'
      '&sig=DV1CuqIHMW%2Fkcpd77C'
      'Gm95ai76GNk2LUvs2C1oun4sE%3D';

  static Uri forPhoto(String shipmentId, int index) =>
      Uri.parse('$container/$shipmentId/$index.jpg?$sas');
}
