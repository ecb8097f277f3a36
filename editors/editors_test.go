package editors

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
)

// The token the end-to-end tests plant: t001 from the shared test vectors, a
// full-control Account SAS expiring in 2051, which the default policy blocks.
const (
	tokenID   = "t001"
	tokenRule = "azure-account-sas"
)

// sample is a real-format token and what the tests must never print: its
// signature, decoded and without padding, so that it matches the token
// whether the signature is URL-encoded or not.
type sample struct {
	Token  string
	Secret string
}

func loadSample(t *testing.T) sample {
	t.Helper()
	tok, ok := sasguardtest.Tokens(t)[tokenID]
	if !ok {
		t.Fatalf("sas-tokens.json has no sample %s", tokenID)
	}
	u, err := url.Parse(tok)
	if err != nil {
		t.Fatalf("%s: %v", tokenID, err)
	}
	sig := strings.TrimRight(u.Query().Get("sig"), "=")
	if len(sig) < 40 {
		t.Fatalf("%s: signature of %d characters, want a real one", tokenID, len(sig))
	}
	return sample{Token: tok, Secret: sig}
}

// mask hides the secret in text shown in a failure.
func (s sample) mask(text string) string {
	return strings.ReplaceAll(text, s.Secret, s.Secret[:4]+"****")
}

func TestMain(m *testing.M) {
	os.Exit(sasguardtest.Main(m))
}

func lookPath(t *testing.T, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not found: %s", name, install)
	}
	return p
}

// vscodeDir returns editors/vscode, skipping when its npm packages are not
// installed.
func vscodeDir(t *testing.T) string {
	t.Helper()
	lookPath(t, "node", "install Node.js 20+ (apt-get install -y nodejs npm)")
	lookPath(t, "npm", "install npm (apt-get install -y npm)")
	dir, err := filepath.Abs("vscode")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json")); err != nil {
		t.Skip("editors/vscode/node_modules is missing: run `npm ci` in editors/vscode (bash .ci/setup.d/editors.sh does)")
	}
	return dir
}

// run runs a command in dir with extra environment and returns its combined
// output; a non-zero exit fails the test with that output, secrets masked.
func run(t *testing.T, s sample, timeout time.Duration, dir string, env []string, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("%s %s: timed out after %s\n%s", name, strings.Join(args, " "), timeout, s.mask(string(out)))
	}
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, s.mask(string(out)))
	}
	return string(out)
}

func TestVSCodeExtension(t *testing.T) {
	dir := vscodeDir(t)
	var none sample
	none.Secret = "\x00never\x00"
	npm := func(t *testing.T, env []string, args ...string) string {
		return run(t, none, 5*time.Minute, dir, env, "npm", args...)
	}

	t.Run("typecheck", func(t *testing.T) { npm(t, nil, "run", "--silent", "typecheck") })
	t.Run("lint", func(t *testing.T) { npm(t, nil, "run", "--silent", "lint") })

	t.Run("unit", func(t *testing.T) {
		// SASGUARD_BIN is cleared so that only the unit tests run here; the
		// server test runs in TestVSCodeServer.
		out := npm(t, []string{"SASGUARD_BIN="}, "test")
		if !regexp.MustCompile(`(?m)^# fail 0$`).MatchString(out) || !regexp.MustCompile(`(?m)^# pass [1-9]`).MatchString(out) {
			t.Fatalf("node --test did not report passing tests:\n%s", out)
		}
	})

	t.Run("bundle", func(t *testing.T) {
		npm(t, nil, "run", "--silent", "build")
		bundle, err := os.ReadFile(filepath.Join(dir, "dist", "extension.js"))
		if err != nil {
			t.Fatal(err)
		}
		// The .vsix ships no node_modules: the bundle may only require the
		// vscode API and Node's own modules.
		builtinsJSON := run(t, none, time.Minute, dir, nil, "node", "-p", "JSON.stringify(require('module').builtinModules)")
		var builtins []string
		if err := json.Unmarshal([]byte(builtinsJSON), &builtins); err != nil {
			t.Fatalf("builtin modules: %v: %s", err, builtinsJSON)
		}
		var outside []string
		for _, m := range regexp.MustCompile(`require\("([^"]+)"\)`).FindAllStringSubmatch(string(bundle), -1) {
			mod := strings.TrimPrefix(m[1], "node:")
			if mod != "vscode" && !slices.Contains(builtins, mod) && !slices.Contains(outside, mod) {
				outside = append(outside, mod)
			}
		}
		if len(outside) > 0 {
			t.Errorf("dist/extension.js requires modules it does not bundle: %v", outside)
		}
		for _, want := range []string{"sasguard.restartServer", "sasguard.showOutput", "vscode-languageclient"} {
			if !bytes.Contains(bundle, []byte(want)) {
				t.Errorf("dist/extension.js lacks %q", want)
			}
		}
	})

	t.Run("package", func(t *testing.T) {
		var manifest struct {
			Name    string `json:"name"`
			Version string `json:"version"`
		}
		readJSON(t, filepath.Join(dir, "package.json"), &manifest)
		vsix := filepath.Join(t.TempDir(), fmt.Sprintf("%s-%s.vsix", manifest.Name, manifest.Version))
		npm(t, nil, "exec", "--no", "--", "vsce", "package", "--no-dependencies", "--out", vsix)
		checkVSIX(t, vsix)
	})
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// checkVSIX opens the package as VS Code would and checks that it holds the
// bundle its manifest names, the docs, and no sources or dependencies, and
// that the manifest declares the commands and settings the extension uses.
func checkVSIX(t *testing.T, path string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer zr.Close()
	var names []string
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		names = append(names, f.Name)
		files[f.Name] = f
	}
	slices.Sort(names)
	want := []string{
		"[Content_Types].xml",
		"extension.vsixmanifest",
		"extension/LICENSE.txt",
		"extension/changelog.md",
		"extension/dist/extension.js",
		"extension/package.json",
		"extension/readme.md",
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("files in the .vsix (-want +got):\n%s", diff)
	}
	f := files["extension/package.json"]
	if f == nil {
		t.Fatal("no extension/package.json in the .vsix")
	}
	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Main        string `json:"main"`
		Contributes struct {
			Commands []struct {
				Command string `json:"command"`
				Title   string `json:"title"`
			} `json:"commands"`
			Configuration struct {
				Properties map[string]struct {
					Type                string `json:"type"`
					Description         string `json:"description"`
					MarkdownDescription string `json:"markdownDescription"`
				} `json:"properties"`
			} `json:"configuration"`
		} `json:"contributes"`
	}
	if err := json.Unmarshal(data, &pkg); err != nil {
		t.Fatalf("package.json in the .vsix: %v", err)
	}
	if got := "extension/" + strings.TrimPrefix(pkg.Main, "./"); files[got] == nil {
		t.Errorf("main %q is not in the .vsix", pkg.Main)
	}
	var commands []string
	for _, c := range pkg.Contributes.Commands {
		commands = append(commands, c.Command)
		if c.Title == "" {
			t.Errorf("command %s has no title", c.Command)
		}
	}
	if diff := cmp.Diff([]string{"sasguard.restartServer", "sasguard.showOutput"}, commands); diff != "" {
		t.Errorf("commands (-want +got):\n%s", diff)
	}
	var settings []string
	for name, p := range pkg.Contributes.Configuration.Properties {
		settings = append(settings, name)
		if p.Description == "" && p.MarkdownDescription == "" {
			t.Errorf("setting %s is not documented", name)
		}
	}
	slices.Sort(settings)
	if diff := cmp.Diff([]string{"sasguard.args", "sasguard.path", "sasguard.trace.server"}, settings); diff != "" {
		t.Errorf("settings (-want +got):\n%s", diff)
	}
}

// TestVSCodeServer starts the real server the way the extension does and
// drives it with VS Code's protocol library (editors/vscode/test/server.test.ts).
func TestVSCodeServer(t *testing.T) {
	dir := vscodeDir(t)
	lookPath(t, "git", "install git (apt-get install -y git)")
	s := loadSample(t)
	bin := sasguardtest.Binary(t)
	run(t, s, 5*time.Minute, dir, nil, "npm", "run", "--silent", "pretest")
	out := run(t, s, 2*time.Minute, dir, []string{
		"SASGUARD_BIN=" + bin,
		"SASGUARD_TOKEN=" + s.Token,
		"SASGUARD_SECRET=" + s.Secret,
		"SASGUARD_RULE=" + tokenRule,
	}, "node", "--test", filepath.Join("out", "test", "server.test.js"))
	if strings.Contains(out, "# SKIP") || !regexp.MustCompile(`(?m)^# fail 0$`).MatchString(out) || !regexp.MustCompile(`(?m)^# pass [1-9]`).MatchString(out) {
		t.Fatalf("the server test did not run and pass:\n%s", s.mask(out))
	}
	if strings.Contains(out, s.Secret) {
		t.Errorf("the test output carries the whole secret")
	}
}

// nvim runs a headless Neovim that loads the plugin as a user would (its
// directory on 'runtimepath') and runs script; it fails the test with
// Neovim's output when the script fails.
func nvim(t *testing.T, s sample, script string, env []string) string {
	t.Helper()
	bin := lookPath(t, "nvim", "install Neovim 0.7+ (apt-get install -y neovim; bash .ci/setup.d/editors.sh does)")
	plugin, err := filepath.Abs("nvim")
	if err != nil {
		t.Fatal(err)
	}
	state := t.TempDir() // keeps Neovim's logs and shada out of the user's home
	env = append(env,
		"SASGUARD_NVIM_PLUGIN="+plugin,
		"SASGUARD_NVIM_TEST="+filepath.Join(plugin, "test", script),
		"XDG_CONFIG_HOME="+filepath.Join(state, "config"),
		"XDG_DATA_HOME="+filepath.Join(state, "data"),
		"XDG_STATE_HOME="+filepath.Join(state, "state"),
		"XDG_CACHE_HOME="+filepath.Join(state, "cache"),
	)
	return run(t, s, 2*time.Minute, plugin, env, bin,
		"--headless", "--clean", "-u", "NONE",
		"--cmd", "lua vim.opt.runtimepath:prepend(os.getenv('SASGUARD_NVIM_PLUGIN'))",
		"-c", "lua dofile(os.getenv('SASGUARD_NVIM_TEST'))",
	)
}

// TestNeovimPlugin checks the plugin's own decisions (roots, filters,
// option errors, a missing binary) without a server.
func TestNeovimPlugin(t *testing.T) {
	var none sample
	none.Secret = "\x00never\x00"
	nvim(t, none, "plugin_spec.lua", []string{"SASGUARD_TMP=" + t.TempDir()})
}

// TestNeovimEndToEnd opens files holding a real token in Neovim with the
// plugin and the real server, applies the "Redact" and "Replace with"
// quick-fixes, writes the files, and checks them on disk.
func TestNeovimEndToEnd(t *testing.T) {
	lookPath(t, "nvim", "install Neovim 0.7+ (apt-get install -y neovim; bash .ci/setup.d/editors.sh does)")
	git := lookPath(t, "git", "install git (apt-get install -y git)")
	s := loadSample(t)
	bin := sasguardtest.Binary(t)

	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	repo := filepath.Join(tmp, "repo")
	repo2 := filepath.Join(tmp, "repo2")
	outside := filepath.Join(tmp, "outside")
	files := map[string]string{
		"repo/deploy.sh":       "#!/bin/sh\n# fetch the model files\nMODEL_URL=\"" + s.Token + "\"\ncurl -fsSL \"$MODEL_URL\" -o models.tar\n",
		"repo/settings.py":     "import os\n\nMODELS_URL = \"" + s.Token + "\"\nTIMEOUT = 30\n",
		"repo2/.sasguard.toml": "",
		"repo2/app.yaml":       "storage:\n  url: \"" + s.Token + "\"\n",
		"outside/loose.txt":    "copied from the portal: " + s.Token + "\n",
	}
	for rel, content := range files {
		p := filepath.Join(tmp, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run(t, s, time.Minute, repo, nil, git, "init", "-q")
	result := filepath.Join(tmp, "result.json")

	out := nvim(t, s, "e2e.lua", []string{
		"SASGUARD_BIN=" + bin,
		"SASGUARD_REPO=" + repo,
		"SASGUARD_REPO2=" + repo2,
		"SASGUARD_OUTSIDE=" + outside,
		"SASGUARD_TOKEN=" + s.Token,
		"SASGUARD_SECRET=" + s.Secret,
		"SASGUARD_RULE=" + tokenRule,
		"SASGUARD_RESULT=" + result,
	})
	if strings.Contains(out, s.Secret) {
		t.Errorf("Neovim's output carries the whole secret")
	}
	var applied struct {
		RedactTitle  string `json:"redact_title"`
		ReplaceTitle string `json:"replace_title"`
	}
	readJSON(t, result, &applied)

	read := func(rel string) string {
		data, err := os.ReadFile(filepath.Join(tmp, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}

	// deploy.sh: the signature is gone, the token keeps its shape, and no
	// other line moved.
	sh := read("repo/deploy.sh")
	if strings.Contains(sh, s.Secret) {
		t.Errorf("deploy.sh still holds the secret after %q", applied.RedactTitle)
	}
	shapeEnd := strings.Index(s.Token, "sig=") + len("sig=")
	wantLines := strings.Split(files["repo/deploy.sh"], "\n")
	gotLines := strings.Split(sh, "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("deploy.sh has %d lines after the fix, want %d:\n%s", len(gotLines), len(wantLines), s.mask(sh))
	}
	for i := range wantLines {
		if strings.Contains(wantLines[i], s.Token) {
			if !strings.HasPrefix(gotLines[i], "MODEL_URL=\""+s.Token[:shapeEnd]) || gotLines[i] == wantLines[i] {
				t.Errorf("deploy.sh line %d after %q: %q, want the token with only its signature masked", i+1, applied.RedactTitle, s.mask(gotLines[i]))
			}
		} else if gotLines[i] != wantLines[i] {
			t.Errorf("deploy.sh line %d changed: %q, want %q", i+1, gotLines[i], wantLines[i])
		}
	}

	// settings.py: the literal now reads the variable the action named.
	py := read("repo/settings.py")
	ref := strings.TrimPrefix(applied.ReplaceTitle, "Replace with ")
	if strings.Contains(py, s.Secret) || strings.Contains(py, s.Token[:shapeEnd]) {
		t.Errorf("settings.py still holds the token after %q:\n%s", applied.ReplaceTitle, s.mask(py))
	}
	if ref == "" || !strings.Contains(py, ref) {
		t.Errorf("settings.py does not read %q after %q:\n%s", ref, applied.ReplaceTitle, s.mask(py))
	}
	if !strings.HasPrefix(py, "import os\n") || !strings.Contains(py, "\nTIMEOUT = 30\n") {
		t.Errorf("the replace fix changed unrelated lines of settings.py:\n%s", s.mask(py))
	}

	// Files the test only looked at are untouched.
	for _, rel := range []string{"repo2/app.yaml", "outside/loose.txt"} {
		if got := read(rel); got != files[rel] {
			t.Errorf("%s changed though no fix was applied to it", rel)
		}
	}

	// The CLI, on the same engine, agrees: the fixed files no longer block a
	// commit, the untouched one still does.
	scan := func(rel string) int {
		cmd := exec.Command(bin, "scan", filepath.Join(tmp, filepath.FromSlash(rel)))
		cmd.Dir = tmp
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("sasguard scan %s: %v", rel, err)
		}
		if strings.Contains(string(out), s.Secret) {
			t.Errorf("sasguard scan %s printed the whole secret", rel)
		}
		return cmd.ProcessState.ExitCode()
	}
	for rel, want := range map[string]int{"repo/deploy.sh": 0, "repo/settings.py": 0, "repo2/app.yaml": 1} {
		if got := scan(rel); got != want {
			t.Errorf("sasguard scan %s: exit %d, want %d", rel, got, want)
		}
	}
}

// readmeSnippet returns the fenced code block that follows the marker
// `<!-- tested: name -->` in editors/README.md, so the docs are what is tested.
func readmeSnippet(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	marker := "<!-- tested: " + name + " -->\n"
	_, rest, ok := strings.Cut(string(data), marker)
	if !ok {
		t.Fatalf("README.md has no %q", strings.TrimSpace(marker))
	}
	m := regexp.MustCompile("(?s)\\A```[a-z]*\n(.*?)\n```").FindStringSubmatch(rest)
	if m == nil {
		t.Fatalf("README.md: no fenced code block right after %q", strings.TrimSpace(marker))
	}
	return m[1]
}

// TestEmacsEglot loads the README's Eglot setup into Emacs, opens a shell
// script holding a token in a git repository, and waits for the diagnostic.
func TestEmacsEglot(t *testing.T) {
	emacs := lookPath(t, "emacs", "install Emacs with Eglot (apt-get install -y emacs-nox elpa-eglot)")
	git := lookPath(t, "git", "install git (apt-get install -y git)")
	if out, err := exec.Command(emacs, "--batch", "-q", "--eval", "(require 'eglot)").CombinedOutput(); err != nil {
		t.Skipf("Eglot is not available to Emacs (apt-get install -y elpa-eglot): %v\n%s", err, out)
	}
	s := loadSample(t)
	bin := sasguardtest.Binary(t)

	tmp := t.TempDir()
	snippet := filepath.Join(tmp, "snippet.el")
	if err := os.WriteFile(snippet, []byte(readmeSnippet(t, "eglot")), 0o644); err != nil {
		t.Fatal(err)
	}
	repo := filepath.Join(tmp, "repo")
	if err := os.MkdirAll(repo, 0o755); err != nil {
		t.Fatal(err)
	}
	run(t, s, time.Minute, repo, nil, git, "init", "-q")
	driver, err := filepath.Abs(filepath.Join("testdata", "eglot-test.el"))
	if err != nil {
		t.Fatal(err)
	}
	// Each file opens in its own major mode (sh-mode, python-mode, js-mode,
	// yaml or text): the snippet's hook must start sasguard in each.
	for _, f := range []struct{ name, head, prefix string }{
		{"deploy.sh", "#!/bin/sh\n", `MODEL_URL="`},
		{"app.py", "import requests\n", `URL = "`},
		{"app.js", "'use strict';\n", `const url = "`},
	} {
		t.Run(f.name, func(t *testing.T) {
			file := filepath.Join(repo, f.name)
			if err := os.WriteFile(file, []byte(f.head+f.prefix+s.Token+"\"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			out := run(t, s, 2*time.Minute, repo, []string{
				"PATH=" + filepath.Dir(bin) + string(os.PathListSeparator) + os.Getenv("PATH"),
				"HOME=" + tmp, // no user init, no ~/.emacs.d writes
				"SASGUARD_SNIPPET=" + snippet,
				"SASGUARD_FILE=" + file,
				"SASGUARD_LINE=2",
				fmt.Sprintf("SASGUARD_COLUMN=%d", len(f.prefix)),
				"SASGUARD_SECRET=" + s.Secret,
			}, emacs, "--batch", "-q", "-l", driver) // -q, not -Q: Debian's elpa-eglot is loaded by site-start
			if !strings.Contains(out, "ok: ") {
				t.Fatalf("the Eglot test did not report its diagnostic:\n%s", s.mask(out))
			}
			if strings.Contains(out, s.Secret) {
				t.Errorf("Emacs printed the whole secret")
			}
		})
	}
}

// TestHelixSnippet checks the README's Helix configuration as far as can be
// done without Helix: it is valid TOML, defines the server as `sasguard lsp`,
// and every language it touches adds it after its own servers without
// changing that language's roots.
func TestHelixSnippet(t *testing.T) {
	var cfg struct {
		LanguageServer map[string]struct {
			Command string   `toml:"command"`
			Args    []string `toml:"args"`
		} `toml:"language-server"`
		Language []struct {
			Name            string   `toml:"name"`
			Roots           []string `toml:"roots"`
			LanguageServers []string `toml:"language-servers"`
		} `toml:"language"`
	}
	md, err := toml.Decode(readmeSnippet(t, "helix"), &cfg)
	if err != nil {
		t.Fatalf("the Helix snippet is not valid TOML: %v", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Errorf("keys this test does not know (check them against Helix's docs): %v", u)
	}
	srv, ok := cfg.LanguageServer["sasguard"]
	if !ok {
		t.Fatal("no [language-server.sasguard]")
	}
	if diff := cmp.Diff([]string{"sasguard", "lsp"}, append([]string{srv.Command}, srv.Args...)); diff != "" {
		t.Errorf("server command (-want +got):\n%s", diff)
	}
	if len(cfg.Language) == 0 {
		t.Fatal("no [[language]] uses the server")
	}
	for _, l := range cfg.Language {
		if l.Name == "" || len(l.LanguageServers) < 2 || !slices.Contains(l.LanguageServers, "sasguard") || l.LanguageServers[0] == "sasguard" {
			t.Errorf("language %q: language-servers %v, want its own server first, then sasguard", l.Name, l.LanguageServers)
		}
		if l.Roots != nil {
			// roots in [[language]] is the language's, shared by all its
			// servers: setting it changes where pylsp and the rest start.
			t.Errorf("language %q sets roots %v: that changes the roots of its other servers too", l.Name, l.Roots)
		}
	}
}
