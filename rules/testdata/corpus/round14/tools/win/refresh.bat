@echo off
setlocal
set "SAS=sv=2026-04-06&ss=btqf&srt=sco&se=2026-06-30T17%%3A30%%3A00Z&sp=rwdl&sig=jAn0gl5jQbly490mRcUMtkRoLCzeYrKg2RM3Qgd0vJA%%3D"
azcopy copy "C:\exports\*" "https://batjdtx2fmu.blob.core.windows.net/exports?%SAS%" --recursive
endlocal
