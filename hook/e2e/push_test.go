package e2e

import (
	"strings"
	"testing"
)

// TestPrePush installs the pre-push hook and pushes to a real bare
// remote: commits that add a secret are stopped, clean ones go through,
// and a new branch is checked only for commits the remote lacks.
func TestPrePush(t *testing.T) {
	const init = `git init -q --bare remote.git && git init -q repo && cd repo && "$SASGUARD" install --pre-push >/dev/null
		git remote add origin ../remote.git && echo a > a.txt && git add a.txt && git commit -qm a && git push -q origin main`
	cases := []struct {
		name    string
		setup   string
		push    string
		ref     string // the remote ref that must (not) move
		blocked bool
		wantOut []string
	}{
		{
			name:  "clean commits go through",
			setup: `echo b >> a.txt && git commit -qam b`,
			push:  `git push origin main`,
			ref:   "refs/heads/main",
		},
		{
			name:    "a commit adding a SAS stops the push",
			setup:   sasLine + ` > s.py && git add s.py && git commit -qm secret && echo c >> a.txt && git commit -qam later`,
			push:    `git push origin main`,
			ref:     "refs/heads/main",
			blocked: true,
			wantOut: []string{"s.py:1:8:", "sig=ijEa****", "push of refs/heads/main stopped"},
		},
		{
			name:    "a new branch with a secret",
			setup:   `git checkout -q -b feature && ` + keyLine + ` > k.py && git add k.py && git commit -qm key`,
			push:    `git push origin feature`,
			ref:     "refs/heads/feature",
			blocked: true,
			wantOut: []string{"k.py:1:", "AccountKey=hAB1****"},
		},
		{
			name: "a new branch is checked only for what the remote lacks",
			// The secret is already on the remote's main (pushed before
			// the hook was installed); the new branch adds only clean work.
			setup: `"$SASGUARD" install --pre-push --uninstall >/dev/null && ` + sasLine + ` > s.py && git add s.py && git commit -qm old && git push -q origin main
				"$SASGUARD" install --pre-push >/dev/null && git fetch -q origin && git checkout -q -b feature && echo f > f.txt && git add f.txt && git commit -qm f`,
			push: `git push origin feature`,
			ref:  "refs/heads/feature",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newSandbox(t)
			s.must(init)
			s.must("cd repo\n" + tc.setup)
			remoteRef := func() string {
				out, _ := s.sh("git -C remote.git rev-parse --verify -q " + tc.ref)
				return strings.TrimSpace(out)
			}
			before := remoteRef()
			out, code := s.sh("cd repo && " + tc.push)
			after := remoteRef()
			t.Logf("push exit %d, output:\n%s", code, out)
			if tc.blocked {
				if code == 0 || after != before {
					t.Errorf("want the push stopped; exit %d, %s %q -> %q", code, tc.ref, before, after)
				}
			} else if code != 0 || after == before {
				t.Errorf("want the push to go through; exit %d, %s %q -> %q", code, tc.ref, before, after)
			}
			for _, w := range tc.wantOut {
				mustContain(t, out, w)
			}
		})
	}
}
