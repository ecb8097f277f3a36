package history

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/internal/catfile"
	"github.com/sasguard/sasguard/hook/internal/linediff"
	"github.com/sasguard/sasguard/rules"
)

// logArgs is the one git command that streams the range's diffs. Every
// setting a repository's config could turn against the parser is pinned:
// a repository is untrusted input.
var logArgs = []string{
	"-c", "diff.suppressBlankEmpty=false", // an empty context line keeps its " "
	"-c", "log.showSignature=false", // no gpg, no extra lines
	"-c", "log.showRoot=true", // a root commit's diff is shown
	"-c", "core.bigFileThreshold=2g",
	"log", "--stdin",
	"-p", "-U3", // as `git log -p` shows hunks: the context feeds the prefilter
	"--cc",         // merges: only lines new relative to every parent ("++")
	"--full-index", // whole blob ids, for cat-file
	"--find-renames=60%",
	"--diff-algorithm=myers",
	"--no-color", "--no-ext-diff", "--no-textconv", "--no-relative",
	"--src-prefix=a/", "--dst-prefix=b/",
	"--format=%x00%H %P",
}

// scanCLI reads the range through the git command.
func scanCLI(ctx context.Context, repo *gitdir.Repo, rng Range, opts Options, fn func(File) error) error {
	revs, err := resolveRange(ctx, repo, rng)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cat, err := newCatFile(ctx, repo)
	if err != nil {
		return err
	}
	defer cat.Close()

	cmd := gitCommand(ctx, repo, logArgs...)
	cmd.Stdin = strings.NewReader(revs)
	var stderr tailBuffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("git log: %w", err)
	}
	p := &parser{opts: opts, fn: fn, cat: cat}
	if err := p.run(ctx, bufio.NewReaderSize(out, 256<<10)); err != nil {
		cancel() // stop git: the parser's error is the one to report
		_ = cmd.Wait()
		return err
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("git log: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// resolveRange turns the range's revisions into full commit ids, as
// `git log --stdin` input ("ID\n^ID\n"), so an unknown one is reported by
// name and no revision can be read as an option.
func resolveRange(ctx context.Context, repo *gitdir.Repo, rng Range) (string, error) {
	var in strings.Builder
	revs := append(append([]string(nil), rng.Include...), rng.Exclude...)
	for _, r := range revs {
		if strings.ContainsAny(r, "\n\x00") {
			return "", &RevisionError{Rev: r}
		}
		in.WriteString(r + "^{commit}\n")
	}
	out, err := runGit(ctx, repo, strings.NewReader(in.String()), "cat-file", "--batch-check=%(objectname) %(objecttype)")
	if err != nil {
		return "", err
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(revs) {
		return "", fmt.Errorf("git cat-file --batch-check: %d answers for %d revisions", len(lines), len(revs))
	}
	var b strings.Builder
	for i, l := range lines {
		id, typ, _ := strings.Cut(l, " ")
		if typ != "commit" {
			return "", &RevisionError{Rev: revs[i], Shallow: isShallow(repo)}
		}
		if i >= len(rng.Include) {
			b.WriteByte('^')
		}
		b.WriteString(id + "\n")
	}
	return b.String(), nil
}

// gitCommand runs git pointed at exactly repo's git directory.
func gitCommand(ctx context.Context, repo *gitdir.Repo, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = repo.WorkTree
	if cmd.Dir == "" {
		cmd.Dir = repo.GitDir
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_PAGER", "PAGER":
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "GIT_DIR="+repo.GitDir, "GIT_PAGER=cat")
	if repo.WorkTree != "" {
		env = append(env, "GIT_WORK_TREE="+repo.WorkTree)
	}
	cmd.Env = env
	return cmd
}

func runGit(ctx context.Context, repo *gitdir.Repo, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := gitCommand(ctx, repo, args...)
	cmd.Stdin = stdin
	var stderr tailBuffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// tailBuffer keeps the last 4 KiB written: enough of git's stderr to say
// what went wrong, bounded however much it prints.
type tailBuffer struct{ b []byte }

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > 4096 {
		t.b = append(t.b[:0], t.b[len(t.b)-4096:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return string(t.b) }

// newCatFile starts a long-running `git cat-file --batch` on repo.
func newCatFile(ctx context.Context, repo *gitdir.Repo) (*catfile.Batch, error) {
	return catfile.Start(gitCommand(ctx, repo, "cat-file", "--batch"))
}

// parser reads `git log -p --cc` output line by line. It holds one file
// section and one hunk at a time.
type parser struct {
	opts Options
	fn   func(File) error
	cat  *catfile.Batch

	commit   string
	nparents int
	cols     int // prefix columns of a diff line: 1, or the parents of a merge

	sec     *section
	hunk    []byte // the current hunk's new-side lines, for the prefilter
	hunkAdd bool   // the current hunk adds a line
	line    int    // the new-side number of the next line in the hunk
	scratch []byte
}

type section struct {
	path      string
	newID     string
	parentIDs []string // the version in each parent, "" where it had none
	skip      bool     // deleted, or a submodule
	binary    bool     // git would not diff it as text
	inHunks   bool
	added     []linediff.Range
	wanted    bool // the prefilter accepted a hunk
}

func (p *parser) run(ctx context.Context, r *bufio.Reader) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := p.readLine(r)
		if len(line) > 0 || err == nil {
			if perr := p.handle(line); perr != nil {
				return perr
			}
		}
		if err == io.EOF {
			return p.endSection()
		}
		if err != nil {
			return err
		}
	}
}

// readLine returns the next line without its "\n"; a line longer than
// the buffer is gathered in scratch.
func (p *parser) readLine(r *bufio.Reader) ([]byte, error) {
	line, err := r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		p.scratch = append(p.scratch[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.ReadSlice('\n')
			p.scratch = append(p.scratch, line...)
		}
		line = p.scratch
	}
	return bytes.TrimSuffix(line, []byte{'\n'}), err
}

func (p *parser) handle(line []byte) error {
	switch {
	case len(line) > 0 && line[0] == 0: // "\0HASH PARENT..."
		if err := p.endSection(); err != nil {
			return err
		}
		f := strings.Fields(string(line[1:]))
		if len(f) == 0 {
			return fmt.Errorf("git log: unexpected commit line %q", line)
		}
		p.commit, p.nparents = f[0], max(1, len(f)-1)
		if p.opts.OnCommit != nil {
			p.opts.OnCommit(p.commit)
		}
		return nil
	case bytes.HasPrefix(line, []byte("diff --git ")):
		if err := p.endSection(); err != nil {
			return err
		}
		p.sec = &section{path: gitHeaderPath(string(line[len("diff --git "):]))}
		p.cols = 1
		return nil
	case bytes.HasPrefix(line, []byte("diff --cc ")), bytes.HasPrefix(line, []byte("diff --combined ")):
		if err := p.endSection(); err != nil {
			return err
		}
		_, rest, _ := strings.Cut(string(line), " --")
		_, name, _ := strings.Cut(rest, " ")
		p.sec = &section{path: unquote(name)}
		p.cols = p.nparents
		return nil
	}
	s := p.sec
	if s == nil {
		return nil // the blank line after a commit line
	}
	if !s.inHunks {
		return p.header(string(line))
	}
	if len(line) > p.cols && line[0] == '@' && line[1] == '@' {
		return p.startHunk(string(line))
	}
	if len(line) > 0 && line[0] == '\\' {
		return nil // "\ No newline at end of file"
	}
	added, removed := true, false
	for i := 0; i < p.cols; i++ {
		c := byte(' ')
		if i < len(line) {
			c = line[i]
		}
		switch c {
		case '-':
			removed = true
		case '+':
		default:
			added = false
		}
	}
	if removed {
		return nil // not in the new version
	}
	if added {
		p.hunkAdd = true
		if n := len(s.added); n > 0 && s.added[n-1].Last+1 == p.line {
			s.added[n-1].Last = p.line
		} else {
			s.added = append(s.added, linediff.Range{First: p.line, Last: p.line})
		}
	}
	if p.opts.Prefilter != nil && !s.wanted {
		if len(line) > p.cols {
			p.hunk = append(p.hunk, line[p.cols:]...)
		}
		p.hunk = append(p.hunk, '\n')
	}
	p.line++
	return nil
}

// header reads a file section's extended header lines.
func (p *parser) header(line string) error {
	s := p.sec
	switch {
	case strings.HasPrefix(line, "index "):
		ids, mode, _ := strings.Cut(line[len("index "):], " ")
		from, to, _ := strings.Cut(ids, "..")
		s.newID = to
		s.parentIDs = strings.Split(from, ",")
		if mode == "160000" {
			s.skip = true
		}
	case strings.HasPrefix(line, "new file mode "), strings.HasPrefix(line, "new mode "):
		if strings.HasSuffix(line, " 160000") {
			s.skip = true
		}
	case strings.HasPrefix(line, "mode "): // combined: "mode A,B..C"
		if strings.HasSuffix(line, "..160000") {
			s.skip = true
		}
	case strings.HasPrefix(line, "deleted file mode "):
		s.skip = true
	case strings.HasPrefix(line, "rename to "):
		s.path = unquote(line[len("rename to "):])
	case strings.HasPrefix(line, "+++ "):
		name := strings.TrimSuffix(line[len("+++ "):], "\t") // git adds a tab after a name with spaces
		if name == "/dev/null" {
			s.skip = true
		} else {
			s.path = strings.TrimPrefix(unquote(name), "b/")
		}
	case strings.HasPrefix(line, "Binary files "):
		s.binary = true
	case strings.HasPrefix(line, "@@"):
		s.inHunks = true
		return p.startHunk(line)
	}
	return nil
}

// startHunk reads "@@ -a,b +c,d @@" (or "@@@ -a,b -c,d +e,f @@@").
func (p *parser) startHunk(line string) error {
	p.endHunk()
	for _, f := range strings.Fields(line)[1:] {
		if strings.HasPrefix(f, "+") {
			start, _, _ := strings.Cut(f[1:], ",")
			n, err := strconv.Atoi(start)
			if err != nil {
				return fmt.Errorf("git log: bad hunk header %q", line)
			}
			p.line = max(n, 1)
			return nil
		}
	}
	return fmt.Errorf("git log: bad hunk header %q", line)
}

func (p *parser) endHunk() {
	if p.sec != nil && p.hunkAdd && !p.sec.wanted {
		p.sec.wanted = p.opts.Prefilter == nil || p.opts.Prefilter(p.sec.path, p.hunk)
	}
	p.hunk, p.hunkAdd = p.hunk[:0], false
}

// endSection hands the file to fn when it added lines worth reading.
func (p *parser) endSection() error {
	p.endHunk()
	s := p.sec
	p.sec = nil
	if s == nil || s.skip || s.newID == "" || isZero(s.newID) {
		return nil
	}
	if s.binary {
		return p.slow(s)
	}
	if len(s.added) == 0 || !s.wanted {
		return nil
	}
	raw, err := p.cat.Blob(s.newID)
	if err != nil {
		return fmt.Errorf("commit %s: %s: %w", p.commit, s.path, err)
	}
	enc, binary := rules.TextEncoding(raw)
	switch {
	case binary:
		return nil
	case enc != nil:
		return p.slow(s) // UTF-16 without NULs: git's line numbers are not the decoded ones
	}
	added := linediff.Lines{Ranges: s.added}
	if newEverywhere(s.parentIDs) {
		added = linediff.AllLines
	}
	return p.fn(File{Commit: p.commit, Path: s.path, Content: raw, Added: added})
}

// slow handles a version git did not diff as text (NULs, UTF-16, a
// -diff attribute): decoded as `sasguard scan` reads files, and diffed
// in process against each parent's version, as the go-git walker does.
func (p *parser) slow(s *section) error {
	raw, err := p.cat.Blob(s.newID)
	if err != nil {
		return fmt.Errorf("commit %s: %s: %w", p.commit, s.path, err)
	}
	content, text := rules.DecodeText(raw)
	if !text {
		return nil
	}
	added := linediff.AllLines
	for _, id := range s.parentIDs {
		if id == "" || isZero(id) {
			continue // not in this parent: every line is new to it
		}
		old, err := p.cat.Blob(id)
		if err != nil {
			return fmt.Errorf("commit %s: %s: %w", p.commit, s.path, err)
		}
		oc, text := rules.DecodeText(old)
		if !text {
			continue
		}
		a, _ := linediff.Added(oc, content)
		added = added.Intersect(a)
		if added.Empty() {
			return nil
		}
	}
	return p.fn(File{Commit: p.commit, Path: s.path, Content: content, Added: added})
}

func newEverywhere(parents []string) bool {
	for _, id := range parents {
		if !isZero(id) {
			return false
		}
	}
	return true
}

func isZero(id string) bool { return strings.Trim(id, "0") == "" }

// gitHeaderPath reads the new path from "a/OLD b/NEW" of a "diff --git"
// line. Renames also say "rename to", which wins; otherwise both names
// are the same, so an unquoted header splits in the middle.
func gitHeaderPath(s string) string {
	if strings.HasPrefix(s, `"`) || strings.HasSuffix(s, `"`) {
		if i := strings.LastIndex(s, ` "b/`); i >= 0 {
			return strings.TrimPrefix(unquote(s[i+1:]), "b/")
		}
		if i := strings.LastIndex(s, " b/"); i >= 0 {
			return s[i+3:]
		}
	}
	if n := len(s); n >= 5 && (n-5)%2 == 0 {
		return s[n-(n-5)/2:]
	}
	if i := strings.LastIndex(s, " b/"); i >= 0 {
		return s[i+3:]
	}
	return s
}

// unquote undoes git's C-style quoting of a path ("a\tb", octal bytes).
func unquote(s string) string {
	if len(s) < 2 || s[0] != '"' {
		return s
	}
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return s
}
