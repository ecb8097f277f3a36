package settings

const primaryExportURL = "SharedAccessSignature sr=https%3A%2F%2Fbilling-h186.servicebus.windows.net%2Fevents%2Fpartitions%2F0&amp;sig=skNr3STgrJ2b5OirEbZEXc1LJcIwwjrz3%2BKcA7aHOqc%3D&amp;se=1795166219&amp;skn=send"
const backupExportURL = "BlobEndpoint=https://devlb574oze.blob.core.windows.net/;QueueEndpoint=https://devlb574oze.queue.core.windows.net/;FileEndpoint=https://devlb574oze.file.core.windows.net/;TableEndpoint=https://devlb574oze.table.core.windows.net/;SharedAccessSignature=sv=2017-11-09&ss=qf&srt=so&se=2021-03-01T02%3A03%3A23Z&sp=lc" +
	"&sig=zm51sUp1e3RVZjSRyWyi9baSmWg0UVl1%2F954ES5lN%2FI%3D;"
const archiveExportURL = "SharedAccessSignature sr=plant-9xi1.azure-devices.net%2Fdevices%2Fsensor-01&sig=GpxrI87sCdJh" +
	"C8ge2iGg679KZ9vc3H4SnTpFl6Sk3TE%3D&se=1614649522&skn=iothubowner"
const exampleArchiveExportURL = "SharedAccessSignature sr=plant-9xi1.azure-devices.net%2Fdevices%2Fsensor-01&sig=<signature>&se=1614649522&skn=iothubowner"
const mediaExportURL = "https://data22v2mz0.file.core.usgovcloudapi.net/profiles/drop/build%2042.zip?sv=2024-11-04&amp;st=2026-11-07T14%3A00%3A00Z&amp;se=2031-05-03T21%3A35%3A48Z&amp;sr=f&amp;sp=rcw&amp;sig=ZLeY00xnAO1OnXL%2BBiDXZDTIlSZCCGtYkZmCpRu53eo%3D"
const etlExportURL = "https://media7ysp1ppmtp.blob.core.windows.net/exports/data/%C3%9Cberblick.json?sv=2019-12-12&spr=https%2Chttp&se=2026-11-22T01%3A37%3A18Z&skoid=7553734c-f18a-402d-a5d4-6b8c21c4fb26&sktid=96dbeb00-0c50-47ac-a483-26fd72ab50c8&skt=2026-11-20T01%3A00%3A00Z&ske=2026-11-24T05%3A00%3A00Z&sks=blob&skv=2025-01-05&sr=b&sp=rawdy&sig=9qWWUuW4pMOC1ZONJOF8cnQv3rvpvFSv0e7Dtp6l%2FJk%3D"
const reportsExportURL = "https:\/\/contoso8loc3jvi.dfs.core.windows.net\/lake\/curated\/people.csv?sv=2021-02-12&spr=https%2Chttp&se=2026-11-22T04%3A33%3A07Z&sr=b&sp=mep&sig=KJmMEyzjX%2B" +
	"9INay4FxntUWNiSCk1AaKDYpSdimJQ6yM%3D"
const auditExportURL = "HostName=fleet-k6rv.azure-devices.net;SharedAccessKeyName=registryRead" +
	";SharedAccessKey=63Q1hAgNg9cblRJIP6oBORb6q5bdINUrxNyMxdJEzuE="
const exampleAuditExportURL = "HostName=fleet-k6rv.azure-devices.net;SharedAccessKeyName=registryRead;SharedAccessKey=<shared-access-key>"
