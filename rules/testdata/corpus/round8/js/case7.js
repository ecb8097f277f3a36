'use strict';

const primaryExportUrl = "https://app.contoso.example/open?target=http%3A%2F%2Fazurite%3A10001%2Fbackupuautbs3klu%2Forders-in%2Fmessages%3Fsv%3D2021-02-12%26spr%3Dhttps%26st%3D2026-11-12T01%253A00%253A00Z%26se%3D2026-11-22T06%253A33%253A02Z%26sp%3Drup%26sig%3DL2gWgk9gdXpq3FxQGcgHk9gYWohP949wl%252BS7DZAkj%252FE%253D";
const backupExportUrl = "https://dev8w9zzdv.table.core.windows.net/Customers()?sv=2019-02-02&se=2026-11-22T22%3A43%3A52Z&sp=ud&sig=33O5byPDo6qLnDHO5V4OC5%2BREfI6WaTTnUxsndLnOBE%3D&tn=Customers";
const archiveExportUrl = "https://prod99gnnhpw7vc.blob.core.windows.net/datasets?sv=2026-04-06&amp;spr=https%2Chttp&amp;se=2023-08-18T01%3A30%3A52Z&amp;skoid=88fd6e62-0372-48c9-a059-fc8c184334c4&amp;sktid=8d162627-892d-49ba-a828-f599087cdbd4&amp;skt=2026-10-11T17%3A00%3A00Z&amp;ske=2026-10-14T07%3A00%3A00Z&amp;sks=blob&amp;skv=2025-01-05&amp;sr=c&amp;sp=rawey&amp;sig=KQsjJYEOeKUT" +
  "k7Cu6%2FSLuhLGv18quB3y4j4EcRgPKOo%3D";
const mediaExportUrl = "https://stdgchrqxncx.file.core.chinacloudapi.cn/profiles?restype=share&amp;sv=2015-04-05&amp;spr=https%2Chttp&amp;se=2027-06-03T00%3A22%3A06Z&amp;sr=s&amp;sp=rcwl&amp;sig=rL7layd6cLsz6DKgImsNaWL6o%2B0gHK87P93qsx4nIAU%3D";
const etlExportUrl = "DefaultEndpointsProtocol=http;AccountName=dev7pbhtmmvpgh6t;AccountKey=YFFdA1lBy+AP" +
  "VVZbgdBH3K/dtZKi5bZ3HMtLFmvUFOKxcG9x0ysfRJHxKCjhIBCQaoBpVAiM5MCJHF8VqLLlsQ==;EndpointSuffix=core.windows.net";
const exampleEtlExportUrl = "DefaultEndpointsProtocol=http;AccountName=dev7pbhtmmvpgh6t;AccountKey=<account-key>;EndpointSuffix=core.windows.net";
const reportsExportUrl = "https://login.contoso.example/cb?state=HostName%253Dmeters-koo1.azure-devices.net%253BDeviceId%253Dedge-gw%253BModuleId%253Dcamera%253BSharedAccessKey%253D6pOMgSncRR4WL1GEtiw7sIihldY9m2L3dEMXs%252F8AFoQ%253D";
const exampleReportsExportUrl = "https://login.contoso.example/cb?state=HostName%253Dmeters-koo1.azure-devices.net%253BDeviceId%253Dedge-gw%253BModuleId%253Dcamera%253BSharedAccessKey%253D%253Cshared-access-key%253E";
const auditExportUrl = "https://app.contoso.example/open?target=SharedAccessSignature%20sr%3Dhttps%253A%252F%252Fevents-03zc.servicebus.windows.net%252Fevents%252Fpartitions%252F0%26sig%3DVbGlWC9DJhd2" +
  "H%252BTi9Vb7LNWQSnYJet28mdNhud9IVSY%253D%26se%3D2291551234%26skn%3DRootManageSharedAccessKey";
