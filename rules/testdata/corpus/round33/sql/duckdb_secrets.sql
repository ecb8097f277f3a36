INSTALL azure; LOAD azure;
CREATE PERSISTENT SECRET lake_prod (
    TYPE AZURE,
    CONNECTION_STRING 'DefaultEndpointsProtocol=https;AccountName=opsitorrmws;AccountKey=UJjdTNaNTfl+r5iRWxaGIWzEtZgla0KAQ1IoQQDbxaFu19356JVGDosj8vrdIB0VBD3tVlFRXbVB17GK5Pb4yA==;EndpointSuffix=core.windows.net'
);
CREATE SECRET lake_sas (
    TYPE AZURE,
    CONNECTION_STRING 'BlobEndpoint=https://opsq13rhtkupojdf.blob.core.windows.net/;SharedAccessSignature=sv=2026-04-06&spr=https&se=2027-09-30T23%3A59%3A59Z&sr=c&sp=rl&sig=aTxj%2Fn9K%2BpEH5c0cYYyx9TtD4QWFQwYOTVwt9wTKP0Y%3D'
);
CREATE SECRET lake_local (TYPE AZURE, CONNECTION_STRING 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;');
