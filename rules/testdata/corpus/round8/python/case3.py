# settings for the exporter job
import os

PRIMARY_EXPORT_URL = "SharedAccessSignature sr=plant-m88u.azure-devices.net%2Fdevices%2Fsensor-01&amp;sig=9AsiQpTw4%2FElK6D4TYTEPiozO%2FwaMc0tIHe%2FxRqAguo%3D&amp;se=2266882650"
BACKUP_EXPORT_URL = "https://login.contoso.example/cb?state=https%253A%252F%252Ffab1andlhmq7th61.file.core.windows.net%252Fmedia%252Fapp%252Fsettings.json%253Fsv%253D2021-08-06%2526se%253D2026-11-16T17%25253A16%25253A31Z%2526sr%253Df%2526sp%253Dcw%2526sig%253DC4Ye7hjfNf22affnPNOclWzNd80DVh6Mb2Qafr7TObY%25253D"
ARCHIVE_EXPORT_URL, OTHER_AZURE_STORAGE_KEY = "BlobEndpoint=https://tws26nq.blob.core.windows.net;SharedAccessSignature=sv=2019-02-02&ss=q&srt=o&spr=https&st=2026-11-12T08%3A00%3A00Z&se=2030-02-16T06%3A01%3A12Z&sp=rwlcp&sig=hfWqQHYeOWIKMnG938FkF1evLexxLtMz%2Bkq6gYUMcYo%3D", "lP1J/SHB4RTgKGsg4ejF6W/X6J/J/n4iuWLeqtQL63siHJhYivo3Fa+8OmZ1+s7RJHYfPot4Bg5rcJgmxiSDtg=="
MEDIA_EXPORT_URL = ("https://login.contoso.example/cb?state=BlobEndpoint%253Dhttps%253A%252F%252Flogsm3kk9q24jw11n.blob.core.windows.net%252F%253BQueueEndpoint%253Dhttps%253A%252F%252Flogsm3kk9q24jw11n.queue.core.windows.net%252F%253BFileEndpoint%253Dhttps%253A%252F%252Flogsm3kk9q24jw11n.file.core.windows.net%252F%253BTableEndpoint%253Dhttps%253A%252F%252Flogsm3kk9q24jw11n.table.core.windows.net%252F%253BSharedAccessSignature%253Dsv%253D2019-12-12%2526ss%253Dt%2526srt%253Dco%2526spr%253Dhttps%2526se%253D2024-05-11T21%25253A14%25253A33Z%2526sip%253D168.1.5.60-168.1.5.70%2526sp%253Dtaup"
    "%2526sig%253D%25252FK8duaqyjzz8gDccWJylf9U%25252Ff2ngONam6tyfMuZtWU8%25253D%253B")
ETL_EXPORT_URL = ("https://fabi9tn5q.file.core.windows.net/profiles?restype=share&amp;sv=2017-07-29&amp;spr=https%2Chttp&amp;se=2026-11-23T06%3A07%3A47Z&amp;sr=s&amp;sp=rwdl&amp;sig=hxgCpPuNnOxU"
    "c%2BxXHFMLuF%2Fpt0NWLH0nYJYC8J4MfjE%3D")
REPORTS_EXPORT_URL = "SharedAccessKeyName=app;EntityPath=orders;Endpoint=sb://ingest-i020.servicebus.chinacloudapi.cn/;SharedAccessKey=2RDYz0htpDrwXWWLR1cIsuP6PL0N8b+LkEm5zNEniss="
EXAMPLE_REPORTS_EXPORT_URL = "SharedAccessKeyName=app;EntityPath=orders;Endpoint=sb://ingest-i020.servicebus.chinacloudapi.cn/;SharedAccessKey=<shared-access-key>"
AUDIT_EXPORT_URL = ("https://app.contoso.example/open?target=https%3A%2F%2Fdatam7bv61.file.core.chinacloudapi.cn%2Fprofiles%2Fusers%2Falice%2Fntuser.dat%3Fsv%3D2017-07-29%26spr%3Dhttps%252Chttp%26se%3D2051-01-14T03%253A52%253A15Z%26sip%3D10.0.0.1-10.0.0.255%26sr%3Df%26sp%3Drcwd%26sig%3D3NQBQolq2Rgx"
    "X8D9euBXQZUfObGijAPZJOGghitVeOQ%253D")
