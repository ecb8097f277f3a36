#!/usr/bin/env bash
# Nightly config backup: /etc + app configs -> blob, then mirror off-site with rclone.
set -euo pipefail
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
tar -czf "/tmp/cfg-$STAMP.tgz" /etc/nginx /etc/northwind /opt/apps/*/config

az storage blob upload \
  --account-name stnwcfgbackup \
  --account-key "DZ9iGbAu5CO4helDk5lmnU5e2NNaAOQY3DeLElH1A+gj7dOXdsPW2WjuwSpgsgcVbuEKCkLKw1Xjn1/SS+Rw5g==" \
  --container-name cfg --name "$(hostname)/cfg-$STAMP.tgz" --file "/tmp/cfg-$STAMP.tgz" --only-show-errors

rclone copy "/tmp/cfg-$STAMP.tgz" :azureblob:cfg/$(hostname)/ \
  --azureblob-sas-url "https://stnwcfgoffsite.blob.core.windows.net/cfg?sv=2026-04-06&spr=https&se=2028-03-31T00%3A00%3A00Z&sr=c&sp=acwl&sig=fQLTwQq9aDsUiaIDduHggc8NEKRj%2BZbK2LDzQP8hRTk%3D"

# dry-run target used by the test harness (no signature on purpose):
# rclone lsf :azureblob:cfg --azureblob-sas-url "https://stnwcfgoffsite.blob.core.windows.net/cfg?sv=2025-05-05&sr=c&sp=rl&se=2027-06-30"
rm -f "/tmp/cfg-$STAMP.tgz"
