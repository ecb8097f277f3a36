@echo off
REM map the finance archive share for the month-end macro
cmdkey /add:"stquillfinbeefe.file.core.windows.net" /user:"localhost\stquillfinbeefe" /pass:"Q9L+27Oecklk+4iCTwMExDKE/gMh6LLsqmqIPIfWwZiihR+VQm7tmesps3DwUIcJkbJ0wdM+3gwWWKCGFBY7Qw=="
net use Z: \\stquillfinbeefe.file.core.windows.net\finance /persistent:yes
