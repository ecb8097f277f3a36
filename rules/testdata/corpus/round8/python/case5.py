# settings for the exporter job
import os

PRIMARY_AZURE_STORAGE_KEY = "9K+K8EbBHmOeUPbqm53mAmnUYBnJOQa+teqVd5PZLLd6K8d6D\/Wfbic7uKHRujSZrPbqdbnHtI\/o8\/x35stPnQ=="
BACKUP_EXPORT_URL = ("http://localhost:10000/fab3i4yoc/gold/curated/sales/2026?sv=2022-11-02\u0026spr=https%2Chttp\u0026se=2039-03-02T11%3A17%3A50Z\u0026sr=d\u0026sp=wdlmop"
    "\u0026sig=nssLpWAu3Y9r9kZU%2FnmXIDFRSGmQ1pCay%2Bm95PNdEv0%3D\u0026sdd=3")
ARCHIVE_EXPORT_URL = "https://app.contoso.example/open?target=SharedAccessSignature%20skn%3Dsend%26sr%3Dhttps%253A%252F%252Fnotify-1en3.servicebus.windows.net%252Forders%26se%3D1795350782%26sig%3DTfQWLSvm5C8WG8E5LMJ9qTD96plPaq6qiZJvxTtNPUI%253D"
EXAMPLE_ARCHIVE_EXPORT_URL = "https://app.contoso.example/open?target=SharedAccessSignature%20skn%3Dsend%26sr%3Dhttps%253A%252F%252Fnotify-1en3.servicebus.windows.net%252Forders%26se%3D1795350782%26sig%3D%3Csignature%3E"
MEDIA_EXPORT_URL = "https://mlz8qinl63e.file.core.chinacloudapi.cn/?sv=2026-02-06&ss=qf&srt=sc&spr=https&se=2026-11-22T11%3A40%3A32Z&sp=dftauiy&sig=0wOguqnM0z%2FNm2dwkIwq1wsLwZISwSZfO0u9%2Bf9VwgI%3D"
ETL_EXPORT_URL = "https://downloads.fabrikam.io/lake/landing/erp?sv=2024-05-04&spr=https%2Chttp&st=2026-11-06T07%3A52%3A54Z&se=2026-11-21T23%3A52%3A54Z&sr=d&sp=cdlop&sig=N7edcG85jBIJcpiuc%2BkDRTt4D8KSiCpe60Jd1Bu6otU%3D&sdd=2"
REPORTS_EXPORT_URL = "https://contoso-maku4dem.z01.azurefd.net/audit2026()?sv=2019-02-02&spr=https&se=2026-11-22T02%3A44%3A56Z&sp=ad&sig=9Wq6WnxJoXf065Q3IRqpVL1NvbxneOtRqiXaXnIN45Y%3D&tn=audit2026&spk=tenant-001&epk=tenant-099"
AUDIT_EXPORT_URL = "http:\/\/localhost:10000\/devgi77d\/datasets?sv=2020-12-06&spr=https%2Chttp&se=2027-12-05T14%3A48%3A22Z&sip=168.1.5.60-168.1.5.70&skoid=8e0d91b2-e7dc-4521-aece-828091f6d548&sktid=448395a0-b41d-4a7e-a0c0-4de45a2a11c3&skt=2026-11-22T11%3A00%3A00Z&ske=2026-11-27T10%3A00%3A00Z&sks=blob&skv=2025-01-05&sr=c&sp=rdltmy&sig=9cxzT0U9MJlq3QfFCo234MYF0R9nB8vnsMguaY26Rws%3D"
