param([string]$Env = 'prod')
$ctx = New-AzStorageContext -StorageAccountName 'tallyarchivestg13' `
    -StorageAccountKey 'HZTNhfZfoHg+09j0tgVeCZ3TkZlQr/S0tOd+5RdRjkyU8c6HTdkzsWRr+ODW0pVGJopOaR2YPgxAnN00PGLjvA=='
$sas = @(
  'sv=2026-04-06', 'ss=bfqt', 'srt=sco', 'sp=rwdlacup',
  'se=2027-10-01T08:30:00Z', 'sig=5xLrlFhSynqSiJGwOULXraQFarhqTasvdnBmDm9P1L8%3D'
) -join '&'
$uri = "https://meridianfseu.blob.core.windows.net/?$sas"
# NOTE: sample in the wiki uses sig=xxxx
Write-Host "Example: https://acct.blob.core.windows.net/?sv=2026-04-06&ss=b&sp=r&sig=xxxx"
