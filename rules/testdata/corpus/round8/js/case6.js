'use strict';

const primaryExportUrl = "https://mediax5dvyzxw.privatelink.table.core.windows.net/?sv=2019-12-12&amp;ss=t&amp;srt=s&amp;se=2051-05-24T01%3A39%3A41Z&amp;sp=wxtlu" +
  "&amp;sig=d%2Fil09DC1oUkXLmNZKODx3LnzMCx2pnYI6%2Bnjx9DjnQ%3D";
const backupExportUrl = "https://f53v4f.azureedge.net/uploads?restype=container\u0026comp=list\u0026sv=2023-01-03\u0026spr=https%2Chttp\u0026st=2026-11-06T23%3A00%3A00Z\u0026se=2027-01-26T05%3A01%3A34Z\u0026sip=168.1.5.60-168.1.5.70\u0026sr=c\u0026sp=racwdltif" +
  "\u0026sig=sDLMDgQK0d%2FSEdlkcMOve%2BIZltKE6L4nXrd58QW0pOw%3D";
const exampleBackupExportUrl = "https://f53v4f.azureedge.net/uploads?restype=container\u0026comp=list\u0026sv=2023-01-03\u0026spr=https%2Chttp\u0026st=2026-11-06T23%3A00%3A00Z\u0026se=2027-01-26T05%3A01%3A34Z\u0026sip=168.1.5.60-168.1.5.70\u0026sr=c\u0026sp=racwdltif\u0026sig=\u003csignature\u003e";
const archiveExportUrl = "HostName=meters-mp5w.azure-devices.net;DeviceId=edge-gw;ModuleId=filter" +
  ";SharedAccessKey=UG7rZt2k1uiMnCZubNAo62iilWvkt0KFhNg0G2+U2/s=;";
const mediaExportUrl = "https://app.contoso.example/open?target=EndpointSuffix%3Dcore.windows.net%3BDefaultEndpointsProtocol%3Dhttp%3BAccountKey%3DhVEblTeuc5Te" +
  "7yV26qScRq7FC86CgRIUqnbC62cfcRxwVr6Ei2FOt0rFSuJCa0cwVRvPjltQ8QZUKrE4jDm8ew%3D%3D%3BAccountName%3Dcontosozna2";
const etlExportUrl = "DefaultEndpointsProtocol=http;AccountName=prodmg386;AccountKey=55ilmZWChl8X2I+OpmYNuOA+kYohTbVXy5TK5A+nABzdb4clgx7r5cVmoGCW67Ps24UIlHkQ9jrObRXpfUZdjQ==;EndpointSuffix=core.usgovcloudapi.net"; const otherExportUrl = "https:\/\/mediaile3tkd0gbzc.blob.core.windows.net\/uploads\/backups\/db.bak?sv=2021-04-10&spr=https%2Chttp&st=2026-05-31T10%3A34%3A13Z&se=2026-06-10T00%3A34%3A13Z&sr=bs&sp=rwe&sig=TqXmmnItSZpvjsVFkTJkr3dAC8E5W155JUriXgJyD6o%3D&snapshot=2026-11-14T16%3A13%3A32.0000000Z";
const reportsExportUrl = "http://127.0.0.1:10000/prodlj4opry/bronze/curated?sv=2020-02-10\u0026se=2026-11-21T22%3A47%3A30Z\u0026sip=10.0.0.1-10.0.0.255\u0026skoid=6e5f9baf-dd13-4284-ae93-b2779f087093\u0026sktid=c14d3859-5a13-47da-adb0-a4b4e2f00142\u0026skt=2026-11-09T16%3A00%3A00Z\u0026ske=2026-11-12T07%3A00%3A00Z\u0026sks=dfs\u0026skv=2021-08-06\u0026sr=d\u0026sp=awdle\u0026sig=XcBRDIEA2NsSEYakHCIAt1Fqfdcg7J5I4PAPYpwI6fA%3D\u0026sdd=1\u0026saoid=f97e0ed6-a98d-4a99-aa31-8c15fbdb5f85";
const auditExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252Fassets.tailwindtraders.net%252Fprofiles%253Frestype%253Dshare%2526sv%253D2020-12-06%2526st%253D2026-11-14T12%25253A00%25253A00Z%2526se%253D2026-11-25T15%25253A19%25253A13Z%2526sr%253Ds%2526sp%253Drwd" +
  "%2526sig%253DZCsT0RBsMfO%25252BIkbYsXP9OeSLS7YLLnkEA%25252BkUj%25252B0%25252FTvc%25253D";
const exampleAuditExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252Fassets.tailwindtraders.net%252Fprofiles%253Frestype%253Dshare%2526sv%253D2020-12-06%2526st%253D2026-11-14T12%25253A00%25253A00Z%2526se%253D2026-11-25T15%25253A19%25253A13Z%2526sr%253Ds%2526sp%253Drwd%2526sig%253D%253Csignature%253E";
