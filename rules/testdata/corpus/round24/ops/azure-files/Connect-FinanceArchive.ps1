# Maps the finance archive share as F: and opens a context for the reconciliation scripts.
$ErrorActionPreference = "Stop"

cmdkey /add:stnwfinshare.file.core.windows.net /user:localhost\stnwfinshare /pass:xMBfyUYMJuQrr9RpxhOwBh1SkN7df/VptJH0+FPyxLyWu+VqXApq38FHxmoegB1mQFYlheiouSpIvQ3botaL5w==
New-PSDrive -Name F -PSProvider FileSystem -Root "\\stnwfinshare.file.core.windows.net\archive" -Persist

$ctx = New-AzStorageContext `
    -StorageAccountName "stnwfinshare" `
    -SasToken ("?sv=2026-04-06&ss=f&srt=sco&spr=https" + `
               "&se=2028-03-31T00%3A00%3A00Z&sp=rl&sig=9yGOglmt%2FMXFrv6DTwrf0r%2BSBhQv7JkUJjtXrvcZlK0%3D")

Get-AzStorageFile -Context $ctx -ShareName archive | Select-Object Name, Length
