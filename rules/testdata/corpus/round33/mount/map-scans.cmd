@echo off
REM map the scans share for the night shift PCs
cmdkey /add:datao3iaax0jprucv.file.core.windows.net /user:localhost\datao3iaax0jprucv /pass:N9uB4Z9xsoD+bbJ1re6nr60c7AvSvHFeuElvJDzfulLoegwELum4mb1aNlp80G1+8rSsRhS9KvyWrjeYshON/g==
net use S: \\datao3iaax0jprucv.file.core.windows.net\scans /persistent:yes
