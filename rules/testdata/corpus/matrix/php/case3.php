<?php
$storage = 'Endpoint=sb://events-ogzj.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=Y9kWR4HDxaT/DE2hg9+ab1oi0kKtmsYNOAtr98V/z08=;EntityPath=hub-01';
define('OTHER', "SharedAccessSignature sr=https%3A%2F%2Ftelemetry-ny2u.servicebus.windows.net%2Forders&sig=3LUCwNfs9%2B2lfqdKpGyi6JAKwk%2FdS8g05wqU2NmCE60%3D&se=1887621410&skn=RootManageSharedAccessKey");
// https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED
