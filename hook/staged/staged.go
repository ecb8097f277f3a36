// Package staged reads what a commit is about to record: each file whose
// staged blob differs from HEAD, its staged content (from the index, never
// the work tree, so `git add -p` is honoured), and which of its lines are
// added. It reads with go-git and falls back to the git command for
// repositories go-git cannot read (split or sparse index, SHA-256).
package staged

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"runtime"
	"sync"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/internal/gitindex"
	"github.com/sasguard/sasguard/hook/internal/linediff"
	"github.com/sasguard/sasguard/rules"
)

// Change is one path whose staged blob differs from HEAD. Deletions,
// submodules (gitlinks) and pure renames are not changes: they add no lines.
type Change struct {
	Path    string // slash-separated, relative to the work tree top
	OldPath string // the path in HEAD when this is a rename; "" otherwise
	NewID   string // staged blob
	OldID   string // blob in HEAD to diff against; "" for a new file
	// guessed marks a rename paired by file name rather than by git; it is
	// confirmed only if the two versions share at least half their lines.
	guessed bool
}

// File is a staged text file with the lines the commit adds.
type File struct {
	Path    string
	Content []byte         // the whole staged blob
	Added   linediff.Lines // lines of Content the commit adds or changes
}

// blobSource reads blobs by id; safe for concurrent use.
type blobSource interface {
	Blob(id string) ([]byte, error)
	Close() error
}

// Options tune Scan.
type Options struct {
	// Workers read and diff blobs in parallel; 0 means GOMAXPROCS.
	Workers int
	// OnFallback is called, with why, before Scan starts over with the git
	// command. Files already passed to fn must be forgotten.
	OnFallback func(reason string)
}

// Info says how the index was read.
type Info struct {
	Backend  string   // "go-git" or "git"
	Fallback string   // why go-git was not used; "" when it was
	Changes  int      // changed paths considered
	Paths    []string // the changed paths (slash-separated, from the work tree top)
	Binary   int      // changed paths skipped as binary
}

// Scan calls fn, possibly from several goroutines at once, for every staged
// text file that adds lines. When go-git cannot read the repository it
// starts over with the git command; when that fails too it returns an error
// and the hook must fail closed.
func Scan(repo *gitdir.Repo, opts Options, fn func(File) error) (Info, error) {
	info := Info{Backend: "go-git"}
	err := scanWith(readGoGit, repo, opts.Workers, &info, fn)
	var fnErr *callbackError
	switch {
	case err == nil:
		return info, nil
	case errors.As(err, &fnErr):
		return info, fnErr.err
	}
	reason := err.Error()
	// The git command is for formats the reader does not support, never
	// for an index it found corrupt: git reads a cut-short index without
	// checking it and lists less than is staged. Fail closed instead.
	if !isUnsupported(err) {
		return info, fmt.Errorf("cannot verify the staged changes: %s; sasguard does not guess what is staged (run `git status` to see whether git can read the index)", reason)
	}
	if err := verifyIndex(repo); err != nil {
		return info, fmt.Errorf("%s, and the index cannot be verified: %w", reason, err)
	}
	if opts.OnFallback != nil {
		opts.OnFallback(reason)
	}
	info = Info{Backend: "git", Fallback: reason}
	err = scanWith(readCLI, repo, opts.Workers, &info, fn)
	switch {
	case err == nil:
		return info, nil
	case errors.As(err, &fnErr):
		return info, fnErr.err
	}
	return info, fmt.Errorf("go-git could not read the staged changes (%s), and neither could the git command: %w", reason, err)
}

// scanWith lists the staged changes with read and hands their files to fn.
func scanWith(read func(*gitdir.Repo) ([]Change, blobSource, error), repo *gitdir.Repo, workers int, info *Info, fn func(File) error) error {
	changes, src, err := read(repo)
	if err != nil {
		return err
	}
	defer src.Close()
	return files(changes, src, workers, info, fn)
}

// callbackError marks an error returned by the caller's fn, which must not
// trigger the fallback.
type callbackError struct{ err error }

func (e *callbackError) Error() string { return e.err.Error() }

// files reads each change's blobs in parallel, skips binaries, works out
// the added lines and hands text files with additions to fn.
func files(changes []Change, src blobSource, workers int, info *Info, fn func(File) error) error {
	info.Changes = len(changes)
	info.Paths = make([]string, len(changes))
	for i, c := range changes {
		info.Paths[i] = c.Path
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(changes), 1))
	var (
		mu       sync.Mutex
		firstErr error
		next     int
		wg       sync.WaitGroup
	)
	take := func() (Change, bool) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr != nil || next >= len(changes) {
			return Change{}, false
		}
		c := changes[next]
		next++
		return c, true
	}
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c, ok := take()
				if !ok {
					return
				}
				if c.OldID == c.NewID {
					continue // same content under another name: nothing added
				}
				f, binary, err := load(c, src)
				if err != nil {
					fail(err)
					return
				}
				if binary {
					mu.Lock()
					info.Binary++
					mu.Unlock()
					continue
				}
				if f.Added.Empty() {
					continue
				}
				if err := fn(f); err != nil {
					fail(&callbackError{err})
					return
				}
			}
		}()
	}
	wg.Wait()
	return firstErr
}

// load reads a change's staged blob and diffs it against the old one. Both
// are read as `sasguard scan` reads files (rules.DecodeText): UTF-16, which
// Windows tools write, is decoded rather than skipped as binary, so the hook
// cannot pass what scan would block.
func load(c Change, src blobSource) (File, bool, error) {
	raw, err := src.Blob(c.NewID)
	if err != nil {
		return File{}, false, fmt.Errorf("reading staged %s: %w", c.Path, err)
	}
	content, text := rules.DecodeText(raw)
	if !text {
		return File{}, true, nil
	}
	f := File{Path: c.Path, Content: content, Added: linediff.AllLines}
	if c.OldID == "" {
		return f, false, nil
	}
	rawOld, err := src.Blob(c.OldID)
	if err != nil {
		return File{}, false, fmt.Errorf("reading %s in HEAD: %w", orPath(c.OldPath, c.Path), err)
	}
	old, text := rules.DecodeText(rawOld)
	if !text {
		return f, false, nil
	}
	added, similar := linediff.Added(old, content)
	if c.guessed && similar < 0.5 {
		return f, false, nil // not the same file after all: all of it is new
	}
	f.Added = added
	return f, false, nil
}

func orPath(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// pairRenames drops additions whose blob was deleted elsewhere (pure
// renames add nothing) and pairs the remaining additions with a deleted file
// of the same name, to diff against if they turn out similar.
func pairRenames(changes []Change, deleted []deletedFile) []Change {
	if len(deleted) == 0 {
		return changes
	}
	byID := map[string]string{}
	byBase := map[string][]deletedFile{}
	for _, d := range deleted {
		byID[d.id] = d.path
		byBase[path.Base(d.path)] = append(byBase[path.Base(d.path)], d)
	}
	out := changes[:0]
	for _, c := range changes {
		if c.OldID == "" {
			if old, ok := byID[c.NewID]; ok {
				// A pure rename: it adds no lines, but it is staged, so
				// it is listed (Info.Paths) as git's own diff lists it.
				c.OldID, c.OldPath = c.NewID, old
				out = append(out, c)
				continue
			}
			if cands := byBase[path.Base(c.Path)]; len(cands) == 1 {
				c.OldID, c.OldPath, c.guessed = cands[0].id, cands[0].path, true
			}
		}
		out = append(out, c)
	}
	return out
}

type deletedFile struct{ path, id string }

// unsupportedError is a repository format the go-git reader does not read
// (another object hash), as gitindex.UnsupportedError is an index format.
type unsupportedError struct{ reason string }

func (e *unsupportedError) Error() string { return e.reason }

func isUnsupported(err error) bool {
	var ie *gitindex.UnsupportedError
	var re *unsupportedError
	return errors.As(err, &ie) || errors.As(err, &re)
}

// verifyIndex checks the index file's checksum before the git command
// reads it: git does not, by default.
func verifyIndex(repo *gitdir.Repo) error {
	data, err := os.ReadFile(repo.IndexFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	format, err := repo.ObjectFormat()
	if err != nil {
		return err
	}
	return gitindex.Verify(data, format == "sha256")
}
