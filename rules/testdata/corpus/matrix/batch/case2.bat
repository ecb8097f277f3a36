@echo off
set "STORAGE=?sv=2025-05-05&st=2026-10-15T16%3A10%3A24Z&si=policy1&sr=b&sig=Umr4hpL%2Fc2E4qiTKuaZMUHZTHnRyRs3RKwQ6VcgZtQA%3D"
set "OTHER=BlobEndpoint=https://fabdq7j.blob.core.windows.net/;QueueEndpoint=https://fabdq7j.queue.core.windows.net/;FileEndpoint=https://fabdq7j.file.core.windows.net/;TableEndpoint=https://fabdq7j.table.core.windows.net/;SharedAccessSignature=sv=2017-04-17&ss=b&srt=o&st=2026-11-10T02%3A00%3A00Z&se=2026-11-22T12%3A20%3A04Z&sp=rlp&sig=zRGVmydAuFpu53FJJE99q3G3ddoHdvPq8%2BmIN%2BT93rk%3D"
rem DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<key>;EndpointSuffix=core.windows.net
