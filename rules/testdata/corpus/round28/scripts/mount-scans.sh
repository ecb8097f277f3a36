#!/usr/bin/env bash
set -euo pipefail
SHARE=//stquillfiles5d9050e.file.core.windows.net/scans
sudo mkdir -p /mnt/scans
sudo mount -t cifs "$SHARE" /mnt/scans -o vers=3.1.1,username=stquillfiles5d9050e,password=H1CHoJqLJqQYymka6y0ddLq4zHG7hD+l8NmyVXrJHbRlxUveYOtY0LHdxCyimaqr3O4MB/8/yl5/XNqvdwAmYA==,dir_mode=0777,file_mode=0777,serverino,nosharesock,actimeo=30
