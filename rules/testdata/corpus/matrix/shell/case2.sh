#!/bin/sh
export STORAGE='https://mliub57mpo9tx.file.core.windows.net/profiles?restype=share&sv=2025-07-05&st=2026-10-13T21%3A38%3A30Z&se=2026-10-17T02%3A38%3A30Z&sr=s&sp=cw&sig=27LHEdEpjCvetw%2F72Z6%2Fw%2Bk2cutc3bm4WAhiclsiry0%3D'
OTHER="QueueEndpoint=https://saqkeoahdy9.queue.core.windows.net/;BlobEndpoint=https://saqkeoahdy9.blob.core.windows.net/;FileEndpoint=https://saqkeoahdy9.file.core.windows.net/;TableEndpoint=https://saqkeoahdy9.table.core.windows.net/;SharedAccessSignature=sv=2019-12-12&ss=bq&srt=c&spr=https%2Chttp&st=2026-11-08T06%3A13%3A25Z&se=2026-11-21T04%3A13%3A25Z&sp=wdftlp&sig=O%2FjrTEuBLD%2F7273gtKz5Fo%2BXSTnEuyJsCevMm46OxgE%3D"
# DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<key>;EndpointSuffix=core.windows.net
