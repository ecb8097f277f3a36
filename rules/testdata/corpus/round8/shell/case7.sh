#!/usr/bin/env bash
set -euo pipefail

export PRIMARY_EXPORT_URL="BlobEndpoint=https://devmvmlut0gp.blob.core.windows.net;SharedAccessSignature=sv=2017-11-09\u0026ss=q\u0026srt=sco\u0026spr=https%2Chttp\u0026se=2026-11-08T22%3A14%3A38Z\u0026sp=rdp\
\u0026sig=q2jfwSjiw5Fy7PAw61Gtvtw464L8V83CClWJ7oC7F5A%3D;"
export EXAMPLE_PRIMARY_EXPORT_URL="BlobEndpoint=https://devmvmlut0gp.blob.core.windows.net;SharedAccessSignature=sv=2017-11-09\u0026ss=q\u0026srt=sco\u0026spr=https%2Chttp\u0026se=2026-11-08T22%3A14%3A38Z\u0026sp=rdp\u0026sig=\u003csignature\u003e;"
export BACKUP_EXPORT_URL="https://app.contoso.example/open?target=SharedAccessKeyName%3Dsend%3BEndpoint%3Dsb%3A%2F%2Fpayments-jpcl.servicebus.windows.net%2F%3BSharedAccessKey%3DpYw3GoRWjzd%2BLSmuFD9YDoesQVcuapLMPq7X44I4Zew%3D"
export EXAMPLE_BACKUP_EXPORT_URL="https://app.contoso.example/open?target=SharedAccessKeyName%3Dsend%3BEndpoint%3Dsb%3A%2F%2Fpayments-jpcl.servicebus.windows.net%2F%3BSharedAccessKey%3D%3Cshared-access-key%3E"
export ARCHIVE_EXPORT_URL="AccountName=devtkmgvwmrk5rpp;AccountKey=TcW13cWCzoPc\
5XwLs3AvT+HWUffT6TxKhUxZSgdlm8kjM4m1BtGaQYcNuuWisXZDiPV+eqvF7swyfLZDRWqs2A==;DefaultEndpointsProtocol=https"
export MEDIA_EXPORT_URL="http://127.0.0.1:10001/mljih2fwd0m/jobs/messages?sv=2024-05-04\u0026spr=https\u0026st=2026-11-08T12%3A00%3A00Z\u0026se=2026-11-23T09%3A17%3A44Z\u0026sp=rup\u0026sig=RxMSOBKtryfLLMCPiSEqHZBq%2BSJVMg7I5c4PdUZQ3mo%3D"
export EXAMPLE_MEDIA_EXPORT_URL="http://127.0.0.1:10001/mljih2fwd0m/jobs/messages?sv=2024-05-04\u0026spr=https\u0026st=2026-11-08T12%3A00%3A00Z\u0026se=2026-11-23T09%3A17%3A44Z\u0026sp=rup\u0026sig=\u003csignature\u003e"
export ETL_EXPORT_URL="https://prodx0jggc9adcr.privatelink.dfs.core.windows.net/raw/tmp/2026/11?sv=2021-08-06&spr=https&se=2026-11-22T23%3A13%3A29Z&sip=168.1.5.60-168.1.5.70&skoid=e9c1bfe3-9fff-451e-aff6-a307ffcf6674&sktid=819ffd2d-ab37-4278-ad76-d9f49f91592d&skt=2026-11-19T10%3A00%3A00Z&ske=2026-11-25T06%3A00%3A00Z&sks=dfs&skv=2021-08-06&sr=d&sp=rcwlm&sig=cy5tAwIf4UP0\
oFKr5zsKVFZAr9JW4WOAASWQ%2FOXPgqU%3D&sdd=3&saoid=cdc73545-9eaf-438e-a6a0-c3fb85b89296&scid=d466a01a-1bec-4f00-ac9d-c42ae72d4533"
export EXAMPLE_ETL_EXPORT_URL="https://prodx0jggc9adcr.privatelink.dfs.core.windows.net/raw/tmp/2026/11?sv=2021-08-06&spr=https&se=2026-11-22T23%3A13%3A29Z&sip=168.1.5.60-168.1.5.70&skoid=e9c1bfe3-9fff-451e-aff6-a307ffcf6674&sktid=819ffd2d-ab37-4278-ad76-d9f49f91592d&skt=2026-11-19T10%3A00%3A00Z&ske=2026-11-25T06%3A00%3A00Z&sks=dfs&skv=2021-08-06&sr=d&sp=rcwlm&sig=<signature>&sdd=3&saoid=cdc73545-9eaf-438e-a6a0-c3fb85b89296&scid=d466a01a-1bec-4f00-ac9d-c42ae72d4533"
export REPORTS_EXPORT_URL="DefaultEndpointsProtocol=https;AccountName=fabv3wjp;AccountKey=dOLccQIkEkwEZBPPAN23FlEYFPI+alg6Wk8x0iq\/+myVejvFqbGzqcnV8P4ObFg+m7ZxtYeYt8f11N65YSlz7w==;EndpointSuffix=core.windows.net;"
export AUDIT_EXPORT_URL="https://app.contoso.example/open?target=http%3A%2F%2F127.0.0.1%3A10002%2Fbackupegpmu897k8%2FCustomers%3Fsv%3D2019-02-02%26spr%3Dhttps%252Chttp%26se%3D2026-11-03T10%253A35%253A55Z%26sp%3Dau\
%26sig%3Dywr%252BDfjfby2nHA1Gx5VfY4hn%252FZIpizsnE0CFidBga%252Bw%253D%26tn%3DCustomers%26spk%3Dtenant-001%26epk%3Dtenant-099"
