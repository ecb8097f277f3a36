#!/usr/bin/env bash
set -euo pipefail

export PRIMARY_EXPORT_URL="https:\/\/stvvnujsyg0.file.core.windows.net\/media\/users\/alice\/ntuser.dat?sv=2020-02-10&se=2026-11-27T09%3A21%3A58Z&sip=168.1.5.60-168.1.5.70&sr=f&sp=rc\
&sig=B4vzCY7gXHT%2F1QrwSHgdiQ43C9yL3nVOEa4MEtAbuxo%3D"
export BACKUP_EXPORT_URL="https://login.contoso.example/cb?state=https%253A%252F%252Fdev398k4.blob.core.windows.net%252Fmodels%252Freports%252Fannual%252520report.pdf%253Fsv%253D2025-05-05%2526spr%253Dhttps%25252Chttp%2526se%253D2026-11-25T07%25253A30%25253A17Z%2526sip%253D168.1.5.60-168.1.5.70%2526skoid%253D79057aca-e573-4022-a313-502e1e237365%2526sktid%253D8b3122f5-551e-44e6-ad65-323ee07b1459%2526skt%253D2026-11-19T00%25253A00%25253A00Z%2526ske%253D2026-11-25T08%25253A00%25253A00Z%2526sks%253Dblob%2526skv%253D2021-08-06%2526sr%253Db%2526sp%253Drcdxeiy%2526sig%253Dc3uAd3jCVu%25\
252BVLFLrVJo64bbhd%25252F%25252BjW6lRUMU2ktgOXkU%25253D"
export ARCHIVE_EXPORT_URL="https://app.contoso.example/open?target=Endpoint%3Dsb%3A%2F%2Ffleet-9rvg.servicebus.chinacloudapi.cn%2F%3BSharedAccessKeyName%3Dapp\
%3BSharedAccessKey%3Db0UwcR8XqzYkWUrovy7dbknZRQfjb%2B3bg2XaJA8VJh8%3D%3BEntityPath%3Dhub-01%3B"
export MEDIA_EXPORT_URL="https://fabg3a2gqpslhzqe.dfs.core.windows.net/raw/landing/erp?sv=2023-01-03&se=2031-08-15T04%3A52%3A04Z&skoid=f9e80598-0906-45d1-a1fb-28ff12747be6&sktid=8c160030-4eb8-4f4c-afa0-48373a8955a0&skt=2026-11-22T04%3A00%3A00Z&ske=2026-11-24T05%3A00%3A00Z&sks=dfs&skv=2021-08-06&sr=d&sp=aweop\
&sig=qvC%2F3aLITxOgtJf4txPWB1Vmnx130%2Fgfsvwk7A6Zhns%3D&sdd=2"
export EXAMPLE_MEDIA_EXPORT_URL="https://fabg3a2gqpslhzqe.dfs.core.windows.net/raw/landing/erp?sv=2023-01-03&se=2031-08-15T04%3A52%3A04Z&skoid=f9e80598-0906-45d1-a1fb-28ff12747be6&sktid=8c160030-4eb8-4f4c-afa0-48373a8955a0&skt=2026-11-22T04%3A00%3A00Z&ske=2026-11-24T05%3A00%3A00Z&sks=dfs&skv=2021-08-06&sr=d&sp=aweop&sig=<signature>&sdd=2"
export ETL_EXPORT_URL="https://contoso-spoi83xj.z01.azurefd.net/audit2026?sv=2019-02-02\u0026spr=https%2Chttp\u0026se=2026-11-22T19%3A10%3A41Z\u0026sp=a\u0026sig=5MrbYJmF4PWj\
yEKotZc378MYFcSXU%2Bk1MqrMEFFS9V0%3D\u0026tn=audit2026\u0026spk=tenant-001\u0026epk=tenant-099"
export REPORTS_EXPORT_URL="https://data.wingtiptoys.dev:8443/?sv=2020-10-02&amp;ss=qf&amp;srt=c&amp;st=2026-11-12T03%3A00%3A00Z&amp;se=2026-11-22T19%3A44%3A58Z&amp;sp=rap&amp;sig=TaIBjBjnGwfx\
n9aqsqxTWQvIEp6cwEKtXsUb%2FQTPumA%3D"
export AUDIT_EXPORT_URL="https://login.contoso.example/cb?state=https%253A%252F%252Fcontoso-kri11qbu.z01.azurefd.net%252Flogs%252Fdata%252F%2525C3%25259Cberblick.json%253Fsv%253D2020-02-10%2526spr%253Dhttps%25252Chttp%2526st%253D2026-11-19T21%25253A00%25253A00Z%2526se%253D2026-11-22T01%25253A07%25253A27Z%2526sr%253Dbs%2526sp%253Dcdxme\
%2526sig%253DMZQ%25252B%25252BFYD5QBda0qVlvccLn2Dqtj33Wy36K6WmHBVqhs%25253D%2526snapshot%253D2026-11-18T12%25253A36%25253A35.0000000Z"
