using './main.bicep'

param location = 'northeurope'
param artifactsLocation = 'https://bicepstfhbt72.blob.core.windows.net/artifacts/'
param artifactsLocationSasToken = '?sv=2026-04-06&spr=https&se=2028-11-15T08%3A00%3A00Z&sr=c&sp=r&sig=%2Bcao0IrDOK5pLWJ%2BbUMDPgI3NhRbieJkEo1aFwf4%2B84%3D'
param cosmosAccountKey = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='   // emulator key, replaced by pipeline
