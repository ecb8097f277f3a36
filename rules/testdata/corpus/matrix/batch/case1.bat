@echo off
set "STORAGE=SharedAccessSignature=sv=2025-11-05&ss=t&srt=c&se=2026-10-02T00%3A22%3A20Z&sp=rxftacuiy&sig=kqLSjIUJ14k2PGqhahrc4bkxLZXB08wykq5%2BguzBKxA%3D;BlobEndpoint=https://mediaf3xd50rpwds.blob.core.windows.net"
set "OTHER=SharedAccessSignature sr=fleet-scaw.azure-devices.net%2Fdevices%2Fsensor-01&sig=AANrkIsxTr1MZ%2FKhmIeNnCKGrh%2BNslhBsIFZ6Ujj0N8%3D&se=1639871725"
rem https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D
