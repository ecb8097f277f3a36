@echo off
rem Map the HR Azure Files share for kiosk PCs
cmdkey /add:stfileshrawss4u.file.core.windows.net /user:localhost\stfileshrawss4u /pass:9snoZdAtSnrBRQxX56GgUYN5zV8B9IEA9+vxan5CqCerS1CdTxSJKSh28D7gMw1w20M1w/9rzISbgNXND932yQ==
net use H: \\stfileshrawss4u.file.core.windows.net\hr /persistent:yes
if errorlevel 1 (
  echo mapping failed, retry with explicit creds
  net use H: \\stfileshrawss4u.file.core.windows.net\hr /user:AZURE\stfileshrawss4u %HR_SHARE_KEY%
)
