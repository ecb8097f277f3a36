CREATE VIEW analytics.shipments_ext AS
SELECT * FROM azureBlobStorage(
    'DefaultEndpointsProtocol=https;AccountName=tallyarchivestg1;AccountKey=XhFnyVUH6CiRFX1H4PE7Ohbj250rUWA82hlbwTjL2Q+05JhVQDNGozAX/HT1UTLJ4Lz+OwUkJYwAImZncWhKlA==;EndpointSuffix=core.windows.net',
    'exports', 'shipments/*.csv', 'CSVWithNames');

CREATE VIEW analytics.local_test AS
SELECT * FROM azureBlobStorage('http://azurite:10000/devstoreaccount1', 'test', 'a.csv', 'devstoreaccount1',
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==', 'CSV');
-- positional form: url, container, path, account, key
SELECT count() FROM azureBlobStorage('https://quaymediaprdprd2.blob.core.windows.net', 'raw', 'events/*.json', 'quaymediaprdprd2',
    'yaYvvl7fvXJ06pXd+TOZ8NyjQZ0Ja2i1fYX6yx3b7bERalSvOojTNtJ87V2bd45GRw6Sp4JV76wsde6e+lsBPQ==', 'JSONEachRow');
