var producer = new EventHubProducerClient(
    "Endpoint=sb://payments-3rj6.servicebus.chinacloudapi.cn/;SharedAccessKeyName=send;"
    + "SharedAccessKey=Zo5Huzx6wVrkR/242EKVBTOVuiuRPFWU+CtBDMQA6Gg=;EntityPath=orders");
