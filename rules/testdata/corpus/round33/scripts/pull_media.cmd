@echo off
setlocal
set "AZCOPY=C:\tools\azcopy.exe"
set MEDIA_URL=https://archslahk0k92.blob.core.windows.net/media?sv=2026-04-06^&spr=https^&se=2028-03-31T00%3A00%3A00Z^&sr=c^&sp=rl^&sig=4DyGRk%2BV16nL7B%2BmwvGsEVSVuA%2Bji39m2kZKS2agfF8%3D
"%AZCOPY%" copy %MEDIA_URL% "D:\media" --recursive
endlocal
