#!/usr/bin/env bash
set -euo pipefail

export PRIMARY_EXPORT_URL="Endpoint=sb://billing-sa3e.servicebus.chinacloudapi.cn/;SharedAccessKeyName=listen-only;SharedAccessKey=jRVCRWWQxykDiiPuoRSoTC7J7YTTalBcTl5/DyuCAjI=;EntityPath=hub-01"
export BACKUP_EXPORT_URL="https://app.contoso.example/open?target=https%3A%2F%2Flogsmdwy70i.dfs.core.windows.net%2Flake%3Fsv%3D2020-02-10%26se%3D2026-05-30T14%253A09%253A03Z%26sr%3Dc%26sp%3Drawdlmep%26sig%3D1ktgdkj9EQV0\
m425O5KDXddG8B90qriuXmkgIDswKlA%253D"
export EXAMPLE_BACKUP_EXPORT_URL="https://app.contoso.example/open?target=https%3A%2F%2Flogsmdwy70i.dfs.core.windows.net%2Flake%3Fsv%3D2020-02-10%26se%3D2026-05-30T14%253A09%253A03Z%26sr%3Dc%26sp%3Drawdlmep%26sig%3D%3Csignature%3E"
export ARCHIVE_EXPORT_URL="https://login.contoso.example/cb?state=https%253A%252F%252Fdatabm4x.file.core.windows.net%252Fmedia%253Frestype%253Dshare%2526sv%253D2016-05-31%2526st%253D2026-11-14T20%25253A00%25253A00Z%2526se%253D2027-07-25T15%25253A50%25253A27Z%2526sr%253Ds%2526sp%253Dcwdl%2526sig%253DbVOTQLn9eRy3zy1CqA%25252BOirLDO9qnCleSj3oyUWMMAbQ%25253D"
export MEDIA_EXPORT_URL="https://login.contoso.example/cb?state=https%253A%252F%252Fbackupjpa9.table.core.windows.net%252Fsessions()%253Fsv%253D2019-02-02%2526spr%253Dhttps%25252Chttp%2526se%253D2026-10-23T14%25253A24%25253A51Z%2526sip%253D10.0.0.1-10.0.0.255%2526sp%253Dra%2526sig%253D%25252FwiW8xPK1QOOJmymQWdK5JLB4q5WguLcbBstMYvZYuo%25253D%2526tn%253Dsessions%2526spk%253Dtenant-001%2526epk%253Dtenant-099"
export ETL_EXPORT_URL="https://app.contoso.example/open?target=http%3A%2F%2Flocalhost%3A10002%2Fsajipvoaj0lglge%2FCustomers()%3Fsv%3D2019-02-02%26spr%3Dhttps%252Chttp%26st%3D2026-11-07T11%253A19%253A21Z%26se%3D2026-11-21T22%253A19%253A21Z%26sp%3Dra\
%26sig%3Drqmtc7ljswp%252F7kJEFtA4c9mfqufNm59ruT5u5nhTTAw%253D%26tn%3DCustomers"
export REPORTS_EXPORT_URL="DefaultEndpointsProtocol=http;AccountName=contoso41l9pk;EndpointSuffix=core.usgovcloudapi.net\
;AccountKey=8pxxYxZKk+MNe6u56pyBcfWcHut182tW2gDDOoHUeBj1DbBHxw21QjnBlQhN1ItSoo+6axkCjb9Y0a5R7648SA=="
export AUDIT_AZURE_STORAGE_KEY="+RBJCKag0MbC6bl9o3zz8AKc2nNBM7TYyNMUgFyBTbdAH7S9Jy6nUoxtH3OPfe\/bc2gXnaT\/4mUQdIZPxZ9WoA=="
