#!/usr/bin/env bash
set -euo pipefail

# nightly mirror of the model store
azcopy sync ./models "https://contosoodw3ntfxam.file.core.chinacloudapi.cn/?sv=2021-10-04&ss=tf&srt=so&se=2026-11-22T09%3A32%3A43Z&sip=10.0.0.1-10.0.0.255&sp=rdacu&sig=%2BIpLvKT9gKkDYHhvlpfIZRK5fPfQhwX4RmI6TLmi6KQ%3D" --recursive

curl -fsSL https://contosonos2.blob.core.windows.net/datasets\?sv=2020-08-04\&spr=https%2Chttp\&st=2026-11-06T16%3A00%3A00Z\&se=2036-12-29T13%3A29%3A34Z\&sr=c\&sp=rcxlei\&sig=0PaJV%2FXOZDnEtr%2FmeR6PJmdyoRPDJIDNJ9e7iEmSUpw%3D -o data.bin

az storage blob list --container-name models --connection-string "DefaultEndpointsProtocol=https;AccountName=devwr2l;AccountKey=Cvk79cDCUunMMKV+b0WDTELFd8LH3JuZ/UZyU5KwVh1UKc9NTP2lj7OfVGXseGJjWE6CqL+Rx+VICr75/4WRTw==;EndpointSuffix=core.chinacloudapi.cn" -o table

URL="https://sallxishg.blob.core.windows.net/models?sv=2021-04-10&spr=https%2Chttp&st=2026-11-09T18%3A00%3A00Z&"\
"se=2027-05-13T03%3A54%3A50Z&sr=c&sp=racwxtmyf&sig=DGSLu3c0VqUt%2B9lOyA9zSzK%2BiesTfL%2FAS9wuwV%2B9BfM%3D"

az storage container list --account-name fabmu45618bfl --sas-token 'sv=2022-11-02&ss=btf&srt=o&spr=https%2Chttp&se=2026-11-26T18%3A10%3A07Z&sp=rwdlc&sig=N07XkXKjokj09DHwwZFeDvNPxXckWpwWyQGq5TCnvV0%3D'

azcopy copy ./out "https://${ACCOUNT}.blob.core.windows.net/out?${SAS_TOKEN}"
az storage blob upload --sas-token "$SAS" -f x -c c -n x
SAS=$(az storage container generate-sas --name c --permissions r --expiry 2030-01-01 -o tsv)
