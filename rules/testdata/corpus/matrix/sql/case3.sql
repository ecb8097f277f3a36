INSERT INTO settings (k, v) VALUES ('storage', 'https://backupw6sn81.blob.core.chinacloudapi.cn/public/index.html?sv=2025-05-05&spr=https&st=2026-11-06T14%3A00%3A00Z&se=2026-11-22T01%3A22%3A58Z&sr=b&sp=cwdxtiy&sig=xTwy1RvHL9cy%2Bf%2BWvjYuW9FdBADoz81mW0pT6BoI9zc%3D');
INSERT INTO settings (k, v) VALUES ('other', 'https://prodqv42v04cxx8m3.z29.blob.storage.azure.net/?sv=2021-04-10&ss=btqf&srt=c&se=2026-11-21T22%3A34%3A16Z&sp=wdlc&sig=PeiYsbjsXVOdKSwerTl8v5KbaOBFM6zt4SYZjIBJjeI%3D');
-- Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
