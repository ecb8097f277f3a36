#!/usr/bin/env bash
# Installs the parsers the fix tests run over fixed code (rules'
# TestFixedCodeParses: python3's ast, node --check, bash -n) and the tools
# the .env and .gitignore tests read back with (sh, git). Idempotent; runs as
# root after apt-get update. Each test skips when its tool is missing.
set -euo pipefail
missing=()
command -v python3 >/dev/null || missing+=(python3)
command -v node >/dev/null || missing+=(nodejs)
command -v bash >/dev/null || missing+=(bash)
command -v git >/dev/null || missing+=(git)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get install -y -qq "${missing[@]}"
fi
python3 -c 'import ast' >/dev/null
node --version >/dev/null
