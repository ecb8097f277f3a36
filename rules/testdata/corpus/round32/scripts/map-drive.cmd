@echo off
REM map the finance share for the month-end job
cmdkey /add:frostlineexpsa12.file.core.windows.net /user:localhost\frostlineexpsa12 /pass:bShcntvkUKzUsS1zbwgRdfYzHzDXE1F8HcPBYTRnkF2AKj1dLBR3WmlPeOkIUgqiuSrldPDwqCQkVBWTyqQztg==
net use Z: \\frostlineexpsa12.file.core.windows.net\finance /persistent:yes
set BACKUP_SAS=^
https://pinecrestml7x.file.core.windows.net/finance/q4/ledger-1.xlsx?sv=2026-04-06&se^
=2027-12-31T00%3A00%3A00Z&sr=f&sp=r&sig=MJ76MTqKX3V59wl3CWowLNWOsPSpyNIv0gPZPGjcfb4%3D
azcopy copy "%BACKUP_SAS%" C:\month-end\
