// Package gitindex reads git's index file (what is staged) including the
// cache-tree extension, which records the tree hash of every directory that
// has not changed since the last write-tree. The hook uses those hashes to
// skip unchanged subtrees when comparing the index with HEAD.
//
// go-git's own index decoder is not enough here: it drops invalidated
// cache-tree entries (losing which directory each remaining hash belongs to)
// and rejects the all-zero checksum that index.skipHash writes.
package gitindex

import (
	"bytes"
	"crypto/sha1"
	cryptosha256 "crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
)

// Entry is one path in the index.
type Entry struct {
	Path         string // slash-separated, relative to the work tree top
	Mode         filemode.FileMode
	Hash         plumbing.Hash
	Stage        int  // 0 normally; 1-3 for an unresolved merge conflict
	IntentToAdd  bool // `git add -N`: recorded but not staged, nothing to commit
	SkipWorktree bool // sparse checkout: not in the work tree, staged as in HEAD
}

// Index is a parsed index file.
type Index struct {
	Version int
	Entries []Entry // sorted by path, as git writes them
	// Trees maps a directory ("" for the root, else "a/b") to its tree hash,
	// for the directories whose cache-tree entry is still valid.
	Trees map[string]plumbing.Hash
}

// UnsupportedError says the index uses a feature this reader does not
// handle (split index, sparse index, another hash); the caller falls back to
// the git command.
type UnsupportedError struct{ Reason string }

func (e *UnsupportedError) Error() string { return "index: " + e.Reason }

// Verify checks what git itself does not by default: that data is a whole
// index file, its trailing checksum (SHA-1, or SHA-256 when sha256) equal
// to the hash of the rest. An all-zero checksum (index.skipHash) cannot be
// checked and passes. A file cut short fails here even when its format is
// one Parse does not read, so the hook never hands a truncated index to a
// fallback that would read it without complaint.
func Verify(data []byte, sha256 bool) error {
	n := hashLen
	if sha256 {
		n = 32
	}
	if len(data) < headerLen+n {
		return corrupt("%d bytes is too short", len(data))
	}
	if !bytes.Equal(data[:4], []byte("DIRC")) {
		return corrupt("bad signature")
	}
	body, sum := data[:len(data)-n], data[len(data)-n:]
	if allZero(sum) {
		return nil
	}
	var got []byte
	if sha256 {
		h := cryptosha256.Sum256(body)
		got = h[:]
	} else {
		h := sha1.Sum(body)
		got = h[:]
	}
	if !bytes.Equal(got, sum) {
		return corrupt("checksum mismatch: the file was cut short or changed after git wrote it")
	}
	return nil
}

// ErrCorrupt is wrapped by errors about malformed index files.
var ErrCorrupt = errors.New("index file is corrupt")

func corrupt(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
}

const (
	hashLen      = 20
	headerLen    = 12
	entryFixed   = 62 // ctime, mtime, dev, ino, mode, uid, gid, size, sha-1, flags
	flagExtended = 0x4000
	flagStage    = 0x3000
	nameMask     = 0x0fff
	extIntent    = 1 << 13
	extSkip      = 1 << 14
)

// Parse decodes an index file held in memory.
func Parse(data []byte) (*Index, error) {
	if len(data) < headerLen+hashLen {
		return nil, corrupt("%d bytes is too short", len(data))
	}
	if !bytes.Equal(data[:4], []byte("DIRC")) {
		return nil, corrupt("bad signature")
	}
	version := int(binary.BigEndian.Uint32(data[4:8]))
	if version < 2 || version > 4 {
		return nil, &UnsupportedError{Reason: fmt.Sprintf("index version %d", version)}
	}
	body, sum := data[:len(data)-hashLen], data[len(data)-hashLen:]
	// index.skipHash (feature.manyFiles) writes an all-zero checksum.
	if !allZero(sum) {
		got := sha1.Sum(body)
		if !bytes.Equal(got[:], sum) {
			return nil, corrupt("checksum mismatch (or a SHA-256 repository)")
		}
	}
	count := int(binary.BigEndian.Uint32(data[8:12]))
	// The header's count is not trusted for allocation: an entry takes at
	// least entryFixed bytes.
	idx := &Index{Version: version, Entries: make([]Entry, 0, min(count, len(body)/entryFixed)), Trees: map[string]plumbing.Hash{}}
	off := headerLen
	prev := ""
	for i := 0; i < count; i++ {
		start := off
		if off+entryFixed > len(body) {
			return nil, corrupt("entry %d runs past the end", i)
		}
		var e Entry
		e.Mode = filemode.FileMode(binary.BigEndian.Uint32(body[off+24 : off+28]))
		copy(e.Hash[:], body[off+40:off+60])
		flags := binary.BigEndian.Uint16(body[off+60 : off+62])
		e.Stage = int(flags&flagStage) >> 12
		off += entryFixed
		if flags&flagExtended != 0 {
			if version < 3 || off+2 > len(body) {
				return nil, corrupt("entry %d has extended flags in version %d", i, version)
			}
			ext := binary.BigEndian.Uint16(body[off : off+2])
			e.IntentToAdd = ext&extIntent != 0
			e.SkipWorktree = ext&extSkip != 0
			off += 2
		}
		if version == 4 {
			strip, n := varint(body[off:])
			if n <= 0 || strip > len(prev) {
				return nil, corrupt("entry %d has a bad name prefix", i)
			}
			off += n
			end := bytes.IndexByte(body[off:], 0)
			if end < 0 {
				return nil, corrupt("entry %d name is not terminated", i)
			}
			e.Path = prev[:len(prev)-strip] + string(body[off:off+end])
			off += end + 1
		} else {
			nameLen := int(flags & nameMask)
			end := bytes.IndexByte(body[off:], 0)
			if end < 0 || (nameLen < nameMask && end != nameLen) {
				return nil, corrupt("entry %d name length", i)
			}
			e.Path = string(body[off : off+end])
			// 1 to 8 NULs pad the entry to a multiple of 8 bytes.
			off = start + (off-start+end+8)&^7
			if off > len(body) {
				return nil, corrupt("entry %d padding runs past the end", i)
			}
		}
		if e.Mode == filemode.Dir {
			return nil, &UnsupportedError{Reason: "sparse index (directory entries)"}
		}
		prev = e.Path
		idx.Entries = append(idx.Entries, e)
	}
	for off < len(body) {
		if off+8 > len(body) {
			return nil, corrupt("truncated extension header")
		}
		sig := body[off : off+4]
		size := int(binary.BigEndian.Uint32(body[off+4 : off+8]))
		off += 8
		if size < 0 || off+size > len(body) {
			return nil, corrupt("extension %q runs past the end", sig)
		}
		ext := body[off : off+size]
		off += size
		switch string(sig) {
		case "TREE":
			if err := parseTree(ext, idx.Trees); err != nil {
				return nil, err
			}
		case "link":
			return nil, &UnsupportedError{Reason: "split index (core.splitIndex)"}
		case "sdir":
			return nil, &UnsupportedError{Reason: "sparse index (index.sparse)"}
		default:
			// Upper-case extensions are optional caches; lower-case ones
			// change the meaning of the entries and must be understood.
			if sig[0] < 'A' || sig[0] > 'Z' {
				return nil, &UnsupportedError{Reason: fmt.Sprintf("index extension %q", sig)}
			}
		}
	}
	return idx, nil
}

// parseTree decodes the cache-tree extension: a pre-order list of
// "name NUL entry_count SP subtree_count LF [hash]", where entry_count -1
// marks a directory changed since the last write-tree (no hash follows).
func parseTree(data []byte, out map[string]plumbing.Hash) error {
	var walk func(prefix string) error
	walk = func(prefix string) error {
		nul := bytes.IndexByte(data, 0)
		if nul < 0 {
			return corrupt("cache-tree name")
		}
		name := string(data[:nul])
		data = data[nul+1:]
		sp := bytes.IndexByte(data, ' ')
		if sp < 0 {
			return corrupt("cache-tree entry count")
		}
		entries, err := strconv.Atoi(string(data[:sp]))
		if err != nil {
			return corrupt("cache-tree entry count %q", data[:sp])
		}
		data = data[sp+1:]
		lf := bytes.IndexByte(data, '\n')
		if lf < 0 {
			return corrupt("cache-tree subtree count")
		}
		subtrees, err := strconv.Atoi(string(data[:lf]))
		if err != nil || subtrees < 0 {
			return corrupt("cache-tree subtree count %q", data[:lf])
		}
		data = data[lf+1:]
		path := name
		if prefix != "" {
			path = prefix + "/" + name
		}
		if entries >= 0 {
			if len(data) < hashLen {
				return corrupt("cache-tree hash")
			}
			var h plumbing.Hash
			copy(h[:], data[:hashLen])
			out[path] = h
			data = data[hashLen:]
		}
		for i := 0; i < subtrees; i++ {
			if err := walk(path); err != nil {
				return err
			}
		}
		return nil
	}
	if len(data) == 0 {
		return nil
	}
	// The root entry has an empty name; its children are named from "".
	return walk("")
}

// varint decodes git's offset encoding used by index v4 path compression.
func varint(b []byte) (int, int) {
	if len(b) == 0 {
		return 0, 0
	}
	c := b[0]
	val := int(c & 0x7f)
	n := 1
	for c&0x80 != 0 {
		if n >= len(b) || n > 8 {
			return 0, -1
		}
		c = b[n]
		n++
		val = ((val + 1) << 7) | int(c&0x7f)
	}
	return val, n
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
