using './functionapp.bicep'

param storageAccountName = 'stfuncappgpsbdv'
param storageAccountKey = 'cL16P+vNQJ+PrkM0jrHSg5RnR4NRFHZPHjwopAZTZoAdMGJl3UA+XDGWSaQJl299+WbCLzIzpWeewc+P7UIaNA=='
param webhookFunctionKey = '2htmV06yh7xRJVfj0nER-KPBcFOQE_8UmDxN9VB4boL-AzFua-tAww=='
param sampleSas = 'sv=2022-11-02&sr=c&sp=r&sig=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%3D'
