package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteCreatesAndReplaces(t *testing.T) {
	root := t.TempDir()
	if err := Write(root, ".env", []byte("A='1'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "open.env"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	// An existing 0644 file gets the mode asked for, not the one it had.
	if err := Write(root, "open.env", []byte("B='2'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{".env": "A='1'\n", "open.env": "B='2'\n"} {
		data, perm, ok, err := Read(root, name)
		if err != nil || !ok || string(data) != want || perm != 0o600 {
			t.Errorf("%s: %q %04o %v %v, want %q 0600", name, data, perm, ok, err, want)
		}
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteSubdirectory(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "a", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(root, "a/b/c.txt", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(root, "a", "b", "c.txt")); string(data) != "x" {
		t.Errorf("got %q", data)
	}
}

// TestWriteRefusesSymlinks: a link as the file or as a directory on the way
// is refused, and nothing is written where it points.
func TestWriteRefusesSymlinks(t *testing.T) {
	outside := t.TempDir()
	target := filepath.Join(outside, "victim")
	if err := os.WriteFile(target, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	for _, name := range []string{".env", ".gitignore"} {
		if err := os.Symlink(target, filepath.Join(root, name)); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
	}
	if err := os.Symlink(outside, filepath.Join(root, "linked")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "real"), filepath.Join(root, "inner")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(root, "real"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{".env", ".gitignore", "linked/victim", "linked/new", "inner/x"} {
		err := Write(root, name, []byte("SECRET"), 0o600)
		if !errors.Is(err, ErrSymlink) {
			t.Errorf("Write(%s) = %v, want ErrSymlink", name, err)
		}
		if _, _, _, err := Read(root, name); name != "linked/new" && !errors.Is(err, ErrSymlink) {
			t.Errorf("Read(%s) = %v, want ErrSymlink", name, err)
		}
	}
	if data, _ := os.ReadFile(target); string(data) != "keep" {
		t.Errorf("the link's target was written: %q", data)
	}
	if _, err := os.Stat(filepath.Join(outside, "new")); err == nil {
		t.Error("a file was created outside the root")
	}
	if _, err := os.Stat(filepath.Join(root, "real", "x")); err == nil {
		t.Error("a file was written through a link inside the root")
	}
}

func TestWriteStaysInsideRoot(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"../x", "/etc/x", ".", "a/../../x"} {
		if err := Write(root, name, []byte("x"), 0o600); err == nil {
			t.Errorf("Write(%q) wrote outside the root", name)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(root), "x")); err == nil {
		t.Error("a file appeared next to the root")
	}
}

func TestCreateDoesNotClobber(t *testing.T) {
	root := t.TempDir()
	if err := Create(root, "c.toml", []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Create(root, "c.toml", []byte("two"), 0o644)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second Create = %v, want ErrExist", err)
	}
	if data, _ := os.ReadFile(filepath.Join(root, "c.toml")); string(data) != "one" {
		t.Errorf("Create clobbered the file: %q", data)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestReadMissing(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{".env", "no/such/dir/.env"} {
		data, _, ok, err := Read(root, name)
		if ok || err != nil || data != nil {
			t.Errorf("Read(%s) = %q %v %v, want nothing", name, data, ok, err)
		}
	}
}

// TestWriteAtomic: a write that fails leaves the old content and no
// temporary file (here, the directory is read-only).
func TestWriteAtomic(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores directory permissions")
	}
	root := t.TempDir()
	if err := Write(root, "f", []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(root, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(root, 0o755)
	err := Write(root, "f", []byte("new"), 0o644)
	if err == nil || !strings.Contains(err.Error(), "f") {
		t.Fatalf("Write into a read-only directory = %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(root, "f")); string(data) != "old" {
		t.Errorf("content %q, want the old content kept", data)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}
