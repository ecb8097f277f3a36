# settings for the exporter job
import os

PRIMARY_EXPORT_URL = "Endpoint=sb:\/\/billing-9phd.servicebus.usgovcloudapi.net\/;SharedAccessKeyName=send;SharedAccessKey=B67UCYyHRKNXSUd6Wlm7\/ArUpTPtp7PBpZQV6wzO82A=;EntityPath=orders;"
BACKUP_EXPORT_URL = ("Endpoint=sb:\/\/telemetry-dmz2.servicebus.windows.net\/;SharedAccessKeyName=app;SharedAccessKey=nobTGdrc4R7+"
    "IOnH0f\/0QJjs24efWSvPGHf9+Fv5L3I=;EntityPath=hub-01")
ARCHIVE_EXPORT_URL = ("TableEndpoint=https:\/\/sahhbe.table.core.windows.net\/;BlobEndpoint=https:\/\/sahhbe.blob.core.windows.net\/;QueueEndpoint=https:\/\/sahhbe.queue.core.windows.net\/;FileEndpoint=https:\/\/sahhbe.file.core.windows.net\/;SharedAccessSignature=sv=2021-04-10&ss=bt&srt=s&spr=https&se=2027-02-21T00%3A15%3A26Z&sip=168.1.5.60-168.1.5.70&sp=wdlcup"
    "&sig=MGKybFAymerk1zQZDYMYnxSnQV9ViWYWYuUWjMwrwD4%3D")
EXAMPLE_ARCHIVE_EXPORT_URL = "TableEndpoint=https:\/\/sahhbe.table.core.windows.net\/;BlobEndpoint=https:\/\/sahhbe.blob.core.windows.net\/;QueueEndpoint=https:\/\/sahhbe.queue.core.windows.net\/;FileEndpoint=https:\/\/sahhbe.file.core.windows.net\/;SharedAccessSignature=sv=2021-04-10&ss=bt&srt=s&spr=https&se=2027-02-21T00%3A15%3A26Z&sip=168.1.5.60-168.1.5.70&sp=wdlcup&sig=<signature>"
MEDIA_EXPORT_URL = "https://app.contoso.example/open?target=HostName%3Dfleet-5i12.azure-devices.net%3BDeviceId%3Dedge-gw%3BModuleId%3Dcamera%3BSharedAccessKey%3DhVxnGBD%2BZ38Z0SU5XJydRmR1FW4X7yn6gwO0CBEyZOw%3D"
ETL_EXPORT_URL = "Endpoint=sb://ingest-auv0.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=9ttVg3xcfJsI2pmrgXdeOxS2OTIS+nHE4adbn4V5ZRs="
REPORTS_EXPORT_URL = "https://logsc6ng.blob.core.windows.net/models/train.parquet?sv=2023-11-03&amp;st=2026-03-09T23%3A53%3A40Z&amp;se=2026-03-17T19%3A53%3A40Z&amp;skoid=2e0d4174-bec7-44b9-a05e-480ee1417d7b&amp;sktid=6f659692-6d70-4225-aeb5-7071b8d836dc&amp;skt=2026-09-18T10%3A00%3A00Z&amp;ske=2026-09-22T18%3A00%3A00Z&amp;sks=blob&amp;skv=2025-01-05&amp;sr=b&amp;sp=radxy&amp;sig=KPVBXApNV3cfMlqcOXV8iQphBbo2W4WzGjvMnP2b8R0%3D"
AUDIT_EXPORT_URL = "SharedAccessSignature sr=0ne00LS46ZP%2Fregistrations%2Fdev-7&amp;sig=MrrNkt7H%2BOhs2pbAaeifIZoZ42StqqT6JgzNxOzzJgQ%3D&amp;se=1795459107&amp;skn=registration"
