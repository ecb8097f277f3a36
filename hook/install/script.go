package install

import (
	"fmt"
	"strings"
)

// Script returns the shell script for hook h. It runs a chained hook first,
// then sasguard by the absolute path it was installed with, falling back
// to PATH, and fails closed with instructions when sasguard is missing.
func Script(h Hook, binary string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "#!/bin/sh\n%s: %s\n", marker, h)
	b.WriteString("# Installed by `sasguard install`. `sasguard install --uninstall` removes it and\n")
	fmt.Fprintf(&b, "# restores the hook that was here before (kept meanwhile as %s%s).\n", h, ChainedSuffix)
	fmt.Fprintf(&b, "chained=\"$(dirname \"$0\")/%s%s\"\n", h, ChainedSuffix)
	fmt.Fprintf(&b, "installed=%s\n", shellQuote(binary))
	b.WriteString(`sasguard="$installed"
if [ -z "$sasguard" ] || [ ! -x "$sasguard" ]; then
	sasguard=$(command -v sasguard 2>/dev/null) || sasguard=
fi
missing() {
	echo "sasguard: error: sasguard is not installed${installed:+ at $installed} nor on PATH, so this was not checked" >&2
	echo "sasguard: hint: install it (go install github.com/sasguard/sasguard/cmd/sasguard@latest) and try again" >&2
	if [ -e "$chained" ]; then
		echo "sasguard: hint: or, to stop using sasguard, put back the hook it replaced: mv '$chained' '$0'" >&2
	else
		echo "sasguard: hint: or, to stop using sasguard, remove this hook: rm '$0'" >&2
	fi
	exit 3
}
`)
	switch h {
	case PrePush:
		b.WriteString(`remote="$1"
input=$(cat)
if [ -x "$chained" ]; then
	printf '%s\n' "$input" | "$chained" "$@" || exit $?
fi
[ -n "$sasguard" ] || missing
status=0
while read -r local_ref local_sha remote_ref remote_sha; do
	[ -n "$local_sha" ] || continue
	case "$local_sha" in *[!0]*) ;; *) continue ;; esac # deleting a ref adds nothing
	case "$remote_sha" in
	*[!0]*)
		if git cat-file -e "$remote_sha^{commit}" 2>/dev/null; then
			range="$remote_sha..$local_sha"
		else
			range="$local_sha $(git for-each-ref --format='^%(objectname)' "refs/remotes/$remote" | tr '\n' ' ')"
		fi
		;;
	*) # a new branch: the commits the remote's branches do not have
		range="$local_sha $(git for-each-ref --format='^%(objectname)' "refs/remotes/$remote" | tr '\n' ' ')"
		;;
	esac
	"$sasguard" scan --git "$range" || { status=$?; echo "sasguard: push of $local_ref stopped; fix the commits above (git rebase -i) and push again" >&2; }
done <<EOF
$input
EOF
exit $status
`)
	default:
		b.WriteString(`if [ -x "$chained" ]; then
	"$chained" "$@" || exit $?
fi
[ -n "$sasguard" ] || missing
exec "$sasguard" hook
`)
	}
	return []byte(b.String())
}

// shellQuote single-quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
