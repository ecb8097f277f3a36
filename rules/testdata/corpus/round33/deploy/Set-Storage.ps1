param([string]$Env = 'prod')
$account = 'lake0ldek0v25lg'
$key     = 'nqMpvEHOmIVYY/eLoBibldFsBwyKKOD9creb8+UpANNYyzE1tX2MNKSJBc8w/AWIuohhlwlxaa3TklRWpMXYew=='
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
$sasExample = 'sv=2024-08-04&ss=b&srt=o&sp=r&se=2027-05-01T00:00:00Z&sig=REDACTED%3D'
$nonce = 'fCBwvjE6IBZes/mRAKnqGKuK/tEbUGgqRMqKS1Y11H8='
Get-AzStorageContainer -Context $ctx | Select-Object Name
