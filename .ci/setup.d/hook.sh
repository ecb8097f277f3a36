#!/usr/bin/env bash
# Tools the hook's tests need: git (real repositories, commits and pushes in
# hook/e2e) and the pre-commit framework from Debian (the test of
# .pre-commit-hooks.yaml). Idempotent; runs as root after apt-get update.
set -euo pipefail
need=()
command -v git >/dev/null 2>&1 || need+=(git)
command -v pre-commit >/dev/null 2>&1 || need+=(pre-commit)
if [ "${#need[@]}" -gt 0 ]; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
git --version
pre-commit --version
