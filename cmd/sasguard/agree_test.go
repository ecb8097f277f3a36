package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/gittest"
	"github.com/sasguard/sasguard/lsp/lsptest"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
)

// agreement is one finding as every front end must report it.
type agreement struct {
	Path                       string
	Line, Col, EndLine, EndCol int // 1-based, columns in bytes
	Rule, Severity             string
	Fingerprint, Message       string
	Notes                      []string
	Fixes                      string // kinds, titles, byte edits, env names
}

// agreeFiles is a small repository exercising what could make the front
// ends differ: policy from .sasguard.toml (a tolerance and an allowlist),
// an inline suppression, an expired token, two tokens on one line after
// emoji, CRLF line endings, and languages whose fixes differ.
func agreeFiles(t *testing.T) map[string]string {
	tok := sasguardtest.Tokens(t)
	return map[string]string{
		".sasguard.toml": "version = 1\n\n[[policy.tolerate]]\nname = \"read-only doc links\"\nseverity = \"warning\"\npaths = [\"docs/**\"]\nkinds = [\"service_sas\"]\npermissions = \"rl\"\n\n[[allow]]\npath = \"fixtures/**\"\nreason = \"throwaway accounts that do not exist\"\n",
		"app.py":         "import os\n# 秘密 🔑 below\nA, B = \"" + tok["t001"] + "\", \"" + tok["t006"] + "\"  # 😀\nOLD = \"" + tok["t004"] + "\"\n",
		"docs/guide.md":  "# Guide\n\nDownload the model: " + tok["t005"] + "\n",
		"deploy/ci.yml":  "env:\n  URL: '" + tok["t003"] + "'\n",
		"main.go":        "package main\n\nconst conn = \"" + tok["t015"] + "\"\n",
		"config/app.env": "SB=" + tok["t019"] + "\n",
		"fixtures/a.txt": tok["t002"] + "\n",
		"notes.sh":       "# sasguard:ignore reason=\"revoked on 2026-11-01\"\nT='" + tok["t018"] + "'\n",
		"win.ps1":        "# Windows\r\n$u = \"" + tok["t014"] + "\"\r\nWrite-Host $u\r\n",
	}
}

// TestHookScanAndLSPAgree feeds the same files through the pre-commit hook's
// path (staged blobs read from a real git index), `sasguard scan --format
// json` and the language server, and requires the same findings from each:
// positions, rule, severity, fingerprint, message, notes and fixes.
func TestHookScanAndLSPAgree(t *testing.T) {
	r := gittest.New(t)
	dir := r.Dir
	files := agreeFiles(t)
	for name, data := range files {
		writeFile(t, dir, name, []byte(data))
	}
	r.Git("add", "-A")
	// git runs hooks at the top of the work tree and editors start servers
	// in the workspace folder; notes name the config relative to it.
	t.Chdir(dir)

	hook := hookFindings(t, dir)
	scan := scanFindings(t, dir)
	editor := lspFindings(t, dir, files)

	if len(hook) < 7 {
		t.Fatalf("the hook found %d findings; the fixture has at least 7 reportable tokens", len(hook))
	}
	if diff := cmp.Diff(hook, scan); diff != "" {
		t.Errorf("hook vs scan (-hook +scan):\n%s", diff)
	}
	if diff := cmp.Diff(hook, editor); diff != "" {
		t.Errorf("hook vs LSP (-hook +lsp):\n%s", diff)
	}
	// The fixture's policy must have applied, or agreement proves little.
	sev := map[string]string{}
	for _, a := range hook {
		sev[a.Path] = a.Severity
	}
	for path, want := range map[string]string{"docs/guide.md": "warning", "main.go": "error"} {
		if sev[path] != want {
			t.Errorf("%s graded %q, want %q", path, sev[path], want)
		}
	}
	for _, path := range []string{"fixtures/a.txt", "notes.sh"} {
		if _, ok := sev[path]; ok {
			t.Errorf("%s is allowed or suppressed but was reported", path)
		}
	}
}

func fixesKey(t *testing.T, fixes []rules.Fix) string {
	t.Helper()
	for i := range fixes {
		if fixes[i].Edits == nil {
			fixes[i].Edits = []rules.Edit{}
		}
	}
	if fixes == nil {
		fixes = []rules.Fix{}
	}
	b, err := json.Marshal(fixes)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func sortAgreements(as []agreement) []agreement {
	sort.Slice(as, func(i, j int) bool {
		if as[i].Path != as[j].Path {
			return as[i].Path < as[j].Path
		}
		if as[i].Line != as[j].Line {
			return as[i].Line < as[j].Line
		}
		return as[i].Col < as[j].Col
	})
	return as
}

func hookFindings(t *testing.T, dir string) []agreement {
	t.Helper()
	repo, err := gitdir.Locate(dir, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	eng, _, err := config.Engine(repo.WorkTree, "", now)
	if err != nil {
		t.Fatal(err)
	}
	items, _, err := scanStaged(repo, eng)
	if err != nil {
		t.Fatal(err)
	}
	var out []agreement
	for _, it := range items {
		f := it.Finding
		out = append(out, agreement{Path: it.Path, Line: f.Start.Line, Col: f.Start.Col, EndLine: f.End.Line, EndCol: f.End.Col,
			Rule: f.Rule, Severity: f.Severity.String(), Fingerprint: f.Fingerprint, Message: f.Message, Notes: f.Notes, Fixes: fixesKey(t, f.Fixes)})
	}
	return sortAgreements(out)
}

func scanFindings(t *testing.T, dir string) []agreement {
	t.Helper()
	out, errb, code := runMain(t, "", "scan", "--format", "json", ".")
	if code != exitFindings {
		t.Fatalf("scan exit code %d, want %d\n%s", code, exitFindings, errb)
	}
	var rep struct {
		Findings []struct {
			Path                                 string
			L                                    int `json:"line"`
			C                                    int `json:"column"`
			EL                                   int `json:"end_line"`
			EC                                   int `json:"end_column"`
			Rule, Severity, Fingerprint, Message string
			Notes                                []string
			Fixes                                []rules.Fix
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("scan JSON: %v", err)
	}
	var as []agreement
	for _, f := range rep.Findings {
		notes := f.Notes
		if len(notes) == 0 {
			notes = nil
		}
		as = append(as, agreement{Path: filepath.ToSlash(filepath.Clean(f.Path)), Line: f.L, Col: f.C, EndLine: f.EL, EndCol: f.EC,
			Rule: f.Rule, Severity: f.Severity, Fingerprint: f.Fingerprint, Message: f.Message, Notes: notes, Fixes: fixesKey(t, f.Fixes)})
	}
	return sortAgreements(as)
}

func lspFindings(t *testing.T, dir string, files map[string]string) []agreement {
	t.Helper()
	c := lsptest.Start(t, lsptest.Config{Now: now, Folder: dir})
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		c.Open(uri.File(filepath.Join(dir, filepath.FromSlash(name))), "", files[name])
	}
	var as []agreement
	for _, name := range names {
		text := files[name]
		for _, d := range c.WaitDiagnostics(uri.File(filepath.Join(dir, filepath.FromSlash(name))), 1) {
			code, _ := d.Code.(protocol.String)
			if code == "config" {
				t.Fatalf("the server could not load the config: %v", d.Message)
			}
			msg, _ := d.Message.(protocol.String)
			parts := strings.Split(string(msg), "\nnote: ")
			var data struct {
				Fingerprint string
				Fixes       []rules.Fix
			}
			if err := json.Unmarshal(d.Data, &data); err != nil {
				t.Fatal(err)
			}
			sl, sc := humanPos(text, d.Range.Start)
			el, ec := humanPos(text, d.Range.End)
			a := agreement{Path: name, Line: sl, Col: sc, EndLine: el, EndCol: ec, Rule: string(code), Severity: lspSeverity(d.Severity),
				Fingerprint: data.Fingerprint, Message: parts[0], Fixes: fixesKey(t, data.Fixes)}
			if len(parts) > 1 {
				a.Notes = parts[1:]
			}
			as = append(as, a)
		}
	}
	return sortAgreements(as)
}

// humanPos converts an LSP UTF-16 position to a 1-based line and byte
// column, by its own arithmetic.
func humanPos(text string, p protocol.Position) (int, int) {
	lines := strings.SplitAfter(text, "\n")
	line := lines[p.Line]
	units := 0
	for i, r := range line {
		if units == int(p.Character) {
			return int(p.Line) + 1, i + 1
		}
		units += len(utf16.Encode([]rune{r}))
	}
	return int(p.Line) + 1, len(strings.TrimRight(line, "\r\n")) + 1
}

func lspSeverity(s protocol.DiagnosticSeverity) string {
	switch s {
	case protocol.DiagnosticSeverityError:
		return "error"
	case protocol.DiagnosticSeverityWarning:
		return "warning"
	}
	return "info"
}
