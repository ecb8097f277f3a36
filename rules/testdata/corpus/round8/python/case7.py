# settings for the exporter job
import os

PRIMARY_EXPORT_URL = ("https://backuppt5wtooyqo.blob.core.windows.net/?sv=2022-11-02\u0026ss=btqf\u0026srt=so\u0026st=2026-11-19T14%3A00%3A00Z\u0026se=2026-11-23T21%3A13%3A19Z\u0026sp=rwdftlcuy\u0026sig=PHQzcJLZboQU"
    "2GTQbo7LW6S1r4YI47FuRXADMceKC4o%3D")
BACKUP_EXPORT_URL = ("https://app.contoso.example/open?target=https%3A%2F%2Fmediaod8xic9orbzjz.z10.blob.storage.azure.net%2F%3Fsv%3D2016-05-31%26ss%3Dbtq%26srt%3Dco%26se%3D2026-11-24T08%253A00%253A17Z%26sp%3Drwu"
    "%26sig%3D2JCmaUqz9sjnGB6px4A153GrmIjDPL0316kD1x4FFFA%253D")
EXAMPLE_BACKUP_EXPORT_URL = "https://app.contoso.example/open?target=https%3A%2F%2Fmediaod8xic9orbzjz.z10.blob.storage.azure.net%2F%3Fsv%3D2016-05-31%26ss%3Dbtq%26srt%3Dco%26se%3D2026-11-24T08%253A00%253A17Z%26sp%3Drwu%26sig%3D%3Csignature%3E"
ARCHIVE_AZURE_STORAGE_KEY = "gGWRU5INUmLyeyUzJ2TCRtGfMnPbMbkokSVbSHH4e/xgF+zPdPxME85DqwuMaIY6dS6+F2J7xIgxNhQvE9knmg=="
MEDIA_EXPORT_URL = ("SharedAccessSignature sig=maoa8SEyzrs9"
    "rcR4F1KnYYUX%2FVx0nuZRVw12uOIp6Q4%3D&se=1637276644&skn=listen&sr=https%3A%2F%2Fbilling-c59u.servicebus.windows.net%2Fevents%2Fpartitions%2F0")
ETL_EXPORT_URL = "https://login.contoso.example/cb?state=SharedAccessSignature%2520sr%253Dplant-h2mz.azure-devices.net%25252Fdevices%25252Fsensor-01%2526sig%253Dw67%25252BlPbNLRl7SXrxmAZSk%25252FFghZDquQnsWaMo6YKyOGk%25253D%2526se%253D1794949525%2526skn%253Diothubowner"
EXAMPLE_ETL_EXPORT_URL = "https://login.contoso.example/cb?state=SharedAccessSignature%2520sr%253Dplant-h2mz.azure-devices.net%25252Fdevices%25252Fsensor-01%2526sig%253D%253Csignature%253E%2526se%253D1794949525%2526skn%253Diothubowner"
REPORTS_EXPORT_URL = ("DefaultEndpointsProtocol=http"
    ";AccountKey=miMwd6NZewV+JSJgQeETUOo9yVHXX9uqo7PtJepf16H28zfOfJUxZF7KJzjeuyuHRkmTyVd63FB1FHyoa9Btig==;AccountName=mediaa25mi5msh23")
EXAMPLE_REPORTS_EXPORT_URL = "DefaultEndpointsProtocol=http;AccountKey=<account-key>;AccountName=mediaa25mi5msh23"
AUDIT_EXPORT_URL = ("https://mediavzwet1vgp5h.file.core.windows.net/profiles/app/settings.json?sv=2019-10-10&amp;st=2026-11-07T02%3A00%3A00Z&amp;se=2026-11-22T06%3A10%3A08Z&amp;sr=f&amp;sp=w"
    "&amp;sig=hxqwbxrwmuD8vPUfHgb9oX1VrLV3aadwlNZtv2M2TNA%3D")
EXAMPLE_AUDIT_EXPORT_URL = "https://mediavzwet1vgp5h.file.core.windows.net/profiles/app/settings.json?sv=2019-10-10&amp;st=2026-11-07T02%3A00%3A00Z&amp;se=2026-11-22T06%3A10%3A08Z&amp;sr=f&amp;sp=w&amp;sig=<signature>"
