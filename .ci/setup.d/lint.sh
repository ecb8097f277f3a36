#!/usr/bin/env bash
# Installs the pinned staticcheck that .ci/run runs after go vet. Bump the
# version here and fix what the new release reports in the same change.
# v0.8.2 (2026.2.2) runs on this repository with Go 1.26. Idempotent: skips the
# install when that version is already in $(go env GOBIN), else $(go env GOPATH)/bin.
set -euo pipefail
version=v0.8.2
gobin="$(go env GOBIN)"
[ -n "$gobin" ] || gobin="$(go env GOPATH)/bin"
if ! "$gobin/staticcheck" -version 2>/dev/null | grep -q "(${version#v})"; then
	go install "honnef.co/go/tools/cmd/staticcheck@$version"
fi
"$gobin/staticcheck" -version
