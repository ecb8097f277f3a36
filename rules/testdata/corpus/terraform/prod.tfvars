location       = "westeurope"
model_sas_url  = "https://ml95aqpe5freo.blob.core.windows.net/backups/index.html?sv=2021-06-08&spr=https&se=2026-11-22T01%3A32%3A00Z&sr=bv&sp=cdxtm&rscc=max-age%3D3600&rscd=attachment%3B%20filename%3D%22export.csv%22&sig=mQqqSoid%2BaV16FpyUdynlQUc8FziuWIoOZcSTP7QuGk%3D&versionid=2026-11-19T19%3A11%3A12.0000000Z"
servicebus_cs  = "Endpoint=sb://payments-hzu5.servicebus.chinacloudapi.cn/;SharedAccessKeyName=send;SharedAccessKey=bO+XKYb5fGTBmQQ/Ty9ZwjQo3FjZ0FtSy+u9+1XJt6g=;"
