# settings for the exporter job
import os

PRIMARY_EXPORT_URL, OTHER_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fsayps06nujzt.table.core.windows.net%2Faudit2026%3Fsv%3D2019-02-02%26se%3D2026-08-18T18%253A17%253A44Z%26sp%3Draud%26sig%3DHV21IItXv1ul4QHyiGrie%252BYN%252FyEbhAOToZETLH5WzzA%253D%26tn%3Daudit2026%26spk%3Dtenant-001%26epk%3Dtenant-099", "https://app.contoso.example/open?target=https%3A%2F%2Fsa2bmrvc7y1p7t7.file.core.windows.net%2Fmedia%2Fapp%2Fsettings.json%3Fsv%3D2021-10-04%26st%3D2025-01-12T17%253A58%253A51Z%26se%3D2025-01-23T03%253A58%253A51Z%26sr%3Df%26sp%3Dcwd%26sig%3DQx8AGP1wJl5YzcN6ucTuX7EnZyW240ABU%252FTqRMbrVoA%253D"
BACKUP_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fstiquz164pt5oh.privatelink.blob.core.windows.net%2Fmodels%3Fsv%3D2021-08-06%26spr%3Dhttps%26st%3D2026-11-14T16%253A00%253A00Z%26se%3D2026-11-22T15%253A00%253A24Z%26skoid%3D760f6bcb-02f5-483e-ac2d-1c6b17ac5ae5%26sktid%3D13591c0f-3a7a-47f1-a3ff-f7b6898154d1%26skt%3D2026-11-23T08%253A00%253A00Z%26ske%3D2026-11-26T00%253A00%253A00Z%26sks%3Dblob%26skv%3D2020-02-10%26sr%3Dc%26sp%3Dwdxlef%26sig%3DQB7TIo%252FUAa%252FO1kuKC5jlscBkptl5KRNTvVL%252FiVAZpiQ%253D"
ARCHIVE_EXPORT_URL = ("SharedAccessSignature sr=https%3A%2F%2Fpayments-c602.servicebus.windows.net%2F&sig=Iw2bWvJKtTZX"
    "l%2FsBRIit3z9hKGYdScl92Vl9q%2BEBN74%3D&se=1742754417&skn=listen")
MEDIA_EXPORT_URL = ("DefaultEndpointsProtocol=http;AccountName=datassg2a7bg;AccountKey=JgpTJjkX+Vxh"
    "vjcFwSfMG2fKt1M2GO0RymIBo4XWmWruPswLxS5BepjW6XgMlj2Q5I8UGDKMFmBkXiCUWFP2WA==;EndpointSuffix=core.windows.net;BlobEndpoint=https:\/\/datassg2a7bg.blob.core.windows.net\/;")
EXAMPLE_MEDIA_EXPORT_URL = "DefaultEndpointsProtocol=http;AccountName=datassg2a7bg;AccountKey=<account-key>;EndpointSuffix=core.windows.net;BlobEndpoint=https:\/\/datassg2a7bg.blob.core.windows.net\/;"
ETL_EXPORT_URL = ("HostName=meters-frav.azure-devices.net;DeviceId=sensor-01;SharedAccessKey=7nTIBouUtLJ7"
    "ptp3B8noUKUCbI3xOED4Sxm8n1t+\/DQ=")
EXAMPLE_ETL_EXPORT_URL = "HostName=meters-frav.azure-devices.net;DeviceId=sensor-01;SharedAccessKey=<shared-access-key>"
REPORTS_EXPORT_URL = ("https://twt8zi5wxwn0lo.queue.core.windows.net/thumbnails/messages?sv=2017-11-09&spr=https&st=2023-09-14T21%3A31%3A13Z&se=2023-09-21T10%3A31%3A13Z&sp=rp&sig=4C1mmJYGffy2"
    "mnIwUhtKusukqF3COlg8yctH4lUqUNo%3D")
AUDIT_EXPORT_URL = "https://data3bp4h8wzx3k.dfs.core.windows.net/lake?sv=2020-02-10&st=2026-11-10T09%3A00%3A00Z&se=2026-11-22T01%3A01%3A59Z&sr=c&sp=alo&sig=c%2BXiUDIktFMd3EWhZaU6jPcqpLkgmPeuKhoBbr8H6FE%3D"
