package lsp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gittest"
	"github.com/sasguard/sasguard/lsp/lsptest"
)

// TestMoveToDotenvHostileRepository: the editor's "Move to .env" in a cloned
// repository that links .env or .gitignore elsewhere, tracks .env, or has
// a world-readable .env (issue 10, item 1), through a real client.
func TestMoveToDotenvHostileRepository(t *testing.T) {
	tok := sasguardtest.Tokens(t)["t006"]
	run := func(t *testing.T, dir string) error {
		t.Helper()
		c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
		u := fileURI(dir, "app.py")
		c.Open(u, "python", "u = \""+tok+"\"\n")
		ds := c.WaitDiagnostics(u, 1)
		a := pickAction(t, mustActions(t, c, u, ds[0]), ds[0], "dotenv")
		_, err := c.Server.ExecuteCommand(c.Ctx(), &protocol.ExecuteCommandParams{Command: a.Command.Command, Arguments: a.Command.Arguments})
		if err != nil && !strings.Contains(c.Text(u), tok) {
			t.Error("the document lost the token although .env was not written")
		}
		return err
	}
	for _, name := range []string{".env", ".gitignore"} {
		t.Run("linked "+name, func(t *testing.T) {
			dir := gittest.New(t).Dir
			victim := filepath.Join(t.TempDir(), "victim")
			if err := os.WriteFile(victim, []byte("KEEP=1\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(victim, filepath.Join(dir, name)); err != nil {
				t.Skip(err)
			}
			if err := run(t, dir); err == nil || !strings.Contains(err.Error(), "symbolic link") {
				t.Errorf("want an error naming the link, got %v", err)
			}
			if got, _ := os.ReadFile(victim); string(got) != "KEEP=1\n" {
				t.Error("the secret was written through the link")
			}
		})
	}
	t.Run("tracked .env", func(t *testing.T) {
		r := gittest.New(t)
		if err := os.WriteFile(filepath.Join(r.Dir, ".env"), []byte("X=1\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		r.Git("add", ".env")
		if err := run(t, r.Dir); err == nil || !strings.Contains(err.Error(), "git rm --cached .env") {
			t.Errorf("want an error saying how to untrack .env, got %v", err)
		}
		if got, _ := os.ReadFile(filepath.Join(r.Dir, ".env")); string(got) != "X=1\n" {
			t.Error("the secret was written into a tracked .env")
		}
	})
	t.Run("0644 .env becomes 0600", func(t *testing.T) {
		dir := gittest.New(t).Dir
		p := filepath.Join(dir, ".env")
		if err := os.WriteFile(p, []byte("X=1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := run(t, dir); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(p)
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf(".env mode after the fix: %v (%v), want 0600", st.Mode().Perm(), err)
		}
	})
}

// TestHidingConfigIsAnErrorInTheEditor: a committed config that would hide
// every finding shows an error on its line, and the editor keeps flagging
// the token with the defaults instead of going quiet (issue 10, item 2).
func TestHidingConfigIsAnErrorInTheEditor(t *testing.T) {
	tok := sasguardtest.Tokens(t)["t001"]
	for _, tc := range []struct {
		config string
		line   uint32 // 0-based
	}{
		{"version = 1\n[policy]\nLive = \"none\"\n", 2},
		{"version = 1\n\n[[allow]]\npath = \"**\"\nreason = \"all fine\"\n", 2},
		{"[[policy.tolerate]]\nseverity = \"none\"\n", 0},
	} {
		dir := t.TempDir()
		cfg := filepath.Join(dir, ".sasguard.toml")
		writeFile(t, cfg, tc.config)
		c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
		cds := c.WaitDiagnostics(uri.File(cfg), 0)
		if len(cds) != 1 || cds[0].Range.Start.Line != tc.line {
			t.Errorf("%q: config diagnostics %+v, want one on line %d", tc.config, cds, tc.line+1)
		}
		u := fileURI(dir, "app.md")
		c.Open(u, "markdown", tok+"\n")
		if ds := c.WaitDiagnostics(u, 1); len(ds) != 1 {
			t.Errorf("%q: the token is not flagged: %+v", tc.config, ds)
		}
	}
}
