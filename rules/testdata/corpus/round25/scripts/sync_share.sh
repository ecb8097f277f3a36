#!/usr/bin/env bash
set -euo pipefail

SRC="https://shrsynch7tb.file.core.windows.net/exports?sv=2026-04-06&se=2027-11-11T00%3A00%3A00Z&sr=s&sp=rl\
&sig=dSAhqoMQ7hFzlF1rwLabz1%2F5qSgg%2Bwv2RMHMRb8q5CU%3D"
azcopy copy "$SRC" /srv/exports --recursive

# mount the scratch share
SHARE_HOST=cifsmntgpbb.file.core.windows.net
SHARE_USER=cifsmntgpbb
PASS='yTz4qvMR87LqRwhiZL+hNICmdWOA9djBjVbXaXLDCBdm8pLoiMa+TnbAwE+mDArfPcmqeMn6qjjZDu6+HmaQ0g=='
sudo mount -t cifs "//$SHARE_HOST/scratch" /mnt/scratch \
  -o "vers=3.1.1,username=$SHARE_USER,password=$PASS,dir_mode=0770,file_mode=0660,serverino"

# CI variant
PASS_CI="${SMB_PASS:?set SMB_PASS}"
