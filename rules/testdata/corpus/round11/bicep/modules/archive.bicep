@description('Archive storage account used by the exporter')
param storageAccountName string = 'sta636xb38y0'

@secure()
param storageAccountKey string = '5DT03y0Nrm3bl7+/oK4Us0lwU5mJoIdXsVRm2MW7tXlOxEjniVBWsV72cHPmRpIbUtD7qk21HQnYUHiH1ytpeg=='

param location string = resourceGroup().location

resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

var sasProps = {
  signedServices: 'b'
  signedResourceTypes: 'co'
  signedPermission: 'rl'
  signedExpiry: '2027-01-01T00:00:00Z'
}

// built at deploy time, nothing secret in the file
output readSasUrl string = '${sa.properties.primaryEndpoints.blob}?${sa.listAccountSas('2023-05-01', sasProps).accountSasToken}'
output connection string = 'DefaultEndpointsProtocol=https;AccountName=${sa.name};AccountKey=${sa.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
