static NSString *const kSasURL = @"https://prod5srb6g75jbm.blob.core.windows.net/models/train.parquet?sv=2020-02-10&"
    @"se=2026-11-22T01%3A45%3A03Z&sr=bv&sp=racwdxte&sig=nVGnZ6bSFNhMqHfrpBbKCaFsMSuzlyosMgApxb%2BVgx0%3D&versionid=2026-11-18T08%3A27%3A09.0000000Z";
