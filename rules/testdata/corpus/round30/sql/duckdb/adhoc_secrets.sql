INSTALL azure; LOAD azure;

CREATE OR REPLACE PERSISTENT SECRET lake_conn (
    TYPE AZURE,
    CONNECTION_STRING 'AccountName=duckadhocw9kfjh;AccountKey=ihD5H+0fE8f3jH1+r+7GlXZhjoytoYsw8rm7U7Z7XSVnue1gjz0eSmuyN/ZRCsLxVeMNkqqjg9f67K2WxJ7nCQ=='
);

CREATE OR REPLACE SECRET lake_sas (
    TYPE AZURE,
    CONNECTION_STRING 'BlobEndpoint=https://duckadhocw9kfjh.blob.core.windows.net;SharedAccessSignature=sv=2026-04-06&ss=b&srt=co&spr=https&se=2027-09-30T00%3A00%3A00Z&sp=rl&sig=U07UsBx8MAaYwWqeHgjRy72e9L%2BtyUg0Q4euMxmbAA8%3D'
);

-- this one was never filled in
CREATE OR REPLACE SECRET lake_sas_tmpl (
    TYPE AZURE,
    CONNECTION_STRING 'BlobEndpoint=https://duckadhocw9kfjh.blob.core.windows.net;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-12-31T00:00:00Z'
);

SELECT * FROM 'az://raw/events/*.parquet' LIMIT 10;
