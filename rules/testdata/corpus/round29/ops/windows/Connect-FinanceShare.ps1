$ErrorActionPreference = 'Stop'
$account = 'stfinshare6w7sny'
$secret  = ConvertTo-SecureString -String '0wl0lvu+4b8owKDa2VBc16HDrOdI6ErqmsmHQR4G6qGGm+iWEW02w+uktieQ8tvqMAnpXo/au3Eoc/M+AkCFGA==' -AsPlainText -Force
$cred    = New-Object System.Management.Automation.PSCredential -ArgumentList "localhost\$account", $secret
New-PSDrive -Name F -PSProvider FileSystem -Root "\\$account.file.core.windows.net\finance" -Credential $cred -Persist
