package main

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// walkFile is one file `sasguard scan` will read.
type walkFile struct {
	abs     string // absolute OS path, to open and to make the engine's path
	display string // slash-separated path as the user wrote it, for output
}

// walkProblem is a file or directory the walk could not read. The scan goes
// on without it and says so on stderr.
type walkProblem struct {
	display string
	err     error
}

// walkSet lists the files under the paths given on the command line the way
// git would see them: .gitignore files (nested ones too) and
// .git/info/exclude are respected, .git is skipped, and hidden files such as
// .env and .github/ are kept, because secrets like to hide there. A path
// named on the command line is scanned even when it is ignored.
type walkSet struct {
	files    []walkFile
	problems []walkProblem
	seen     map[string]bool // absolute paths already listed, so `scan . src` reads src once
	// out, when set, is sent each file as it is listed, so that scanning
	// can start before the walk ends.
	out chan<- walkFile
}

// add lists arg (a file or a directory). It returns an error only when arg
// itself cannot be found or read: that is the user's mistake, not the tree's.
func (w *walkSet) add(arg string) error {
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	info, err := walkStatArg(arg)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(arg)
	if err != nil {
		return err
	}
	display := filepath.ToSlash(filepath.Clean(arg))
	switch {
	case info.Mode().IsRegular():
		w.addFile(abs, display)
	case info.IsDir():
		base := walkGitRoot(abs)
		if base == "" {
			base = abs // not in a repository: the tree's own .gitignore files still apply
		}
		parts := walkParts(base, abs)
		patterns := walkAncestorPatterns(base, parts)
		if len(parts) > 0 && gitignore.NewMatcher(patterns).Match(parts, true) {
			// The user named an ignored directory: scan it as if it were
			// not ignored, honouring only the .gitignore files inside it.
			patterns = nil
		}
		w.walkDir(abs, display, parts, patterns)
	}
	return nil
}

// walkStatArg checks a path named on the command line: it must exist and be
// a regular file or a directory (a symlink the user named is followed on
// purpose).
func walkStatArg(arg string) (fs.FileInfo, error) {
	info, err := os.Stat(arg)
	if err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		err = errors.New("not a regular file or directory")
	}
	return info, err
}

func (w *walkSet) addFile(abs, display string) {
	if w.seen[abs] {
		return
	}
	w.seen[abs] = true
	f := walkFile{abs: abs, display: display}
	w.files = append(w.files, f)
	if w.out != nil {
		w.out <- f
	}
}

// walkDir lists dir's files. parts is dir relative to the ignore base (the
// repository root), split on slashes, which is how gitignore patterns match.
// patterns are those of the base and every directory above dir, lowest
// priority first; dir's own .gitignore is added here.
func (w *walkSet) walkDir(dir, display string, parts []string, patterns []gitignore.Pattern) {
	own, err := walkReadPatterns(filepath.Join(dir, ".gitignore"), parts)
	if err != nil {
		w.problems = append(w.problems, walkProblem{walkJoin(display, ".gitignore"), err})
	}
	if len(own) > 0 {
		// A fresh slice: sibling directories must not see each other's patterns.
		patterns = append(patterns[:len(patterns):len(patterns)], own...)
	}
	match := gitignore.NewMatcher(patterns)

	entries, err := os.ReadDir(dir)
	if err != nil {
		w.problems = append(w.problems, walkProblem{display, walkCause(err)})
		return
	}
	for _, e := range entries {
		name := e.Name()
		if name == ".git" {
			continue
		}
		path := append(parts[:len(parts):len(parts)], name)
		switch t := e.Type(); {
		case t.IsDir():
			if !match.Match(path, true) {
				w.walkDir(filepath.Join(dir, name), walkJoin(display, name), path, patterns)
			}
		case t.IsRegular():
			if !match.Match(path, false) {
				w.addFile(filepath.Join(dir, name), walkJoin(display, name))
			}
		default:
			// Symlinks, sockets, devices: git stores a symlink as its target's
			// name, not its content, and following links could leave the tree.
		}
	}
}

// walkAncestorPatterns reads .git/info/exclude and the .gitignore files of
// base and each directory between it and the walk's start (parts), so
// `sasguard scan sub/dir` honours the repository root's .gitignore. The
// start directory's own .gitignore is read by walkDir.
func walkAncestorPatterns(base string, parts []string) []gitignore.Pattern {
	ps, _ := walkReadPatterns(filepath.Join(base, ".git", "info", "exclude"), nil)
	dir := base
	for i := range parts {
		more, _ := walkReadPatterns(filepath.Join(dir, ".gitignore"), parts[:i])
		ps = append(ps, more...)
		dir = filepath.Join(dir, parts[i])
	}
	return ps
}

// walkReadPatterns parses one ignore file; a missing file has no patterns.
func walkReadPatterns(path string, domain []string) ([]gitignore.Pattern, error) {
	f, _, err := openRegular(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, walkCause(err)
	}
	defer f.Close()
	var ps []gitignore.Pattern
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r") // a .gitignore written on Windows
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		ps = append(ps, gitignore.ParsePattern(line, domain))
	}
	return ps, sc.Err()
}

// walkGitRoot returns the directory above (or at) dir that holds .git, or "".
func walkGitRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// walkParts splits dir relative to base into path elements.
func walkParts(base, dir string) []string {
	rel, err := filepath.Rel(base, dir)
	if err != nil || rel == "." {
		return nil
	}
	return strings.Split(filepath.ToSlash(rel), "/")
}

func walkJoin(display, name string) string {
	if display == "." {
		return name
	}
	if strings.HasSuffix(display, "/") {
		return display + name
	}
	return display + "/" + name
}

// walkCause drops the path from an *fs.PathError: messages put the path first
// themselves ("path: permission denied").
func walkCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
