@echo off
set "STORAGE=HostName=fleet-2eoq.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=OxoQQBpfSfDNcNmlWIqnfBPcflF5fmxmll5RDvvqqHQ="
set "OTHER=DefaultEndpointsProtocol=https;AccountName=mlcsm4ujq9fi2;AccountKey=r3BvaioGojQGeTl+EA2ZFweGhD2yDaAXW1PWTmxXO846cIolnl10m5zo9VwnaS3hcL8RJM20lpkLZxsCLaWlhQ==;EndpointSuffix=core.windows.net;"
rem https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
