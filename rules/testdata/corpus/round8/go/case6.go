package settings

const primaryExportURL = "https://login.contoso.example/cb?state=SharedAccessSignature%2520sig%253DWontJGm5hDIUjnVJBezOVAq8wOoC%25252FKP%25252FtKmLnEu%25252Fkh0%25253D" +
	"%2526se%253D2238422105%2526skn%253DRootManageSharedAccessKey%2526sr%253Dhttps%25253A%25252F%25252Ffleet-gepz.servicebus.windows.net%25252Forders"
const examplePrimaryExportURL = "https://login.contoso.example/cb?state=SharedAccessSignature%2520sig%253D%253Csignature%253E%2526se%253D2238422105%2526skn%253DRootManageSharedAccessKey%2526sr%253Dhttps%25253A%25252F%25252Ffleet-gepz.servicebus.windows.net%25252Forders"
const backupExportURL = "https://app.contoso.example/open?target=SharedAccessSignature%20sig%3DorTx99dM37ns" +
	"rXY03qzD3p4XKMzv6ZgW8FomTxg5IpU%253D%26se%3D1821863709%26skn%3Dsend%26sr%3Dhttps%253A%252F%252Fpayments-r3l5.servicebus.windows.net%252Fevents%252Fpartitions%252F0"
const exampleBackupExportURL = "https://app.contoso.example/open?target=SharedAccessSignature%20sig%3D%3Csignature%3E%26se%3D1821863709%26skn%3Dsend%26sr%3Dhttps%253A%252F%252Fpayments-r3l5.servicebus.windows.net%252Fevents%252Fpartitions%252F0"
const archiveExportURL = "https://app.contoso.example/open?target=https%3A%2F%2Fmediama79kf0d.blob.core.usgovcloudapi.net%2F%3Fsv%3D2019-12-12%26ss%3Db%26srt%3Do%26spr%3Dhttps%26se%3D2026-11-21T17%253A15%253A50Z%26sp%3Drdftlacu" +
	"%26sig%3DtFGRmXv8X8rRUdWwScbcb9bz5DJOVcdAeoeDdsLpZto%253D"
const mediaExportURL = "https://contoso-wxoslths.z01.azurefd.net/gold?sv=2020-02-10&amp;spr=https&amp;st=2026-11-13T12%3A00%3A00Z&amp;se=2026-11-23T00%3A16%3A52Z&amp;sr=c&amp;sp=rwdp&amp;sig=%2BE13gQ8Rds" +
	"i3cWzXMzPNg9Qt8yhM8tlhJ4yHVH8IBe4%3D"

var etlExportURL, otherExportURL = "https://fabiwu7yzywfv.blob.core.windows.net/datasets/train.parquet?sv=2021-12-02\u0026spr=https%2Chttp\u0026se=2027-05-15T11%3A56%3A47Z\u0026sip=203.0.113.7\u0026skoid=f30ddf52-624a-4317-a886-8c938e4042c1\u0026sktid=59d5fc15-c6b5-4a52-a309-7b9fb28ad378\u0026skt=2026-11-22T01%3A00%3A00Z\u0026ske=2026-11-23T18%3A00%3A00Z\u0026sks=blob\u0026skv=2020-02-10\u0026sr=b\u0026sp=raxm\u0026sig=794eCjPj48gMCMT1GRPDOi3Xxh%2BZU5HOsjNnQtpi%2BWM%3D", "https://mediae4lbff1.file.core.chinacloudapi.cn/?sv=2020-10-02\u0026ss=tqf\u0026srt=sc\u0026st=2026-11-14T19%3A00%3A00Z\u0026se=2026-11-26T04%3A16%3A05Z\u0026sp=xapi\u0026sig=jeBu5r7wXu%2FK9IuQicJyULHe50vUAJZp5SsVmn3jDUY%3D"

const reportsExportURL = "HostName=fleet-emol.azure-devices.net;DeviceId=truck42;SharedAccessKey=LfedgbiUArDo" +
	"OpAKOMMy+jpWEMCQiwaYwMTFnSqTyrY="
const auditExportURL = "https://login.contoso.example/cb?state=HostName%253Dmeters-06hf.azure-devices.net%253BSharedAccessKeyName%253DregistryRead%253BSharedAccessKey%253DF1lgzQQ%252BpaNVLEGpD4%252Fd5cRobvf8wa4tWDtK4qFEtlM%253D"
