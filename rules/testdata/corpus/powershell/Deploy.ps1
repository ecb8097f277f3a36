param([string]$Environment = "prod")

$ctx = New-AzStorageContext -StorageAccountName "ste8acpb" -SasToken "?sv=2019-12-12&ss=t&srt=sc&se=2030-07-23T07%3A42%3A25Z&sp=wdftl&sig=zIghfPnL5F7voS4q2IP1NR6skcfxInzIizwESWmbD6Y%3D"

$export = "https://mll05ttne8l5spj.blob.core.windows.net/backups/backups/db.bak?sv=2025-07-05&spr=https&" +
    "se=2026-11-23T15%3A12%3A51Z&sip=168.1.5.60-168.1.5.70&sr=bs&sp=xe&sig=KF%2BM7lGIno7aGslzhY5r1sH8PsR9MLhVMCP1tmYfv%2F4%3D&snapshot=2026-11-16T12%3A26%3A49.0000000Z"

$conn = @"
DefaultEndpointsProtocol=https;AccountName=prodv6xsmhsx;AccountKey=mvFPWhqvBRLCslg07wVn0TYUJ7MnXou8/CP71+w22m1rw5jOpoVZWxFXnTejtso/51uFnXci5DG26OK+1s0DQg==;EndpointSuffix=core.chinacloudapi.cn
"@

Invoke-WebRequest -Uri 'https://mlfw67g.file.core.windows.net/config?restype=share&sv=2017-07-29&spr=https&se=2026-12-14T08%3A19%3A46Z&sr=s&sp=rc&sig=o%2B2oGuhQLGVNS8j6wEdK2eIyDyIL92351jmSuTFoDM0%3D' -OutFile drop.zip

$sas = New-AzStorageContainerSASToken -Name "c" -Permission rl -ExpiryTime (Get-Date).AddHours(1) -Context $ctx
$url = "https://$($account).blob.core.windows.net/c?$($env:SAS_TOKEN)"
$fmt = "https://{0}.blob.core.windows.net/{1}?sv={2}&sig={3}" -f $a, $c, $v, $s
