@echo off
rem POD photo sync from the depot PC to blob storage (runs from Task Scheduler at 22:00)
setlocal
set AZCOPY=C:\Tools\azcopy\azcopy.exe
set DEST=https://stlsfpodsync.blob.core.windows.net/pod-photos
set SAS=sv=2026-04-06^&se=2028-01-31T00%3A00%3A00Z^
^&sr=c^&sp=racwl^
^&sig=hITeh%2BSteXzvyRcMIlZI%2F9ibBELnQn1SXmG4S8DVGGw%3D

"%AZCOPY%" sync "D:\POD\outbox" "%DEST%/%COMPUTERNAME%?%SAS%" --recursive --delete-destination=false
if errorlevel 1 (
  echo sync failed >> D:\POD\sync.log
  exit /b 1
)
endlocal
