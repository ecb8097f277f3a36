-- load_clicks.hql : beeline -f load_clicks.hql --hivevar dt=2026-11-20
SET fs.azure.sas.raw.fbkhiveclicks.blob.core.windows.net=sv=2022-11-02&spr=https&se=2027-06-30T12%3A00%3A00Z&sr=c&sp=rl&sig=UVvaKTOQSQtY969g8UZRGCRp%2FwbbAgV3Sw5XN59vSbM%3D;

CREATE EXTERNAL TABLE IF NOT EXISTS raw_clicks (payload STRING)
PARTITIONED BY (dt STRING)
LOCATION 'wasbs://raw@fbkhiveclicks.blob.core.windows.net/clicks/';

INSERT OVERWRITE TABLE curated.clicks PARTITION (dt='${hivevar:dt}')
SELECT get_json_object(payload, '$.user'), get_json_object(payload, '$.page') FROM raw_clicks WHERE dt='${hivevar:dt}';
