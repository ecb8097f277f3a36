#!/usr/bin/env bash
set -euo pipefail
az storage file upload-batch \
  --account-name tti4w9kh \
  --account-key \
    'e1xqBXPKXFcijKN7JWbPjdNxKolEKgwliBKUXcNPkdhPkwknssi5Yqkp/o9UiZbeHAhcnV1XEcneHYRHatoanQ==' \
  --destination restore --source ./dump
azcopy copy './dump/*' 'https://msn5br3mk0iet7.file.core.windows.net/scans?sv=2026-04-06&spr=https%2Chttp&se=2024-10-30T06%3A59%3A22Z&sr=s&sp=rl&sig=96O85iwkhI%2BsiWxMnj%2Bn8ky5a2HMdlhBVK7UwUCRZOY%3D' --recursive
SAS=$(az storage container generate-sas -n restore --account-name "$ACCT" --permissions r --expiry 2028-01-01 -o tsv)
