using './main.bicep'

param location = 'westeurope'
param storageAccountName = 'stquillbcp0ccaa'
param storageAccountKey = 'g/DoBYw3xANm345tj37pQX+gNSauOVtLDGsC1UM2ICmHLLA3qWP90rx3WDG+H5C8W/rnsm6UY31+ONYpZJnJVA=='
param seedDataSas = 'sv=2026-04-06&se=2026-08-17T16%3A30%3A00Z&sr=c&sp=rl&sig=0TWUTeNsvXVcJ9DuNk4lzRL4Sw%2B2S98%2F7rNVcJKLmTM%3D'
