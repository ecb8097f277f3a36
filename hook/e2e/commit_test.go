package e2e

import (
	"strings"
	"testing"
)

type outcome int

const (
	passed     outcome = iota // the commit is recorded
	blocked                   // sasguard stopped it for a secret (exit 1)
	refused                   // stopped for another reason (config error, a chained hook)
	failClosed                // sasguard could not read what is staged (exit 3)
)

func (o outcome) String() string {
	return [...]string{"passed", "blocked", "refused", "failClosed"}[o]
}

// commitCase is a small script of git steps ending in a real commit.
type commitCase struct {
	name string
	// init creates ./repo and installs the hook; empty means the default.
	init string
	// setup runs in ./repo and must succeed.
	setup string
	// skipUnless, when set, runs in ./repo after setup; a non-zero exit
	// skips the case with skipWhy.
	skipUnless, skipWhy string
	// commit runs in ./repo: the commit attempt (it may cd elsewhere).
	commit string
	want   outcome
	// wantOut lists text the commit's output must contain; notOut, text
	// it must not.
	wantOut, notOut []string
}

const defaultInit = `git init -q repo && cd repo && "$SASGUARD" install >/dev/null`

// writeSAS and friends are shell snippets used by the cases.
const (
	sasLine    = `printf 'url = "%s"\n' "$SAS"`
	keyLine    = `printf 'conn = "%s"\n' "$KEY"`
	twentyLine = `i=1; while [ $i -le 20 ]; do echo "line $i"; i=$((i+1)); done`
)

var commitCases = []commitCase{
	{
		name:    "first commit with an account SAS",
		setup:   sasLine + ` > config.py && git add config.py`,
		commit:  `git commit -m add`,
		want:    blocked,
		wantOut: []string{"config.py:1:8:", "Account SAS", "sig=ijEa****", "commit blocked", "sasguard fix --dotenv config.py", `sasguard:ignore reason=`},
	},
	{
		name:   "first commit without secrets",
		setup:  `echo hello > README && git add README`,
		commit: `git commit -m add`,
		want:   passed,
	},
	{
		name:    "modified file adds a SAS",
		setup:   `echo 'a = 1' > app.py && git add app.py && git commit -qm base && ` + sasLine + ` >> app.py && git add app.py`,
		commit:  `git commit -m add`,
		want:    blocked,
		wantOut: []string{"app.py:2:8:"},
	},
	{
		name:    "storage account key in a connection string",
		setup:   keyLine + ` > settings.py && git add settings.py`,
		commit:  `git commit -m add`,
		want:    blocked,
		wantOut: []string{"settings.py:1:", "AccountKey=hAB1****"},
	},
	{
		name:   "SAS already in HEAD, commit adds an unrelated line",
		setup:  sasLine + ` > app.py && git add app.py && git commit -qm old --no-verify && echo 'b = 2' >> app.py && git add app.py`,
		commit: `git commit -m more`,
		want:   passed,
	},
	{
		name:    "expired SAS warns without blocking",
		setup:   `printf 'old = "%s"\n' "$EXPIRED" > old.py && git add old.py`,
		commit:  `git commit -m add`,
		want:    passed,
		wantOut: []string{"old.py:1:", "none blocking"},
	},
	{
		name: "URL split across lines, only its second half is new",
		setup: `a=${SAS%%&sig=*}; b="&sig=${SAS#*&sig=}"
			printf 'URL = (\n    "%s"\n    "&sig=<signature>"\n)\n' "$a" > split.py && git add split.py && git commit -qm placeholder
			printf 'URL = (\n    "%s"\n    "%s"\n)\n' "$a" "$b" > split.py && git add split.py`,
		commit:  `git commit -m real`,
		want:    blocked,
		wantOut: []string{"split.py:2:"},
	},
	{
		name:   "pure rename of a file holding a SAS",
		setup:  sasLine + ` > secrets.txt && git add secrets.txt && git commit -qm old --no-verify && git mv secrets.txt moved.txt`,
		commit: `git commit -m rename`,
		want:   passed,
	},
	{
		name:   "rename with an edit keeps an old SAS",
		setup:  twentyLine + ` > notes.md && ` + sasLine + ` >> notes.md && git add notes.md && git commit -qm old --no-verify && mkdir docs && git mv notes.md docs/notes.md && echo more >> docs/notes.md && git add docs/notes.md`,
		commit: `git commit -m rename`,
		want:   passed,
	},
	{
		name:    "rename with an edit that adds a SAS",
		setup:   twentyLine + ` > notes.md && git add notes.md && git commit -qm old && mkdir docs && git mv notes.md docs/notes.md && ` + sasLine + ` >> docs/notes.md && git add docs/notes.md`,
		commit:  `git commit -m rename`,
		want:    blocked,
		wantOut: []string{"docs/notes.md:21:"},
	},
	{
		name:   "deleting a file that holds a SAS",
		setup:  sasLine + ` > secrets.txt && echo keep > keep.txt && git add . && git commit -qm old --no-verify && git rm -q secrets.txt`,
		commit: `git commit -m delete`,
		want:   passed,
	},
	{
		name:   "binary file is skipped",
		setup:  `printf '\000\001\002url=%s' "$SAS" > blob.bin && git add blob.bin`,
		commit: `git commit -m binary`,
		want:   passed,
	},
	{
		name:    "UTF-16 file is read as text, as scan reads it",
		setup:   `printf '$url = "%s"\r\n' "$SAS" | iconv -f UTF-8 -t UTF-16 > deploy.ps1 && git add deploy.ps1`,
		commit:  `git commit -m utf16`,
		want:    blocked,
		wantOut: []string{"deploy.ps1:1:"},
	},
	{
		name:    "UTF-16LE without a BOM too",
		setup:   `printf '$url = "%s"\r\n' "$SAS" | iconv -f UTF-8 -t UTF-16LE > deploy.ps1 && git add deploy.ps1`,
		commit:  `git commit -m utf16`,
		want:    blocked,
		wantOut: []string{"deploy.ps1:1:"},
	},
	{
		name: "submodule is skipped",
		setup: `git init -q ../sub && (cd ../sub && ` + sasLine + ` > s.py && git add s.py && git commit -qm sub)
			git submodule add -q ../sub sub`,
		commit: `git commit -m submodule`,
		want:   passed,
	},
	{
		name:   "symlink to a secret file outside the index",
		setup:  sasLine + ` > ../outside.py && ln -s ../outside.py link.py && git add link.py`,
		commit: `git commit -m link`,
		want:   passed,
	},
	{
		name: "merge in progress brings a SAS into the branch",
		setup: `echo base > base.txt && git add base.txt && git commit -qm base
			git checkout -q -b feature && ` + sasLine + ` > f.py && git add f.py && git commit -qm feature --no-verify
			git checkout -q main && echo main >> base.txt && git commit -qam main
			git merge -q --no-ff --no-commit feature`,
		commit:  `git commit -m merge`,
		want:    blocked,
		wantOut: []string{"f.py:1:"},
	},
	{
		name: "merge of a clean branch",
		setup: `echo base > base.txt && git add base.txt && git commit -qm base
			git checkout -q -b feature && echo f > f.txt && git add f.txt && git commit -qm feature
			git checkout -q main && echo main >> base.txt && git commit -qam main
			git merge -q --no-ff --no-commit feature`,
		commit: `git commit -m merge`,
		want:   passed,
	},
	{
		name:    "commit -a reads GIT_INDEX_FILE",
		setup:   `echo 'a = 1' > app.py && git add app.py && git commit -qm base && ` + sasLine + ` >> app.py`,
		commit:  `git commit -am all`,
		want:    blocked,
		wantOut: []string{"app.py:2:"},
	},
	{
		name:    "commit <path> reads GIT_INDEX_FILE",
		setup:   `echo 'a = 1' > app.py && git add app.py && git commit -qm base && ` + sasLine + ` >> app.py`,
		commit:  `git commit -m only app.py`,
		want:    blocked,
		wantOut: []string{"app.py:2:"},
	},
	{
		name:   "commit <path> of a clean file leaves an unstaged secret out",
		setup:  `echo a > clean.txt && echo 'a = 1' > app.py && git add . && git commit -qm base && echo b >> clean.txt && ` + sasLine + ` >> app.py`,
		commit: `git commit -m only clean.txt`,
		want:   passed,
	},
	{
		name:   "git add -p stages only the clean hunk",
		setup:  twentyLine + ` > f.py && git add f.py && git commit -qm base && sed -i 's/^line 1$/line one/' f.py && ` + sasLine + ` >> f.py && printf 'y\nn\n' | git add -p f.py >/dev/null`,
		commit: `git commit -m partial`,
		want:   passed,
	},
	{
		name:    "git add -p stages only the secret hunk",
		setup:   twentyLine + ` > f.py && git add f.py && git commit -qm base && sed -i 's/^line 1$/line one/' f.py && ` + sasLine + ` >> f.py && printf 'n\ny\n' | git add -p f.py >/dev/null`,
		commit:  `git commit -m partial`,
		want:    blocked,
		wantOut: []string{"f.py:21:"},
	},
	{
		name:    "linked worktree",
		setup:   `git commit -q --allow-empty -m base && git worktree add -q ../wt -b wt && cd ../wt && ` + sasLine + ` > w.py && git add w.py`,
		commit:  `cd ../wt && git commit -m wt`,
		want:    blocked,
		wantOut: []string{"w.py:1:"},
	},
	{
		name:   "linked worktree, clean commit",
		setup:  `git commit -q --allow-empty -m base && git worktree add -q ../wt -b wt && cd ../wt && echo ok > w.txt && git add w.txt`,
		commit: `cd ../wt && git commit -m wt`,
		want:   passed,
	},
	{
		name: "sparse checkout (extensions.worktreeConfig)",
		setup: `mkdir a b && echo a > a/a.txt && echo b > b/b.txt && git add . && git commit -qm base
			git sparse-checkout set a && ` + sasLine + ` > a/s.py && git add a/s.py`,
		skipUnless: `git config --get extensions.worktreeConfig`,
		skipWhy:    "this git's sparse-checkout does not set extensions.worktreeConfig",
		commit:     `git commit -m sparse`,
		want:       blocked,
		wantOut:    []string{"a/s.py:1:"},
	},
	{
		name: "sparse index falls back to the git command",
		setup: `mkdir a b && echo a > a/a.txt && echo b > b/b.txt && git add . && git commit -qm base
			git sparse-checkout init --cone --sparse-index && git sparse-checkout set a && ` + sasLine + ` > a/s.py && git add a/s.py`,
		commit:  `git commit -m sparse`,
		want:    blocked,
		wantOut: []string{"a/s.py:1:"},
	},
	{
		name:    "split index falls back to the git command",
		setup:   `echo a > a.txt && git add a.txt && git commit -qm base && git config core.splitIndex true && git update-index --split-index && ` + sasLine + ` > s.py && git add s.py`,
		commit:  `git commit -m split`,
		want:    blocked,
		wantOut: []string{"s.py:1:"},
	},
	{
		name:    "SHA-256 repository falls back to the git command",
		init:    `git init -q --object-format=sha256 repo && cd repo && "$SASGUARD" install >/dev/null`,
		setup:   `echo a > a.txt && git add a.txt && git commit -qm base && ` + sasLine + ` > s.py && git add s.py`,
		commit:  `git commit -m sha256`,
		want:    blocked,
		wantOut: []string{"s.py:1:"},
	},
	{
		name:       "index.skipHash",
		setup:      `git config index.skipHash true && echo a > a.txt && git add a.txt && git commit -qm base && ` + sasLine + ` > s.py && git add s.py`,
		skipUnless: `test "$(tail -c 20 .git/index | od -An -tx1 | tr -d ' \n')" = "0000000000000000000000000000000000000000"`,
		skipWhy:    "this git (< 2.40) does not write index.skipHash's zero checksum; hook/internal/gitindex's unit test covers it",
		commit:     `git commit -m skiphash`,
		want:       blocked,
		wantOut:    []string{"s.py:1:"},
	},
	{
		name: "staged blob missing from the object store fails closed",
		setup: `echo a > a.txt && git add a.txt && git commit -qm base && echo 'fresh content' > n.txt && git add n.txt
			h=$(git rev-parse :n.txt) && rm -f .git/objects/$(echo $h | cut -c1-2)/$(echo $h | cut -c3-)`,
		commit:  `git commit -m missing`,
		want:    failClosed,
		wantOut: []string{"was not checked", "--no-verify"},
	},
	{
		name:    "core.hooksPath",
		init:    `git init -q repo && cd repo && git config core.hooksPath .githooks && "$SASGUARD" install >/dev/null && test -x .githooks/pre-commit`,
		setup:   sasLine + ` > s.py && git add s.py`,
		commit:  `git commit -m hookspath`,
		want:    blocked,
		wantOut: []string{"s.py:1:"},
	},
	{
		name: "an existing hook is chained and runs first",
		init: `git init -q repo && cd repo && printf '#!/bin/sh\necho team hook ran\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
			"$SASGUARD" install >/dev/null`,
		setup:   sasLine + ` > s.py && git add s.py`,
		commit:  `git commit -m chained`,
		want:    blocked,
		wantOut: []string{"team hook ran", "s.py:1:"},
	},
	{
		name: "a failing chained hook stops the commit",
		init: `git init -q repo && cd repo && printf '#!/bin/sh\necho team hook failed; exit 1\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
			"$SASGUARD" install >/dev/null`,
		setup:   `echo ok > ok.txt && git add ok.txt`,
		commit:  `git commit -m chained`,
		want:    refused,
		wantOut: []string{"team hook failed"},
	},
	{
		name: "uninstall restores the previous hook",
		init: `git init -q repo && cd repo && printf '#!/bin/sh\necho team hook ran\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
			"$SASGUARD" install >/dev/null && "$SASGUARD" install >/dev/null && "$SASGUARD" install --uninstall >/dev/null`,
		setup:   sasLine + ` > s.py && git add s.py`,
		commit:  `git commit -m uninstalled`,
		want:    passed,
		wantOut: []string{"team hook ran"},
	},
	{
		name:    "config error stops the commit with where and why",
		setup:   `printf 'bogus = 1\n' > .sasguard.toml && echo ok > ok.txt && git add ok.txt`,
		commit:  `git commit -m config`,
		want:    refused,
		wantOut: []string{".sasguard.toml:1", `unknown key "bogus"`},
	},
	{
		name: "baselined SAS may move within its file",
		setup: sasLine + ` > old.py && git add old.py && git commit -qm old --no-verify
			"$SASGUARD" baseline >/dev/null && git add .sasguard.toml .sasguard-baseline.json && git commit -qm baseline
			{ echo '# moved down'; cat old.py; } > moved && mv moved old.py && git add old.py`,
		commit: `git commit -m move`,
		want:   passed,
	},
	{
		name: "baselined SAS copied into a new file blocks",
		setup: sasLine + ` > old.py && git add old.py && git commit -qm old --no-verify
			"$SASGUARD" baseline >/dev/null && git add .sasguard.toml .sasguard-baseline.json && git commit -qm baseline
			` + sasLine + ` > copy.py && git add copy.py`,
		commit:  `git commit -m copy`,
		want:    blocked,
		wantOut: []string{"copy.py:1:8:"},
	},
	{
		name:   "the init starter with its custom rule uncommented commits",
		setup:  `"$SASGUARD" init >/dev/null && sed -i '/^# \[\[rules\]\]/,/^# counterexamples/ s/^# //' .sasguard.toml && grep -q '^examples = ' .sasguard.toml && git add .sasguard.toml`,
		commit: `git commit -m config`,
		want:   passed,
	},
	{
		name: "the README's custom rule example commits",
		setup: `cat > .sasguard.toml <<'EOF'
version = 1

[[rules]]
id = "acme-api-key"
description = "Acme API key: full access to the Acme account"
regex = '''acme_live_([0-9a-f]{32})'''
secret_group = 1
keywords = ["acme_live"]
severity = "error"
examples = ["acme_live_0123456789abcdef0123456789abcdef", "acme_live_4f9e1c0d7b3a52e8a6c9d0f1e2b3a4c5"]
counterexamples = ["acme_live_<your key>"]
EOF
git add .sasguard.toml`,
		commit: `git commit -m config`,
		want:   passed,
	},
	{
		name: "a real secret elsewhere in the config still blocks",
		setup: `"$SASGUARD" init >/dev/null && sed -i '/^# \[\[rules\]\]/,/^# counterexamples/ s/^# //' .sasguard.toml &&
			echo '# the old key: acme_live_Zz9Qz1XcV7bN2mK8pL3sD6hJ0tR5wY1e' >> .sasguard.toml && git add .sasguard.toml`,
		commit:  `git commit -m config`,
		want:    blocked,
		wantOut: []string{".sasguard.toml:", "acme-api-key"},
	},
	{
		name: "a rule's example text in another file still blocks",
		setup: `"$SASGUARD" init >/dev/null && sed -i '/^# \[\[rules\]\]/,/^# counterexamples/ s/^# //' .sasguard.toml &&
			git add .sasguard.toml && git commit -qm config && echo 'ACME_KEY=acme_live_4f9Qz1XcV7bN2mK8pL3sD6hJ0tR5wY1e' > app.cfg && git add app.cfg`,
		commit:  `git commit -m app`,
		want:    blocked,
		wantOut: []string{"app.cfg:1:"},
	},
	{
		name: "husky: install writes no machine path into the tracked hook; --portable adds a PATH line that blocks",
		init: `git init -q repo && cd repo && mkdir .husky && printf 'echo team hook ran\n' > .husky/pre-commit && chmod +x .husky/pre-commit &&
			git add .husky && git commit -qm husky && git config core.hooksPath .husky &&
			if "$SASGUARD" install > ../install.out 2>&1; then echo "install succeeded"; exit 1; fi &&
			grep -q 'sasguard install --portable' ../install.out && grep -q '^    sasguard hook' ../install.out &&
			test "$(cat .husky/pre-commit)" = 'echo team hook ran' && test -z "$(git status --porcelain)" &&
			"$SASGUARD" install --portable >/dev/null && "$SASGUARD" install --portable >/dev/null &&
			test "$(grep -c 'sasguard hook' .husky/pre-commit)" = 1 && ! grep -qF "$(dirname "$SASGUARD")" .husky/pre-commit &&
			test -x .husky/pre-commit && test ! -e .husky/pre-commit.sasguard-chained`,
		setup:   sasLine + ` > s.py && git add s.py`,
		commit:  `PATH="$(dirname "$SASGUARD"):$PATH" git commit -m add`,
		want:    blocked,
		wantOut: []string{"team hook ran", "s.py:1:8:"},
	},
	{
		name: "husky 9 (.husky/_): --portable edits .husky/pre-commit, and fails closed without sasguard on PATH",
		init: `git init -q repo && cd repo && mkdir -p .husky/_ && printf 'echo team hook ran\n' > .husky/pre-commit &&
			printf '#!/bin/sh\n. "$(dirname "$0")/../pre-commit"\n' > .husky/_/pre-commit && chmod +x .husky/_/pre-commit &&
			echo '*' > .husky/_/.gitignore && git add .husky && git commit -qm husky && git config core.hooksPath .husky/_ &&
			"$SASGUARD" install --portable >/dev/null && grep -q '^sasguard hook' .husky/pre-commit && ! grep -q sasguard .husky/_/pre-commit`,
		setup:   sasLine + ` > s.py && git add s.py`,
		commit:  `PATH=/usr/bin:/bin git commit -m add`,
		want:    failClosed,
		wantOut: []string{"team hook ran", "sasguard is not on PATH", "go install github.com/sasguard/sasguard/cmd/sasguard@latest"},
	},
	{
		name:    "a staged .env gets the untrack hint, not a fix that does nothing",
		setup:   `printf 'URL="%s"\n' "$SAS" > .env && echo ok > ok.txt && git add ok.txt .env`,
		commit:  `git commit -m env`,
		want:    blocked,
		wantOut: []string{".env:1:", "git rm --cached .env", "echo /.env >> .gitignore", "rotate"},
		notOut:  []string{"sasguard fix --dotenv .env"},
	},
	{
		name: "a tracked .env gets the untrack hint",
		setup: `echo 'DEBUG=1' > .env && git add .env && git commit -qm env && 
			printf 'URL="%s"\n' "$SAS" >> .env && git add .env`,
		commit:  `git commit -m env`,
		want:    blocked,
		wantOut: []string{".env:2:", "git rm --cached .env"},
		notOut:  []string{"sasguard fix --dotenv .env"},
	},
	{
		name: "baseline does not cover a new secret",
		setup: sasLine + ` > old.py && git add old.py && git commit -qm old --no-verify
			"$SASGUARD" baseline >/dev/null && git add .sasguard.toml .sasguard-baseline.json && git commit -qm baseline
			` + keyLine + ` > new.py && git add new.py`,
		commit:  `git commit -m new`,
		want:    blocked,
		wantOut: []string{"new.py:1:", "AccountKey=hAB1****"},
	},
}

// TestCommit runs each case's steps in a fresh repository with the hook
// installed, then a real `git commit`, and checks it was blocked, passed
// or failed closed, and what it said.
func TestCommit(t *testing.T) {
	for _, tc := range commitCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newSandbox(t)
			init := tc.init
			if init == "" {
				init = defaultInit
			}
			s.must(init)
			s.must("cd repo\n" + tc.setup)
			if tc.skipUnless != "" {
				if out, code := s.sh("cd repo && " + tc.skipUnless); code != 0 {
					t.Skipf("%s (%s)", tc.skipWhy, strings.TrimSpace(out))
				}
			}
			before := s.commits("repo")
			out, code := s.sh("cd repo && " + tc.commit)
			after := s.commits("repo")
			t.Logf("commit exit %d, output:\n%s", code, out)

			switch tc.want {
			case passed:
				if code != 0 || after != before+1 {
					t.Errorf("want the commit recorded; exit %d, commits %d -> %d", code, before, after)
				}
			default:
				if code == 0 || after != before {
					t.Errorf("want the commit stopped (%s); exit %d, commits %d -> %d", tc.want, code, before, after)
				}
			}
			switch tc.want {
			case blocked:
				mustContain(t, out, "commit blocked")
			case failClosed:
				mustContain(t, out, "sasguard: error:")
			case passed, refused:
				if strings.Contains(out, "commit blocked") {
					t.Errorf("output says the commit was blocked")
				}
			}
			for _, w := range tc.wantOut {
				mustContain(t, out, w)
			}
			for _, w := range tc.notOut {
				if strings.Contains(out, w) {
					t.Errorf("output has %q", w)
				}
			}
		})
	}
}

func mustContain(t *testing.T, out, want string) {
	t.Helper()
	if !strings.Contains(out, want) {
		t.Errorf("output lacks %q", want)
	}
}
