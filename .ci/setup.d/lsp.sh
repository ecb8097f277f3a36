#!/usr/bin/env bash
# Tools the language server's real-client tests need (lsp/realclient_test.go):
# Neovim from Debian (0.7.x) for the headless Lua client, and the Node client
# libraries VS Code itself is built on (vscode-languageserver-protocol,
# vscode-jsonrpc) for the `node --test` client. Idempotent; runs as root after
# apt-get update. Each test skips, saying what to install, when its tool is
# missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ "${#need[@]}" -gt 0 ]; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

cd lsp/testdata/nodeclient
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi

nvim --version | head -n 1
node --version
