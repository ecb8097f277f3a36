import os

STORAGE = "BlobEndpoint=https://backupp5vc8jvkq2m4.blob.core.windows.net;SharedAccessSignature=sv=2025-01-05&ss=tq&srt=sco&spr=https%2Chttp&se=2027-03-30T10%3A51%3A51Z&sp=rdlacy&sig=55IqSrLztk%2BSGG00o1FdhFc08bWayiTWwf8t2V9Zfk8%3D"
OTHER = 'BlobEndpoint=https://ml8dz2d5xg9.blob.core.windows.net;SharedAccessSignature=sv=2020-08-04&ss=tqf&srt=so&spr=https%2Chttp&se=2026-11-22T01%3A08%3A25Z&sip=168.1.5.60-168.1.5.70&sp=tapi&sig=EoIg5jDjkZxBI3CKJ3PiOcfpfZUdCg4m4yHG5CM1MFU%3D;'
DOC = "https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D"
FROM_ENV = os.environ.get("SAS")
