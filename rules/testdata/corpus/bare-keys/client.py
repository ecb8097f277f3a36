from azure.storage.blob import BlobServiceClient

service = BlobServiceClient(
    account_url="https://stdgdjuqs4gv.blob.core.windows.net",
    credential={"account_name": "stdgdjuqs4gv", "account_key": "hKcjuCWjs//4aljgUET24Pgnoc2+y3DKtO7jey/NLxe7KBYm66gMymBGLj/86lmis91Yat3XbI4cpGuyQygxmw=="},
)
