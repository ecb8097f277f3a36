#!/usr/bin/env bash
set -euo pipefail
# finance share
sudo mkdir -p /mnt/finance
sudo mount -t cifs //ffinance3n6w5o.file.core.windows.net/finance /mnt/finance \
  -o vers=3.1.1,username=ffinance3n6w5o,password='qG+/GEXbONR2EhKZJFqTuHwVpjKSD23crK2LSm2/WuMu6fBU7LPmTU6eXm4ydkydbr89XvVxAyf9nzPV9UClqw==',dir_mode=0770,file_mode=0660,serverino,nosharesock,actimeo=30

# hr share: credentials file
sudo tee /etc/smbcredentials/fhr3a94vkh9u1c.cred >/dev/null <<'CRED'
username=fhr3a94vkh9u1c
password=DcpQNurxOvzZ4AiNli58NrAleloUBNgTSwwYQ/6iEWLY9IlWbzlA3HYRiA3C47vgpjQS5emanAqjn/muesixfg==
CRED
sudo chmod 600 /etc/smbcredentials/fhr3a94vkh9u1c.cred
echo "//fhr3a94vkh9u1c.file.core.windows.net/hr /mnt/hr cifs nofail,credentials=/etc/smbcredentials/fhr3a94vkh9u1c.cred,serverino 0 0" | sudo tee -a /etc/fstab
# template for new shares
# sudo mount -t cifs //<account>.file.core.windows.net/<share> /mnt/x -o username=<account>,password=<storage-account-key>
