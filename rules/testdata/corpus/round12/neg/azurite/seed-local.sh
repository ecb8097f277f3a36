#!/usr/bin/env bash
# Seed Azurite for local dev. Everything here is the public emulator account.
set -euo pipefail
export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;"
export AZURE_STORAGE_ACCOUNT=devstoreaccount1
export AZURE_STORAGE_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

az storage container create -n test --connection-string "$AZURE_STORAGE_CONNECTION_STRING"
curl -fsS -X PUT -H "x-ms-blob-type: BlockBlob" --data-binary @seed/users.json \
  "http://127.0.0.1:10000/devstoreaccount1/test/seed/users.json?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=hcuDiDJrge4MZrlLnFrnJsJfZPpdtaiJuZYaIIAbKtU%3D"
curl -fsS "http://localhost:10000/devstoreaccount1/test/seed/orders.json?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=BeiMd7zCP8ngezvWaiPYftE00qHsN2HE935O%2BxoZ8hg%3D" -o /dev/null
curl -fsS -X POST "http://127.0.0.1:10001/devstoreaccount1/jobs/messages?sv=2026-04-06&se=2031-01-01T00%3A00%3A00Z&sp=raup&sig=ucksqbzwHbTvywGv5UZJGfQcTygWaMyj3Mej532crHY%3D" -d '<QueueMessage><MessageText>aGVsbG8=</MessageText></QueueMessage>'
