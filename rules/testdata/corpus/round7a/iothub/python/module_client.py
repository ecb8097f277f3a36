from azure.iot.device import IoTHubModuleClient, IoTHubDeviceClient

module = IoTHubModuleClient.create_from_sastoken("SharedAccessSignature sr=cold-chain-igi01.azure-devices.net%2Fdevices%2Fedge-gw%2Fmodules%2Ffilter&sig=Z4uzX8hf05gqbllJFa%2BjR91m27mcFUZ6RJJohBHJpt8%3D&se=1795439394&skn=iothubowner")
module.connect()

# from tools/mktoken.sh (printf "...&se=%11s")
device = IoTHubDeviceClient.create_from_sastoken("SharedAccessSignature sr=cold-chain-igi01.azure-devices.net%2Fdevices%2Fedge-gw&sig=IAjEBzX4K5juXHDg18JWLw%2Bi9V69TfwyxgMD3J58dKA%3D&se= 1795256384")
