#!/usr/bin/env bash
# Rotates the ingest storage key and pushes the new values everywhere.
set -euo pipefail

RG=rg-ingest-prod
APP_ID=/subscriptions/8f7d1c2e-5a6b-4c3d-9e8f-0a1b2c3d4e5f/resourceGroups/${RG}/providers/Microsoft.Web/sites/fab-ingest-fn
: "${INGEST_SAS:?set INGEST_SAS first}"

# push the new connection string into the Function App (body must be JSON)
az rest --method put \
  --uri "${APP_ID}/config/connectionstrings?api-version=2023-12-01" \
  --body @- <<'JSON'
{
  "properties": {
    "Ingest": {
      "value": "DefaultEndpointsProtocol=https;AccountName=fabingstweu5;AccountKey=Fwmex2M/lQWSznM7xgom3blsn3wYmmYszmlFGbMH7XJhXYdon5yKJFWZmzwG/z+OUcvSXefUgvF47gxk/vIgZw==;EndpointSuffix=core.windows.net",
      "type": "Custom"
    }
  }
}
JSON

# ANSI-C quoting so the ampersands survive the ssh hop
SAS=$'sv=2022-11-02\x26ss=bq\x26srt=sco\x26spr=https\x26se=2027-12-24T18%3A00%3A00Z\x26sp=rwlacup\x26sig=sCAHGe6wcYZCnc3mjkkR2EKJx%2FT0G9SMuP3dIkSQq%2BI%3D'
ssh deploy@10.20.1.7 "umask 077; cat > /etc/ingest/sas" <<<"$SAS"

# long URL: backslash-newline inside double quotes is a line continuation
SEED_URL="https://fabingstweu5.blob.core.windows.net/seed/ref/products.parquet?sv=2022-11-02&spr=https&se=2029-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=WqU%2FvnvC\
Z2hhlvtzoGx77n0MMp6YBcnK%2BoInpV5A6V0%3D"
curl -fsS -o /tmp/products.parquet "$SEED_URL"

# old drop location, kept for the replay job
kubectl -n ingest create secret generic legacy-drop --dry-run=client -o yaml \
  --from-env-file=/dev/stdin <<< "LEGACY_SAS_URL=https://fabingstold2.blob.core.windows.net/drop?sv=2020-08-04&spr=https&se=2025-11-30T00%3A00%3A00Z&sr=c&sp=rl&sig=Qbmg3ZMv8odfRgUdKF0ye3g%2FNrt17AtsVKBskoxANOw%3D" | kubectl apply -f -
