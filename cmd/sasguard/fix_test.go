package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
	"github.com/sasguard/sasguard/hook/gittest"
)

// fixRepo makes a git repository in a temp dir holding files (path →
// content, with {{tNNN}} replaced by the token) and returns its path.
func fixRepo(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := gittest.New(t).Dir
	toks := sasguardtest.Tokens(t)
	for name, content := range files {
		for id, tok := range toks {
			content = strings.ReplaceAll(content, "{{"+id+"}}", tok)
		}
		writeFile(t, dir, name, []byte(content))
	}
	return dir
}

func fixRead(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fixReadEnv reads a .env the way a shell does (set -a; . ./.env).
func fixReadEnv(t *testing.T, dir string, names ...string) map[string]string {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("sh is not installed: install dash or bash to read .env back")
	}
	out := map[string]string{}
	for _, n := range names {
		cmd := exec.Command(sh, "-c", `set -a; . ./.env; printf %s "$`+n+`"`)
		cmd.Dir = dir
		b, err := cmd.Output()
		if err != nil {
			t.Fatalf("reading .env: %v", err)
		}
		out[n] = string(b)
	}
	return out
}

// fixNoSecrets fails if any token's secret appears in the output.
func fixNoSecrets(t *testing.T, outputs ...string) {
	t.Helper()
	for id, tok := range sasguardtest.Tokens(t) {
		for _, sec := range sasguardtest.SecretsOf(tok) {
			for _, o := range outputs {
				if strings.Contains(o, sec) {
					t.Errorf("output carries the secret of %s", id)
				}
			}
		}
	}
}

func TestFixDotenvMovesSecrets(t *testing.T) {
	dir := fixRepo(t, map[string]string{
		"app.py":         "import requests\n\nURL = \"{{t001}}\"\nCONN = '{{t015}}'\n",
		"deploy.sh":      "#!/bin/sh\nexport MODEL_URL={{t005}}\n",
		"src/bus.go":     "package bus\n\nimport \"fmt\"\n\nvar conn = \"{{t019}}\"\n\nfunc P() { fmt.Println(conn) }\n",
		".gitignore":     "node_modules/\n",
		"docs/README.md": "no secrets here\n",
	})
	if err := os.Chmod(filepath.Join(dir, "deploy.sh"), 0o755); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runMain(t, "", "fix", dir)
	if code != exitOK {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	fixNoSecrets(t, stdout, stderr)

	toks := sasguardtest.Tokens(t)
	wantFiles := map[string]string{
		"app.py":     "import os\nimport requests\n\nURL = os.environ[\"AZURE_STORAGE_SAS_URL\"]\nCONN = os.environ[\"AZURE_STORAGE_CONNECTION_STRING\"]\n",
		"deploy.sh":  "#!/bin/sh\nexport MODEL_URL=\"${AZURE_STORAGE_SAS_URL_2}\"\n",
		"src/bus.go": "package bus\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nvar conn = os.Getenv(\"AZURE_SERVICEBUS_CONNECTION_STRING\")\n\nfunc P() { fmt.Println(conn) }\n",
		".gitignore": "node_modules/\n.env\n",
	}
	for name, want := range wantFiles {
		if diff := cmp.Diff(want, fixRead(t, dir, name)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	info, err := os.Stat(filepath.Join(dir, ".env"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf(".env mode %04o, want 0600", info.Mode().Perm())
	}
	if info, _ := os.Stat(filepath.Join(dir, "deploy.sh")); info.Mode().Perm() != 0o755 {
		t.Errorf("deploy.sh mode %04o, want 0755 kept", info.Mode().Perm())
	}
	env := fixReadEnv(t, dir, "AZURE_STORAGE_SAS_URL", "AZURE_STORAGE_CONNECTION_STRING", "AZURE_STORAGE_SAS_URL_2", "AZURE_SERVICEBUS_CONNECTION_STRING")
	want := map[string]string{
		"AZURE_STORAGE_SAS_URL":              toks["t001"],
		"AZURE_STORAGE_CONNECTION_STRING":    toks["t015"],
		"AZURE_STORAGE_SAS_URL_2":            toks["t005"],
		"AZURE_SERVICEBUS_CONNECTION_STRING": toks["t019"],
	}
	for n, v := range want {
		if env[n] != v {
			t.Errorf(".env: %s does not read back as the token that was in the source", n)
		}
	}
	for _, s := range []string{"t001", "t015", "t005", "t019"} {
		if !strings.Contains(stdout, ".env") || strings.Contains(stdout, toks[s]) {
			t.Errorf("stdout should name .env and never the token")
		}
	}
	if !strings.Contains(stdout, "load .env") {
		t.Errorf("no note on loading .env:\n%s", stdout)
	}

	// The tree is now clean for the scanner (.env is git-ignored).
	if out, errOut, code := runMain(t, "", "scan", dir); code != exitOK {
		t.Errorf("scan after fix: exit %d\n%s%s", code, out, errOut)
	}
	// A second run has nothing to do and changes nothing.
	before := fixRead(t, dir, ".env")
	if out, errOut, code := runMain(t, "", "fix", dir); code != exitOK || strings.Contains(out, "fixed") {
		t.Errorf("second run: exit %d\n%s%s", code, out, errOut)
	}
	if fixRead(t, dir, ".env") != before {
		t.Error("second run changed .env")
	}
}

func TestFixDotenvNeverOverwrites(t *testing.T) {
	dir := fixRepo(t, map[string]string{
		"app.js": "const u = '{{t006}}';\n",
		".env":   "# team values\nAZURE_STORAGE_SAS_URL='https://example.invalid/other'",
	})
	if err := os.Chmod(filepath.Join(dir, ".env"), 0o640); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runMain(t, "", "fix", "--dotenv", filepath.Join(dir, "app.js"))
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	fixNoSecrets(t, stdout, stderr)
	if got, want := fixRead(t, dir, "app.js"), "const u = process.env.AZURE_STORAGE_SAS_URL_2;\n"; got != want {
		t.Errorf("app.js = %q, want %q", got, want)
	}
	env := fixRead(t, dir, ".env")
	if !strings.HasPrefix(env, "# team values\nAZURE_STORAGE_SAS_URL='https://example.invalid/other'\n") {
		t.Errorf(".env lost or changed existing bytes:\n%s", env)
	}
	if got := fixReadEnv(t, dir, "AZURE_STORAGE_SAS_URL_2")["AZURE_STORAGE_SAS_URL_2"]; got != sasguardtest.Tokens(t)["t006"] {
		t.Error(".env: AZURE_STORAGE_SAS_URL_2 is not the token")
	}
	// .env holds secrets: it is written 0600 whatever mode it had.
	if info, _ := os.Stat(filepath.Join(dir, ".env")); info.Mode().Perm() != 0o600 {
		t.Errorf(".env mode %04o, want 0600", info.Mode().Perm())
	}
}

func TestFixEnvName(t *testing.T) {
	dir := fixRepo(t, map[string]string{
		"upload.js": "export const a = \"{{t006}}\";\nexport const b = \"{{t012}}\";\nexport const c = \"{{t006}}\";\n",
	})
	stdout, stderr, code := runMain(t, "", "fix", "--env", "BLOB_SAS", dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	fixNoSecrets(t, stdout, stderr)
	want := "export const a = process.env.BLOB_SAS;\nexport const b = process.env.BLOB_SAS_2;\nexport const c = process.env.BLOB_SAS;\n"
	if diff := cmp.Diff(want, fixRead(t, dir, "upload.js")); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(dir, ".env")); err == nil {
		t.Error("--env wrote a .env")
	}
	if !strings.Contains(stdout, "secret store") {
		t.Errorf("no warning that the values must be kept elsewhere:\n%s", stdout)
	}
}

func TestFixRedact(t *testing.T) {
	dir := fixRepo(t, map[string]string{
		"docs/howto.md": "Run:\n\n    azcopy copy \"{{t001}}\" .\n\nor use {{t019}}\n",
	})
	stdout, stderr, code := runMain(t, "", "fix", "--redact", dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	fixNoSecrets(t, stdout, stderr)
	toks := sasguardtest.Tokens(t)
	want := "Run:\n\n    azcopy copy \"" + strings.Replace(toks["t001"], sasguardtest.SecretsOf(toks["t001"])[0], "REDACTED", 1) + "\" .\n\nor use " +
		strings.Replace(toks["t019"], sasguardtest.SecretsOf(toks["t019"])[0], "REDACTED", 1) + "\n"
	if diff := cmp.Diff(want, fixRead(t, dir, "docs/howto.md")); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(dir, ".env")); err == nil {
		t.Error("--redact wrote a .env")
	}
}

func TestFixLeavesWhatItCannotFix(t *testing.T) {
	src := "import os\n\n# old URL: {{t002}}\nURL = os.environ[\"X\"]\n"
	dir := fixRepo(t, map[string]string{"app.py": src})
	before := fixRead(t, dir, "app.py")
	stdout, stderr, code := runMain(t, "", "fix", dir)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitFindings, stdout, stderr)
	}
	fixNoSecrets(t, stdout, stderr)
	if fixRead(t, dir, "app.py") != before {
		t.Error("the file changed")
	}
	if !strings.Contains(stdout, "app.py:3:12: not fixed") || !strings.Contains(stdout, "--redact") {
		t.Errorf("want the finding's place and a hint to use --redact:\n%s", stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, ".env")); err == nil {
		t.Error("a .env was written though nothing moved")
	}
}

// TestFixNeverLosesTheSecret: when .env cannot be read or written, the
// source keeps its token.
func TestFixNeverLosesTheSecret(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
	}{
		{".env is a directory", func(t *testing.T, dir string) {
			if err := os.Mkdir(filepath.Join(dir, ".env"), 0o755); err != nil {
				t.Fatal(err)
			}
		}},
		{".gitignore is a directory", func(t *testing.T, dir string) {
			if err := os.Mkdir(filepath.Join(dir, ".gitignore"), 0o755); err != nil {
				t.Fatal(err)
			}
		}},
		{".env has an unterminated quote", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, ".env"), []byte("AZURE_STORAGE_SAS_URL='open\n"), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := fixRepo(t, map[string]string{"app.py": "URL = '{{t001}}'\n"})
			tt.setup(t, dir)
			before := fixRead(t, dir, "app.py")
			stdout, stderr, code := runMain(t, "", "fix", filepath.Join(dir, "app.py"))
			if code != exitFailure {
				t.Fatalf("exit %d, want %d\n%s%s", code, exitFailure, stdout, stderr)
			}
			fixNoSecrets(t, stdout, stderr)
			if fixRead(t, dir, "app.py") != before {
				t.Error("the source changed though the secret was not saved")
			}
			if !strings.Contains(stderr, "sasguard: error:") {
				t.Errorf("no error on stderr:\n%s", stderr)
			}
		})
	}
}

func TestFixConfigTemplate(t *testing.T) {
	dir := fixRepo(t, map[string]string{
		".sasguard.toml": "[env]\ntemplate = \"{ACCOUNT}_{KIND}\"\n",
		"main.tf":        "locals {\n  sas = \"{{t009}}\"\n}\n",
	})
	stdout, stderr, code := runMain(t, "", "fix", dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	want := "locals {\n  sas = var.stqs6vvm_sas_url\n}\n\nvariable \"stqs6vvm_sas_url\" {\n  type      = string\n  sensitive = true\n}\n"
	if diff := cmp.Diff(want, fixRead(t, dir, "main.tf")); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := fixReadEnv(t, dir, "TF_VAR_stqs6vvm_sas_url")["TF_VAR_stqs6vvm_sas_url"]; got != sasguardtest.Tokens(t)["t009"] {
		t.Error(".env: TF_VAR_stqs6vvm_sas_url is not the token")
	}
}

func TestFixUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no paths", []string{"fix"}, "name the files or directories"},
		{"two modes", []string{"fix", "--redact", "--dotenv", dir}, "choose one of"},
		{"bad name", []string{"fix", "--env", "1X", dir}, "not a valid environment variable name"},
		{"missing path", []string{"fix", filepath.Join(dir, "nope")}, "nope"},
		{"unknown flag", []string{"fix", "--frobnicate", dir}, "frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runMain(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, stderr)
			}
		})
	}
	if out, _, code := runMain(t, "", "fix", "--help"); code != exitOK || !strings.Contains(out, "--dotenv") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
}

// TestFixDotenvAtRepositoryRoot: fixing a subfolder puts .env at the
// repository root, as the editor does.
func TestFixDotenvAtRepositoryRoot(t *testing.T) {
	dir := fixRepo(t, map[string]string{"svc/app.js": "const u = '{{t012}}';\n"})
	if _, stderr, code := runMain(t, "", "fix", filepath.Join(dir, "svc")); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, ".env")); err != nil {
		t.Errorf("no .env at the repository root: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "svc", ".env")); err == nil {
		t.Error(".env written in the subfolder")
	}
}

// TestFixRefusesUnsafeDotenv: a .env that git tracks or that is a symlink
// gets no secret, and the source is left as it was.
func TestFixRefusesUnsafeDotenv(t *testing.T) {
	src := "const u = '{{t012}}';\n"
	t.Run("tracked", func(t *testing.T) {
		dir := fixRepo(t, map[string]string{"app.js": src, ".env": "X=1\n"})
		git := exec.Command("git", "add", ".env")
		git.Dir, git.Env = dir, gittest.Env()
		if out, err := git.CombinedOutput(); err != nil {
			t.Fatalf("git add: %v\n%s", err, out)
		}
		stdout, stderr, code := runMain(t, "", "fix", dir)
		if code != exitFailure || !strings.Contains(stderr, "git rm --cached .env") {
			t.Fatalf("exit %d, want %d and a hint to untrack .env\n%s%s", code, exitFailure, stdout, stderr)
		}
		if fixRead(t, dir, ".env") != "X=1\n" || !strings.Contains(fixRead(t, dir, "app.js"), "sig=") {
			t.Error("the tracked .env or the source changed")
		}
	})
	t.Run("symlink", func(t *testing.T) {
		dir := fixRepo(t, map[string]string{"app.js": src})
		elsewhere := filepath.Join(t.TempDir(), "shared.env")
		if err := os.WriteFile(elsewhere, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(elsewhere, filepath.Join(dir, ".env")); err != nil {
			t.Skip(err)
		}
		_, stderr, code := runMain(t, "", "fix", dir)
		if code != exitFailure || !strings.Contains(stderr, "symbolic link") {
			t.Fatalf("exit %d, want %d naming the link\n%s", code, exitFailure, stderr)
		}
		if data, _ := os.ReadFile(elsewhere); len(data) != 0 {
			t.Error("the secret was written through the link")
		}
		if !strings.Contains(fixRead(t, dir, "app.js"), "sig=") {
			t.Error("the source changed though .env was not written")
		}
	})
}

// TestFixPerFileType: `sasguard fix` writes only references the file's
// reader expands and says what the app must read: .NET reads
// ConnectionStrings__Storage over appsettings.json; an INI file gets no
// reference (the value moves to .env and the note says what to read); with
// --env, the INI file is left with a reason rather than a dead ${NAME}.
func TestFixPerFileType(t *testing.T) {
	dir := fixRepo(t, map[string]string{
		"appsettings.json": "{\n  \"ConnectionStrings\": {\n    \"Storage\": \"{{t015}}\"\n  }\n}\n",
		"conf/app.ini":     "[storage]\nurl = {{t001}}\n",
	})
	stdout, stderr, code := runMain(t, "", "fix", dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	fixNoSecrets(t, stdout, stderr)
	if got := fixRead(t, dir, "appsettings.json"); got != "{\n  \"ConnectionStrings\": {\n    \"Storage\": \"\"\n  }\n}\n" {
		t.Errorf("appsettings.json after fix:\n%s", got)
	}
	if got := fixRead(t, dir, "conf/app.ini"); got != "[storage]\nurl = \n" {
		t.Errorf("app.ini after fix:\n%s", got)
	}
	env := fixReadEnv(t, dir, "ConnectionStrings__Storage", "AZURE_STORAGE_SAS_URL")
	toks := sasguardtest.Tokens(t)
	if env["ConnectionStrings__Storage"] != toks["t015"] || env["AZURE_STORAGE_SAS_URL"] != toks["t001"] {
		t.Errorf(".env does not hold the values under the names the apps read")
	}
	for _, want := range []string{
		"appsettings.json: note: .NET configuration reads ConnectionStrings:Storage from it",
		"app.ini: note: INI expands no variables: the value here is now empty and the app must read AZURE_STORAGE_SAS_URL from the environment",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}

	dir = fixRepo(t, map[string]string{"conf/app.ini": "[storage]\nurl = {{t001}}\n"})
	stdout, _, code = runMain(t, "", "fix", "--env", "BLOB", dir)
	if code != exitFindings || !strings.Contains(stdout, "no environment reference works in this file") || !strings.Contains(fixRead(t, dir, "conf/app.ini"), "sig=") {
		t.Errorf("--env on an INI file: exit %d, want %d, the file unchanged and a reason\n%s", code, exitFindings, stdout)
	}
}
