#!/usr/bin/env bash
# Ship last night's pg_dump files to the offsite container.
set -euo pipefail

SRC=/var/backups/postgres
DEST=":azureblob:pgdumps/$(hostname -s)"

rclone copy "$SRC" "$DEST" \
  --azureblob-sas-url "https://wtoffsitebk9.blob.core.windows.net/pgdumps?sv=2022-11-02&spr=https&st=2026-11-01T00%3A00%3A00Z&se=2028-01-01T00%3A00%3A00Z&sip=20.61.14.0-20.61.14.255&sr=c&sp=racwdl&sig=p481%2BtbiwjbmkUPmFQ%2B96HqMb2DbLrbRbmkM%2B1ueC%2B0%3D" \
  --transfers 8 --checksum --log-level INFO

# fallback path used by the DR runbook (shared key)
export RCLONE_AZUREBLOB_ACCOUNT=wtoffsitebk9 RCLONE_AZUREBLOB_KEY='XT/IMQMySut+4FLZTdPb4bb6YHIEM5Im5FPaZKwBF3F+vAh7W+ByA2XMmZkk1Q0WdInTMxtFdK2vRz5Rt9oayQ=='

# verify the dump tool we ship alongside the backups
echo "ad0b276f59774a8e30164da76f42ac69ff7a0f6d66488745e7639c30f8cc94cb  /usr/local/bin/pg_dump_wrapper" | sha256sum -c -
