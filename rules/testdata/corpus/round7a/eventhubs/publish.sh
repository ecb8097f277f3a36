#!/usr/bin/env bash
# send one event as publisher truck-0042 (publisher policy)
set -euo pipefail
curl -sS -X POST \
  "https://orders-9v9r.servicebus.windows.net/telemetry/publishers/truck-0042/messages?timeout=60&api-version=2014-01" \
  -H 'Authorization: SharedAccessSignature sr=https%3A%2F%2Forders-9v9r.servicebus.windows.net%2Ftelemetry%2Fpublishers%2Ftruck-0042&sig=Jvj5R84VrqZe%2BM%2Beb24ajSN9rdfZZxgVI0s2h5rJkDo%3D&se=1795312290&skn=devices' \
  -H 'Content-Type: application/atom+xml;type=entry;charset=utf-8' \
  -d '{"lat":47.61,"lon":-122.33,"speed":54}'
