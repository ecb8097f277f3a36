'use strict';

const primaryExportUrl = "http://127.0.0.1:10000/twrwmes8/gold/landing/erp?sv=2022-11-02\u0026spr=https%2Chttp\u0026se=2027-01-16T01%3A03%3A38Z\u0026skoid=66314ce4-bc61-4ed3-aad8-1228ef37f698\u0026sktid=e7cbe8ea-d842-454b-a759-b25a1e78610d\u0026skt=2026-11-15T14%3A00%3A00Z\u0026ske=2026-11-22T01%3A00%3A00Z\u0026sks=dfs\u0026skv=2021-08-06\u0026sr=d\u0026sp=awdlm\u0026sig=8fiQUug8Qgj5" +
  "SvBND8UAnp4eceWheCqZr1348XQFLrU%3D\u0026sdd=2";
const examplePrimaryExportUrl = "http://127.0.0.1:10000/twrwmes8/gold/landing/erp?sv=2022-11-02\u0026spr=https%2Chttp\u0026se=2027-01-16T01%3A03%3A38Z\u0026skoid=66314ce4-bc61-4ed3-aad8-1228ef37f698\u0026sktid=e7cbe8ea-d842-454b-a759-b25a1e78610d\u0026skt=2026-11-15T14%3A00%3A00Z\u0026ske=2026-11-22T01%3A00%3A00Z\u0026sks=dfs\u0026skv=2021-08-06\u0026sr=d\u0026sp=awdlm\u0026sig=\u003csignature\u003e\u0026sdd=2";
const backupExportUrl = "SharedAccessSignature skn=listen&sr=https%3A%2F%2Ftelemetry-mvgk.servicebus.windows.net%2Fevents%2Fpartitions%2F0&se=2534243214" +
  "&sig=jV9Chbuj7X%2BIaH1Cs0w6hAoB9ZuFg9Nqaca5jBgF2Mc%3D";
const exampleBackupExportUrl = "SharedAccessSignature skn=listen&sr=https%3A%2F%2Ftelemetry-mvgk.servicebus.windows.net%2Fevents%2Fpartitions%2F0&se=2534243214&sig=<signature>";
const archiveExportUrl = "https:\/\/datave4u078hmnw.blob.core.chinacloudapi.cn\/models\/exports\/2026\/q3.csv?sv=2023-08-03&se=2026-11-24T03%3A49%3A53Z&skoid=e18582f6-e421-48a9-a8ac-586599b80572&sktid=c1d87f2b-d50e-4cb0-afb6-5a2ed5d157ee&skt=2026-11-15T15%3A00%3A00Z&ske=2026-11-22T11%3A00%3A00Z&sks=blob&skv=2021-08-06&sr=b&sp=cwdxmiy&sig=x9NIR7uJyHzp" +
  "zoU3hSejtn3SPw9mV6obcvz7AwwlH84%3D";
const mediaExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252Flogsfxxkh3mn36bhl.table.core.chinacloudapi.cn%252Fsessions%253Fsv%253D2019-02-02%2526spr%253Dhttps%25252Chttp%2526se%253D2026-12-18T00%25253A14%25253A56Z%2526sp%253Drad%2526sig%253DEjUQreRfkljI" +
  "1N0eNJmVsqmz7DfLHauCcE7V67n8u34%25253D%2526tn%253Dsessions%2526spk%253Dtenant-001%2526epk%253Dtenant-099";
const exampleMediaExportUrl = "https://login.contoso.example/cb?state=https%253A%252F%252Flogsfxxkh3mn36bhl.table.core.chinacloudapi.cn%252Fsessions%253Fsv%253D2019-02-02%2526spr%253Dhttps%25252Chttp%2526se%253D2026-12-18T00%25253A14%25253A56Z%2526sp%253Drad%2526sig%253D%253Csignature%253E%2526tn%253Dsessions%2526spk%253Dtenant-001%2526epk%253Dtenant-099";
const etlExportUrl = "https://app.contoso.example/open?target=https%3A%2F%2Fcontosovwc8033vozwfp.queue.core.windows.net%2Fjobs%2Fmessages%3Fsv%3D2019-07-07%26st%3D2026-11-05T20%253A23%253A22Z%26si%3Dproducer%26sig%3DxWt7S5dd8UId1Ecxq6Gr3tY7c6zf57kLcYdYzsbMnuo%253D";
const exampleEtlExportUrl = "https://app.contoso.example/open?target=https%3A%2F%2Fcontosovwc8033vozwfp.queue.core.windows.net%2Fjobs%2Fmessages%3Fsv%3D2019-07-07%26st%3D2026-11-05T20%253A23%253A22Z%26si%3Dproducer%26sig%3D%3Csignature%3E";
const reportsExportUrl = "HostName=plant-62bl.azure-devices.net;DeviceId=sensor-01;SharedAccessKey=axVOdJZT0sb6681hv3EEKKhE3I/ambGl/qBkloEAPpo=";
const auditExportUrl = "BlobEndpoint=https:\/\/contosojilsw39irqn.blob.core.windows.net\/;QueueEndpoint=https:\/\/contosojilsw39irqn.queue.core.windows.net\/;FileEndpoint=https:\/\/contosojilsw39irqn.file.core.windows.net\/;TableEndpoint=https:\/\/contosojilsw39irqn.table.core.windows.net\/;SharedAccessSignature=sv=2016-05-31&ss=tqf&srt=s&spr=https%2Chttp&se=2026-11-22T10%3A00%3A54Z&sp=rac&sig=BVG6ej%2BOBS" +
  "x9VbwIlR%2BKdS54sQtR8gWjxuM3qVrKSV8%3D";
