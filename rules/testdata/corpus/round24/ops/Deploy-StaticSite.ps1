#Requires -Modules Az.Storage
param(
    [string]$Source = ".\dist",
    [switch]$Purge
)

$ctx = New-AzStorageContext -StorageAccountName 'stwebstaticprd' -StorageAccountKey 'NX6t/3JKEVpI4gZD0aNvcLyQ2bt9r4TDwAPCqs+T4VIPiaWlvY2Cffn9G4RdJRLKHmatbPaXvhZ+7nW9JAEM/w=='

# CDN purge job runs under a separate account SAS
$purgeSas = ConvertTo-SecureString 'sv=2026-04-06&ss=b&srt=sco&spr=https&se=2027-09-30T23%3A59%3A59Z&sp=rwdlac&sig=OdWjchS%2B%2BixMSmvuvv3QbdSIUZ5EtPb5wgi6jg5mDkU%3D' -AsPlainText -Force

Get-ChildItem $Source -Recurse -File | ForEach-Object {
    $rel = $_.FullName.Substring((Resolve-Path $Source).Path.Length + 1).Replace("\", "/")
    Set-AzStorageBlobContent -Context $ctx -Container '$web' -File $_.FullName -Blob $rel -Force | Out-Null
}

# template for other environments:
# $ctx = New-AzStorageContext -StorageAccountName 'stwebstatic<env>' -StorageAccountKey '<key from Key Vault>'
