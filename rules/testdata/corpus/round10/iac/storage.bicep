param storageAccountName string
param expiry string = dateTimeAdd(utcNow(), 'PT4H')

resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

var sasProperties = {
  signedServices: 'b'
  signedResourceTypes: 'co'
  signedPermission: 'rl'
  signedProtocol: 'https'
  signedExpiry: '2027-01-01T00:00:00Z'
  keyToSign: 'key1'
}

output blobSas string = sa.listAccountSas('2023-05-01', sasProperties).accountSasToken
output connectionString string = 'DefaultEndpointsProtocol=https;AccountName=${sa.name};AccountKey=${sa.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
output sampleUrl string = 'https://${sa.name}.blob.core.windows.net/reports?sv=2023-11-03&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=<signature>'
