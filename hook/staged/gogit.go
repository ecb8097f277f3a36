package staged

import (
	"bufio"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/storage/filesystem"

	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/internal/gitindex"
)

// readGoGit compares the index with HEAD's tree using go-git's object
// storage, skipping every directory whose cache-tree hash still equals
// HEAD's tree for it.
func readGoGit(repo *gitdir.Repo) ([]Change, blobSource, error) {
	format, err := repo.ObjectFormat()
	if err != nil {
		return nil, nil, err
	}
	if format != "sha1" {
		return nil, nil, &unsupportedError{fmt.Sprintf("the repository uses %s object names, which go-git v5 cannot read", format)}
	}
	data, err := os.ReadFile(repo.IndexFile)
	if errors.Is(err, fs.ErrNotExist) {
		data = nil // nothing was ever staged
	} else if err != nil {
		return nil, nil, fmt.Errorf("reading the index: %w", err)
	}
	idx := &gitindex.Index{Trees: map[string]plumbing.Hash{}}
	if data != nil {
		if idx, err = gitindex.Parse(data); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", repo.IndexFile, err)
		}
	}
	st := repo.Storage()
	head, err := headTree(st)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	w := &walker{st: st, trees: idx.Trees}
	if err := w.dir(head, "", idx.Entries); err != nil {
		st.Close()
		return nil, nil, err
	}
	deleted, err := w.deletedFiles()
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return pairRenames(w.changes, deleted), &goGitBlobs{st: st, objects: filepath.Join(repo.CommonDir, "objects")}, nil
}

// headTree returns HEAD's tree, or the zero hash on an unborn branch (the
// first commit), where everything staged is new.
func headTree(st *filesystem.Storage) (plumbing.Hash, error) {
	ref, err := storer.ResolveReference(st, plumbing.HEAD)
	if errors.Is(err, plumbing.ErrReferenceNotFound) {
		return plumbing.ZeroHash, nil
	}
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("resolving HEAD: %w", err)
	}
	c, err := object.GetCommit(st, ref.Hash())
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("reading HEAD commit %s: %w", ref.Hash(), err)
	}
	return c.TreeHash, nil
}

type walker struct {
	st         storer.EncodedObjectStorer
	trees      map[string]plumbing.Hash // valid cache-tree entries
	changes    []Change
	deleted    []deletedFile
	deletedDir []deletedTree
}

type deletedTree struct {
	path string
	hash plumbing.Hash
}

// dir compares the index entries under dir ("" for the root; entries all
// start with dir+"/") with the HEAD tree tree (zero when dir is new).
func (w *walker) dir(tree plumbing.Hash, dir string, entries []gitindex.Entry) error {
	if !tree.IsZero() {
		if h, ok := w.trees[dir]; ok && h == tree {
			return nil // unchanged since HEAD: skip the whole subtree
		}
	}
	var inHead map[string]object.TreeEntry
	if !tree.IsZero() {
		t, err := object.GetTree(w.st, tree)
		if err != nil {
			return fmt.Errorf("reading HEAD tree for %q: %w", dir, err)
		}
		inHead = make(map[string]object.TreeEntry, len(t.Entries))
		for _, e := range t.Entries {
			inHead[e.Name] = e
		}
	}
	prefix := 0
	if dir != "" {
		prefix = len(dir) + 1
	}
	for i := 0; i < len(entries); {
		e := entries[i]
		rest := e.Path[prefix:]
		if slash := strings.IndexByte(rest, '/'); slash >= 0 {
			name := rest[:slash]
			sub := e.Path[:prefix+slash+1]
			j := i + 1
			for j < len(entries) && strings.HasPrefix(entries[j].Path, sub) {
				j++
			}
			var subTree plumbing.Hash
			if te, ok := inHead[name]; ok && te.Mode == filemode.Dir {
				subTree = te.Hash
				delete(inHead, name)
			}
			if err := w.dir(subTree, sub[:len(sub)-1], entries[i:j]); err != nil {
				return err
			}
			i = j
			continue
		}
		i++
		te, inTree := inHead[rest]
		if inTree && te.Mode != filemode.Dir {
			delete(inHead, rest)
		} else {
			inTree = false
		}
		switch {
		case e.Stage != 0, e.IntentToAdd, e.Mode == filemode.Submodule:
			continue // conflicts cannot be committed; i-t-a and gitlinks carry no content
		case inTree && te.Hash == e.Hash:
			continue // same content (a mode change adds no lines)
		}
		c := Change{Path: e.Path, NewID: e.Hash.String()}
		if inTree && te.Mode != filemode.Submodule {
			c.OldID = te.Hash.String()
		}
		w.changes = append(w.changes, c)
	}
	for name, te := range inHead {
		p := name
		if dir != "" {
			p = dir + "/" + name
		}
		switch te.Mode {
		case filemode.Dir:
			w.deletedDir = append(w.deletedDir, deletedTree{p, te.Hash})
		case filemode.Submodule:
		default:
			w.deleted = append(w.deleted, deletedFile{p, te.Hash.String()})
		}
	}
	return nil
}

// deletedFiles lists deleted files, expanding deleted directories only when
// some file was added (a directory may have been moved).
func (w *walker) deletedFiles() ([]deletedFile, error) {
	added := false
	for _, c := range w.changes {
		if c.OldID == "" {
			added = true
			break
		}
	}
	if !added {
		return nil, nil
	}
	out := w.deleted
	for _, d := range w.deletedDir {
		t, err := object.GetTree(w.st, d.hash)
		if err != nil {
			return nil, fmt.Errorf("reading HEAD tree for %q: %w", d.path, err)
		}
		err = t.Files().ForEach(func(f *object.File) error {
			if f.Mode != filemode.Submodule {
				out = append(out, deletedFile{d.path + "/" + f.Name, f.Hash.String()})
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("listing deleted %q: %w", d.path, err)
		}
	}
	return out, nil
}

// goGitBlobs reads loose objects straight from their files, which is safe
// to do in parallel, and everything else (packs, alternates) through
// go-git's storage under a lock, since its pack readers are not.
type goGitBlobs struct {
	mu      sync.Mutex
	st      *filesystem.Storage
	objects string
}

func (b *goGitBlobs) Blob(id string) ([]byte, error) {
	h := plumbing.NewHash(id)
	if data, err := b.loose(h); err == nil {
		return data, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	obj, err := b.st.EncodedObject(plumbing.BlobObject, h)
	if err != nil {
		return nil, fmt.Errorf("blob %s: %w", id, err)
	}
	r, err := obj.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	data := make([]byte, 0, obj.Size())
	buf := bytesWriter{data}
	if _, err := io.Copy(&buf, r); err != nil {
		return nil, fmt.Errorf("blob %s: %w", id, err)
	}
	return buf.b, nil
}

// loose reads a loose object: zlib-compressed "blob SIZE\0CONTENT". It
// reuses inflaters across calls (a fresh one allocates tens of kilobytes)
// and does not re-hash the content, which git already did when it wrote it.
func (b *goGitBlobs) loose(h plumbing.Hash) ([]byte, error) {
	hex := h.String()
	f, err := os.Open(filepath.Join(b.objects, hex[:2], hex[2:]))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	in := inflaters.Get().(*inflater)
	defer inflaters.Put(in)
	in.file.Reset(f)
	if in.zlib == nil {
		if in.zlib, err = zlib.NewReader(in.file); err != nil {
			return nil, fmt.Errorf("loose object %s: %w", hex, err)
		}
	} else if err := in.zlib.(zlib.Resetter).Reset(in.file, nil); err != nil {
		return nil, fmt.Errorf("loose object %s: %w", hex, err)
	}
	in.out.Reset(in.zlib)
	header, err := in.out.ReadSlice(0)
	if err != nil {
		return nil, fmt.Errorf("loose object %s: bad header: %w", hex, err)
	}
	kind, sizeText, ok := strings.Cut(string(header[:len(header)-1]), " ")
	size, err := strconv.ParseInt(sizeText, 10, 64)
	if !ok || err != nil || size < 0 {
		return nil, fmt.Errorf("loose object %s: bad header %q", hex, header)
	}
	if kind != "blob" {
		return nil, fmt.Errorf("object %s is a %s, not a blob", hex, kind)
	}
	data := make([]byte, size)
	if _, err := io.ReadFull(in.out, data); err != nil {
		return nil, fmt.Errorf("loose object %s: %w", hex, err)
	}
	return data, nil
}

type inflater struct {
	file *bufio.Reader // the compressed file; zlib wants a ByteReader
	zlib io.ReadCloser
	out  *bufio.Reader // the inflated stream, to read the header
}

var inflaters = sync.Pool{New: func() any {
	return &inflater{file: bufio.NewReaderSize(nil, 32<<10), out: bufio.NewReaderSize(nil, 32<<10)}
}}

func (b *goGitBlobs) Close() error { return b.st.Close() }

type bytesWriter struct{ b []byte }

func (w *bytesWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}
