package com.contoso.export;

final class Settings {
    static final String PRIMARY_EXPORT_URL = "SharedAccessSignature sr=0ne00R2I6W6%2Fregistrations%2Fdev-7&amp;sig=V3GbTL2WJhKBjfINt1iCsVxNFwsIT9hUZjSU791uI6c%3D"
        + "&amp;se=1795291526";
    static final String BACKUP_EXPORT_URL = "https://app.contoso.example/open?target=SharedAccessKeyName%3Dapp%3BEndpoint%3Dsb%3A%2F%2Ftelemetry-lyk1.servicebus.windows.net%2F%3BSharedAccessKey%3DB3SI3S9UcmeX"
        + "PYnr56LiSfOnWVcov23uq3K9ArDpRYQ%3D";
    static final String ARCHIVE_EXPORT_URL = "https://contosoz00w5l.privatelink.blob.core.windows.net/exports?sv=2020-08-04&amp;spr=https&amp;st=2026-11-19T19%3A00%3A00Z&amp;se=2027-05-21T11%3A28%3A58Z&amp;skoid=a6ca6298-d3a7-47e8-a84a-2e8059766a50&amp;sktid=85e5ae9d-ee1c-4675-acdb-6842bf06b86e&amp;skt=2026-11-22T13%3A00%3A00Z&amp;ske=2026-11-22T16%3A00%3A00Z&amp;sks=blob&amp;skv=2025-01-05&amp;sr=c&amp;sp=raxmy"
        + "&amp;sig=VPeFug4XV%2BHqir2xDGt2CYOaRs%2BT2ZLw50eVHYYOMDQ%3D";
    static final String MEDIA_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Ffab7jpnt.privatelink.dfs.core.windows.net%252Fbronze%253Fsv%253D2026-04-06%2526spr%253Dhttps%2526se%253D2026-11-21T23%25253A40%25253A26Z%2526sr%253Dc%2526sp%253Daclmp%2526sig%253DnUdvvFs7ANnPoYDt979pMEdkVksRJWrehD57kQBzlfY%25253D";
    static final String ETL_EXPORT_URL = "https://login.contoso.example/cb?state=BlobEndpoint%253Dhttps%253A%252F%252Fsac2zhu26os6g3.blob.core.windows.net%253BSharedAccessSignature%253Dsv%253D2022-11-02%2526ss%253Dbq%2526srt%253Do%2526st%253D2026-11-07T08%25253A00%25253A00Z%2526se%253D2026-11-22T07%25253A46%25253A11Z%2526sip%253D10.0.0.1-10.0.0.255%2526sp%253Dxftacpy%2526sig%253DtUR43nK47RPh33hlugsAXAVL7%25252FA3v9FtTQmz6gCry5s%25253D%253B";
    static final String EXAMPLE_ETL_EXPORT_URL = "https://login.contoso.example/cb?state=BlobEndpoint%253Dhttps%253A%252F%252Fsac2zhu26os6g3.blob.core.windows.net%253BSharedAccessSignature%253Dsv%253D2022-11-02%2526ss%253Dbq%2526srt%253Do%2526st%253D2026-11-07T08%25253A00%25253A00Z%2526se%253D2026-11-22T07%25253A46%25253A11Z%2526sip%253D10.0.0.1-10.0.0.255%2526sp%253Dxftacpy%2526sig%253D%253Csignature%253E%253B";
    static final String REPORTS_EXPORT_URL = "SharedAccessSignature sr=fleet-46b4.azure-devices.net%2Fdevices%2Fsensor-01&sig=dGLYerfAGoxmbcT8vA%2BNn%2B8NHa3TXDL0aqRVz2rMTqA%3D"
        + "&se=1795303583&skn=iothubowner";
    static final String AUDIT_EXPORT_URL = "DefaultEndpointsProtocol=https;AccountName=sac09ck;AccountKey=0tov5/OVsT8S"
        + "9nbtxKxiKvIaT0vg1k/k2mn8RVVnKbCGOHo14hEmUqwWO0Q/nke84iSWikRKqHMPAkLxF8umzQ==;EndpointSuffix=core.usgovcloudapi.net";
}
