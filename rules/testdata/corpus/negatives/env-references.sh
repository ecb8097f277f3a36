#!/bin/sh
azcopy copy ./out "https://${ACCOUNT}.blob.core.windows.net/out?${SAS_TOKEN}"
azcopy copy ./out "$DEST_URL?$SAS"
export AZURE_STORAGE_CONNECTION_STRING="$(az storage account show-connection-string -n "$ACCOUNT" -o tsv)"
az storage blob upload --account-key "$AZURE_STORAGE_KEY" --sas-token "${SAS:?}" -f x -c c -n x
curl "https://$ACCOUNT.blob.core.windows.net/c/x?sv=$SV&se=$SE&sr=b&sp=r&sig=$SIG"
