package lsp_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/lsp"
	"github.com/sasguard/sasguard/lsp/lsptest"
)

// rangeOf is where the client, by its own arithmetic, expects sub in text.
func rangeOf(c *lsptest.Client, text, sub string) protocol.Range {
	i := strings.Index(text, sub)
	return protocol.Range{Start: c.PositionOf(text, i), End: c.PositionOf(text, i+len(sub))}
}

func TestDiagnosticRangesOnNonASCIILines(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	tok := toks["t001"]
	text := "# 密钥 🔑 notes\nurl = \"🔑" + tok + "\"  # 共享 😀\n"
	for _, utf8 := range []bool{false, true} {
		t.Run(fmt.Sprintf("utf8=%v", utf8), func(t *testing.T) {
			dir := t.TempDir()
			c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir, UTF8: utf8})
			if c.UTF8 != utf8 {
				t.Fatalf("negotiated utf-8 = %v, want %v", c.UTF8, utf8)
			}
			u := fileURI(dir, "app.py")
			c.Open(u, "python", text)
			ds := c.WaitDiagnostics(u, 1)
			if len(ds) != 1 {
				t.Fatalf("got %d diagnostics, want 1", len(ds))
			}
			if diff := cmp.Diff(rangeOf(c, text, tok), ds[0].Range); diff != "" {
				t.Errorf("range (-want +got):\n%s", diff)
			}

			// Insert an emoji and CJK before the token on its line, incrementally.
			at := c.PositionOf(text, strings.Index(text, tok))
			v := c.Edit(u, protocol.TextEdit{Range: protocol.Range{Start: at, End: at}, NewText: "😀中"})
			ds = c.WaitDiagnostics(u, v)
			if len(ds) != 1 {
				t.Fatalf("after the edit: %d diagnostics, want 1", len(ds))
			}
			if diff := cmp.Diff(rangeOf(c, c.Text(u), tok), ds[0].Range); diff != "" {
				t.Errorf("range after inserting before the token (-want +got):\n%s", diff)
			}

			// Hover in the middle of the token, past the emoji.
			mid := c.PositionOf(c.Text(u), strings.Index(c.Text(u), tok)+40)
			h, err := c.Server.Hover(c.Ctx(), &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: mid}})
			if err != nil || h == nil {
				t.Fatalf("hover inside the token: %v %v", h, err)
			}
			if diff := cmp.Diff(ds[0].Range, *h.Range); diff != "" {
				t.Errorf("hover range (-diagnostic +hover):\n%s", diff)
			}
		})
	}
}

// TestIncrementalSyncMatchesFullText types, pastes and deletes through
// incremental changes (several per notification, some on non-ASCII lines)
// and checks the server's diagnostics equal those for the same final text
// opened fresh: the server's copy tracked the client's exactly.
func TestIncrementalSyncMatchesFullText(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	rng := rand.New(rand.NewPCG(1, 2))
	dir := t.TempDir()
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
	u := fileURI(dir, "notes.md")
	c.Open(u, "markdown", "# notes 📝\n\n")
	pieces := []string{"é", "😀", "\n", "中文", " ", "x", toks["t001"], toks["t005"], toks["t019"]}
	var v int32
	for i := 0; i < 300; i++ {
		text := c.Text(u)
		var edits []protocol.TextEdit
		n := 1 + rng.IntN(3)
		for j := 0; j < n; j++ {
			// Each edit in one notification applies to the text after the
			// previous one, as the specification says; Edit handles that.
			runes := []rune(text)
			a := rng.IntN(len(runes) + 1)
			b := a
			if rng.IntN(3) == 0 && a < len(runes) {
				b = a + rng.IntN(min(20, len(runes)-a)+1)
			}
			start := len(string(runes[:a]))
			end := len(string(runes[:b]))
			ins := pieces[rng.IntN(len(pieces))]
			if rng.IntN(4) == 0 {
				ins = ""
			}
			edits = append(edits, protocol.TextEdit{Range: protocol.Range{Start: c.PositionOf(text, start), End: c.PositionOf(text, end)}, NewText: ins})
			text = text[:start] + ins + text[end:]
		}
		v = c.Edit(u, edits...)
	}
	got := c.WaitDiagnostics(u, v)

	final := c.Text(u)
	u2 := fileURI(dir, "fresh.md")
	c.Open(u2, "markdown", final)
	want := c.WaitDiagnostics(u2, 1)
	if len(want) == 0 {
		t.Fatalf("the random text ended with no token; pick another seed")
	}
	if diff := cmp.Diff(ranges(want), ranges(got)); diff != "" {
		t.Errorf("incremental vs fresh (-fresh +incremental):\n%s", diff)
	}
}

func ranges(ds []protocol.Diagnostic) []protocol.Range {
	out := make([]protocol.Range, len(ds))
	for i, d := range ds {
		out[i] = d.Range
	}
	return out
}

func TestDiagnosticContents(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	dir := t.TempDir()
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
	u := fileURI(dir, "app.py")
	c.Open(u, "python", "live = \""+toks["t001"]+"\"\nold = \""+toks["t004"]+"\"\n")
	ds := c.WaitDiagnostics(u, 1)
	if len(ds) != 2 {
		t.Fatalf("got %d diagnostics, want 2 (a live and an expired token)", len(ds))
	}
	wantSev := []protocol.DiagnosticSeverity{protocol.DiagnosticSeverityError, protocol.DiagnosticSeverityWarning}
	for i, d := range ds {
		if d.Severity != wantSev[i] {
			t.Errorf("diagnostic %d severity %d, want %d", i, d.Severity, wantSev[i])
		}
		if src, _ := d.Source.Get(); src != "sasguard" {
			t.Errorf("source %q", src)
		}
		if code, _ := d.Code.(protocol.String); code != "azure-account-sas" {
			t.Errorf("code %v", d.Code)
		}
		msg, _ := d.Message.(protocol.String)
		if !strings.Contains(strings.ToLower(string(msg)), "account sas") {
			t.Errorf("message %q does not say what it is", msg)
		}
		var data struct {
			Fingerprint string
			Fixes       []struct {
				Kind     string `json:"kind"`
				EnvValue string `json:"env_value"`
			}
		}
		if err := json.Unmarshal(d.Data, &data); err != nil {
			t.Fatalf("data: %v", err)
		}
		if len(data.Fingerprint) < 16 || len(data.Fixes) == 0 {
			t.Errorf("data carries fingerprint %q and %d fixes", data.Fingerprint, len(data.Fixes))
		}
		assertNoSecret(t, "diagnostic", mustJSON(t, d), toks)
	}
}

func TestCloseClearsDiagnostics(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	dir := t.TempDir()
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
	u := fileURI(dir, "app.js")
	c.Open(u, "javascript", "const u = '"+toks["t005"]+"';\n")
	if ds := c.WaitDiagnostics(u, 1); len(ds) != 1 {
		t.Fatalf("got %d diagnostics before close", len(ds))
	}
	c.Close(u)
	c.WaitCleared(u)
	// A change for the closed document is dropped without harm.
	_ = c.Server.DidChange(c.Ctx(), &protocol.DidChangeTextDocumentParams{TextDocument: protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: 9}})
	assertAlive(t, c)
}

// assertAlive checks the server still answers requests and publishes
// diagnostics.
func assertAlive(t *testing.T, c *lsptest.Client) {
	t.Helper()
	u := uri.File(filepath.Join(t.TempDir(), fmt.Sprintf("alive-%d.txt", rand.Int())))
	c.Open(u, "plaintext", "sig "+sasguardtest.Tokens(t)["t018"]+"\n")
	if ds := c.WaitDiagnostics(u, 1); len(ds) != 1 {
		t.Fatalf("server alive but published %d diagnostics for a token", len(ds))
	}
	if _, err := c.Server.Hover(c.Ctx(), &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}}); err != nil {
		t.Fatalf("hover after the ordeal: %v", err)
	}
}

func TestConfigReload(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	for _, how := range []string{"watched", "saved"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			cfgPath := filepath.Join(dir, ".sasguard.toml")
			writeFile(t, cfgPath, "version = 1\n")
			c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir, NoDynamic: how == "saved"})
			if how == "watched" {
				c.WaitFor("a file watcher registration", func() bool {
					for _, r := range c.Registrations {
						if r.Method == protocol.MethodWorkspaceDidChangeWatchedFiles && strings.Contains(string(r.RegisterOptions), ".sasguard.toml") {
							return true
						}
					}
					return false
				})
			}
			u := fileURI(dir, "docs/guide.md")
			c.Open(u, "markdown", "Read-only link: "+toks["t005"]+"\n")
			ds := c.WaitDiagnostics(u, 1)
			if len(ds) != 1 || ds[0].Severity != protocol.DiagnosticSeverityError {
				t.Fatalf("before: %+v", ds)
			}
			notify := func() {
				if how == "watched" {
					_ = c.Server.DidChangeWatchedFiles(c.Ctx(), &protocol.DidChangeWatchedFilesParams{Changes: []protocol.FileEvent{{URI: uri.File(cfgPath), Type: protocol.FileChangeTypeChanged}}})
				} else {
					_ = c.Server.DidSave(c.Ctx(), &protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri.File(cfgPath)}})
				}
			}

			// Tolerate read-only service SAS in docs/: the open document is re-graded.
			writeFile(t, cfgPath, "version = 1\n\n[[policy.tolerate]]\nname = \"docs links\"\nseverity = \"warning\"\npaths = [\"docs/**\"]\nkinds = [\"service_sas\"]\npermissions = \"rl\"\n")
			c.Forget(u)
			notify()
			ds = c.WaitDiagnostics(u, 1)
			if len(ds) != 1 || ds[0].Severity != protocol.DiagnosticSeverityWarning {
				t.Fatalf("after tolerating: %+v", ds)
			}

			// A broken config keeps the last good one and says where it is broken.
			writeFile(t, cfgPath, "version = 1\n\n[policy]\nblock_onn = \"error\"\n")
			c.Forget(u)
			c.Forget(uri.File(cfgPath))
			notify()
			cds := c.WaitDiagnostics(uri.File(cfgPath), 0)
			if len(cds) != 1 || cds[0].Range.Start.Line != 3 {
				t.Fatalf("config diagnostics: %+v", cds)
			}
			if msg, _ := cds[0].Message.(protocol.String); !strings.Contains(string(msg), "block_onn") || !strings.Contains(string(msg), "block_on") {
				t.Errorf("config diagnostic %q should name the key and suggest the right one", msg)
			}
			ds = c.WaitDiagnostics(u, 1)
			if len(ds) != 1 || ds[0].Severity != protocol.DiagnosticSeverityWarning {
				t.Fatalf("the last good config should still tolerate the link: %+v", ds)
			}

			// Fixed again: the config diagnostic goes away.
			writeFile(t, cfgPath, "version = 1\n")
			c.Forget(uri.File(cfgPath))
			notify()
			c.WaitCleared(uri.File(cfgPath))
		})
	}
}

func TestConfigErrorAtStartAndWhileTyping(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, ".sasguard.toml")
	writeFile(t, cfgPath, "version = 1\n[[allow]]\npath = \"docs/**\"\n")
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
	cu := uri.File(cfgPath)
	cds := c.WaitDiagnostics(cu, 0)
	if len(cds) != 1 || cds[0].Range.Start.Line != 1 {
		t.Fatalf("config error at start: %+v", cds)
	}
	// The defaults apply meanwhile.
	u := fileURI(dir, "docs/a.md")
	c.Open(u, "markdown", toks["t001"]+"\n")
	if ds := c.WaitDiagnostics(u, 1); len(ds) != 1 {
		t.Fatalf("defaults should flag the token: %+v", ds)
	}
	// Typing the fix in the editor clears the error before it is saved.
	c.Open(cu, "toml", "version = 1\n[[allow]]\npath = \"docs/**\"\n")
	if ds := c.WaitDiagnostics(cu, 1); len(ds) != 1 {
		t.Fatalf("open config with the error: %+v", ds)
	}
	v := c.Replace(cu, "version = 1\n[[allow]]\npath = \"docs/**\"\nreason = \"fixtures\"\n")
	if ds := c.WaitDiagnostics(cu, v); len(ds) != 1 {
		// Still one: the file on disk has not changed yet.
		t.Logf("after typing: %+v", ds)
	}
	writeFile(t, cfgPath, c.Text(cu))
	_ = c.Server.DidSave(c.Ctx(), &protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: cu}})
	c.WaitCleared(cu)
	c.WaitCleared(u) // now allowed
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestMoveToDotenvNeverLosesTheSecret(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	tok := toks["t006"]
	t.Run("editor refuses the edit", func(t *testing.T) {
		dir := t.TempDir()
		c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
		u := fileURI(dir, "app.py")
		c.Open(u, "python", "u = \""+tok+"\"\n")
		ds := c.WaitDiagnostics(u, 1)
		c.RefuseEdits = true
		a := pickAction(t, mustActions(t, c, u, ds[0]), ds[0], "dotenv")
		_, err := c.Server.ExecuteCommand(c.Ctx(), &protocol.ExecuteCommandParams{Command: a.Command.Command, Arguments: a.Command.Arguments})
		if err == nil || !strings.Contains(err.Error(), "already saved in .env") {
			t.Fatalf("want an error saying the secret is in .env, got %v", err)
		}
		env, _ := os.ReadFile(filepath.Join(dir, ".env"))
		if !strings.Contains(string(env), tok) {
			t.Errorf(".env does not hold the secret the document still has")
		}
		if !strings.Contains(c.Text(u), tok) {
			t.Errorf("the document lost the token although the edit was refused")
		}
		assertNoSecret(t, "messages", strings.Join(append(c.Logs, c.Shown...), "\n"), toks)
	})
	t.Run("unreadable .env", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, ".env"), 0o755); err != nil { // a directory where .env should be
			t.Fatal(err)
		}
		c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
		u := fileURI(dir, "app.py")
		c.Open(u, "python", "u = \""+tok+"\"\n")
		ds := c.WaitDiagnostics(u, 1)
		a := pickAction(t, mustActions(t, c, u, ds[0]), ds[0], "dotenv")
		if _, err := c.Server.ExecuteCommand(c.Ctx(), &protocol.ExecuteCommandParams{Command: a.Command.Command, Arguments: a.Command.Arguments}); err == nil {
			t.Fatal("want an error")
		}
		if c.Text(u) != "u = \""+tok+"\"\n" {
			t.Errorf("the document changed although .env could not be written")
		}
		c.WaitFor("the error shown to the user", func() bool { return len(c.Shown) > 0 })
	})
	t.Run("no workspace folder", func(t *testing.T) {
		c := lsptest.Start(t, lsptest.Config{Now: now})
		u := uri.File(filepath.Join(t.TempDir(), "app.py"))
		c.Open(u, "python", "u = \""+tok+"\"\n")
		ds := c.WaitDiagnostics(u, 1)
		a := pickAction(t, mustActions(t, c, u, ds[0]), ds[0], "dotenv")
		_, err := c.Server.ExecuteCommand(c.Ctx(), &protocol.ExecuteCommandParams{Command: a.Command.Command, Arguments: a.Command.Arguments})
		if err == nil || !strings.Contains(err.Error(), "workspace folder") {
			t.Fatalf("want an error naming the missing workspace folder, got %v", err)
		}
	})
}

func mustActions(t *testing.T, c *lsptest.Client, u uri.URI, d protocol.Diagnostic) []protocol.CommandOrCodeAction {
	t.Helper()
	as, err := c.CodeAction(&protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}, Range: d.Range, Context: protocol.CodeActionContext{Diagnostics: []protocol.Diagnostic{d}}})
	if err != nil {
		t.Fatal(err)
	}
	return as
}

func TestCodeActionsOrderAndFilter(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	dir := t.TempDir()
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
	u := fileURI(dir, "app.go")
	c.Open(u, "go", "package main\n\nvar a = \""+toks["t001"]+"\"\nvar b = \"plain\"\n")
	ds := c.WaitDiagnostics(u, 1)
	as := mustActions(t, c, u, ds[0])
	var kinds []string
	for i, ca := range as {
		a := ca.(*protocol.CodeAction)
		kinds = append(kinds, string(*a.Kind))
		preferred := a.IsPreferred != nil && *a.IsPreferred
		if preferred != (i == 0) {
			t.Errorf("action %d %q preferred = %v", i, a.Title, preferred)
		}
	}
	if diff := cmp.Diff([]string{"quickfix", "quickfix", "quickfix", "quickfix", "source.fixAll"}, kinds); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
	// Only source actions.
	only, err := c.CodeAction(&protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}, Range: ds[0].Range,
		Context: protocol.CodeActionContext{Only: []protocol.CodeActionKind{protocol.CodeActionKindSource}}})
	if err != nil || len(only) != 1 {
		t.Fatalf("only=source: %d actions, %v", len(only), err)
	}
	// A range without findings offers no quick-fix.
	none, err := c.CodeAction(&protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u},
		Range:   protocol.Range{Start: protocol.Position{Line: 3}, End: protocol.Position{Line: 3, Character: 3}},
		Context: protocol.CodeActionContext{Only: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix}}})
	if err != nil || len(none) != 0 {
		t.Fatalf("no finding in range: %d actions, %v", len(none), err)
	}
}

func TestLifecycle(t *testing.T) {
	t.Run("shutdown then exit is 0", func(t *testing.T) {
		c := lsptest.Start(t, lsptest.Config{Now: now})
		if code := c.Shutdown(); code != 0 {
			t.Errorf("exit code %d, want 0", code)
		}
	})
	t.Run("exit without shutdown is 1", func(t *testing.T) {
		c := lsptest.Start(t, lsptest.Config{Now: now})
		if code := c.ExitNow(); code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
	})
	t.Run("requests before initialize and after shutdown", func(t *testing.T) {
		c := lsptest.Start(t, lsptest.Config{Now: now, NoInitialize: true})
		_, err := c.Server.Hover(c.Ctx(), &protocol.HoverParams{})
		if !isCode(err, jsonrpc2.ServerNotInitialized) {
			t.Errorf("hover before initialize: %v, want ServerNotInitialized", err)
		}
		if _, err := c.Server.Initialize(c.Ctx(), &protocol.InitializeParams{}); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Server.Initialize(c.Ctx(), &protocol.InitializeParams{}); !isCode(err, jsonrpc2.InvalidRequest) {
			t.Errorf("second initialize: %v, want InvalidRequest", err)
		}
		if err := c.Server.Shutdown(c.Ctx()); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Server.Hover(c.Ctx(), &protocol.HoverParams{}); !isCode(err, jsonrpc2.InvalidRequest) {
			t.Errorf("hover after shutdown: %v, want InvalidRequest", err)
		}
		if code := c.ExitNow(); code != 0 {
			t.Errorf("exit code %d, want 0", code)
		}
	})
	t.Run("client goes away without exit", func(t *testing.T) {
		c := lsptest.Start(t, lsptest.Config{Now: now})
		c.Raw.Close()
		if code := <-c.Exit; code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
		c.Exit <- 1
	})
}

func isCode(err error, code jsonrpc2.Code) bool {
	var e *jsonrpc2.Error
	return errors.As(err, &e) && e.Code == code
}

// misbehaving panics in Hover on request and blocks in CodeAction until
// cancelled, to prove one bad request does not take the server down.
type misbehaving struct {
	protocol.Server
}

func (m misbehaving) Hover(ctx context.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
	if strings.HasSuffix(string(p.TextDocument.URI), "panic.txt") {
		panic("boom in hover")
	}
	return m.Server.Hover(ctx, p)
}

func (m misbehaving) CodeAction(ctx context.Context, p *protocol.CodeActionParams) ([]protocol.CommandOrCodeAction, error) {
	if strings.HasSuffix(string(p.TextDocument.URI), "slow.txt") {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return m.Server.CodeAction(ctx, p)
}

func TestRobustness(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	start := func(t *testing.T) *lsptest.Client {
		srv := lsp.New(lsp.Options{Now: now})
		srv.Wrap(func(s protocol.Server) protocol.Server { return misbehaving{s} })
		return lsptest.Start(t, lsptest.Config{Now: now, Folder: t.TempDir(), Server: srv})
	}
	frame := func(body string) string {
		return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)
	}

	t.Run("malformed frames", func(t *testing.T) {
		c := start(t)
		for _, raw := range []string{
			frame(`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{`),
			frame(`not json at all`),
			frame(`[{"jsonrpc":"2.0","method":"initialized"}, 7]`),
			frame(`{"jsonrpc":"1.0","id":2,"method":"x"}`),
			frame(`"just a string"`),
			"Content-Length: banana\r\n\r\n",
			"X-Nothing\r\n\r\n",
		} {
			if _, err := c.Raw.Write([]byte(raw)); err != nil {
				t.Fatalf("writing %q: %v", raw, err)
			}
		}
		assertAlive(t, c)
	})
	t.Run("malformed params", func(t *testing.T) {
		c := start(t)
		for _, method := range []string{"textDocument/didOpen", "textDocument/didChange", "workspace/didChangeWatchedFiles", "$/cancelRequest"} {
			if err := c.Conn.Notify(c.Ctx(), method, json.RawMessage(`{"textDocument": 42, "id": {"x": 1}}`)); err != nil {
				t.Fatal(err)
			}
		}
		var out any
		_, err := c.Conn.Call(c.Ctx(), "textDocument/hover", json.RawMessage(`{"textDocument": 42}`), &out)
		if err == nil {
			t.Errorf("hover with bad params: no error")
		}
		assertAlive(t, c)
	})
	t.Run("unknown methods", func(t *testing.T) {
		c := start(t)
		for _, m := range []string{"$/foo", "custom/notify", "textDocument/unknownThing", "$/setTrace"} {
			if err := c.Conn.Notify(c.Ctx(), m, map[string]int{"x": 1}); err != nil {
				t.Fatal(err)
			}
		}
		var out any
		_, err := c.Conn.Call(c.Ctx(), "custom/request", map[string]int{"x": 1}, &out)
		if !isCode(err, jsonrpc2.MethodNotFound) {
			t.Errorf("unknown request: %v, want MethodNotFound", err)
		}
		_, err = c.Server.Completion(c.Ctx(), &protocol.CompletionParams{})
		if !isCode(err, jsonrpc2.MethodNotFound) {
			t.Errorf("unsupported request: %v, want MethodNotFound", err)
		}
		assertAlive(t, c)
	})
	t.Run("panicking handler", func(t *testing.T) {
		c := start(t)
		u := uri.File(filepath.Join(t.TempDir(), "panic.txt"))
		_, err := c.Server.Hover(c.Ctx(), &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}})
		if !isCode(err, jsonrpc2.InternalError) {
			t.Errorf("panicking hover: %v, want InternalError", err)
		}
		assertAlive(t, c)
	})
	t.Run("cancelRequest", func(t *testing.T) {
		c := start(t)
		u := uri.File(filepath.Join(t.TempDir(), "slow.txt"))
		ctx, cancel := context.WithCancel(c.Ctx())
		done := make(chan error, 1)
		go func() {
			var out any
			// protocol.Call sends $/cancelRequest when ctx ends.
			done <- protocol.Call(ctx, c.Conn, protocol.MethodTextDocumentCodeAction, &protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}, &out)
		}()
		assertAlive(t, c) // the slow request does not block others
		cancel()
		if err := <-done; err == nil {
			t.Errorf("cancelled request returned no error")
		}
		assertAlive(t, c)
	})
	t.Run("50 MB document", func(t *testing.T) {
		if testing.Short() {
			t.Skip("-short: skipping the 50 MB document")
		}
		c := start(t)
		var b strings.Builder
		b.WriteString("first = \"" + toks["t001"] + "\"\n")
		line := strings.Repeat("lorem ipsum dolor sit amet 😀 ", 3) + "\n"
		for b.Len() < 50<<20 {
			b.WriteString(line)
		}
		b.WriteString("last = \"" + toks["t015"] + "\"\n")
		u := uri.File(filepath.Join(t.TempDir(), "big.py"))
		c.Open(u, "python", b.String())
		ds := c.WaitDiagnostics(u, 1)
		if len(ds) != 2 {
			t.Fatalf("50 MB document: %d diagnostics, want 2", len(ds))
		}
		if ds[1].Range.Start.Line != uint32(strings.Count(b.String(), "\n")-1) {
			t.Errorf("last token on line %d", ds[1].Range.Start.Line)
		}
		c.Close(u)
		assertAlive(t, c)
	})
	t.Run("10000 rapid edits", func(t *testing.T) {
		c := start(t)
		u := uri.File(filepath.Join(t.TempDir(), "typing.md"))
		c.Open(u, "markdown", "")
		tok := toks["t005"]
		var v int32
		for i := 0; i < 10000; i++ {
			text := c.Text(u)
			end := c.PositionOf(text, len(text))
			ch := string(tok[i%len(tok)])
			if i%len(tok) == 0 {
				ch = "\n" + ch
			}
			v = c.Edit(u, protocol.TextEdit{Range: protocol.Range{Start: end, End: end}, NewText: ch})
		}
		ds := c.WaitDiagnostics(u, v)
		want := strings.Count(c.Text(u), tok)
		if len(ds) != want {
			t.Errorf("after 10,000 edits: %d diagnostics, want %d (one per complete token)", len(ds), want)
		}
		assertAlive(t, c)
	})
}

// TestUntitledBufferUsesLanguageID checks that a buffer with no file path
// gets fixes in the language the client names.
func TestUntitledBufferUsesLanguageID(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: t.TempDir()})
	u := uri.URI("untitled:Untitled-1")
	c.Open(u, "python", "x = \""+toks["t001"]+"\"\n")
	ds := c.WaitDiagnostics(u, 1)
	if len(ds) != 1 {
		t.Fatalf("got %d diagnostics", len(ds))
	}
	a := pickAction(t, mustActions(t, c, u, ds[0]), ds[0], "env")
	if _, err := c.ApplyWorkspaceEdit(a.Edit); err != nil {
		t.Fatal(err)
	}
	if got := c.Text(u); !strings.Contains(got, `x = os.environ["AZURE_STORAGE_SAS_URL"]`) {
		t.Errorf("untitled python buffer after the env fix:\n%s", got)
	}
}

// A secret pasted as a config value is masked in the config diagnostic.
func TestConfigErrorDiagnosticMasksSecret(t *testing.T) {
	tok := sasguardtest.Tokens(t)["t006"]
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, ".sasguard.toml")
	writeFile(t, cfgPath, "[policy]\nlive = '"+tok+"'\n")
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
	ds := c.WaitDiagnostics(uri.File(cfgPath), 0)
	if len(ds) != 1 {
		t.Fatalf("want one config diagnostic: %+v", ds)
	}
	msg, _ := ds[0].Message.(protocol.String)
	if !strings.Contains(string(msg), "unknown severity") {
		t.Fatalf("config diagnostic: %q", msg)
	}
	for _, sec := range sasguardtest.SecretsOf(tok) {
		if strings.Contains(string(msg), sec[:8]) {
			t.Errorf("the config diagnostic carries the secret:\n%s", msg)
		}
	}
}
