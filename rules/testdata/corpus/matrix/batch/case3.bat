@echo off
set "STORAGE=https://data.wingtiptoys.dev:8443/models?sv=2020-06-12&se=2026-11-25T16%3A51%3A19Z&skoid=37367b87-c141-4c84-a119-280979d352c8&sktid=fedbbbac-7f83-4aac-ab88-759a2a1a68c0&skt=2026-11-26T03%3A00%3A00Z&ske=2026-11-26T14%3A00%3A00Z&sks=b&skv=2020-02-10&sr=c&sp=dey&sig=k2irg1lF76gQyj7DXEhpM3Q44eJn3LXAFNXqwVIqTeM%3D"
set "OTHER=Endpoint=sb://billing-4pdi.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Jm4ODtT7Ike/XKQAfQPkSNTdrqcspO3TfqwjyJdQQPU="
rem https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
