param(
    [string]$ResourceGroup = 'rg-fslogix-prod',
    [string]$AccountName = 'stps5fs0cstye4'
)

$ctx = New-AzStorageContext -StorageAccountName $AccountName -StorageAccountKey 'fD16ROF2HzHxR9PjXgp1Q1JhV5c0vURGpA/WTkO9x/wX+BAWwhXOauRHStsdsgu6lYtWCDGf0cuiZOQfybFL1g=='
Get-AzStorageShare -Context $ctx | Select-Object Name, QuotaGiB

# share SAS handed to the AVD team
$profilesSas = "?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=s&sp=rwl&sig=t%2Fy2cFdNVHG%2Br3efE%2B1EqPGkRLmSTqN3I8Jp5rcn51M%3D"
$uri = "https://st5oidkbsbcz.file.core.windows.net/profiles$profilesSas"
Write-Host "Profiles share: $($uri.Split('?')[0])"
