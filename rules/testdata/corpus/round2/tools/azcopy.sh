#!/bin/sh
azcopy copy "https://prod1hyfjzl.blob.core.windows.net/uploads?restype=container&comp=list&sv=2021-08-06&st=2026-11-11T04%3A00%3A00Z&se=2026-11-25T05%3A09%3A58Z&sr=c&sp=acxtmef&rscc=max-age%3D3600&rscd=attachment%3B%20filename%3D%22export.csv%22&rsct=text%2Fcsv&sig=96lCfjiomC8hVCsyIk7nkVRfmzq%2BBresy2YJKWEXKT0%3D" "https://tw7j9tcvnk8e.blob.core.windows.net/logs?sv=2021-10-04&spr=https%2Chttp&se=2026-11-26T20%3A16%3A21Z&sr=c&sp=acxtme&sig=U2N4ZGCeyf%2BR%2BGMSL%2BhUFol2Unwfbu1vSvwGtNXfUgQ%3D" --recursive=true
# azcopy redacts signatures in its own logs:
# INFO: Scanning... https://x.blob.core.windows.net/c?se=2030-01-01&sig=-REDACTED-&sp=rl&sr=c&sv=2023-11-03
