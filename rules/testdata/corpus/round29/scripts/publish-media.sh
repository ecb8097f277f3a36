#!/usr/bin/env bash
set -euo pipefail
ACCOUNT=stmedia1833ys
az storage blob upload-batch \
  --account-name "$ACCOUNT" \
  --account-key 'mYpAgSqhfGDrCQAS2A7oAT2LZ2dGEwhhVf4NiN0yp/gdPxtQ2bUUz9WAQ4HEi3pe1mJhKzL5WnSURXVw0EXv3Q==' \
  --destination '$web' --source ./dist --overwrite
# consumers only get a SAS from the vault
az storage blob list --account-name "$ACCOUNT" -c media --sas-token "$MEDIA_SAS" -o table
