// Package safefile is the one way sasguard writes a file: atomically (a
// temporary file in the same directory, synced, then renamed over the
// target), with an explicit mode, never through a symbolic link, and never
// outside the root it is given. A secret written to .env must not land in
// a file a symlink points at, maybe in another repository or a shared
// directory; so a link anywhere between the root and the file is refused,
// not followed.
package safefile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrSymlink is wrapped by the error Write, Create and Read return when the
// file or a directory on the way to it is a symbolic link.
var ErrSymlink = errors.New("is a symbolic link; sasguard does not write through links")

// Write replaces root/name with data and gives it mode perm, whatever the
// old file's mode was. name is relative to root (slash- or OS-separated).
// A reader sees the old content or the new, never half.
func Write(root, name string, data []byte, perm fs.FileMode) error {
	return write(root, name, data, perm, false)
}

// Create is Write for a file that must not exist yet: it fails with an
// error wrapping fs.ErrExist, and the existing file is left alone.
func Create(root, name string, data []byte, perm fs.FileMode) error {
	return write(root, name, data, perm, true)
}

// WritePath is Write for an absolute or relative path, with its directory
// as the root: the file itself must not be a link.
func WritePath(path string, data []byte, perm fs.FileMode) error {
	return Write(filepath.Dir(path), filepath.Base(path), data, perm)
}

// Read returns root/name's content and mode; exists is false (and err nil)
// when it is missing. Links are refused as Write refuses them, so a caller
// never reads one file and then writes another.
func Read(root, name string) (data []byte, perm fs.FileMode, exists bool, err error) {
	r, rel, err := open(root, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, false, nil
	}
	if err != nil {
		return nil, 0, false, err
	}
	defer r.Close()
	info, err := r.Lstat(rel)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, false, nil
	}
	if err != nil {
		return nil, 0, false, describe("reading", root, rel, err)
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		return nil, 0, false, fmt.Errorf("%s %w", display(root, rel), ErrSymlink)
	}
	if !info.Mode().IsRegular() {
		return nil, 0, false, fmt.Errorf("%s is not a regular file", display(root, rel))
	}
	data, err = r.ReadFile(rel)
	if err != nil {
		return nil, 0, false, describe("reading", root, rel, err)
	}
	return data, info.Mode().Perm(), true, nil
}

func write(root, name string, data []byte, perm fs.FileMode, exclusive bool) (err error) {
	r, rel, err := open(root, name)
	if err != nil {
		return err
	}
	defer r.Close()
	info, err := r.Lstat(rel)
	switch {
	case err == nil && info.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s %w", display(root, rel), ErrSymlink)
	case err == nil && exclusive:
		return fmt.Errorf("%s: %w", display(root, rel), fs.ErrExist)
	case err == nil && !info.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file", display(root, rel))
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return describe("writing", root, rel, err)
	}

	dir := filepath.Dir(rel)
	var suffix [6]byte
	_, _ = rand.Read(suffix[:])
	tmp := filepath.Join(dir, "."+filepath.Base(rel)+".sasguard-"+hex.EncodeToString(suffix[:]))
	f, err := r.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return describe("writing", root, rel, err)
	}
	renamed := false
	defer func() {
		if !renamed {
			f.Close()
			r.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return describe("writing", root, rel, err)
	}
	// Chmod after create: the umask must not loosen or tighten the mode.
	if err := f.Chmod(perm); err != nil {
		return describe("writing", root, rel, err)
	}
	if err := f.Sync(); err != nil {
		return describe("writing", root, rel, err)
	}
	if err := f.Close(); err != nil {
		return describe("writing", root, rel, err)
	}
	if exclusive {
		// A hard link fails if name appeared meanwhile: nothing is clobbered.
		if err := r.Link(tmp, rel); err != nil {
			return describe("writing", root, rel, err)
		}
		r.Remove(tmp)
	} else if err := r.Rename(tmp, rel); err != nil {
		return describe("writing", root, rel, err)
	}
	renamed = true
	if d, err := r.Open(dir); err == nil {
		_ = d.Sync() // the rename itself survives a crash; best effort where unsupported
		d.Close()
	}
	return nil
}

// open opens root and checks that every directory between it and name is
// a real directory, not a link. os.Root already refuses paths that leave
// the root; links that stay inside it are refused here.
func open(root, name string) (*os.Root, string, error) {
	rel := filepath.Clean(filepath.FromSlash(name))
	if filepath.IsAbs(rel) || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, "", fmt.Errorf("%s is outside %s", name, root)
	}
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, "", fmt.Errorf("opening %s: %w", root, err)
	}
	parts := strings.Split(rel, string(filepath.Separator))
	for i := 1; i < len(parts); i++ {
		sub := filepath.Join(parts[:i]...)
		info, err := r.Lstat(sub)
		if err != nil {
			r.Close()
			return nil, "", describe("writing", root, sub, err)
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			r.Close()
			return nil, "", fmt.Errorf("%s %w", display(root, sub), ErrSymlink)
		}
		if !info.IsDir() {
			r.Close()
			return nil, "", fmt.Errorf("%s is not a directory", display(root, sub))
		}
	}
	return r, rel, nil
}

func display(root, rel string) string { return filepath.Join(root, rel) }

// describe names the file in an error without repeating os.Root's own
// wording of the operation.
func describe(op, root, rel string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return fmt.Errorf("%s %s: %w", op, display(root, rel), err)
}
