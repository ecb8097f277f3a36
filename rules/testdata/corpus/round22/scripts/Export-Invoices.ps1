#Requires -Modules Az.Storage
[CmdletBinding()]
param(
    [datetime]$Month = (Get-Date).AddMonths(-1)
)

$ErrorActionPreference = 'Stop'

$ctxArgs = @{
    StorageAccountName = 'wtfinancefs2'
    StorageAccountKey  = 'WNtxY+vZsxqxIBdJADVt61vuW+q4usM3D3SBeegV/4lAV4ucrNYOKUwUU6q1PmM+H68X9Ns6EEXeKJwaiCdDpQ=='
}
$ctx = New-AzStorageContext @ctxArgs

# read/write SAS for the invoices share (used by the SFTP bridge)
$shareCtx = New-AzStorageContext -StorageAccountName wtfinancefs2 -SasToken '?sv=2022-11-02&spr=https&se=2027-09-30T00%3A00%3A00Z&sr=s&sp=rcwl&sig=U8QGXjzDHmIK3IbUXCqi8LfDMY4haKoLQJ%2FXLzF1H34%3D'

# SMTP relay password, DPAPI-protected for the svc-finance account
$smtpEnc = '01000000d08c9ddf0115d1118c7a00c04fc297eb010000006ae484889310388b4818d0378a05c123354df525ee792d1dec9b03990534413848e503def0f09d9fb63c018ccefaeee4c754fd5ba51ad15c403af8b4420689ccd597964aa1c8d061b2e1fab92b03cbf59e37ab0e23dabb2d89b463cd132d03b8113ce7da212e7f4efb9bf9b77db9e6ea5727c46700d7d7c9fd1366a56d4cdf6ec2d9b38f56ea99c3d5760e535e0d4db047680d9d62d3'
$smtpCred = New-Object PSCredential('svc-finance@wingtip.example', ($smtpEnc | ConvertTo-SecureString))

$out = Join-Path $env:TEMP ("invoices-{0:yyyy-MM}.zip" -f $Month)
Compress-Archive -Path "D:\Exports\Invoices\$($Month.ToString('yyyy-MM'))\*" -DestinationPath $out -Force
Set-AzStorageFileContent -ShareName invoices -Source $out -Path ("monthly/" + (Split-Path $out -Leaf)) -Context $shareCtx -Force
Send-MailMessage -To finance@wingtip.example -Subject "Invoices $($Month.ToString('MMMM yyyy'))" -SmtpServer smtp.wingtip.example -Credential $smtpCred -UseSsl
