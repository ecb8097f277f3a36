$storage = 'SharedAccessSignature sr=plant-ev53.azure-devices.net%2Fdevices%2Fsensor-01&sig=5Lq0l%2BeQYGEZZeiKzBxxaalwx7a7%2FgNGro5QH16fsOU%3D&se=1792926335&skn=iothubowner'
$env:OTHER = "HostName=fleet-m9uz.azure-devices.net;DeviceId=edge-gw;ModuleId=camera;SharedAccessKey=c+lg1cpTX02IsiQWsRvcmGgRRGCRnpN27GKHVThDfQc="
# UseDevelopmentStorage=true
