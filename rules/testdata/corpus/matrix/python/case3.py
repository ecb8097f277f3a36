import os

STORAGE = "Endpoint=sb://ingest-j377.servicebus.usgovcloudapi.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=v8qk6XtYb9ttBRBStcheBHXPGWgVXFg1GsOoYdroB+U=;EntityPath=orders"
OTHER = 'SharedAccessSignature sr=0ne00U3WS1E%2Fregistrations%2Fdev-7&sig=0nhNRbwWUOOzF1mHAMT1ODl2EfCW8i5XZNjKUxRq0RY%3D&se=1785584507'
DOC = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}"
FROM_ENV = os.environ.get("SAS")
