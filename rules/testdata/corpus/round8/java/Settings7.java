package com.contoso.export;

final class Settings {
    static final String PRIMARY_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Fbackup2cnbvwq.table.core.windows.net%252Faudit2026%253Fsv%253D2019-02-02%2526spr%253Dhttps%25252Chttp%2526st%253D2023-10-30T08%25253A28%25253A11Z%2526se%253D2023-11-10T21%25253A28%25253A11Z%2526sp%253Du%2526sig%253D3inQ8QLp%25252BTfV7tZsuW%25252F3Zq81HiSHjcfYFFSJbrr35eI%25253D%2526tn%253Daudit2026";
    static final String BACKUP_EXPORT_URL = "https://contoso-hbgz4j1s.z01.azurefd.net/models?restype=container\u0026comp=list\u0026sv=2020-12-06\u0026spr=https%2Chttp\u0026st=2026-11-07T23%3A36%3A47Z\u0026se=2026-11-21T22%3A36%3A47Z\u0026sr=c\u0026sp=cwdltmi\u0026sig=e86qizHgu3al"
        + "xTu2ug4Gncbtgy66bhmDAsvHAHkBaFE%3D";
    static final String ARCHIVE_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fgxwmpf.azureedge.net%2FCustomers%3Fsv%3D2019-02-02%26spr%3Dhttps%26st%3D2026-11-14T04%253A00%253A00Z%26se%3D2026-12-16T01%253A53%253A24Z%26sp%3Draud%26sig%3DbJn6SMfZjrctfuTtnAeuuLAXsNSm5i%252FhmQXsq3%252BGXSM%253D%26tn%3DCustomers", OTHER_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fcontosohzqsawtfni.z40.blob.storage.azure.net%2Fbackups%2Fdata%2F%25C3%259Cberblick.json%3Fsv%3D2020-08-04%26spr%3Dhttps%252Chttp%26st%3D2026-10-25T12%253A25%253A37Z%26se%3D2026-11-05T03%253A25%253A37Z%26sr%3Dbs%26sp%3Dacwdmiy%26sig%3DJES3f0yEEnthwg5kBUqlCSEGPzVvjej0iv3H9218ZI4%253D%26snapshot%3D2026-11-11T08%253A40%253A23.0000000Z";
    static final String MEDIA_EXPORT_URL = "Endpoint=sb://payments-afp4.servicebus.windows.net/;SharedAccessKeyName=send"
        + ";SharedAccessKey=u7JfPeJQrAN4mddIEVDiLwEZs6JKXJYK3aGSZ/vnTKc=;";
    static final String ETL_EXPORT_URL = "https://devi4kym4dxrw7k.dfs.core.windows.net/raw/landing/erp?sv=2020-02-10&amp;se=2027-07-19T06%3A31%3A38Z&amp;skoid=7cb61c9f-d673-414a-a29f-06c2ff2777c2&amp;sktid=e8c557aa-1018-48b8-a96e-9e60566f0f71&amp;skt=2026-11-19T10%3A00%3A00Z&amp;ske=2026-11-24T01%3A00%3A00Z&amp;sks=dfs&amp;skv=2021-08-06&amp;sr=d&amp;sp=rawdlmo&amp;sig=Shy0zISdn%2BdIAYfK%2BymYhPcv%2FrODbdkXhpBgfBdbnqw%3D&amp;sdd=2";
    static final String REPORTS_EXPORT_URL = "http:\/\/127.0.0.1:10000\/logsm7x8obldxd8m9\/profiles?restype=share&sv=2021-08-06&se=2050-05-11T23%3A30%3A28Z&sr=s&sp=dl"
        + "&sig=iE9O3tzoHvdAEE7K9gblIa6Er%2B1GUkT%2F4W%2Fcod3KsPo%3D";
    static final String AUDIT_EXPORT_URL = "https://app.contoso.example/open?target=SharedAccessKeyName%3Dlisten-only%3BEntityPath%3Dhub-01%3BSharedAccessKey%3DOvnxRoZTXcrzwHw7V63jn9iRLxRdxJladWrDjpY3Bzk%3D%3BEndpoint%3Dsb%3A%2F%2Ffleet-q43g.servicebus.windows.net%2F";
    static final String EXAMPLE_AUDIT_EXPORT_URL = "https://app.contoso.example/open?target=SharedAccessKeyName%3Dlisten-only%3BEntityPath%3Dhub-01%3BSharedAccessKey%3D%3Cshared-access-key%3E%3BEndpoint%3Dsb%3A%2F%2Ffleet-q43g.servicebus.windows.net%2F";
}
