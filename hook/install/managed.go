package install

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/sasguard/sasguard/rules/safefile"
)

// Managed is a hooks folder inside the work tree: core.hooksPath pointing
// at .husky, .githooks or the like. Its hooks are the team's, committed
// (or generated from committed files, as husky 9's .husky/_ is), so
// sasguard must not write a script naming this machine's binary there.
type Managed struct {
	WorkTree string // the repository's work tree
	HooksDir string // core.hooksPath, absolute
	Target   string // the file a team edits for the hook: .husky/pre-commit for husky 9's .husky/_
	Tracked  bool   // git tracks Target
	Lefthook string // lefthook's config file at the root, "" when none
}

// FindManaged reports whether hooksDir (from HooksDir) is a team's hooks
// folder: inside the work tree of the repository at dir, and either git
// tracks files in it or it is husky 9's generated .husky/_. It also says
// which file holds hook h there.
func FindManaged(dir, hooksDir string, h Hook) (*Managed, bool, error) {
	top, err := gitOutput(dir, "rev-parse", "--show-toplevel")
	if err != nil || top == "" {
		return nil, false, err // a bare repository: nothing is committed from its hooks
	}
	top, hooks := realPath(top), realPath(hooksDir)
	rel, err := filepath.Rel(top, hooks)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return nil, false, nil
	}
	if strings.HasPrefix(filepath.ToSlash(rel)+"/", ".git/") {
		return nil, false, nil // core.hooksPath=.git/hooks: the default place, not committed
	}
	m := &Managed{WorkTree: top, HooksDir: hooks, Target: filepath.Join(hooks, string(h))}
	husky := filepath.Base(hooks) == "_" && filepath.Base(filepath.Dir(hooks)) == ".husky"
	if husky {
		// husky 9: .husky/_/pre-commit is generated and runs .husky/pre-commit.
		m.Target = filepath.Join(filepath.Dir(hooks), string(h))
	}
	relTarget, _ := filepath.Rel(top, m.Target)
	out, err := gitOutput(top, "ls-files", "--", filepath.ToSlash(relTarget), filepath.ToSlash(rel))
	if err != nil {
		return nil, false, err
	}
	m.Tracked = out != "" && strings.Contains("\n"+out+"\n", "\n"+filepath.ToSlash(relTarget)+"\n")
	if out == "" && !husky {
		// A folder of the work tree that git tracks nothing in: a private
		// hooks folder, where sasguard installs as in .git/hooks.
		return nil, false, nil
	}
	for _, name := range []string{"lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml"} {
		if _, err := os.Lstat(filepath.Join(top, name)); err == nil {
			m.Lefthook = name
			break
		}
	}
	return m, true, nil
}

// PortableLines are what a team's tracked pre-commit hook runs to call
// sasguard: found on each developer's PATH, never by a path from one
// machine, and failing closed with what to install when it is missing.
const PortableLines = `# sasguard: stop commits that carry Azure SAS tokens or storage keys
command -v sasguard >/dev/null 2>&1 || { echo "sasguard: error: sasguard is not on PATH, so this commit was not checked; install it: go install github.com/sasguard/sasguard/cmd/sasguard@latest" >&2; exit 3; }
sasguard hook || exit $?
`

// AddPortable appends PortableLines to the team's hook file (creating it,
// executable, when missing). It changes nothing when the file already runs
// `sasguard hook`, and refuses a file whose last command is exec: a line
// after it would never run.
func AddPortable(m *Managed) (Result, error) {
	res := Result{Path: m.Target}
	rel, err := filepath.Rel(m.WorkTree, m.Target)
	if err != nil {
		return res, err
	}
	current, perm, ok, err := safefile.Read(m.WorkTree, rel)
	if err != nil {
		return res, err
	}
	if !ok {
		current, perm = []byte("#!/bin/sh\n"), 0o755
	}
	if bytes.Contains(current, []byte("sasguard hook")) {
		res.Message = fmt.Sprintf("%s already runs sasguard hook", m.Target)
		return res, nil
	}
	if lastCommand(current) == "exec" {
		return res, fmt.Errorf("%s ends with exec, so a line added after it would never run; add these lines before it by hand:\n%s", m.Target, PortableLines)
	}
	next := append([]byte(nil), current...)
	if len(next) > 0 && next[len(next)-1] != '\n' {
		next = append(next, '\n')
	}
	next = append(next, PortableLines...)
	if err := safefile.Write(m.WorkTree, rel, next, perm|(perm&0o444)>>2|0o100); err != nil {
		return res, err
	}
	res.Changed = true
	res.Message = fmt.Sprintf("added `sasguard hook` to %s (no machine-specific path: each developer needs sasguard on PATH); commit it to share it with the team", m.Target)
	return res, nil
}

// lastCommand is the first word of the last line that is not blank or a
// comment.
func lastCommand(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		return strings.Fields(t)[0]
	}
	return ""
}

func gitOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && strings.Contains(stderr.String(), "not a git repository") || strings.Contains(stderr.String(), "must be run in a work tree") {
			return "", nil
		}
		return "", fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(string(out)), nil
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
		// hooksPath may name a folder not created yet: resolve its parent.
		return filepath.Join(realPath(filepath.Dir(p)), filepath.Base(p))
	}
	return p
}
