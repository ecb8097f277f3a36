#!/usr/bin/env bash
# Restore POD images from the Azure Files share and the blob backup.
# usage: ./restore-from-archive.sh 2026-11-18 /srv/pod-restore
set -euo pipefail

DAY="${1:?day}"
TARGET="${2:-/srv/pod-restore}"

SHARE_URL='https://stlsffiles01.file.core.windows.net/pod-images'
SHARE_SAS='sv=2026-04-06&spr=https&se=2029-01-01T00%3A00%3A00Z&sr=s&sp=rl&sig=EbxTdNf0CUkXE19zytrFcPlvPMQxCdlNRTOkIPBasjg%3D'

azcopy copy "${SHARE_URL}/${DAY}?${SHARE_SAS}" "${TARGET}/" --recursive --preserve-smb-info=false

# the blob backup is still on the old account, key auth only
BKP_ACCOUNT=stlsfbkp05
BKP_KEY='Z2NEHoKSdQm/KSdd7x8HBFvU4lCNL1XrrGyLobT/vVeVrUWpIgqvMLzRtP8mlZox+mDP7LfejSHARb9i5heJxw=='
az storage blob download-batch \
  --account-name "$BKP_ACCOUNT" --account-key "$BKP_KEY" \
  --source pod-backup --pattern "${DAY}/*" --destination "$TARGET"

# integrity: manifest shipped with each backup
EXPECTED_SHA512='z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=='
actual=$(sha512sum "${TARGET}/${DAY}/manifest.json" | cut -d' ' -f1 | xxd -r -p | base64 -w0)
[[ "$actual" == "$EXPECTED_SHA512" ]] || { echo "manifest checksum mismatch" >&2; exit 3; }
