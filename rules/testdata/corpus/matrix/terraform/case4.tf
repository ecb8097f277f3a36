locals {
  storage = "Endpoint=sb://notify-wd4w.servicebus.usgovcloudapi.net/;SharedAccessKeyName=app;SharedAccessKey=swJfyJnb8QNiYnErrbwxnLZwJqpW29BGNQbZJEXG82o="
  other   = "TableEndpoint=https://prodc66dd.table.core.windows.net/;BlobEndpoint=https://prodc66dd.blob.core.windows.net/;QueueEndpoint=https://prodc66dd.queue.core.windows.net/;FileEndpoint=https://prodc66dd.file.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=btqf&srt=sc&se=2026-11-24T06%3A34%3A53Z&sp=rtlaupy&sig=bcSjNhqJc%2BcgemjYhmuYqIGFLt0XGRsJD2aFqtuKZvU%3D;"
  # https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
}
