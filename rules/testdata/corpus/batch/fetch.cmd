@echo off
setlocal
set "SAS_URL=https://fabahwzfs1j.blob.core.windows.net/public/models/resnet50.ckpt?sv=2020-02-10&spr=https%2Chttp&se=2026-12-18T17%3A42%3A05Z&sr=bv&sp=rawe&sig=sDNyxkFXzO%2Blz%2FoH6mt%2FOq4pe%2BN6rfOuenEWu7pv8EY%3D&versionid=2026-11-13T09%3A56%3A13.0000000Z"
curl -o model.bin https://contoso0w1r3xly.blob.core.windows.net/?sv=2020-12-06^&ss=btqf^&srt=c^&se=2027-06-29T13%3A50%3A56Z^&sp=rdxfcupy^&sig=s%2FY%2F6na4dQ4OXRZNCK%2FiCdaiFJ0KYo0WlJlP%2Fsx%2BUEc%3D
set AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=dev4ecptat;AccountKey=NvEcESF/Q3aQz++XMNxwjYJOscM1pLE3YIKR5HgpAdsSJmoxEEg5KihNp2OfNHkA8DizhXtqqFJZJ3or2qhyQQ==
azcopy copy "%SOURCE%" "https://%ACCOUNT%.blob.core.windows.net/drop?%SAS%"
endlocal
