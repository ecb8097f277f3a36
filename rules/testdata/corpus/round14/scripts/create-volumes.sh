#!/usr/bin/env bash
set -euo pipefail
docker volume create \
  --driver local \
  --opt type=cifs \
  --opt device=//dvol3leja2.file.core.windows.net/grafana \
  --opt o=addr=dvol3leja2.file.core.windows.net,username=dvol3leja2,password=PIp6QrgyObqfUrEBeK5DjhnzUHN/mVk98lv5nBD7gaXumnqRIYGhfkTAWSPGTxH7XzMQRoflrXdPH/hD4/30wQ==,file_mode=0777,dir_mode=0777,vers=3.0 \
  grafana-data
