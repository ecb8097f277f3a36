#!/usr/bin/env bash
set -euo pipefail
ACCT=nwtpodscansdev11
sudo mkdir -p /etc/smbcredentials /mnt/scans
if [ ! -f "/etc/smbcredentials/$ACCT.cred" ]; then
  echo "username=$ACCT" | sudo tee "/etc/smbcredentials/$ACCT.cred"
  echo "password=PsAbbqvzfSFktls8S7JxppjouMwN/YOtNUsMXCIcZrGC8s90O10uakSGmyTp+uf4toI3uaV0/LGb9m2L21s22A==" | sudo tee -a "/etc/smbcredentials/$ACCT.cred"
fi
echo "//$ACCT.file.core.windows.net/scans /mnt/scans cifs nofail,credentials=/etc/smbcredentials/$ACCT.cred,serverino,nosharesock,actimeo=30" | sudo tee -a /etc/fstab
# dev box uses azurite, no real key
# password=<storage-account-key>
