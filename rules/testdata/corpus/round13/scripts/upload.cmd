@echo off
setlocal
set AZURE_STORAGE_ACCOUNT=stcmdrh5afltz75
set AZURE_STORAGE_KEY=3+FtjrLEx1Iy2BgJbLi8e9c2D0irU8uXJ7uPBgecMSMry5FwX3zfYnS0udAf6zceDabZRHbtZgrwfKJi0FDqEQ==
set DEST=https://st5oogt380vz.blob.core.windows.net/pos-exports?sv=2026-04-06&se=2028-03-31T23%3A59%3A59Z&sr=c&sp=cw&sig=zID%2FHrXk2SvV83ceEnx5qlza9jHGACO%2BsVQBKErM7U4%3D

"C:\Program Files\AzCopy\azcopy.exe" copy "C:\POS\export\*.csv" "%DEST%"
if errorlevel 1 echo upload failed >> C:\POS\upload.log
endlocal
