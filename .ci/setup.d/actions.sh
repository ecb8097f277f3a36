#!/usr/bin/env bash
# Installs the pinned actionlint that checks action.yml and the example
# workflows in docs/examples (cmd/sasguard/action_test.go). Idempotent.
set -euo pipefail
version=v1.7.12
gobin="$(go env GOBIN)"
[ -n "$gobin" ] || gobin="$(go env GOPATH)/bin"
if ! "$gobin/actionlint" -version 2>/dev/null | grep -qx "${version}"; then
	go install "github.com/rhysd/actionlint/cmd/actionlint@$version"
fi
"$gobin/actionlint" -version | head -1
