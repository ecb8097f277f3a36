#!/usr/bin/env bash
# Speed and memory of `sasguard scan --git` over a whole history, side by
# side in one run with `git log -p` over the same commits (the floor: the
# diff git itself prints) and gitleaks (built from source via the Go module
# proxy; skipped with a message when that fails). Targets: sasguard within
# 2x of git log -p, faster than gitleaks, peak RSS bounded.
#
# The repository is generated (bench/history/gen: a few thousand commits,
# side branches merged back, renames, and tokens minted at run time from
# rules/testdata/sas-tokens.json planted in added, modified, merged and
# later-deleted files). Pass a clone's path as REPO to measure it too.
#
# usage: bench/history/run.sh [RUNS] [COMMITS] [REPO]   (defaults 5, 3000; medians are reported)
# needs: go, git, awk, /usr/bin/time (Debian: apt-get install -y time)
set -euo pipefail
runs=${1:-5}
commits=${2:-3000}
extra=${3:-}
gitleaks_version=v8.30.1
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -x /usr/bin/time ]; then
  echo "bench/history: /usr/bin/time not found: apt-get install -y time" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && go build -o "$work/sasguard" ./cmd/sasguard)
if GOBIN="$work" go install "github.com/zricethezav/gitleaks/v8@$gitleaks_version" 2>"$work/gitleaks.log"; then
  gitleaks="$work/gitleaks"
else
  gitleaks=
  echo "bench/history: skipping gitleaks: go install github.com/zricethezav/gitleaks/v8@$gitleaks_version failed:" >&2
  tail -3 "$work/gitleaks.log" >&2
fi

repo=$work/repo
git init -q -b main "$repo"
(cd "$root" && go run ./bench/history/gen -commits "$commits" -tokens rules/testdata/sas-tokens.json) | git -C "$repo" fast-import --quiet
git -C "$repo" reset -q --hard main

# run prints "SECONDS PEAK_KB" for one command; its output is discarded
# (sasguard and gitleaks exit 1 on findings).
run() {
  /usr/bin/time -o "$work/time" -f '%e %M' "$@" >/dev/null 2>&1 || true
  tail -1 "$work/time"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

bench() {
  local dir=$1 label=$2
  local n merges
  n=$(git -C "$dir" rev-list --count HEAD)
  merges=$(git -C "$dir" rev-list --count --merges HEAD)
  # Warm the page cache and git's pack index.
  git -C "$dir" log -p HEAD >/dev/null
  local g=() s=() l=() gk=() sk=() lk=()
  for _ in $(seq "$runs"); do
    read -r t k <<<"$(run git -C "$dir" log -p HEAD)"; g+=("$t"); gk+=("$k")
    read -r t k <<<"$(run "$work/sasguard" scan --git HEAD --format json "$dir")"; s+=("$t"); sk+=("$k")
    if [ -n "$gitleaks" ]; then
      read -r t k <<<"$(run "$gitleaks" git --no-banner --redact --exit-code 0 --report-path "$work/gl.json" --log-level error "$dir")"; l+=("$t"); lk+=("$k")
    fi
  done
  local gm sm lm
  gm=$(printf '%s\n' "${g[@]}" | median)
  sm=$(printf '%s\n' "${s[@]}" | median)
  local findings
  findings=$("$work/sasguard" scan --git HEAD --format json "$dir" 2>/dev/null | grep -c '"fingerprint"' || true)
  printf '%s: %d commits (%d merges), %d runs each, %s cores\n' "$label" "$n" "$merges" "$runs" "$(nproc)"
  printf '  git log -p HEAD:        %6.2f s (median)  peak RSS %6.1f MB\n' "$gm" "$(printf '%s\n' "${gk[@]}" | median | awk '{print $1/1024}')"
  printf '  sasguard scan --git:    %6.2f s (median)  peak RSS %6.1f MB  %s findings\n' "$sm" "$(printf '%s\n' "${sk[@]}" | median | awk '{print $1/1024}')" "$findings"
  awk -v s="$sm" -v g="$gm" 'BEGIN {printf "  sasguard / git log -p:  %6.2fx (target <= 2x)\n", s / g}'
  if [ -n "$gitleaks" ]; then
    lm=$(printf '%s\n' "${l[@]}" | median)
    printf '  gitleaks %s git:  %6.2f s (median)  peak RSS %6.1f MB\n' "$gitleaks_version" "$lm" "$(printf '%s\n' "${lk[@]}" | median | awk '{print $1/1024}')"
    awk -v s="$sm" -v l="$lm" 'BEGIN {printf "  sasguard / gitleaks:    %6.2fx (target < 1x)\n", s / l}'
  fi
  echo "  all times: git ${g[*]} | sasguard ${s[*]}${gitleaks:+ | gitleaks ${l[*]}}"
}

bench "$repo" "generated repository (bench/history/gen, $commits commits asked)"
if [ -n "$extra" ]; then
  bench "$extra" "$extra"
fi
