// Package history walks a range of commits, for pre-push hooks and CI, and
// yields each file version a commit introduced with the lines it added, so
// every secret is attributed to the commit that brought it in.
//
// The git command is the fast path: one `git log -p --cc` streams every
// commit's diff, parsed as it arrives, and a long-running `git cat-file
// --batch` fetches a file's whole version only for hunks the caller's
// prefilter flags, so the engine still sees a token split across lines.
// Memory stays bounded by the largest file, whatever the history's length.
// Without git on PATH, go-git walks the history in process (SHA-1 only).
package history

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/internal/linediff"
)

// File is a file version a commit introduced.
type File struct {
	Commit  string // full hash
	Path    string
	Content []byte
	Added   linediff.Lines // lines new relative to every parent
}

// Range is a parsed revision range: the commits reachable from Include
// and not from Exclude, as `git rev-list` reads it.
type Range struct {
	Include, Exclude []string
}

// ParseRange reads "A..B" (B's commits that A lacks; an empty side is
// HEAD), "REV" (all of REV's history) and "^REV" exclusions, separated by
// spaces: "B ^A1 ^A2" is how a pre-push hook names a new branch's commits.
func ParseRange(s string) (Range, error) {
	var r Range
	for _, tok := range strings.Fields(s) {
		switch {
		case strings.Contains(tok, "..."):
			return r, fmt.Errorf("%q: symmetric ranges (A...B) are not supported; use A..B", tok)
		case strings.Contains(tok, ".."):
			a, b, _ := strings.Cut(tok, "..")
			r.Exclude = append(r.Exclude, orHead(a))
			r.Include = append(r.Include, orHead(b))
		case strings.HasPrefix(tok, "^"):
			if tok == "^" {
				return r, fmt.Errorf("%q: expected a revision after ^", tok)
			}
			r.Exclude = append(r.Exclude, tok[1:])
		default:
			r.Include = append(r.Include, tok)
		}
	}
	if len(r.Include) == 0 {
		return r, fmt.Errorf("revision range %q names no commit to scan (try HEAD~5..HEAD or origin/main..HEAD)", s)
	}
	return r, nil
}

func orHead(s string) string {
	if s == "" {
		return "HEAD"
	}
	return s
}

// Options tune a Scan. The zero value checks every file version.
type Options struct {
	// Prefilter, when set, is asked about each hunk a commit added: the
	// new side's lines (the added ones with up to three lines of context
	// either side, as `git log -p` shows them). Only files with a hunk it
	// accepts are read whole and passed to fn. It must accept every hunk
	// that could hold a finding on an added line; nil accepts all.
	Prefilter func(path string, hunk []byte) bool
	// OnCommit is called as each commit's diff is reached, for progress.
	OnCommit func(hash string)
}

// RevisionError is a revision the repository does not have: a typo, or a
// base that was never fetched (a shallow CI clone has no origin/main).
type RevisionError struct {
	Rev     string
	Shallow bool // the repository is a shallow clone
	err     error
}

func (e *RevisionError) Error() string {
	msg := fmt.Sprintf("unknown revision %q", e.Rev)
	if e.Shallow {
		msg += " (this is a shallow clone)"
	}
	if e.err != nil {
		msg += ": " + e.err.Error()
	}
	return msg
}

func (e *RevisionError) Unwrap() error { return e.err }

func isShallow(repo *gitdir.Repo) bool {
	_, err := os.Stat(filepath.Join(repo.CommonDir, "shallow"))
	return err == nil
}

// Scan calls fn for every text file version each commit in revRange
// introduced, newest commit first, with the lines it added. fn is called
// from one goroutine. An unknown revision is a *RevisionError.
func Scan(ctx context.Context, repo *gitdir.Repo, revRange string, fn func(File) error) error {
	return ScanWith(ctx, repo, revRange, Options{}, fn)
}

// ScanWith is Scan with options.
func ScanWith(ctx context.Context, repo *gitdir.Repo, revRange string, opts Options, fn func(File) error) error {
	rng, err := ParseRange(revRange)
	if err != nil {
		return err
	}
	if _, err := exec.LookPath("git"); err != nil {
		return scanGoGit(ctx, repo, rng, opts, fn)
	}
	return scanCLI(ctx, repo, rng, opts, fn)
}

// Count returns how many commits revRange holds (for a progress bar).
func Count(ctx context.Context, repo *gitdir.Repo, revRange string) (int, error) {
	rng, err := ParseRange(revRange)
	if err != nil {
		return 0, err
	}
	if _, err := exec.LookPath("git"); err != nil {
		return 0, err
	}
	revs, err := resolveRange(ctx, repo, rng)
	if err != nil {
		return 0, err
	}
	out, err := runGit(ctx, repo, strings.NewReader(revs), "rev-list", "--count", "--stdin")
	if err != nil {
		return 0, err
	}
	var n int
	if _, err := fmt.Sscan(string(out), &n); err != nil {
		return 0, fmt.Errorf("git rev-list --count: %q", out)
	}
	return n, nil
}
