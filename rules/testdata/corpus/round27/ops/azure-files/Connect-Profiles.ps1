#Requires -Version 5.1
param([string]$Drive = 'P:')

$account = 'fprofilespkbuy'
cmd.exe /C "cmdkey /add:`"$account.file.core.windows.net`" /user:`"localhost\$account`" /pass:`"VRosbX7gVUJQujaW5aTPXbegxxXj6Gh8xVD3AJBl7PBbcw3Hvkd6DVadGUvGdehAf0llqDwmD/DqLwEW1vWpRA==`""
New-PSDrive -Name $Drive.TrimEnd(':') -PSProvider FileSystem -Root "\\$account.file.core.windows.net\profiles" -Persist

$ctx = New-AzStorageContext `
    -StorageAccountName 'stbackup3wjvx2' `
    -StorageAccountKey 'eQxtweLzMx64cZ0WhzEoE9TwKVQygBMzZRn/ACUis+XtiGv547MV44HgHSA0lJSEYjoNzsdVcEIT+AStBzqV/g=='
Get-AzStorageContainer -Context $ctx | Select-Object Name

$hash = (Get-FileHash .\profiles.zip -Algorithm SHA256).Hash  # e.g. 594E519AE499312B29433B7DD8A97FF068DEFCBA9755B6D5D00E84C524D67B06
