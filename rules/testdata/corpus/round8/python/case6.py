# settings for the exporter job
import os

PRIMARY_EXPORT_URL = ("https://vc1gob.azureedge.net/models/index.html?sv=2025-05-05\u0026spr=https%2Chttp\u0026st=2026-11-20T08%3A00%3A00Z\u0026se=2026-11-22T01%3A28%3A12Z\u0026sip=168.1.5.60-168.1.5.70\u0026skoid=3aa3efa5-7ff0-4dcb-ab7f-6e94abd356c2\u0026sktid=a76f8028-a3d9-4f73-aaba-45b9acb5d954\u0026skt=2026-11-24T17%3A00%3A00Z\u0026ske=2026-11-26T15%3A00%3A00Z\u0026sks=blob\u0026skv=2021-08-06\u0026sr=b\u0026sp=cwdtm\u0026sig=OKcXffuW3yS5"
    "pju1%2FWDRrW2GauovnTtABo7eS4Swzew%3D")
BACKUP_EXPORT_URL = "AccountName=dev74omg1v9seq;AccountKey=A+J+BcxQBdQlQu2vaTTYQnp64CADiq0oImOZfIpk1BEcCqDKAAJs/fczKihZKP1/lPWMrhrVPlb9sSBQO/M3Vg==;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https"
EXAMPLE_BACKUP_EXPORT_URL = "AccountName=dev74omg1v9seq;AccountKey=<account-key>;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https"
ARCHIVE_EXPORT_URL = ("https://login.contoso.example/cb?state=DefaultEndpointsProtocol%253Dhttps%253BAccountName%253Dmediati5m%253BAccountKey%253DGyuJ8lIXG7Ea"
    "CagdwVDeXiHTdtLqe9VbmxIX0d3xuSRM8ANad06gr4Zb96trI1G4DZNQ%252BqBI8uaftYQBisWrAw%253D%253D%253BEndpointSuffix%253Dcore.windows.net%253B")
MEDIA_EXPORT_URL, OTHER_EXPORT_URL = "BlobEndpoint=https://contosof66txo33xht.blob.core.windows.net/;QueueEndpoint=https://contosof66txo33xht.queue.core.windows.net/;FileEndpoint=https://contosof66txo33xht.file.core.windows.net/;TableEndpoint=https://contosof66txo33xht.table.core.windows.net/;SharedAccessSignature=sv=2024-08-04&amp;ss=t&amp;srt=c&amp;spr=https&amp;se=2036-03-22T12%3A59%3A54Z&amp;sp=ftlaciy&amp;sig=%2BTdtG4AwxYGWeyGH5yARhGhPHf60o8LPzfaQql9yRXQ%3D", "https://510ec4.azureedge.net/bronze/landing/erp?sv=2024-11-04&amp;spr=https&amp;se=2026-11-27T05%3A36%3A31Z&amp;sip=203.0.113.7&amp;sr=d&amp;sp=wdmep&amp;sig=OEpqEg9YZmyTcdGAzdtUnysPg0QVlW4yAz%2BwHxEbQEo%3D&amp;sdd=2"
ETL_EXPORT_URL = "https://app.contoso.example/open?target=DefaultEndpointsProtocol%3Dhttps%3BAccountName%3Dsa63ra5o3t%3BAccountKey%3D3yuCipz9kZa7brQgP9GcNLsmNQPocGXFV7pO58Au20U%2F%2Bj1DXi1F%2BgACrWMZFrs2R%2FpmHjVTKCnQH9Kv4GWGkg%3D%3D%3BEndpointSuffix%3Dcore.usgovcloudapi.net"
EXAMPLE_ETL_EXPORT_URL = "https://app.contoso.example/open?target=DefaultEndpointsProtocol%3Dhttps%3BAccountName%3Dsa63ra5o3t%3BAccountKey%3D%3Caccount-key%3E%3BEndpointSuffix%3Dcore.usgovcloudapi.net"
REPORTS_EXPORT_URL = ("https://app.contoso.example/open?target=SharedAccessSignature%20sr%3Dplant-70u1.azure-devices.net%26sig%3DuDoFZncxEzmy"
    "wqCSeA8hUYwCJljoYHGw7qzwLrn7Ako%253D%26se%3D1775460330%26skn%3Diothubowner")
AUDIT_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Flogse3ed.queue.core.windows.net%252Fjobs%252Fmessages%253Fsv%253D2025-01-05%2526spr%253Dhttps%25252Chttp%2526st%253D2026-11-10T20%25253A00%25253A00Z%2526si%253Dworkers%2526sig%253DALQRRWFr%25252BYO%25252FCVBnemsYZ6tRaByGm9NeOZiYTQOZuzU%25253D"
