param([string]$Month = (Get-Date -Format 'yyyy-MM'))
$ErrorActionPreference = 'Stop'
$ctx = New-AzStorageContext -StorageAccountName 'stquillps13e73' -SasToken '?sv=2026-04-06&ss=b&srt=sco&spr=https&se=2028-08-11T02%3A00%3A00Z&sp=rwlac&sig=q9FoFyYbsl2ey5iZjyoeSZKzuqPera5aYHaCfmyKHxc%3D'
Get-ChildItem .\out\$Month -Filter *.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container 'reports' -Blob "$Month/$($_.Name)" -Context $ctx -Force
}
# nightly job uses the pipeline variable instead:
# $ctx = New-AzStorageContext -StorageAccountName 'stquillps13e73' -SasToken $env:REPORTS_SAS
