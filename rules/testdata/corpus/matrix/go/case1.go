package cfg

const Storage = "HostName=fleet-gr10.azure-devices.net;DeviceId=sensor-01;SharedAccessKey=0BkbjvHyUZlEArqKrFPwpU8i4zeuDxJjRVdxYbe2ocs="

var other = `SharedAccessKeyName=app;Endpoint=sb://events-oio7.servicebus.windows.net/;EntityPath=orders;SharedAccessKey=Wial17OIlU4fOSRilBTm3hzbOuvckbgmcYGMVxYIHn0=`

// Example: https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D
