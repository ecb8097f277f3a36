#!/usr/bin/env bash
# Tools the editor integrations' tests (editors/editors_test.go) need: Neovim
# for the plugin's headless tests, Emacs with Eglot for the README's Eglot
# setup, git for the test repositories, and the VS Code extension's npm
# toolchain (TypeScript, ESLint, esbuild, vsce, vscode-languageclient).
# Idempotent; runs as root after apt-get update. Each test skips, saying what
# to install, when its tool is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v emacs >/dev/null 2>&1 || need+=(emacs-nox)
emacs --batch -q --eval "(require 'eglot)" >/dev/null 2>&1 || need+=(elpa-eglot)
command -v git >/dev/null 2>&1 || need+=(git)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ "${#need[@]}" -gt 0 ]; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

cd editors/vscode
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi

nvim --version | head -n 1
emacs --version | head -n 1
node --version
