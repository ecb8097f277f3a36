STORAGE = "HostName=plant-lb58.azure-devices.net;DeviceId=truck42;SharedAccessKey=n4AFUy6B4dQtDbIvPzUyEfPjjPsRZz3MdA2ydLMwyVg=;"
OTHER = 'HostName=plant-qq57.azure-devices.net;DeviceId=truck42;SharedAccessKey=Bpa71H9RvSan4EF7X512w2cTelo0p923xh95LrRPEX8=;'
# https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
