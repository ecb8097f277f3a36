using './main.bicep'

param location = 'westeurope'
param storageAccountName = 'fabbicepweb01'
param storageAccountKey = 'Jw19mXq/6EHQGaJHLf538Gts+4JiECVfOE/zNDqcQ8GebJIBVqd9ay1Z2OyjMVZD6LJ/GwYLn/zV+nR/yTkWUA=='
param deploySas = 'sv=2022-11-02&spr=https&se=2027-08-15T00%3A00%3A00Z&sr=c&sp=rcwl&sig=7UhW9FDqzD3RctULA6tlUjrxsUx3mF%2FnV2R2%2Fwf9v6k%3D'
param diagnosticsSas = 'sv=2022-11-02&spr=https&se=2026-01-31T00%3A00%3A00Z&sr=c&sp=rl&sig=w2XHT624HgA%2Fy3sOcjfBvXBg%2BB%2B55dD%2BR6%2BIPtxzdis%3D'
param cdnIntegrity = 'sha256-4H1TGsBAzj9A4M5jKsKgWdfNYPIOYfeCaKw74BWzso8='
param adminPassword = readEnvironmentVariable('ADMIN_PASSWORD')
