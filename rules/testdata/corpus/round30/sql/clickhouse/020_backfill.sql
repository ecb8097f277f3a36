-- backfill raw events from the landing account
INSERT INTO events_raw
SELECT *
FROM azureBlobStorage(
    'DefaultEndpointsProtocol=https;AccountName=cheventshontdb;AccountKey=kgwgqnQIvYkiInvfURaGsTZ78K+SZ2mPPjJfr0/TQDgLQln77e4Lg0WShyvMLneQCpQ4XCXrcb7NCtE+aiAr9g==;EndpointSuffix=core.windows.net',
    'landing',
    'events/2026/11/*.jsonl.gz',
    'JSONEachRow');

-- local testing against azurite
SELECT count() FROM azureBlobStorage(
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;',
    'landing', 'events/*.jsonl', 'JSONEachRow');
