#!/usr/bin/env bash
set -euo pipefail

export PRIMARY_EXPORT_URL="SharedAccessSignature=sv=2015-04-05&ss=btq&srt=so&se=2026-11-21T23%3A32%3A01Z&sp=wdlac&sig=djZ%2Buk%2BiHKxsnLowDHvMtVULi1nZwn3wWBbDvwt6PtA%3D;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https;AccountName=contosophj9uu42a"; export OTHER_AZURE_STORAGE_KEY="HjB9AZ3XHDzqQDw9mWu80pH6J16zuU5Xt654DzVn3euu8iVt/uTkqXVRLlVh/sZdYnJYUvPPxH3y3gQtdVokpg=="
export BACKUP_EXPORT_URL="https://twj547cc94o.privatelink.queue.core.windows.net/thumbnails/messages?sv=2019-02-02&sip=168.1.5.60-168.1.5.70&si=producer&sig=WuDu8J3o7cZU\
0ARfIQ1nn6b%2BGxnEAU8hnRyEUOiLELQ%3D"
export ARCHIVE_EXPORT_URL="BlobEndpoint=https:\/\/devpfo8ylv.blob.core.windows.net\/;QueueEndpoint=https:\/\/devpfo8ylv.queue.core.windows.net\/;FileEndpoint=https:\/\/devpfo8ylv.file.core.windows.net\/;TableEndpoint=https:\/\/devpfo8ylv.table.core.windows.net\/;SharedAccessSignature=sv=2026-02-06&ss=f&srt=o&st=2026-11-19T15%3A47%3A16Z&se=2026-11-21T22%3A47%3A16Z&sp=rwlacu&sig=PamtslAqMsNw94aZ1oMheUTZ26T0htpH94ZpHmqxu9o%3D"
export MEDIA_EXPORT_URL="SharedAccessSignature=sv=2025-07-05&ss=bq&srt=co&spr=https&st=2026-11-17T15%3A00%3A00Z&se=2026-11-30T13%3A30%3A06Z&sp=lacup\
&sig=EW95tS%2FiyD6CkmgbDUuMizCES9%2FaEadV8YL8BkUw%2FNk%3D;TableEndpoint=https:\/\/tw9snk23u.table.core.windows.net\/;QueueEndpoint=https:\/\/tw9snk23u.queue.core.windows.net\/;BlobEndpoint=https:\/\/tw9snk23u.blob.core.windows.net\/;FileEndpoint=https:\/\/tw9snk23u.file.core.windows.net\/;"
export ETL_EXPORT_URL="https://mediaups8bg11gznk.privatelink.blob.core.windows.net/models/backups/db.bak?sv=2020-08-04\u0026spr=https%2Chttp\u0026se=2026-11-05T11%3A07%3A46Z\u0026skoid=d9d5ed39-b7a8-4dd6-a4a0-bc980e305154\u0026sktid=18205a28-eb7b-4dfc-a2b1-6c54610929ed\u0026skt=2026-09-30T11%3A00%3A00Z\u0026ske=2026-09-30T21%3A00%3A00Z\u0026sks=blob\u0026skv=2020-02-10\u0026sr=b\u0026sp=racwxtmiy\u0026sig=zBuhA0%2FHx5xaLo5DGEpRi3kpxP1D%2B0FOfktFhjbUZf4%3D"
export REPORTS_AZURE_STORAGE_KEY="nmOisrNLC6I\/jYpyqTxCLMtd1E7876NpAWyiXnCAZABPLnHxbuVA8bmYfGYO92wlSZQE\/Et0n7Qui4nSDt+mzQ=="
export EXAMPLE_REPORTS_AZURE_STORAGE_KEY="<storage-account-key>"
export AUDIT_EXPORT_URL="https:\/\/sacinxey.table.core.windows.net\/audit2026?sv=2019-02-02&se=2026-11-22T12%3A58%3A30Z&sp=rad&sig=iNLH9ceWsg2ih%2FzxBFgfAgS1rzuB%2FGhlSgu8KMOMOVo%3D&tn=audit2026"
export EXAMPLE_AUDIT_EXPORT_URL="https:\/\/sacinxey.table.core.windows.net\/audit2026?sv=2019-02-02&se=2026-11-22T12%3A58%3A30Z&sp=rad&sig=<signature>&tn=audit2026"
