#!/bin/sh
export STORAGE='BlobEndpoint=https://devjhhxt31pe.blob.core.windows.net/;QueueEndpoint=https://devjhhxt31pe.queue.core.windows.net/;FileEndpoint=https://devjhhxt31pe.file.core.windows.net/;TableEndpoint=https://devjhhxt31pe.table.core.windows.net/;SharedAccessSignature=sv=2021-10-04&ss=btqf&srt=s&spr=https%2Chttp&se=2025-06-12T00%3A10%3A57Z&sp=wa&sig=g3nXJtzDFiGRm5wQ5umCjNhgwPG%2BJCnhA74v21DKqjw%3D'
OTHER="https://logs0lwos.blob.core.windows.net/?sv=2015-04-05&ss=btq&srt=c&se=2026-11-27T21%3A51%3A37Z&sip=168.1.5.60-168.1.5.70&sp=laup&sig=LVPXBSDVOYH6RfOnwnXvV8SN0FqgQfwdJP6enfiFGZo%3D"
# Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
