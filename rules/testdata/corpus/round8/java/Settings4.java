package com.contoso.export;

final class Settings {
    static final String PRIMARY_EXPORT_URL = "https://mediavh4d3dpla.dfs.core.windows.net/silver/landing/erp?sv=2023-01-03&spr=https&st=2026-11-05T09%3A00%3A00Z&se=2026-11-29T07%3A35%3A14Z&sr=d&sp=rcwp&sig=4BkGZ8dYEwf1"
        + "%2BUxw7CEh793Vw1KLvBaKhn2%2BjOsodSE%3D&sdd=2";
    static final String EXAMPLE_PRIMARY_EXPORT_URL = "https://mediavh4d3dpla.dfs.core.windows.net/silver/landing/erp?sv=2023-01-03&spr=https&st=2026-11-05T09%3A00%3A00Z&se=2026-11-29T07%3A35%3A14Z&sr=d&sp=rcwp&sig=<signature>&sdd=2";
    static final String BACKUP_EXPORT_URL = "https://sa3eq5co.blob.core.windows.net/datasets?sv=2020-12-06&st=2026-11-10T02%3A00%3A00Z&se=2029-08-04T10%3A32%3A28Z&skoid=4feeab3d-b6e5-4685-a712-bd78896fdea9&sktid=5dbd2533-a340-4c62-a6ec-5e46f662ecc0&skt=2026-11-21T07%3A00%3A00Z&ske=2026-11-23T14%3A00%3A00Z&sks=blob&skv=2025-01-05&sr=c&sp=rcdxmi&sig=AbK4gPHEVX5ptbT3mOdEvbKp79FwyKVrtNqbyWC9ba0%3D", OTHER_EXPORT_URL = "https://contoso-uzqnu5tr.z01.azurefd.net/config?restype=share&sv=2015-07-08&st=2026-11-09T19%3A00%3A00Z&se=2026-11-22T07%3A25%3A18Z&sr=s&sp=r&sig=0y88p2W%2Fy%2BlHVL6jM8U8HqE6EmmuWHAlCzUpb%2FNPtro%3D";
    static final String ARCHIVE_STORAGE_ACCOUNT_KEY = "PaHuoT4G2O9gBwef6FXR1XqIQ2zX2gQM6n/g2JdB4iEa3fKcEis13WewquxYc2cWRImPI9IB5SJaTb87e0/kZQ==";
    static final String MEDIA_EXPORT_URL = "https://sapetvpsga4x1d.table.core.chinacloudapi.cn/orders?sv=2019-02-02&spr=https%2Chttp&st=2026-11-08T18%3A00%3A00Z&se=2026-11-22T05%3A26%3A44Z&sp=a"
        + "&sig=V5YcrCbZ4Pv8IQMJutLnNgh0mNri13lXG%2FWd1jjN5DA%3D&tn=orders";
    static final String ETL_EXPORT_URL = "AccountName=devonhvh8n93u;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;SharedAccessSignature=sv=2020-08-04&ss=bf&srt=so&spr=https%2Chttp&se=2027-11-01T17%3A59%3A38Z&sip=168.1.5.60-168.1.5.70&sp=wxliy"
        + "&sig=8ET4Wwa0LxfNZycG%2F8TqJA%2Bs9aZE3LrMUFoyI16o%2Byk%3D";
    static final String REPORTS_EXPORT_URL = "https:\/\/sazhyc0y5rf.file.core.usgovcloudapi.net\/profiles\/users\/alice\/ntuser.dat?sv=2021-10-04&st=2026-11-20T10%3A00%3A00Z&se=2026-11-27T15%3A48%3A15Z&sr=f&sp=cd&sig=IWZXeaDR73JW"
        + "P1CIR%2BiwnzowddHgHeAextt9mOEVhN8%3D";
    static final String AUDIT_EXPORT_URL = "SharedAccessSignature sr=plant-ol7l.azure-devices.net%2Fdevices%2Fsensor-01\u0026sig=Y81v7%2Bh5lBfBK%2Fhd2IMk4fkmu14ykNeE9an%2F8BN2St0%3D"
        + "\u0026se=1820378234\u0026skn=iothubowner";
    static final String EXAMPLE_AUDIT_EXPORT_URL = "SharedAccessSignature sr=plant-ol7l.azure-devices.net%2Fdevices%2Fsensor-01\u0026sig=\u003csignature\u003e\u0026se=1820378234\u0026skn=iothubowner";
}
