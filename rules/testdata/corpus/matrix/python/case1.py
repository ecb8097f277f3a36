import os

STORAGE = "QueueEndpoint=https://sax3do.queue.core.windows.net/;TableEndpoint=https://sax3do.table.core.windows.net/;FileEndpoint=https://sax3do.file.core.windows.net/;BlobEndpoint=https://sax3do.blob.core.windows.net/;SharedAccessSignature=sv=2024-08-04&ss=tq&srt=so&st=2026-03-27T22%3A21%3A04Z&se=2026-04-10T02%3A21%3A04Z&sp=rdlacu&sig=2wvsiBg9P4fuHkffoYtaaEsedxrYRk1jHcBXAXyP0F4%3D"
OTHER = 'Endpoint=sb://payments-inqe.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=10uKvIvGYZVJncIMy3lm+yjg61jcKo0xt2sX9MAN9sU='
DOC = "UseDevelopmentStorage=true"
FROM_ENV = os.environ.get("SAS")
