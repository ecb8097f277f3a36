#!/usr/bin/env bash
# Speed and memory of `sasguard scan` on a large real tree (Go's own source),
# against `grep -rc 'sig='` over the same files as the floor for "read every
# byte once". Targets: sasguard ≤ 1.5× grep's time (issue 9), peak RSS < 100 MB.
#
# usage: bench/scan/run.sh [RUNS]   (default 5; medians are reported)
# needs: go, grep, awk, /usr/bin/time (Debian: apt-get install -y time)
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -x /usr/bin/time ]; then
  echo "bench/scan: /usr/bin/time not found: apt-get install -y time" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tree=$work/src
cp -r "$(go env GOROOT)/src" "$tree"
files=$(find "$tree" -type f | wc -l)
bytes=$(du -sb "$tree" | cut -f1)
(cd "$root" && go build -o "$work/sasguard" ./cmd/sasguard)

# seconds runs one command and prints its wall time; output is discarded.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true # grep exits 1 on files without a match, sasguard 1 on findings
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {print b - a}' 
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Warm the page cache so both read from memory.
grep -rc 'sig=' "$tree" >/dev/null 2>&1 || true

g=() s=()
for _ in $(seq "$runs"); do
  g+=("$(seconds grep -rc 'sig=' "$tree")")
  s+=("$(seconds "$work/sasguard" scan "$tree")")
done
gm=$(printf '%s\n' "${g[@]}" | median)
sm=$(printf '%s\n' "${s[@]}" | median)
rss=$( (/usr/bin/time -f '%M' "$work/sasguard" scan --format json "$tree" >/dev/null) 2>&1 | tail -1)
findings=$("$work/sasguard" scan --format json "$tree" 2>/dev/null | grep -c '"fingerprint"' || true)

printf 'tree:        %s (%d files, %d MB), %d runs each, GOMAXPROCS=%s cores\n' "$(go env GOROOT)/src" "$files" $((bytes / 1000000)) "$runs" "$(nproc)"
printf 'grep -rc:    %.3f s (median)\n' "$gm"
printf 'sasguard:    %.3f s (median), %s findings\n' "$sm" "$findings"
awk -v s="$sm" -v g="$gm" 'BEGIN {printf "ratio:       %.2fx (target <= 1.5x)\n", s / g}'
awk -v k="$rss" 'BEGIN {printf "peak RSS:    %.1f MB (target < 100 MB)\n", k / 1024}'

# Bounded memory on bad input: a 100 MB file and a 10 MB single line, each
# with one real-format token at the end (streamed through Engine.ScanReader).
token='https://st4t67ig.blob.core.windows.net/uploads?sv=2026-04-06&se=2027-12-27T00%3A00%3A00Z&sr=c&sp=racwdl&sig=3zrQXsjpDN%2FOpHhq0jAb0nm2BB54X6YdWe613GiQpnw%3D'
mkdir -p "$work/big" "$work/line"
awk 'BEGIN {for (i = 0; i < 1600000; i++) if (i % 10000 == 0) print "GET /c/b?sv=2026-04-06&sr=b&sp=r&sig=<placeholder> 200"; else print "log line " i " with some ordinary text, nothing secret"}' >"$work/big/app.log"
echo "$token" >>"$work/big/app.log"
awk 'BEGIN {for (i = 0; i < 1100000; i++) printf "abcdefgh,"}' >"$work/line/bundle.min.js"
echo "\"$token\"" >>"$work/line/bundle.min.js"
for d in big line; do
  f=$(ls "$work/$d")
  size=$(stat -c %s "$work/$d/$f")
  start=$(date +%s.%N)
  kb=$( (/usr/bin/time -f "%M" "$work/sasguard" scan --format json "$work/$d" >"$work/$d.json" || true) 2>&1 | tail -1)
  end=$(date +%s.%N)
  n=$(grep -c '"fingerprint"' "$work/$d.json" || true)
  awk -v f="$f" -v s="$size" -v k="$kb" -v n="$n" -v a="$start" -v b="$end" \
    'BEGIN {printf "%-13s%.0f MB: %d finding(s), %.2f s, peak RSS %.1f MB\n", f ":", s / 1e6, n, b - a, k / 1024}'
done
