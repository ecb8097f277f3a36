-- firmware sidecar config
local cfg = {}
cfg.iot_host = "pinecrest-hub.azure-devices.net"
cfg.device_id = "scanner-042"
cfg.sas = "SharedAccessSignature sr=pinecrest-hub.azure-devices.net%2Fdevices%2Fscann" ..
          "er-042&sig=jYk%2Bk0tkvjHxcTv7oHpPDTQn878kIOCv%2BxKfmWH6Cxc%3D&se=1822262400"
cfg.nonce = "x+oRKQ7AfxBhyWX1ANE9Xl42tUYmdAABDi+j/tepuOI="
return cfg
