#!/usr/bin/env bash
set -euo pipefail
# one-off migration from the old account; delete after cutover
SRC="https://stvsdufcb4j8.blob.core.windows.net/?sv=2026-04-06&ss=b&srt=co&se=2028-03-31T23%3A59%3A59Z&sp=rl&sig=FFgnaxXNMm575OtbdA8ZD2zpbryeBNg4UbwFskGwRCo%3D"
DST='https://stsxxwiad75y.blob.core.windows.net/mirror?sv=2026-04-06&se=2027-06-30T00%3A00%3A00Z&sr=c&sp=racwdl&sig=W%2BCefvv6ppg3b93Gxtg%2FNSt02VcPorXFVyXi6mMg3u0%3D'

azcopy sync "${SRC}" "${DST}" --recursive --delete-destination=false
echo "done: $(date -u)"
