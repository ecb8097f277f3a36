@echo off
rem Registers the nightly journal export on a store server. Run elevated.
setlocal
set STORE=%1
if "%STORE%"=="" set STORE=0000

rem 2026-05 token, replaced below
rem schtasks /create /tn "Northwind\JournalExport" /sc daily /st 01:30 /ru SYSTEM /tr "C:\Tools\azcopy.exe copy C:\POS\Journals\*.jnl \"https://stnwposexport.blob.core.windows.net/journals/%STORE%/?sv=2026-04-06&se=2026-06-01T08%3A00%3A00Z&sr=c&sp=cw&sig=iqSDhM7eLYlAn6DBWYlh6FT214VmTazafRmcYyZ9%2Ffg%3D\""

schtasks /create /f /tn "Northwind\JournalExport" /sc daily /st 01:30 /ru SYSTEM /tr "C:\Tools\azcopy.exe copy C:\POS\Journals\*.jnl \"https://stnwposexport.blob.core.windows.net/journals/%STORE%/?sv=2026-04-06&se=2027-09-30T23%3A59%3A59Z&sr=c&sp=cw&sig=87DQ4XeR%2BpC2vgd7GDUstYiP9B8RyL9gFa23ThS7Eas%3D\""
endlocal
