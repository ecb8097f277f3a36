* Encoding: UTF-8.
* Export the cleaned survey file and push it to blob storage.
SAVE OUTFILE='C:\surveys\clean\wave12_clean.sav' /COMPRESSED.

BEGIN PROGRAM PYTHON3.
import spss, os
from azure.storage.blob import BlobServiceClient

CONN = "DefaultEndpointsProtocol=https;AccountName=fabspssexport;AccountKey=YbXvR5UqiYvgmP3LUF6W6dT3Ad7T5s4ZC1brhlSTK1aZXWhFWQB2fLP+2xdUXVG9Och0BssxP6X5oL/N0uxdPw==;EndpointSuffix=core.windows.net"
SEARCH_ADMIN_KEY = "im0odfcERTbCuvnkVXBoXgYLECH181/ZmJoQ29dzBcAzSeDxvEhn"

svc = BlobServiceClient.from_connection_string(CONN)
with open(r'C:\surveys\clean\wave12_clean.sav', 'rb') as fh:
    svc.get_blob_client('clean', 'wave12_clean.sav').upload_blob(fh, overwrite=True)
spss.Submit("ECHO 'uploaded'.")
END PROGRAM.

* public emulator conn used on the training VM: DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;.
