package main

import (
	"path/filepath"
	"strings"
)

// relTo shortens path relative to dir, slash-separated, for messages when
// it is below dir.
func relTo(dir, path string) string {
	if r, err := filepath.Rel(dir, path); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return path
}
