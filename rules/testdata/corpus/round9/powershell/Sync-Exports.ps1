param([string]$Destination = 'C:\exports')

$ctx = New-AzStorageContext `
    -StorageAccountName 'st4odvaz15zj' `
    -SasToken 'sv=2026-04-06&se=2035-06-30T12%3A00%3A00Z&sr=c&sp=rl&sig=U05CgvLmsU8MMeZM5b8dYcqzkmC7UtGzbdhhGdPBehI%3D'

$legacy = New-AzStorageContext -ConnectionString @"
BlobEndpoint=https://stqi6ml6bi3v.blob.core.windows.net/;QueueEndpoint=https://stqi6ml6bi3v.queue.core.windows.net/;SharedAccessSignature=sv=2026-04-06&ss=bq&srt=sco&se=2026-11-21T23%3A00%3A00Z&sp=rwl&sig=YYey0PWqn6GhIUDHvWQlDffh2tJNxad8fr0eRIOKSWI%3D
"@

Get-AzStorageBlob -Container exports -Context $ctx | Get-AzStorageBlobContent -Destination $Destination -Force
