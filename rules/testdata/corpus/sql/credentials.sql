-- External data source for the data warehouse load
CREATE DATABASE SCOPED CREDENTIAL BlobSas
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
SECRET = 'sv=2018-03-28&ss=b&srt=co&spr=https%2Chttp&st=2026-11-06T17%3A00%3A00Z&se=2026-11-22T03%3A46%3A33Z&sp=rl&sig=3ALmNADpSAt6NeW7ZFJ6L4vo5YhZPjh2wP7enkb0OpE%3D';

INSERT INTO app_settings (name, value) VALUES ('export_url', 'https://st62ujf.blob.core.windows.net/%24web?sv=2020-08-04&se=2026-12-16T03%3A15%3A11Z&sr=c&sp=rawdxltei&sig=zpu9rQIt8BYaWeVibPi9vDKSRssAyzcpEfT4q6CyDyY%3D');
UPDATE app_settings SET value = 'EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;AccountName=sagqrn5ckygxyy;AccountKey=7y34b74fyGZ8mj6/hIFQNdJIVfHQk6G+7S7dEFu8beLy/1MC+jzr+PHxH/jXo+61jKcX4ofDlKzKsDR9y+zrLQ==;' WHERE name = 'storage';
INSERT INTO app_settings (name, value) VALUES ('sas', '<paste SAS here>');
