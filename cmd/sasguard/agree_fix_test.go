package main

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gittest"
	"github.com/sasguard/sasguard/lsp/lsptest"
)

// agreeFixFiles exercise where the two fix executors used to differ: two
// secrets in one literal (a second pass), two different secrets wanting one
// name (NAME_2), a name .env already holds with another value, the same
// secret twice (one name), an import added once, a comment no reference
// fits, and an existing .gitignore.
func agreeFixFiles(t *testing.T) map[string]string {
	tok := sasguardtest.Tokens(t)
	return map[string]string{
		"svc/app.py":    "import json\n\nBOTH = \"" + tok["t001"] + " " + tok["t012"] + "\"\n# old: " + tok["t005"] + "\n",
		"svc/main.go":   "package main\n\nimport \"fmt\"\n\nvar (\n\ta = \"" + tok["t001"] + "\"\n\tb = \"" + tok["t015"] + "\"\n)\n\nfunc main() { fmt.Println(a, b) }\n",
		"svc/ci.yml":    "env:\n  URL: '" + tok["t003"] + "'\n",
		"svc/upload.ts": "export const u = '" + tok["t012"] + "';\nexport const v = '" + tok["t006"] + "';\n",
		".gitignore":    "node_modules/\n",
		".env":          "# team values\nAZURE_STORAGE_CONNECTION_STRING='https://example.invalid/other'\n",
	}
}

// TestFixCLIAndLSPAgree fixes the same repository with `sasguard fix
// --dotenv` and with the language server's fix-all, file by file, and
// requires the same sources, .env and .gitignore: both execute one fix plan
// and put .env at the repository root, also when the editor's workspace
// folder is a subfolder of the repository.
func TestFixCLIAndLSPAgree(t *testing.T) {
	files := agreeFixFiles(t)
	var sources []string
	for name := range files {
		if name != ".env" && name != ".gitignore" {
			sources = append(sources, name)
		}
	}
	sort.Strings(sources)

	cli := gittest.New(t).Dir
	for name, data := range files {
		writeFile(t, cli, name, []byte(data))
	}
	t.Chdir(cli)
	if _, stderr, code := runMain(t, "", "fix", "--dotenv", "."); code != exitOK && code != exitFindings {
		t.Fatalf("sasguard fix: exit %d\n%s", code, stderr)
	}
	want := readTree(t, cli, append(sources, ".env", ".gitignore"))
	if want[".env"] == files[".env"] {
		t.Fatal("sasguard fix moved nothing to .env: the fixture proves little")
	}

	for _, folder := range []string{"", "svc"} {
		t.Run("folder="+folder, func(t *testing.T) {
			dir := gittest.New(t).Dir
			for name, data := range files {
				writeFile(t, dir, name, []byte(data))
			}
			c := lsptest.Start(t, lsptest.Config{Now: now, Folder: filepath.Join(dir, folder)})
			got := map[string]string{}
			for _, name := range sources {
				u := uri.File(filepath.Join(dir, filepath.FromSlash(name)))
				c.Open(u, "", files[name])
				ds := c.WaitDiagnostics(u, 1)
				if len(ds) > 0 {
					actions, err := c.CodeAction(&protocol.CodeActionParams{
						TextDocument: protocol.TextDocumentIdentifier{URI: u},
						Range:        ds[0].Range,
						Context:      protocol.CodeActionContext{Diagnostics: ds, Only: []protocol.CodeActionKind{protocol.CodeActionKindSourceFixAll}},
					})
					if err != nil {
						t.Fatalf("%s: codeAction: %v", name, err)
					}
					for _, a := range actions {
						ca, ok := a.(*protocol.CodeAction)
						if !ok || ca.Command.Command == "" {
							continue
						}
						before := c.Version(u)
						if _, err := c.Server.ExecuteCommand(c.Ctx(), &protocol.ExecuteCommandParams{Command: ca.Command.Command, Arguments: ca.Command.Arguments}); err != nil {
							t.Fatalf("%s: %s: %v", name, ca.Command.Command, err)
						}
						c.WaitNewer(u, before)
					}
				}
				got[name] = c.Text(u)
			}
			for name, data := range readTree(t, dir, []string{".env", ".gitignore"}) {
				got[name] = data
			}
			if _, err := os.Stat(filepath.Join(dir, "svc", ".env")); folder != "" && err == nil {
				t.Error("the editor wrote .env in its workspace folder, not at the repository root")
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("sasguard fix vs the editor's fix-all (-cli +lsp):\n%s", diff)
			}
		})
	}
}

func readTree(t *testing.T, dir string, names []string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(data)
	}
	return out
}
