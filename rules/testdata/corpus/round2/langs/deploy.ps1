$sas = @"
sv=2020-06-12&st=2026-11-11T23%3A00%3A00Z&se=2026-11-27T07%3A03%3A39Z&sr=b&sp=acdte&sig=hm9Xbj4HJKYgTAjc9349Loqe33vSm9KNYCQ8e9nF4os%3D
"@
Invoke-WebRequest -Uri "https://mediasx4238bm1.blob.core.windows.net/?sv=2023-11-03`&ss=bt`&srt=o`&se=2026-11-25T09%3A04%3A40Z`&sip=168.1.5.60-168.1.5.70`&sp=rwdxtlcupy`&sig=zIh1WkudjcYEWS4tBc26M2L61sdFB912XWF3rW7u7o8%3D"
