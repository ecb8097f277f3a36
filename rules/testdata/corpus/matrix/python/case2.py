import os

STORAGE = "SharedAccessSignature sr=fleet-adap.azure-devices.net%2Fdevices%2Fsensor-01&sig=QVtHg2CJEWeNhuanwEv2LGjVUqt6yhqvYmnVf5%2B49hM%3D&se=1795303544&skn=iothubowner"
OTHER = 'Endpoint=sb://notify-s61f.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=t+3LMJqa5lV0MVa/wUXWgfQR16VEx6pM/e/r+3gSlZ8='
DOC = "DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<key>;EndpointSuffix=core.windows.net"
FROM_ENV = os.environ.get("SAS")
