package staged

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/internal/catfile"
)

// readCLI asks the git command what is staged, for repositories go-git
// cannot read. git is pointed at exactly the git directory, work tree and
// index the go-git reader used (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE).
func readCLI(repo *gitdir.Repo) ([]Change, blobSource, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, nil, fmt.Errorf("the git command is not on PATH")
	}
	// --raw -z: modes, full blob ids, status and paths, NUL-separated so
	// any file name survives; -M: git's own rename detection.
	cmd := exec.Command("git", "diff", "--cached", "--raw", "-z", "--no-abbrev", "-M", "--no-ext-diff", "--no-textconv", "--ignore-submodules=all")
	cmd.Dir = repo.WorkTree
	cmd.Env = gitEnv(repo)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, nil, fmt.Errorf("git diff --cached: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	changes, err := parseRaw(out)
	if err != nil {
		return nil, nil, err
	}
	src, err := newCatFile(repo)
	if err != nil {
		return nil, nil, err
	}
	return changes, src, nil
}

// gitEnv is the process environment with git pointed at repo.
func gitEnv(repo *gitdir.Repo) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR":
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "GIT_DIR="+repo.GitDir, "GIT_INDEX_FILE="+repo.IndexFile)
	if repo.WorkTree != "" {
		env = append(env, "GIT_WORK_TREE="+repo.WorkTree)
	}
	return env
}

// parseRaw reads `git diff --raw -z` output:
// ":OLDMODE NEWMODE OLDID NEWID STATUS\0PATH\0" with a second path for
// renames and copies (R, C).
func parseRaw(out []byte) ([]Change, error) {
	var changes []Change
	fields := bytes.Split(out, []byte{0})
	for i := 0; i < len(fields); i++ {
		head := string(fields[i])
		if head == "" {
			continue
		}
		meta := strings.Fields(strings.TrimPrefix(head, ":"))
		if !strings.HasPrefix(head, ":") || len(meta) != 5 {
			return nil, fmt.Errorf("unexpected git diff --raw line %q", head)
		}
		newMode, oldID, newID, status := meta[1], meta[2], meta[3], meta[4]
		if i+1 >= len(fields) {
			return nil, fmt.Errorf("git diff --raw: no path after %q", head)
		}
		p := string(fields[i+1])
		i++
		c := Change{Path: p, NewID: newID}
		switch status[0] {
		case 'R', 'C':
			if i+1 >= len(fields) {
				return nil, fmt.Errorf("git diff --raw: no destination after %q", head)
			}
			c.OldPath, c.Path = p, string(fields[i+1])
			c.OldID = oldID
			i++
		case 'M', 'T':
			c.OldID = oldID
		case 'A':
		default: // D (deleted), U (unmerged), X: nothing to add
			continue
		}
		if newMode == "160000" || strings.Trim(newID, "0") == "" {
			continue // a submodule, or content git did not record
		}
		if oldMode := meta[0]; oldMode == "160000" || strings.Trim(c.OldID, "0") == "" {
			c.OldID = "" // was a submodule or nothing: all lines are new
		}
		changes = append(changes, c)
	}
	return changes, nil
}

// newCatFile starts `git cat-file --batch` on repo.
func newCatFile(repo *gitdir.Repo) (*catfile.Batch, error) {
	cmd := exec.Command("git", "cat-file", "--batch")
	cmd.Dir = repo.WorkTree
	cmd.Env = gitEnv(repo)
	return catfile.Start(cmd)
}
