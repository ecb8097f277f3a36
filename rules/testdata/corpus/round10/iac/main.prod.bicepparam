using './main.bicep'

param location = 'westeurope'
param environmentName = 'prod'
param storageAccountName = 'st3wxiad88nv'
// TODO(ops-412): move to Key Vault before go-live
param storageAccountKey = 'MYRNm+U4m4NpAoUt+uO8joAFvInSErLach+F+mrJkA0QP6eAyOdYO+F05jSwLOO6+JT80HgGAjoY90r8peSfDQ=='
param ingestSasToken = '?sv=2026-04-06&ss=btq&srt=sco&spr=https&se=2028-06-30T00%3A00%3A00Z&sp=rwdlacu&sig=uwxqQ9ZF1bLQElyDxSYXfblmlXruRUk%2FF9neBi06I7U%3D'
param cosmosKey = readEnvironmentVariable('COSMOS_PRIMARY_KEY', '')
param tags = {
  owner: 'data-platform'
  costCenter: 'CC-2231'
}
