<?php
$storage = 'Endpoint=sb://payments-48yo.servicebus.chinacloudapi.cn/;SharedAccessKeyName=app;SharedAccessKey=v17KSK28V3DI7bQA5inK+tEEoQB9bdBU8ydjN6qzJGM=';
define('OTHER', "HostName=plant-liil.azure-devices.net;DeviceId=edge-gw;ModuleId=filter;SharedAccessKey=PG5Z/CGzjYzcFaIaDK2AThBYQK8LGKlYXlxCGcteNmA=;");
// https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED
