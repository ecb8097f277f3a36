#!/bin/sh
# Pull the Azure Files shares to the NAS (runs on nas01 and on the ops MacBook)
set -eu

# --- nas01 (Debian): smbclient tar backup of the claims share
smbclient //stlsffiles03.file.core.windows.net/claims \
  -U 'stlsffiles03%YSYI+5D/BcjOzo5MEijTkHMQHTVEkVC2O0TUmD3DXuLZHOXH0T6qLmi5HF5n6xDZNYdYN0kZS1OSlhIF5YFxrg==' \
  -m SMB3 -e -c 'recurse; prompt; lcd /volume1/backup/claims; mget *'

# --- ops MacBook: mount the customs share with mount_smbfs (password must be url-encoded)
if [ "$(uname)" = "Darwin" ]; then
  mkdir -p "$HOME/mnt/customs"
  mount_smbfs -o nobrowse "//stlsffiles04:aivEYGdlitKtsehD4oH0CcuJVBeugm6hl37q9qSEpA1G%2FnRH5qOfgxHZrfUlVt9HzMAU0Pbss0bHBCNZHHYLEg%3D%3D@stlsffiles04.file.core.windows.net/customs" "$HOME/mnt/customs"
fi
