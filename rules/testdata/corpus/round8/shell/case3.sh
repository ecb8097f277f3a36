#!/usr/bin/env bash
set -euo pipefail

export PRIMARY_EXPORT_URL="BlobEndpoint=https://tw674w88km.blob.core.windows.net;SharedAccessSignature=sv=2015-07-08&amp;ss=bf&amp;srt=s&amp;st=2026-11-12T02%3A00%3A00Z&amp;se=2026-11-22T06%3A44%3A33Z&amp;sip=168.1.5.60-168.1.5.70&amp;sp=wdu\
&amp;sig=KvuxzvsV5I6WVnWWmBEMDZbZrFH1jrih%2BH6VO8rQyqM%3D"
export BACKUP_EXPORT_URL="https://backup59ho.blob.core.windows.net/?sv=2019-12-12&amp;ss=bf&amp;srt=so&amp;spr=https%2Chttp&amp;st=2026-11-05T00%3A01%3A10Z&amp;se=2026-11-21T08%3A01%3A10Z&amp;sip=203.0.113.7&amp;sp=wtapy\
&amp;sig=B6NoqgYhpBfUK2u2G%2B%2Boao5NKjcpmYJDKbhNG7o%2Fx4U%3D"
export ARCHIVE_EXPORT_URL="https://ml4ihah.file.core.chinacloudapi.cn/profiles/drop/build%2042.zip?sv=2026-02-06&spr=https&se=2026-11-25T00%3A37%3A31Z&sr=f&sp=cwd&sig=99%2Bj3dHK7ydE04y4LOTp4L3y%2FX5Uz6zlCw7SLr93Eis%3D"
export MEDIA_EXPORT_URL="https://dataafc2s4.dfs.core.windows.net/lake/tmp?sv=2024-05-04&spr=https%2Chttp&se=2027-03-22T12%3A51%3A19Z&sr=d&sp=acp&sig=ckeASB%2F3zjVCU7qPKvV%2BcBL2GFmbNDAR7FNMN%2BrSgMw%3D&sdd=1"
export ETL_EXPORT_URL="https:\/\/chwxw8.azureedge.net\/?sv=2021-08-06&ss=btq&srt=o&spr=https%2Chttp&se=2026-11-22T01%3A50%3A41Z&sp=w&sig=GlUfI%2B7DHP9byMGojUKKzaLmFryZbJBO8TWAG2o4cpA%3D"
export REPORTS_EXPORT_URL="https://login.contoso.example/cb?state=Endpoint%253Dsb%253A%252F%252Forders-17pa.servicebus.chinacloudapi.cn%252F%253BSharedAccessKeyName%253Dsend%253BSharedAccessKey%253D7VRLEvXndKLw\
C91QQ%252BM%252Bzvs9BoQpF6lgL0rFNjLe%252B6w%253D%253BEntityPath%253Dorders"
export EXAMPLE_REPORTS_EXPORT_URL="https://login.contoso.example/cb?state=Endpoint%253Dsb%253A%252F%252Forders-17pa.servicebus.chinacloudapi.cn%252F%253BSharedAccessKeyName%253Dsend%253BSharedAccessKey%253D%253Cshared-access-key%253E%253BEntityPath%253Dorders"
export AUDIT_EXPORT_URL="SharedAccessSignature sr=plant-w30t.azure-devices.net%2Fdevices%2Fsensor-01&sig=2ir6R0IR7jmPLvJxf3XIJweo8Tdn%2Bvb5pP6bAHDRNuk%3D\
&se=1807657771&skn=iothubowner"
export EXAMPLE_AUDIT_EXPORT_URL="SharedAccessSignature sr=plant-w30t.azure-devices.net%2Fdevices%2Fsensor-01&sig=<signature>&se=1807657771&skn=iothubowner"
