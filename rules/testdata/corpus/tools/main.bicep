param location string = resourceGroup().location
var modelSas = 'sv=2019-10-10&ss=tf&srt=so&spr=https&se=2032-03-11T07%3A49%3A07Z&sp=wlup&sig=8KU7wU%2FqPN5NuoVfJz0q%2BEgK%2FJYSKAjcvcvydOeNoLI%3D'
var legacy = 'DefaultEndpointsProtocol=https;AccountName=datan79yosd;AccountKey=znxsWZj16EKkMOUx8reoNplTQzakUUwFuEQlklw0QTpcYcRAUL6afM4xsK6mKppbiGHysYnLgkcetMwvTzlLDw==;EndpointSuffix=core.chinacloudapi.cn'
var generated = storage.listAccountSas(storage.apiVersion, sasProperties).accountSasToken
output url string = '${storage.properties.primaryEndpoints.blob}?${generated}'
