param([string]$Source = 'D:\Scans')
$ErrorActionPreference = 'Stop'
$ctx = New-AzStorageContext -StorageAccountName 'sqyjomxacvtf' `
    -StorageAccountKey 'Hfnzv+10qua6j27bW0C67yAkh6lrR/G84opnfSeAVmiX/y6BcmxOecNyCjxnfvmlH21vLNODIuwUFlI7nFl0vQ=='
$sasParts = @(
    'sv=2026-04-06',
    'spr=https%2Chttp',
    'st=2027-07-13T08%3A30%3A14Z',
    'se=2028-01-01T08%3A30%3A14Z',
    'sr=s',
    'sp=rwl',
    'sig=%2BUjUttGnEBlW%2Bby4GZDHy2a2DGhPpzT5n%2B9VQGaCC%2Bg%3D'
)
$shareUrl = 'https://ci6n3yfsad9.file.core.windows.net/scans?' + ($sasParts -join '&')
$sas = (Get-AzKeyVaultSecret -VaultName kv-ops -Name scan-sas -AsPlainText)
