package e2e

import (
	"strings"
	"testing"
)

// TestAdoptWithHistory adopts a repository whose history holds an old
// secret: the pre-push hook stops the first push, `sasguard baseline
// --git HEAD` records the old finding, the push then goes through to a
// real bare remote, and a new secret is still stopped.
func TestAdoptWithHistory(t *testing.T) {
	s := newSandbox(t)
	s.must(`git init -q --bare remote.git && git init -q repo && cd repo && git remote add origin ../remote.git
		` + sasLine + ` > s.py && git add s.py && git commit -qm "old secret"
		git rm -q s.py && echo a > a.txt && git add a.txt && git commit -qm "secret removed, still in history"
		"$SASGUARD" install --pre-push >/dev/null`)
	remoteMain := func() string {
		out, _ := s.sh("git -C remote.git rev-parse --verify -q refs/heads/main")
		return strings.TrimSpace(out)
	}

	out, code := s.sh("cd repo && git push origin main")
	if code == 0 || remoteMain() != "" {
		t.Fatalf("first push: want it stopped by the secret in history; exit %d, output:\n%s", code, out)
	}
	mustContain(t, out, "s.py:1:")

	out = s.must(`cd repo && "$SASGUARD" baseline --git HEAD`)
	mustContain(t, out, "1 finding of them from the history in HEAD")
	s.must(`cd repo && git add .sasguard.toml .sasguard-baseline.json && git commit -qm "adopt sasguard"`)
	out, code = s.sh("cd repo && git push origin main")
	if code != 0 || remoteMain() == "" {
		t.Fatalf("push after baseline --git: want it through; exit %d, output:\n%s", code, out)
	}
	if out, code := s.sh(`cd repo && "$SASGUARD" scan --git HEAD`); code != 0 {
		t.Errorf("scan --git HEAD after the baseline: exit %d, want 0; output:\n%s", code, out)
	}

	s.must(`cd repo && ` + keyLine + ` > k.py && git add k.py && git commit -qm "new secret"`)
	before := remoteMain()
	out, code = s.sh("cd repo && git push origin main")
	if code == 0 || remoteMain() != before {
		t.Fatalf("push of a new secret: want it stopped; exit %d, output:\n%s", code, out)
	}
	mustContain(t, out, "k.py:1:")
	if strings.Contains(out, "s.py") {
		t.Errorf("the baselined secret was reported again:\n%s", out)
	}
}

// TestMissingBase: in a shallow CI clone without the base branch, a range
// from origin/main is a usage error (exit 2) whose hint fetches it, and
// the hinted command makes the same scan work.
func TestMissingBase(t *testing.T) {
	s := newSandbox(t)
	s.must(`git init -q src && cd src && echo a > a.txt && git add a.txt && git commit -qm a
		git checkout -q -b feature && ` + sasLine + ` > s.py && git add s.py && git commit -qm secret && cd ..
		git clone -q --depth 1 --single-branch --branch feature "file://$PWD/src" ci`)
	out, code := s.sh(`cd ci && "$SASGUARD" scan --git origin/main..HEAD`)
	if code != 2 {
		t.Fatalf("exit %d, want 2 (usage); output:\n%s", code, out)
	}
	const fetch = "git fetch --no-tags --depth=1000 origin main:refs/remotes/origin/main"
	mustContain(t, out, `unknown revision "origin/main"`)
	mustContain(t, out, fetch)
	mustContain(t, out, "fetch-depth: 0")
	s.must("cd ci && " + fetch + " 2>/dev/null")
	out, code = s.sh(`cd ci && "$SASGUARD" scan --git origin/main..HEAD`)
	if code != 1 {
		t.Fatalf("after fetching: exit %d, want 1 (the secret on the branch); output:\n%s", code, out)
	}
	mustContain(t, out, "s.py:1:")
}
