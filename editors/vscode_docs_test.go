package editors

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/lsp/lsptest"
)

// TestVSCodeTraceSettingIsHonest: VS Code's client logs every message's
// parameters at verbose, didOpen and didChange included, so the whole text
// of each open file (secrets and all) lands in the output channel; the
// server cannot mask what the client logs. The setting must say so, claim
// no masking, and stay off by default.
func TestVSCodeTraceSettingIsHonest(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("vscode", "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Contributes struct {
			Configuration struct {
				Properties map[string]struct {
					Default             any      `json:"default"`
					Enum                []string `json:"enum"`
					EnumDescriptions    []string `json:"enumDescriptions"`
					MarkdownDescription string   `json:"markdownDescription"`
				} `json:"properties"`
			} `json:"configuration"`
		} `json:"contributes"`
	}
	if err := json.Unmarshal(data, &pkg); err != nil {
		t.Fatal(err)
	}
	tr, ok := pkg.Contributes.Configuration.Properties["sasguard.trace.server"]
	if !ok {
		t.Fatal("no sasguard.trace.server setting")
	}
	if tr.Default != "off" {
		t.Errorf("trace default %v, want off", tr.Default)
	}
	verbose := ""
	for i, e := range tr.Enum {
		if e == "verbose" && i < len(tr.EnumDescriptions) {
			verbose = tr.EnumDescriptions[i]
		}
	}
	readme, err := os.ReadFile(filepath.Join("vscode", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	row := ""
	for _, l := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(l, "| `sasguard.trace.server`") {
			row = l
		}
	}
	for name, text := range map[string]string{"verbose's description": verbose, "the setting's description": tr.MarkdownDescription, "the README's row": row} {
		if !regexp.MustCompile(`(?i)whole (text|documents?|files?)`).MatchString(text) || !strings.Contains(strings.ToLower(text), "secret") {
			t.Errorf("%s does not warn that whole documents, secrets included, are logged: %q", name, text)
		}
		if regexp.MustCompile(`(?i)\bmask`).MatchString(text) && !regexp.MustCompile(`(?i)(cannot|not) mask`).MatchString(text) {
			t.Errorf("%s claims the trace is masked: %q", name, text)
		}
	}
}

// TestVSCodeReadmeHover: the sample hover in the extension's README is what
// the server shows for the sample token, word for word (the title line and
// the sentence under it), with the test clock at sasguardtest.RefTime.
func TestVSCodeReadmeHover(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("vscode", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<!-- sample hover: ([a-z0-9_.]+) holding (t\d+) -->\n((?:>[^\n]*\n)+)`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("the README has no `<!-- sample hover: FILE holding tNNN -->` block quote")
	}
	var quoted []string
	for _, l := range strings.Split(strings.TrimSuffix(string(m[3]), "\n"), "\n") {
		quoted = append(quoted, strings.TrimPrefix(strings.TrimPrefix(l, ">"), " "))
	}
	want := strings.Join(quoted, "\n")

	tok, ok := sasguardtest.Tokens(t)[string(m[2])]
	if !ok {
		t.Fatalf("no sample token %s", m[2])
	}
	dir := t.TempDir()
	c := lsptest.Start(t, lsptest.Config{Now: func() time.Time { return sasguardtest.RefTime }, Folder: dir})
	u := uri.File(filepath.Join(dir, string(m[1])))
	c.Open(u, "", "url = \""+tok+"\"\n")
	ds := c.WaitDiagnostics(u, c.Version(u))
	if len(ds) == 0 {
		t.Fatal("no diagnostic for the sample token")
	}
	h, err := c.Server.Hover(c.Ctx(), &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: ds[0].Range.Start}})
	if err != nil || h == nil {
		t.Fatalf("hover: %v %v", h, err)
	}
	mc, ok := h.Contents.(*protocol.MarkupContent)
	if !ok {
		t.Fatalf("hover contents are %T", h.Contents)
	}
	paras := strings.SplitN(mc.Value, "\n\n", 3)
	if len(paras) < 2 {
		t.Fatalf("hover has fewer than two paragraphs:\n%s", mc.Value)
	}
	got := paras[0] + "\n\n" + paras[1]
	if got != want {
		t.Errorf("the README's sample hover differs from the server's; put this in the block quote:\n%s", got)
	}
}
