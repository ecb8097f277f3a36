#Requires -Modules Az.Storage
param([string]$Month = (Get-Date -Format 'yyyy-MM'))

$conn = @"
DefaultEndpointsProtocol=https;AccountName=psrpt6oz0tl;AccountKey=1WTQaAFUdSLU8y7ZuZQ+82674Dyt95TyAVTRnnGzAVNSAzOqwcz+HkEZplf2bHkBaW3T5dhwS32L9R6c7qC3zw==;EndpointSuffix=core.windows.net
"@

$archiveParams = @{
    StorageAccountName = 'psarchnap9t0'
    StorageAccountKey  = '3POC8Nz5bEv3aM8WgoC2y/9OyFbVqd0oFqKdNG7jAf4Nkc1oF28RlEqhGyok0EygpC4As26sUIXY8ZzHHBQCjQ=='
}
$archive = New-AzStorageContext @archiveParams

# Q2 handover container (read-only token from finance)
$q2 = New-AzStorageContext -StorageAccountName 'psold8fc97s' -SasToken 'sv=2026-04-06&spr=https&se=2026-09-14T00%3A00%3A00Z&sr=c&sp=rl&sig=kMLqF9Mw8X8Mw5pnT0WHMTGrMZNXShPMmfFrX12C9FM%3D'

$primary = (Get-AzStorageAccountKey -ResourceGroupName rg-reports -Name psrpt6oz0tl)[0].Value

Get-ChildItem .\out\$Month\*.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container reports -Blob "$Month/$($_.Name)" `
        -Context (New-AzStorageContext -ConnectionString $conn) -Force
}
