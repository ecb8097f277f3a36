package lsp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
)

// Real editors drive the built binary: a Node client on the libraries under
// VS Code's language client, and headless Neovim. Each opens a file from a
// workspace in testdata/workspaces, gets its diagnostics, applies one
// quick-fix, writes the file, and checks the files against the workspace's
// want/ sections. The binary reads the real clock, so the cases use tokens
// that stay live for decades.

// realCase is one fix in one fresh workspace, as the clients read it.
type realCase struct {
	Kind       string            `json:"kind"`
	Dir        string            `json:"dir"`
	File       string            `json:"file"`
	LanguageID string            `json:"languageId"`
	Code       string            `json:"code"`
	Expect     map[string]string `json:"expect"`
	LeftAfter  int               `json:"leftAfter"`
}

type manifest struct {
	Cases   []realCase `json:"cases"`
	Secrets []string   `json:"secrets"`
}

// realWorkspaces are the txtar workspaces the real clients replay.
var realWorkspaces = []string{"python", "go", "markdown"}

func TestMain(m *testing.M) {
	os.Exit(sasguardtest.Main(m))
}

func writeManifest(t *testing.T) string {
	t.Helper()
	toks := sasguardtest.Tokens(t)
	var m manifest
	for _, tok := range toks {
		m.Secrets = append(m.Secrets, sasguardtest.SecretsOf(tok)...)
	}
	for _, name := range realWorkspaces {
		wc := loadCase(t, filepath.Join("testdata", "workspaces", name+".txtar"), toks)
		target := wc.opened()[0]
		code := strings.Fields(wc.want["diagnostics"])[3]
		for _, kind := range fixKinds {
			rc := realCase{Kind: kind, Dir: t.TempDir(), File: target, LanguageID: languageID(target), Code: code, Expect: map[string]string{}}
			for sec, data := range wc.want {
				rest, ok := strings.CutPrefix(sec, kind+"/")
				if !ok {
					continue
				}
				if rest == "diagnostics" {
					rc.LeftAfter = strings.Count(data, "\n")
					continue
				}
				rc.Expect[rest] = data
			}
			if len(rc.Expect) == 0 {
				continue
			}
			for f, data := range wc.files {
				writeFile(t, filepath.Join(rc.Dir, filepath.FromSlash(f)), data)
			}
			m.Cases = append(m.Cases, rc)
		}
	}
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "manifest.json")
	writeFile(t, path, string(data))
	return path
}

func TestNodeClient(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the real-client test")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: run .ci/setup.d/lsp.sh (apt-get install nodejs npm)")
	}
	dir := filepath.Join("testdata", "nodeclient")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "vscode-languageserver-protocol")); err != nil {
		t.Skip("the Node client's libraries are not installed: run .ci/setup.d/lsp.sh (npm ci in lsp/testdata/nodeclient)")
	}
	bin := sasguardtest.Binary(t)
	man := writeManifest(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "--test", "--test-reporter=spec")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SASGUARD_BIN="+bin, "SASGUARD_MANIFEST="+man)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err = cmd.Run()
	out := buf.Bytes()
	if err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("pass ")) || bytes.Contains(out, []byte("fail 0")) == false {
		t.Fatalf("node --test reported no passing tests or some failures:\n%s", out)
	}
	t.Logf("%s", lastLines(out, 10))
}

func TestNeovimClient(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the real-client test")
	}
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed: run .ci/setup.d/lsp.sh (apt-get install neovim)")
	}
	bin := sasguardtest.Binary(t)
	man := writeManifest(t)
	result := filepath.Join(t.TempDir(), "result.json")
	script, err := filepath.Abs(filepath.Join("testdata", "nvim", "test.lua"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-c", "luafile "+script)
	cmd.Env = append(os.Environ(), "SASGUARD_BIN="+bin, "SASGUARD_MANIFEST="+man, "SASGUARD_RESULT="+result)
	out, err := cmd.CombinedOutput()
	data, rerr := os.ReadFile(result)
	if rerr != nil {
		t.Fatalf("nvim wrote no result (%v, %v):\n%s", rerr, err, out)
	}
	var res struct {
		Passed   int      `json:"passed"`
		Failures []string `json:"failures"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("nvim result %q: %v", data, err)
	}
	for _, f := range res.Failures {
		t.Errorf("neovim: %s", f)
	}
	if res.Passed == 0 {
		t.Errorf("neovim ran no case:\n%s", out)
	}
	if err != nil && len(res.Failures) == 0 {
		t.Errorf("nvim exited with %v:\n%s", err, out)
	}
	t.Logf("neovim: %d cases passed", res.Passed)
}

func lastLines(b []byte, n int) []byte {
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return bytes.Join(lines, []byte("\n"))
}
