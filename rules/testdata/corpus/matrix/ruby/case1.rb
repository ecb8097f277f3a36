STORAGE = "Endpoint=sb://payments-ale7.servicebus.chinacloudapi.cn/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=ZqaEuxuadCS8CZkbxqxL+X8vNnfzMU14MbLu76Errrs="
OTHER = 'https://data.wingtiptoys.dev:8443/?sv=2025-01-05&ss=tqf&srt=c&spr=https%2Chttp&se=2026-11-26T10%3A39%3A05Z&sip=168.1.5.60-168.1.5.70&sp=wdac&sig=KGI%2BDNYNFwgGLr%2BGxzsmHhtIICEVPqMmYJfLcbnzfqA%3D'
# DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<key>;EndpointSuffix=core.windows.net
