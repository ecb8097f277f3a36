@echo off
rem Installs the POS sync agent as a Windows service with NSSM.
setlocal
set NSSM=C:\tools\nssm\win64\nssm.exe
set SVC=QmPosSync

%NSSM% install %SVC% "C:\Program Files\Quarrymoor\PosSync\PosSync.exe"
%NSSM% set %SVC% AppDirectory "C:\Program Files\Quarrymoor\PosSync"
%NSSM% set %SVC% AppParameters --target https://qmpossync02.blob.core.windows.net/pos-drop?sv=2022-11-02^&spr=https^&se=2027-12-01T00%3A00%3A00Z^&sr=c^&sp=cw^&sig=vA4xoo%2BwShrln3%2FK058XQZKbd%2FyW%2Bd7wvcAro%2BXYIYE%3D --interval 300
rem %NSSM% set %SVC% AppParameters --target https://qmpossync02.blob.core.windows.net/pos-drop?%POS_SAS% --interval 300
%NSSM% set %SVC% Start SERVICE_AUTO_START
%NSSM% start %SVC%
endlocal
