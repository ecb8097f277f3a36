String endpoint = "https://contosoevtxm1an2yqxs.blob.core.windows.net/";

BlobServiceClient client = new BlobServiceClientBuilder()
            .endpoint(endpoint)
            .sasToken("sv=2020-04-08&ss=bf&srt=sco&spr=https&se=2027-10-23T18%3A00%3A10Z&sp=rwdlu&sig=RWjvOP8jmwdxGyZVUBon270R%2FaVteM4uspfOK%2FdAQI8%3D")
            .httpLogOptions(new HttpLogOptions().setLogLevel(HttpLogDetailLevel.BODY_AND_HEADERS))
            .buildClient();
