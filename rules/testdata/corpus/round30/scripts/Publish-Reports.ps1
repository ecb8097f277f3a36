param([string]$ReportPath = '.\out')
$ctxArgs = @{
    StorageAccountName = 'psreportsycc6u8'
    StorageAccountKey  = '3DAMW3jZwYxGbJlwbnXOylR7O8cve9doHKkNPAuur5vrd9CQYLdV1+u2We9Ji7ztwAf3teOBPCG2T82oBHGq+g=='
    Protocol           = 'Https'
}
$ctx = New-AzStorageContext @ctxArgs
Get-ChildItem $ReportPath -Filter *.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container reports -Blob $_.Name -Context $ctx -Force
}
# svc account password for the share (not Azure)
$pw = ConvertTo-SecureString -String 'P@ssw0rd-not-real' -AsPlainText -Force
