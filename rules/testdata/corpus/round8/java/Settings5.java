package com.contoso.export;

final class Settings {
    static final String PRIMARY_EXPORT_URL = "Endpoint=sb://fleet-7oso.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=S6TpmNrMtNlup76nxVpZQdP0JPkYV7XgEyxURu8QGu4=;";
    static final String EXAMPLE_PRIMARY_EXPORT_URL = "Endpoint=sb://fleet-7oso.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=<shared-access-key>;";
    static final String BACKUP_EXPORT_URL = "https://st0384oc3.dfs.core.chinacloudapi.cn/gold/curated/sales/2026?sv=2023-08-03&amp;spr=https&amp;se=2025-06-24T14%3A23%3A35Z&amp;sr=d&amp;sp=rdp&amp;sig=zprNqcCbBvGnwMIMq640jxbrGGneCATEIprwRWBuo6A%3D&amp;sdd=3";
    static final String ARCHIVE_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Fcontoso-membzlmh.z01.azurefd.net%252Fpublic%252Fmodels%252Fresnet50.ckpt%253Fsv%253D2021-04-10%2526spr%253Dhttps%2526st%253D2026-11-14T23%25253A00%25253A00Z%2526se%253D2026-11-22T10%25253A50%25253A41Z%2526sr%253Dbv%2526sp%253Dracxtm%2526sig%253DMrXN1SU%25252FLnl%25252Bi6cG%25252FVDz3En24icjZRdPiTmhkr9QJPQ%25253D%2526versionid%253D2026-11-21T20%25253A58%25253A01.0000000Z";
    static final String MEDIA_EXPORT_URL = "https://sazqa6.queue.core.windows.net/thumbnails/messages?sv=2025-01-05&spr=https&se=2027-11-12T10%3A34%3A09Z&sp=rp"
        + "&sig=q5Kbyg%2FfknIpUbL5Y0PAAtRyDkKX8Wypl7xbDzLgefU%3D";
    static final String ETL_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fbackupr1rbie.z40.file.storage.azure.net%2F%3Fsv%3D2026-02-06%26ss%3Df%26srt%3Dc%26spr%3Dhttps%26st%3D2026-11-10T00%253A03%253A21Z%26se%3D2026-11-15T11%253A03%253A21Z%26sp%3Drwdcu%26sig%3Dd3HQ89SYT%25"
        + "2FzkuOz97HUOoj%252BSmbfA0ZGP%252BcadHiGzPnk%253D";
    static final String EXAMPLE_ETL_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fbackupr1rbie.z40.file.storage.azure.net%2F%3Fsv%3D2026-02-06%26ss%3Df%26srt%3Dc%26spr%3Dhttps%26st%3D2026-11-10T00%253A03%253A21Z%26se%3D2026-11-15T11%253A03%253A21Z%26sp%3Drwdcu%26sig%3D%3Csignature%3E";
    static final String REPORTS_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Ftwphqqt6.z12.queue.storage.azure.net%252Fthumbnails%252Fmessages%253Fsv%253D2016-05-31%2526se%253D2026-11-29T05%25253A42%25253A28Z%2526sp%253Dru%2526sig%253DPyT7HpPoG401"
        + "SrMpjmXvqfN6wX5l13hDruCFD1siq9I%25253D";
    static final String AUDIT_EXPORT_URL = "https://login.contoso.example/cb?state=AccountName%253Dfabhfdb29%253BEndpointSuffix%253Dcore.windows.net%253BDefaultEndpointsProtocol%253Dhttps%253BSharedAccessSignature%253Dsv%253D2025-07-05%2526ss%253Dbqf%2526srt%253Dsco%2526st%253D2021-06-09T09%25253A41%25253A29Z%2526se%253D2021-06-16T00%25253A41%25253A29Z%2526sp%253Drwdxftluiy%2526sig%253DK86PlUbvHFcxNdi3xHB0slCD36wt04VS3o7mP8C2SGk%25253D%253B";
}
