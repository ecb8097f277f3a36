package lsp_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/lsp/lsptest"
)

var update = flag.Bool("update", false, "rewrite the want/ sections of testdata/workspaces/*.txtar from what the server does")

func now() time.Time { return sasguardtest.RefTime }

func expand(s string, toks map[string]string) string {
	for id, tok := range toks {
		s = strings.ReplaceAll(s, "{{"+id+"}}", tok)
	}
	return s
}

// templatize is expand's inverse, for -update: no token is written back.
func templatize(s string, toks map[string]string) string {
	ids := make([]string, 0, len(toks))
	for id := range toks {
		ids = append(ids, id)
	}
	// Longest first, so a token that contains another is replaced whole.
	sort.Slice(ids, func(i, j int) bool { return len(toks[ids[i]]) > len(toks[ids[j]]) })
	for _, id := range ids {
		s = strings.ReplaceAll(s, toks[id], "{{"+id+"}}")
	}
	return s
}

// languageIDs are what VS Code calls these files.
var languageIDs = map[string]string{
	".py": "python", ".js": "javascript", ".ts": "typescript", ".go": "go", ".cs": "csharp",
	".java": "java", ".sh": "shellscript", ".ps1": "powershell", ".yaml": "yaml", ".yml": "yaml",
	".env": "dotenv", ".tf": "terraform", ".md": "markdown", ".txt": "plaintext", ".toml": "toml",
	".json": "json",
}

func languageID(name string) string {
	base := filepath.Base(name)
	if strings.HasPrefix(strings.ToLower(base), "dockerfile") {
		return "dockerfile"
	}
	if id, ok := languageIDs[filepath.Ext(base)]; ok {
		return id
	}
	if base == ".env" {
		return "dotenv"
	}
	return "plaintext"
}

// A workspace test is a txtar archive. Files outside want/ are the
// workspace; every one but .gitignore is opened in the editor (a leading
// "lang: NAME=ID" comment line sets a languageId; "utf8" negotiates utf-8
// positions; "docchanges" accepts versioned edits). want/ holds what must
// happen:
//
//	want/diagnostics          one line per diagnostic: path, LSP range
//	                          (0-based line:character), severity, code
//	want/hover/PATH           hover Markdown at PATH's first diagnostic
//	want/KIND/FILE            FILE after applying the quick-fix of KIND
//	                          (env, dotenv, redact, suppress) to the first
//	                          diagnostic in the first file KIND names, or
//	                          fixall (source.fixAll) to that file; FILE may
//	                          be the document or a file the fix writes
//	                          (.env, .gitignore)
//	want/KIND/diagnostics     diagnostics after that fix
//
// Each fix runs in a fresh copy of the workspace with a fresh server. A
// new workspace needs `go test -update` twice: the first run records
// want/diagnostics, which names the files the fixes apply to.
type workspaceCase struct {
	name   string
	files  map[string]string // expanded
	order  []string
	langs  map[string]string
	utf8   bool
	docCh  bool
	want   map[string]string // want/... sections, expanded
	arch   *txtar.Archive
	toks   map[string]string
	path   string
	update map[string]string // section -> new content (expanded)
}

func loadCase(t *testing.T, path string, toks map[string]string) *workspaceCase {
	t.Helper()
	arch, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	wc := &workspaceCase{name: filepath.Base(path), files: map[string]string{}, langs: map[string]string{}, want: map[string]string{}, arch: arch, toks: toks, path: path, update: map[string]string{}}
	for _, line := range strings.Split(string(arch.Comment), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "utf8":
			wc.utf8 = true
		case line == "docchanges":
			wc.docCh = true
		case strings.HasPrefix(line, "lang: "):
			k, v, _ := strings.Cut(strings.TrimPrefix(line, "lang: "), "=")
			wc.langs[k] = v
		}
	}
	for _, f := range arch.Files {
		data := expand(string(f.Data), toks)
		if strings.HasPrefix(f.Name, "want/") {
			wc.want[strings.TrimPrefix(f.Name, "want/")] = data
			continue
		}
		wc.files[f.Name] = data
		wc.order = append(wc.order, f.Name)
	}
	return wc
}

// start writes a fresh copy of the workspace and opens its files in a new
// server; it waits for each file's first diagnostics.
func (wc *workspaceCase) start(t *testing.T) (*lsptest.Client, string) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range wc.files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir, UTF8: wc.utf8, DocChanges: wc.docCh})
	for _, name := range wc.opened() {
		id := wc.langs[name]
		if id == "" {
			id = languageID(name)
		}
		c.Open(fileURI(dir, name), id, wc.files[name])
	}
	for _, name := range wc.opened() {
		c.WaitDiagnostics(fileURI(dir, name), 1)
	}
	return c, dir
}

func (wc *workspaceCase) opened() []string {
	var out []string
	for _, name := range wc.order {
		if filepath.Base(name) != ".gitignore" {
			out = append(out, name)
		}
	}
	return out
}

func fileURI(dir, name string) uri.URI { return uri.File(filepath.Join(dir, filepath.FromSlash(name))) }

// renderDiagnostics prints diagnostics one per line, sorted, for want/diagnostics.
func renderDiagnostics(c *lsptest.Client, dir string, names []string) string {
	var lines []string
	for _, name := range names {
		ds, _ := c.Diagnostics(fileURI(dir, name))
		for _, d := range ds {
			code := ""
			if s, ok := d.Code.(protocol.String); ok {
				code = string(s)
			}
			lines = append(lines, fmt.Sprintf("%s %d:%d-%d:%d %s %s", name, d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, severityName(d.Severity), code))
		}
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

func severityName(s protocol.DiagnosticSeverity) string {
	switch s {
	case protocol.DiagnosticSeverityError:
		return "error"
	case protocol.DiagnosticSeverityWarning:
		return "warning"
	case protocol.DiagnosticSeverityInformation:
		return "info"
	}
	return "hint"
}

func (wc *workspaceCase) check(t *testing.T, section, got string) {
	t.Helper()
	if *update {
		wc.update[section] = got
		return
	}
	want, ok := wc.want[section]
	if !ok {
		t.Errorf("%s: no want/%s section; run go test -update to record\n%s", wc.name, section, templatize(got, wc.toks))
		return
	}
	if diff := cmp.Diff(templatize(want, wc.toks), templatize(got, wc.toks)); diff != "" {
		t.Errorf("%s: want/%s (-want +got):\n%s", wc.name, section, diff)
	}
}

// save writes -update results back, templatized, keeping the order of
// existing sections.
func (wc *workspaceCase) save(t *testing.T) {
	t.Helper()
	if !*update || len(wc.update) == 0 {
		return
	}
	seen := map[string]bool{}
	for i, f := range wc.arch.Files {
		sec := strings.TrimPrefix(f.Name, "want/")
		if got, ok := wc.update[sec]; ok && strings.HasPrefix(f.Name, "want/") {
			wc.arch.Files[i].Data = []byte(templatize(got, wc.toks))
			seen[sec] = true
		}
	}
	var rest []string
	for sec := range wc.update {
		if !seen[sec] {
			rest = append(rest, sec)
		}
	}
	sort.Strings(rest)
	for _, sec := range rest {
		wc.arch.Files = append(wc.arch.Files, txtar.File{Name: "want/" + sec, Data: []byte(templatize(wc.update[sec], wc.toks))})
	}
	if err := os.WriteFile(wc.path, txtar.Format(wc.arch), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fixKinds are the want/KIND sections that name a fix.
var fixKinds = []string{"env", "dotenv", "redact", "suppress", "fixall"}

func TestWorkspaces(t *testing.T) {
	toks := sasguardtest.Tokens(t)
	paths, err := filepath.Glob(filepath.Join("testdata", "workspaces", "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no workspaces: %v", err)
	}
	for _, path := range paths {
		wc := loadCase(t, path, toks)
		t.Run(strings.TrimSuffix(wc.name, ".txtar"), func(t *testing.T) {
			defer wc.save(t)
			c, dir := wc.start(t)
			wc.check(t, "diagnostics", renderDiagnostics(c, dir, wc.opened()))

			for _, name := range wc.opened() {
				if _, ok := wc.want["hover/"+name]; !ok && !*update {
					continue
				}
				ds, _ := c.Diagnostics(fileURI(dir, name))
				if len(ds) == 0 {
					continue
				}
				h, err := c.Server.Hover(c.Ctx(), &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
					TextDocument: protocol.TextDocumentIdentifier{URI: fileURI(dir, name)}, Position: ds[0].Range.Start}})
				if err != nil || h == nil {
					t.Fatalf("hover over %s's first finding: %v, %v", name, h, err)
				}
				mc, ok := h.Contents.(*protocol.MarkupContent)
				if !ok {
					t.Fatalf("hover contents are %T, want markdown", h.Contents)
				}
				assertNoSecret(t, "hover", mc.Value, toks)
				wc.check(t, "hover/"+name, mc.Value+"\n")
			}

			for _, kind := range fixKinds {
				target, files := wc.fixTargets(kind)
				if target == "" {
					continue
				}
				t.Run(kind, func(t *testing.T) {
					wc.runFix(t, kind, target, files, toks)
				})
			}
		})
	}
}

// fixTargets returns the document a fix applies to (the first opened file
// with a want/KIND/ section, or with a finding under -update) and the files
// whose contents are checked after it.
func (wc *workspaceCase) fixTargets(kind string) (string, []string) {
	var files []string
	for sec := range wc.want {
		if rest, ok := strings.CutPrefix(sec, kind+"/"); ok && rest != "diagnostics" {
			files = append(files, rest)
		}
	}
	sort.Strings(files)
	// The target is a file the fix rewrites and that has a finding.
	for _, name := range wc.opened() {
		if slices.Contains(files, name) && strings.Contains(wc.want["diagnostics"], name+" ") {
			return name, files
		}
	}
	return "", nil
}

func (wc *workspaceCase) runFix(t *testing.T, kind, target string, files []string, toks map[string]string) {
	c, dir := wc.start(t)
	u := fileURI(dir, target)
	ds, _ := c.Diagnostics(u)
	if len(ds) == 0 {
		t.Fatalf("%s has no diagnostics to fix", target)
	}
	only := []protocol.CodeActionKind{protocol.CodeActionKindQuickFix}
	if kind == "fixall" {
		only = []protocol.CodeActionKind{protocol.CodeActionKindSourceFixAll}
	}
	actions, err := c.CodeAction(&protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u},
		Range:        ds[0].Range,
		Context:      protocol.CodeActionContext{Diagnostics: ds[:1], Only: only},
	})
	if err != nil {
		t.Fatalf("codeAction: %v", err)
	}
	a := pickAction(t, actions, ds[0], kind)
	assertNoSecret(t, "code action", mustJSON(t, a), toks)
	before := c.Version(u)
	switch {
	case a.Edit != nil:
		if _, err := c.ApplyWorkspaceEdit(a.Edit); err != nil {
			t.Fatalf("applying %q: %v", a.Title, err)
		}
		c.Replace(u, c.Text(u))
	case a.Command.Command != "":
		if _, err := c.Server.ExecuteCommand(c.Ctx(), &protocol.ExecuteCommandParams{Command: a.Command.Command, Arguments: a.Command.Arguments}); err != nil {
			t.Fatalf("executing %q: %v", a.Command.Command, err)
		}
	default:
		t.Fatalf("action %q has neither edit nor command", a.Title)
	}
	c.WaitNewer(u, before)

	for _, f := range files {
		var got string
		if f == target {
			got = c.Text(u)
		} else {
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
			if err != nil {
				t.Fatalf("%s after %s: %v", f, kind, err)
			}
			got = string(data)
			if f == ".env" && wc.files[".env"] == "" {
				if st, err := os.Stat(filepath.Join(dir, ".env")); err != nil || st.Mode().Perm() != 0o600 {
					t.Errorf(".env created with mode %v, want 0600", st.Mode().Perm())
				}
			}
		}
		wc.check(t, kind+"/"+f, got)
	}
	if _, ok := wc.want[kind+"/diagnostics"]; ok || *update {
		wc.check(t, kind+"/diagnostics", renderDiagnostics(c, dir, []string{target}))
	}
}

// pickAction finds the action for kind: by the title of the fix of that
// kind in the diagnostic's data, or the source.fixAll action.
func pickAction(t *testing.T, actions []protocol.CommandOrCodeAction, d protocol.Diagnostic, kind string) *protocol.CodeAction {
	t.Helper()
	var data struct {
		Fixes []struct{ Kind, Title string }
	}
	if err := json.Unmarshal(d.Data, &data); err != nil {
		t.Fatalf("diagnostic data: %v", err)
	}
	title := ""
	for _, f := range data.Fixes {
		if f.Kind == kind {
			title = f.Title
		}
	}
	var titles []string
	for _, ca := range actions {
		a, ok := ca.(*protocol.CodeAction)
		if !ok {
			continue
		}
		titles = append(titles, a.Title)
		if kind == "fixall" && a.Kind != nil && *a.Kind == protocol.CodeActionKindSourceFixAll {
			return a
		}
		if kind != "fixall" && a.Title == title {
			return a
		}
	}
	t.Fatalf("no %s action among %q", kind, titles)
	return nil
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := protocol.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// assertNoSecret fails when text holds the secret part of any test token:
// its signature or key. The message names the token, never the secret.
func assertNoSecret(t *testing.T, what, text string, toks map[string]string) {
	t.Helper()
	for id, tok := range toks {
		for _, secret := range sasguardtest.SecretsOf(tok) {
			if strings.Contains(text, secret) {
				t.Errorf("%s carries the secret of token %s", what, id)
			}
		}
	}
}
