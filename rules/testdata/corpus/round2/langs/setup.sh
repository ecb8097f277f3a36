cat > .env <<'EOF'
AZURE_STORAGE_CONNECTION_STRING="BlobEndpoint=https://devm6tb.blob.core.windows.net/;QueueEndpoint=https://devm6tb.queue.core.windows.net/;FileEndpoint=https://devm6tb.file.core.windows.net/;TableEndpoint=https://devm6tb.table.core.windows.net/;SharedAccessSignature=sv=2023-01-03&ss=tq&srt=s&spr=https&se=2026-11-22T01%3A28%3A05Z&sp=wdu&sig=oaU8OhChEUmT97scAw9JMIXyPGzfUyoZhqwTEgpgOQs%3D"
EOF
curl -fsSL https://samm44g01plwfa.blob.core.windows.net/models/img/logo.png?sv=2025-07-05\&spr=https\&st=2026-11-13T09%3A00%3A00Z\&se=2027-08-28T12%3A21%3A10Z\&sip=10.0.0.1-10.0.0.255\&sr=b\&sp=rcwtiy\&sig=E3XnCQOKiKxFV1KUpepjwxgP8slFWABjWUrI6AF01a4%3D -o model.bin
