@echo off
setlocal
rem pulls installers from the Azure Files share
set "SHARE_URL=https://stfllmmk9fnxnl.file.core.windows.net/installers"
set SAS=sv=2026-04-06^&spr=https^&se=2027-08-19T08%3A00%3A00Z^&sr=s^&sp=rl^&sig=Djg0yKGA6RspYOVqL2T5jtcKbYSZGXSzdTw4qMGRyaM%3D
azcopy copy "%SHARE_URL%/*?%SAS%" "C:\Installers" --recursive
net use Z: \\stfllmmk9fnxnl.file.core.windows.net\installers /user:localhost\stfllmmk9fnxnl %AZ_FILES_KEY%
endlocal
