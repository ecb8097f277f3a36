#!/usr/bin/env bash
# Installs Microsoft's SARIF validator (npm @microsoft/sarif-multitool) for
# cmd/sasguard's TestScanSARIFValidates. Idempotent; runs as root after
# apt-get update. The test skips when node_modules is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v npm >/dev/null; then
  apt-get install -y -qq nodejs npm
fi
cd cmd/sasguard/testdata/sarif-validator
if [ ! -x node_modules/.bin/sarif-multitool ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# npm may skip the platform package's postinstall (chmod u+x); do it here.
chmod u+x node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool 2>/dev/null || true
node_modules/.bin/sarif-multitool --version >/dev/null
