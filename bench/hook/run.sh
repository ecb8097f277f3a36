#!/usr/bin/env bash
# Benchmarks for `sasguard hook` (issue 3, "Speed"):
#   1. a commit of a few files in a 10,000-file repository: wall time of
#      `sasguard hook` including process start (target < 50 ms);
#   2. 5,000 staged new files copied from Go's source tree: `sasguard hook`
#      against `git diff --cached -U0` in the same run (target ratio <= 1.5),
#      with peak memory.
# Usage: bench/hook/run.sh [RUNS]   (median of RUNS timed runs, default 7)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --file "$GIT_CONFIG_GLOBAL" user.name bench
git config --file "$GIT_CONFIG_GLOBAL" user.email bench@example.com
git config --file "$GIT_CONFIG_GLOBAL" init.defaultBranch main

go build -o "$work/sasguard" ./cmd/sasguard
sasguard="$work/sasguard"

# median_ms CMD...: runs CMD $runs times (after one warm-up), prints the
# median wall time in milliseconds. Exit status 1 (findings) is fine.
median_ms() {
	"$@" >/dev/null 2>&1 || true
	local times=()
	for _ in $(seq "$runs"); do
		local s e
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1 || true
		e=$(date +%s%N)
		times+=($(( (e - s) / 1000 )))
	done
	printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.1f", m/1000}'
}

# peak_rss_mb CMD...: peak resident memory of CMD in MB (GNU time), or "n/a".
peak_rss_mb() {
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'
	else
		echo n/a
	fi
}

echo "== 1. a few staged files in a 10,000-file repository"
big="$work/big"
mkdir -p "$big"
(
	cd "$big"
	git init -q .
	for d in $(seq -w 0 99); do
		mkdir -p "pkg$d/sub"
		for f in $(seq -w 0 49); do
			printf 'package pkg%s\n\n// File %s of a synthetic tree.\nvar V%s = "value %s %s"\n' "$d" "$f" "$f" "$d" "$f" >"pkg$d/f$f.go"
			printf 'key: value-%s-%s\n' "$d" "$f" >"pkg$d/sub/c$f.yaml"
		done
	done
	git add -A && git commit -qm "10,000 files"
	echo '// edited' >>pkg07/f03.go
	echo 'other: 1' >>pkg42/sub/c11.yaml
	printf 'package pkg99\n\nvar New = 1\n' >pkg99/new.go
	git add pkg07/f03.go pkg42/sub/c11.yaml pkg99/new.go
	echo "files tracked: $(git ls-files | wc -l), staged: $(git diff --cached --name-only | wc -l)"
	hook=$(median_ms "$sasguard" hook)
	diff=$(median_ms git diff --cached -U0)
	echo "sasguard hook:          ${hook} ms (median of $runs, including process start; target < 50 ms)"
	echo "git diff --cached -U0:  ${diff} ms"
)

echo "== 2. 5,000 staged new files from Go's source tree"
new="$work/new"
mkdir -p "$new"
goroot=$(go env GOROOT)
(
	cd "$goroot/src"
	find . -type f \( -name '*.go' -o -name '*.s' -o -name '*.txt' -o -name '*.md' \) -not -path '*/testdata/*' | LC_ALL=C sort | sed -n '1,5000p' # not head: under pipefail its early exit fails the script
) >"$work/list"
(
	cd "$new"
	git init -q .
	git commit -q --allow-empty -m base
	(cd "$goroot/src" && tar -cf - -T "$work/list") | tar -xf -
	git add -A
	echo "files staged: $(git diff --cached --name-only | wc -l), bytes: $(cd "$goroot/src" && tr '\n' '\0' <"$work/list" | xargs -0 cat | wc -c)"
	hook=$(median_ms "$sasguard" hook)
	diff=$(median_ms git diff --cached -U0)
	echo "sasguard hook:          ${hook} ms (median of $runs)"
	echo "git diff --cached -U0:  ${diff} ms"
	awk -v h="$hook" -v d="$diff" 'BEGIN {printf "ratio:                  %.2f (target <= 1.5)\n", h/d}'
	echo "peak memory: sasguard hook $(peak_rss_mb "$sasguard" hook) MB, git diff --cached -U0 $(peak_rss_mb git diff --cached -U0) MB"
)
