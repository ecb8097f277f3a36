package history

import (
	"context"
	"errors"
	"fmt"
	"io"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/storage/filesystem"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/internal/linediff"
	"github.com/sasguard/sasguard/rules"
)

// scanGoGit is the walker sasguard used before it read history through the
// git command: it diffs each commit's trees in process with go-git. It
// stays for machines without git (SHA-1 repositories only) and as the
// oracle the tests hold the git-command path to.
func scanGoGit(ctx context.Context, repo *gitdir.Repo, rng Range, opts Options, fn func(File) error) error {
	format, err := repo.ObjectFormat()
	if err != nil {
		return err
	}
	if format != "sha1" {
		return fmt.Errorf("the repository uses %s object names, which go-git v5 cannot read", format)
	}
	st := repo.Storage()
	defer st.Close()
	r, err := git.Open(readOnly{st}, nil)
	if err != nil {
		return fmt.Errorf("opening %s: %w", repo.GitDir, err)
	}
	resolve := func(rev string) (plumbing.Hash, error) {
		h, err := r.ResolveRevision(plumbing.Revision(rev))
		if err != nil {
			return plumbing.ZeroHash, &RevisionError{Rev: rev, Shallow: isShallow(repo), err: err}
		}
		return *h, nil
	}
	// Like git, treat the commits at a shallow clone's edge as roots.
	edge, err := st.Shallow()
	if err != nil {
		return fmt.Errorf("reading the shallow-clone list: %w", err)
	}
	shallow := map[plumbing.Hash]bool{}
	for _, h := range edge {
		shallow[h] = true
	}
	excluded := map[plumbing.Hash]bool{}
	for _, rev := range rng.Exclude {
		h, err := resolve(rev)
		if err != nil {
			return err
		}
		if err := ancestors(st, h, shallow, excluded); err != nil {
			return err
		}
	}
	var starts []plumbing.Hash
	for _, rev := range rng.Include {
		h, err := resolve(rev)
		if err != nil {
			return err
		}
		starts = append(starts, h)
	}
	commits, err := walk(st, starts, shallow, excluded)
	if err != nil {
		return err
	}
	for _, c := range commits {
		if err := ctx.Err(); err != nil {
			return err
		}
		if opts.OnCommit != nil {
			opts.OnCommit(c.Hash.String())
		}
		if err := commitFiles(ctx, st, c, shallow[c.Hash], fn); err != nil {
			return fmt.Errorf("commit %s: %w", c.Hash, err)
		}
	}
	return nil
}

// ancestors adds h and everything reachable from it to seen.
func ancestors(st *filesystem.Storage, h plumbing.Hash, shallow, seen map[plumbing.Hash]bool) error {
	stack := []plumbing.Hash{h}
	for len(stack) > 0 {
		h := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[h] {
			continue
		}
		seen[h] = true
		c, err := object.GetCommit(st, h)
		if errors.Is(err, plumbing.ErrObjectNotFound) {
			continue // beyond a shallow clone's edge
		}
		if err != nil {
			return fmt.Errorf("reading commit %s: %w", h, err)
		}
		if !shallow[h] {
			stack = append(stack, c.ParentHashes...)
		}
	}
	return nil
}

// walk lists the commits reachable from starts and not excluded, newest
// first by committer time.
func walk(st *filesystem.Storage, starts []plumbing.Hash, shallow, excluded map[plumbing.Hash]bool) ([]*object.Commit, error) {
	seen := map[plumbing.Hash]bool{}
	var out []*object.Commit
	stack := append([]plumbing.Hash(nil), starts...)
	for len(stack) > 0 {
		h := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[h] || excluded[h] {
			continue
		}
		seen[h] = true
		c, err := object.GetCommit(st, h)
		if errors.Is(err, plumbing.ErrObjectNotFound) && len(out) > 0 {
			continue // beyond a shallow clone's edge
		}
		if err != nil {
			return nil, fmt.Errorf("reading commit %s: %w", h, err)
		}
		out = append(out, c)
		if !shallow[h] {
			stack = append(stack, c.ParentHashes...)
		}
	}
	sortNewestFirst(out)
	return out, nil
}

func sortNewestFirst(cs []*object.Commit) {
	// Insertion-stable sort by committer time; ties keep walk order.
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].Committer.When.After(cs[j-1].Committer.When); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// commitFiles diffs c against its first parent (the empty tree for a root
// commit or one at a shallow clone's edge) and, for a merge, keeps only lines new relative to every parent,
// so a merge reports only what it added itself.
func commitFiles(ctx context.Context, st storer.EncodedObjectStorer, c *object.Commit, shallowEdge bool, fn func(File) error) error {
	tree, err := c.Tree()
	if err != nil {
		return err
	}
	var parents []*object.Tree
	parentHashes := c.ParentHashes
	if shallowEdge {
		parentHashes = nil // its parents were not fetched: everything in it is new here
	}
	for _, ph := range parentHashes {
		pc, err := object.GetCommit(st, ph)
		if errors.Is(err, plumbing.ErrObjectNotFound) {
			return fmt.Errorf("its parent %s is missing, as at the edge of a shallow clone: fetch more history (git fetch --deepen=100, or fetch-depth: 0 in CI) or start the range later", ph)
		}
		if err != nil {
			return fmt.Errorf("reading parent %s: %w", ph, err)
		}
		pt, err := pc.Tree()
		if err != nil {
			return err
		}
		parents = append(parents, pt)
	}
	var first *object.Tree
	if len(parents) > 0 {
		first = parents[0]
	}
	changes, err := object.DiffTreeWithOptions(ctx, first, tree, object.DefaultDiffTreeOptions)
	if err != nil {
		return err
	}
	for _, ch := range changes {
		if ch.To.Name == "" || ch.To.TreeEntry.Mode == filemode.Submodule || ch.To.TreeEntry.Mode == filemode.Dir {
			continue // deleted, or a submodule: nothing added here
		}
		content, text, err := textBlob(st, ch.To.TreeEntry.Hash)
		if err != nil {
			return fmt.Errorf("%s: %w", ch.To.Name, err)
		}
		if !text {
			continue // binary
		}
		added := linediff.AllLines
		if ch.From.Name != "" && ch.From.TreeEntry.Mode != filemode.Submodule {
			old, text, err := textBlob(st, ch.From.TreeEntry.Hash)
			if err != nil {
				return fmt.Errorf("%s: %w", ch.From.Name, err)
			}
			if text {
				added, _ = linediff.Added(old, content)
			}
		}
		for _, pt := range parents[min(1, len(parents)):] {
			if added.Empty() {
				break
			}
			f, err := pt.File(ch.To.Name)
			if errors.Is(err, object.ErrFileNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			old, _, err := textBlob(st, f.Hash)
			if err != nil {
				return err
			}
			a, _ := linediff.Added(old, content)
			added = added.Intersect(a)
		}
		if added.Empty() {
			continue
		}
		if err := fn(File{Commit: c.Hash.String(), Path: ch.To.Name, Content: content, Added: added}); err != nil {
			return err
		}
	}
	return nil
}

// textBlob reads a blob as `sasguard scan` reads a file (rules.DecodeText):
// UTF-16 decoded, text false for binary.
func textBlob(st storer.EncodedObjectStorer, h plumbing.Hash) ([]byte, bool, error) {
	raw, err := blob(st, h)
	if err != nil {
		return nil, false, err
	}
	content, text := rules.DecodeText(raw)
	return content, text, nil
}

func blob(st storer.EncodedObjectStorer, h plumbing.Hash) ([]byte, error) {
	b, err := object.GetBlob(st, h)
	if err != nil {
		return nil, err
	}
	r, err := b.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// readOnly hides the repository's [extensions] from go-git's open check:
// go-git refuses extensions such as worktreeConfig that only matter to
// writers, while reading commits and blobs is unaffected. SHA-256
// repositories are rejected before this point.
type readOnly struct{ *filesystem.Storage }

func (s readOnly) Config() (*config.Config, error) {
	cfg, err := s.Storage.Config()
	if err != nil || cfg.Raw == nil || !cfg.Raw.HasSection("extensions") {
		return cfg, err
	}
	cfg.Raw.RemoveSection("extensions")
	return cfg, nil
}
