@echo off
rem push_exports.cmd - nightly upload of the POS exports
setlocal
set SAS_A=sv=2022-11-02^&ss=b^&srt=co^&spr=https
set SAS_B=^&se=2027-09-15T00%%3A00%%3A00Z^&sp=rwlc^&sig=cIRjn9P57rno8Ncdf94NZ%%2BTITdayNuWCAbs1OeXQ84M%%3D
set DEST=https://fabcmduploads.blob.core.windows.net/pos-exports

azcopy copy "C:\POS\exports\*" ^
  "%DEST%?%SAS_A%%SAS_B%" ^
  --recursive --overwrite=ifSourceNewer
if errorlevel 1 goto :fail
rem example from the wiki: azcopy copy x "https://acct.blob.core.windows.net/c?sv=2022-11-02^&ss=b^&sig=abc..."
goto :eof
:fail
echo upload failed & exit /b 1
