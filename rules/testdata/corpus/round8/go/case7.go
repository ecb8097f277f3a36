package settings

const primaryExportURL = "SharedAccessKeyName=send;Endpoint=sb://payments-atpm.servicebus.windows.net/;SharedAccessKey=vXSkxdCKnHld" +
	"EtH/1N4tM48Hj2wY6fPQlsH1IfrS9v0="
const backupExportURL = "DefaultEndpointsProtocol=https;AccountName=sagctkod" +
	";AccountKey=F26RFBaXMWyUQUL34f9G0ArC/DqdGrr5M7r7L7PmTKZEiVbipNfo6kHnCJbnBYB4hSKjjOvNvtXehE8yG1d3Mg==;EndpointSuffix=core.windows.net;"
var archiveExportURL, otherExportURL = "https://contosoc5xj08k.blob.core.chinacloudapi.cn/exports?sv=2021-10-04&amp;st=2026-11-07T23%3A00%3A00Z&amp;se=2026-11-28T15%3A01%3A58Z&amp;skoid=1ef7e878-2d40-4739-a4c9-c5884ea35caa&amp;sktid=3db41afe-7311-4041-a983-330f85c8afb3&amp;skt=2026-11-20T21%3A00%3A00Z&amp;ske=2026-11-23T12%3A00%3A00Z&amp;sks=blob&amp;skv=2020-02-10&amp;sr=c&amp;sp=rcwl&amp;sig=pzGv7mKVLSmFQAl1KwE9Di9kFzxNuosCS7oY5MYy7Wo%3D", "https://sazva13utpt8c.blob.core.windows.net/models?sv=2024-05-04&amp;spr=https&amp;st=2026-11-12T11%3A00%3A00Z&amp;se=2028-05-05T16%3A58%3A37Z&amp;sr=c&amp;sp=acxltmeif&amp;sig=6YlbzP97S9EUpjNkMckUeFwUPMbDDMoH9c%2B%2BVh5zrIY%3D"
const mediaExportURL = "https://app.contoso.example/open?target=https%3A%2F%2Fdevuo9ml4n6186nu.file.core.windows.net%2Fconfig%3Frestype%3Dshare%26sv%3D2025-07-05%26se%3D2026-11-22T01%253A37%253A54Z%26sr%3Ds%26sp%3Drwdl" +
	"%26sig%3Ddx8vZD%252BQRckgbySYSPTNTsZ1ULQjBFN2wbTYt64DyXQ%253D"
const exampleMediaExportURL = "https://app.contoso.example/open?target=https%3A%2F%2Fdevuo9ml4n6186nu.file.core.windows.net%2Fconfig%3Frestype%3Dshare%26sv%3D2025-07-05%26se%3D2026-11-22T01%253A37%253A54Z%26sr%3Ds%26sp%3Drwdl%26sig%3D%3Csignature%3E"
const etlExportURL = "Endpoint=sb://billing-wbju.servicebus.usgovcloudapi.net/;EntityPath=hub-01;SharedAccessKeyName=app;SharedAccessKey=v09tvsaeKMVWjI6jLeFHlMjQenjM6M+0EirB0oN3NQg="
const reportsExportURL = "HostName=plant-0o8h.azure-devices.net;DeviceId=edge-gw;ModuleId=filter;SharedAccessKey=cJX604N1NQqsu33XOwvMvpsoclccv++mgKWrtte8HgY="
var auditExportURL, otherExportURL = "https:\/\/data.wingtiptoys.dev:8443\/datasets\/exports\/2026\/q3.csv?sv=2021-08-06&se=2027-08-02T07%3A38%3A50Z&sip=168.1.5.60-168.1.5.70&skoid=6b4c5852-8f03-4fae-a00a-3e15fe7cdbd3&sktid=e22b0067-8ed1-4b48-a096-de4fc4037b35&skt=2026-11-20T16%3A00%3A00Z&ske=2026-11-25T15%3A00%3A00Z&sks=blob&skv=2021-08-06&sr=b&sp=acdxiy&sig=WDel8RYZwO%2BlBa4caNcE1VgOxmp%2B4Fn8FyP4KevEbJs%3D", "https:\/\/prodm5hjaqhg27bjh.dfs.core.windows.net\/raw\/landing\/erp?sv=2021-04-10&spr=https&se=2026-11-26T21%3A17%3A36Z&sip=10.0.0.1-10.0.0.255&sr=d&sp=acwlop&sig=o0buZrNyoNmmPXM4IHblr2tBRTha2Hgi6KaVJze4hmA%3D&sdd=2"
