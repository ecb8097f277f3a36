HOSTNAME = 'pipicotest.azure-devices.net'
CLIENT_ID = 'rasp-pico'
SAS_TOKEN = 'SharedAccessSignature sr=pipicotest.azure-devices.net%2Fdevices%2Frasp-pico&sig=8Cf4%2FzD64sTBu%2FKk%2B41bFcvittOYZFDIN92J7FgSYnM%3D&se=1795314813'
# published form:
# SAS_TOKEN = 'SharedAccessSignature sr=pipicotest.azure-devices.net%2Fdevices%2Frasp-pico&sig=*****&se=1744980603'
USER = HOSTNAME + '/' + CLIENT_ID + '/?api-version=2021-04-12'
