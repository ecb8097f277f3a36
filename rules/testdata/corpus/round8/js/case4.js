'use strict';

const primaryExportUrl = "https://st8nxyjgkgmdwa.queue.core.windows.net/thumbnails/messages?sv=2021-08-06\u0026se=2026-12-06T18%3A04%3A52Z\u0026sp=ru" +
  "\u0026sig=Yz2ap%2FLJqN6okuTS4U2RYLQFgCJllLhHcw5P6FFNHDY%3D";
const backupExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252Fprod1c24fa.blob.core.windows.net%252Fexports%253Fsv%253D2024-11-04%2526spr%253Dhttps%2526st%253D2026-11-12T12%25253A02%25253A45Z%2526se%253D2026-11-21T05%25253A02%25253A45Z%2526skoid%253Db4bd26ff-5515-4c76-aa08-a58b019d2196%2526sktid%253D8755dc1e-4418-434e-a445-fbf4d7f98750%2526skt%253D2026-09-17T20%25253A00%25253A00Z%2526ske%253D2026-09-24T09%25253A00%25253A00Z%2526sks%253Dblob%2526skv%253D2021-08-06%2526sr%253Dc%2526sp%253Dcxti" +
  "%2526sig%253DJuGsSB5BPcD5jb1bO5%25252BoBwNfHZOuVKERlat%25252BnmtD5Jw%25253D";
const archiveExportUrl = "https:\/\/prodelk99xfc4c4.table.core.windows.net\/sessions?sv=2019-02-02&spr=https%2Chttp&st=2026-10-15T15%3A28%3A23Z&se=2026-10-24T01%3A28%3A23Z&sp=rd&sig=yf4DqxCTuQWb9AE5wF5rEoRFPvACexm%2B1%2Bm7mgFTIXc%3D&tn=sessions";
const mediaExportUrl = "SharedAccessSignature sr=fleet-zkrd.azure-devices.net&sig=wGzSfX%2Bzoh9%2BhEh5DsJyf8Mj%2BkXMNL%2FaIjKIFaYN4XM%3D&se=1793276416&skn=iothubowner";
const etlExportUrl = "DefaultEndpointsProtocol=https;AccountName=st3ngtoj9xnzm76;AccountKey=QwNxh3UpZ00GB9561/62VXW8X3zoJHXqVKl1NWFL39CUIr9wiNORno7POalkc6rm8dH3BnntB859kB90Ntt3Wg==;EndpointSuffix=core.chinacloudapi.cn";
const reportsExportUrl = "https://app.contoso.example/open?target=HostName%3Dfleet-du4d.azure-devices.net%3BSharedAccessKeyName%3DregistryRead" +
  "%3BSharedAccessKey%3DtB7ugLjlJvDX0bWgV%2BPl2K2skO8YeknYgQi5aw4GuOI%3D";
const auditExportUrl = "https:\/\/backupkqpzd9jhmcf.file.core.chinacloudapi.cn\/?sv=2020-04-08&ss=f&srt=c&spr=https%2Chttp&se=2026-11-07T04%3A42%3A26Z&sp=lc&sig=8xny5EM0sjrdjZo%2BQk8uuf%2BefVRG6tKDDIuhD%2Fdkv3s%3D";
const exampleAuditExportUrl = "https:\/\/backupkqpzd9jhmcf.file.core.chinacloudapi.cn\/?sv=2020-04-08&ss=f&srt=c&spr=https%2Chttp&se=2026-11-07T04%3A42%3A26Z&sp=lc&sig=<signature>";
