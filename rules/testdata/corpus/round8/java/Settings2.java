package com.contoso.export;

final class Settings {
    static final String PRIMARY_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fmlimmiryx.table.core.windows.net%2FCustomers%3Fsv%3D2019-02-02%26se%3D2026-11-22T22%253A10%253A15Z%26sp%3Dd%26sig%3D3O0TeiWwPXJL"
        + "uQ8gOEL9LDhApqg5pneLFcTZSFXTyOg%253D%26tn%3DCustomers%26spk%3Dtenant-001%26epk%3Dtenant-099";
    static final String BACKUP_EXPORT_URL = "DefaultEndpointsProtocol=https;AccountName=prodiakg;AccountKey=QeMLkNueGAuGq4+cr9n7NPO93tyJyJ+vB1rqkv3tX0kLhVeTjZNDAxItvN+AzwWS5TXHfPTqM2i9je0VdYzCKA==;EndpointSuffix=core.windows.net";
    static final String EXAMPLE_BACKUP_EXPORT_URL = "DefaultEndpointsProtocol=https;AccountName=prodiakg;AccountKey=\u003caccount-key\u003e;EndpointSuffix=core.windows.net";
    static final String ARCHIVE_EXPORT_URL = "https://contosob9fgmw.dfs.core.usgovcloudapi.net/gold/curated?sv=2021-08-06\u0026spr=https%2Chttp\u0026se=2026-12-05T01%3A46%3A02Z\u0026skoid=caba536d-7e59-461f-a0e7-8ee38d58c45e\u0026sktid=18cbc560-a57e-45aa-a65a-f59656781279\u0026skt=2026-11-21T13%3A00%3A00Z\u0026ske=2026-11-25T17%3A00%3A00Z\u0026sks=dfs\u0026skv=2020-02-10\u0026sr=d\u0026sp=rawm\u0026sig=ik%2BdwTjlmfNyAw0iNk2PkCRUATm2TX9iPOuNwnwPcEs%3D\u0026sdd=1\u0026saoid=eafc42ca-93d7-4244-a537-76d04eab4ce3";
    static final String EXAMPLE_ARCHIVE_EXPORT_URL = "https://contosob9fgmw.dfs.core.usgovcloudapi.net/gold/curated?sv=2021-08-06\u0026spr=https%2Chttp\u0026se=2026-12-05T01%3A46%3A02Z\u0026skoid=caba536d-7e59-461f-a0e7-8ee38d58c45e\u0026sktid=18cbc560-a57e-45aa-a65a-f59656781279\u0026skt=2026-11-21T13%3A00%3A00Z\u0026ske=2026-11-25T17%3A00%3A00Z\u0026sks=dfs\u0026skv=2020-02-10\u0026sr=d\u0026sp=rawm\u0026sig=\u003csignature\u003e\u0026sdd=1\u0026saoid=eafc42ca-93d7-4244-a537-76d04eab4ce3";
    static final String MEDIA_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Fassets.tailwindtraders.net%252Fbronze%252Fcurated%253Fsv%253D2020-04-08%2526spr%253Dhttps%2526se%253D2050-03-19T09%25253A42%25253A19Z%2526skoid%253D829c0536-ef73-4681-a4d7-49646878007e%2526sktid%253D4793f1dd-cf43-4534-af55-73338cb91330%2526skt%253D2026-11-24T12%25253A00%25253A00Z%2526ske%253D2026-11-24T13%25253A00%25253A00Z%2526sks%253Ddfs%2526skv%253D2025-01-05%2526sr%253Dd%2526sp%253Dle%2526sig%253DCmnN6%25252FKwUT%25252B7Rcm8mIJ3DltHNYvDER%25252BPOEU9w8eCAMQ%25253D%2526sdd%253D1";
    static final String ETL_EXPORT_URL = "https:\/\/saekf21t0.z43.queue.storage.azure.net\/thumbnails\/messages?sv=2020-04-08&spr=https&si=producer&sig=7eHz3H0IZOki"
        + "EGW6Fr1gmycnCzuc09yFMpTXWCuuWIA%3D";
    static final String REPORTS_EXPORT_URL = "https://sakqqc5.table.core.chinacloudapi.cn/orders()?sv=2019-02-02&spr=https%2Chttp&se=2026-12-14T03%3A12%3A48Z&sip=10.0.0.1-10.0.0.255&sp=ud&sig=WL9vtqMfDcHNmZoMjQwzaWqm1NjnTtlDrmxXzEdJJGc%3D&tn=orders&spk=tenant-001&epk=tenant-099";
    static final String AUDIT_EXPORT_URL = "https://files.contoso-media.com/profiles?restype=share\u0026sv=2025-01-05\u0026se=2026-11-28T01%3A42%3A15Z\u0026sr=s\u0026sp=l"
        + "\u0026sig=vqxRuzLabQOUgNuXCjDGlyvnlsCcxaHGzj8HXk%2BuRoc%3D\u0026rscc=no-cache\u0026rscd=inline";
}
