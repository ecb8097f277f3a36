package cfg

const Storage = "SharedAccessSignature=sv=2021-06-08&ss=tf&srt=sc&spr=https%2Chttp&se=2029-01-17T10%3A42%3A40Z&sip=10.0.0.1-10.0.0.255&sp=rap&sig=knfRiFD9SsniWwfSCXiT0CXdkDcqQm5xvgG0dApQXVs%3D;BlobEndpoint=https://devvevx9lr7aun4o.blob.core.windows.net"

var other = `https://st9iirmn8n3ah86.file.core.chinacloudapi.cn/profiles?restype=share&sv=2017-04-17&spr=https&se=2027-11-08T21%3A00%3A03Z&sr=s&sp=rwd&sig=TGb4CRsLy82POt6OAOstFVuNJrC6i7KxBMggjkpO1HM%3D`

// Example: Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
