package fix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/sasguard/sasguard/rules"
	yaml "go.yaml.in/yaml/v3"
)

// TestFileTypeReferencesWork checks, per file type, that what the env and
// .env fixes write is valid for the file's reader and that the reference
// works where it can be checked here: tsc --strict for TypeScript, the
// Kubernetes env entry's shape, Docker's ARG scoping, the notebook's cells
// through Python's parser, the .NET key override.
func TestFileTypeReferencesWork(t *testing.T) {
	for _, c := range loadFixCases(t) {
		lang := rules.LanguageOf(c.path)
		check, ok := referenceCheckers[lang]
		if !ok {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			f := c.handFinding(t)
			n := 0
			for _, fx := range Fixes(c.config(), lang, c.src, &f) {
				if fx.Kind != rules.FixEnv && fx.Kind != rules.FixDotenv {
					continue
				}
				n++
				out, err := ApplyEdits(c.src, fx.Edits)
				if err != nil {
					t.Fatal(err)
				}
				if err := check(t, c.src, out, fx); err != nil {
					t.Errorf("after the %s fix: %v\n%s", fx.Kind, err, out)
				}
			}
			if n == 0 {
				t.Fatalf("no env or .env fix offered")
			}
		})
	}
}

var referenceCheckers = map[rules.Language]func(t *testing.T, before, after []byte, fx rules.Fix) error{
	rules.LangAppSettings: func(_ *testing.T, _, after []byte, fx rules.Fix) error {
		var v any
		if err := json.Unmarshal(after, &v); err != nil {
			return err
		}
		// .NET reads A:B from A__B: the key the name spells must hold "".
		for _, k := range strings.Split(fx.EnvName, "__") {
			m, ok := v.(map[string]any)
			if !ok {
				return fmt.Errorf("%s does not name a key of the file", fx.EnvName)
			}
			if v, ok = m[k]; !ok {
				return fmt.Errorf("%s does not name a key of the file", fx.EnvName)
			}
		}
		if v != "" {
			return fmt.Errorf("the key %s still holds %T, want \"\"", fx.EnvName, v)
		}
		return nil
	},
	rules.LangJSON: func(_ *testing.T, _, after []byte, fx rules.Fix) error {
		if fx.Kind != rules.FixDotenv || !json.Valid(after) || bytes.Contains(after, []byte("${")) {
			return fmt.Errorf("want the .env move only, valid JSON and no ${} (JSON expands nothing)")
		}
		return checkNote(fx, "must read "+fx.EnvName)
	},
	rules.LangINI: func(t *testing.T, _, after []byte, fx rules.Fix) error {
		if fx.Kind != rules.FixDotenv || bytes.Contains(after, []byte("${")) {
			return fmt.Errorf("want the .env move only and no ${} (INI expands nothing)")
		}
		if err := checkNote(fx, "must read "+fx.EnvName); err != nil {
			return err
		}
		return runChecker(t, "python3", []string{"-c", "import configparser,sys; configparser.ConfigParser().read_string(sys.stdin.read())"}, after, "")
	},
	rules.LangYAML: func(_ *testing.T, _, after []byte, fx rules.Fix) error {
		var doc map[string]any
		if err := yaml.Unmarshal(after, &doc); err != nil {
			return err
		}
		if doc["apiVersion"] == nil {
			return nil // not a manifest: Compose and CI expand ${}
		}
		if bytes.Contains(after, []byte("${")) {
			return fmt.Errorf("${} in a Kubernetes manifest: Kubernetes never expands it")
		}
		var refs []map[string]any
		walkYAML(doc, func(m map[string]any) {
			if vf, ok := m["valueFrom"].(map[string]any); ok {
				if r, ok := vf["secretKeyRef"].(map[string]any); ok {
					refs = append(refs, r)
				}
				if _, both := m["value"]; both {
					refs = nil // value and valueFrom together are rejected by the API server
				}
			}
		})
		if fx.Kind == rules.FixEnv || len(refs) > 0 {
			if len(refs) != 1 || refs[0]["key"] != fx.EnvName || refs[0]["name"] == "" {
				return fmt.Errorf("want one env valueFrom.secretKeyRef with key %s, got %v", fx.EnvName, refs)
			}
			return checkNote(fx, "kubectl create secret generic "+refs[0]["name"].(string))
		}
		return checkNote(fx, "secretKeyRef")
	},
	rules.LangDockerfile: func(_ *testing.T, _, after []byte, fx rules.Fix) error {
		return dockerRefsDeclared(after, fx)
	},
	rules.LangNotebook: func(t *testing.T, _, after []byte, fx rules.Fix) error {
		var nb struct {
			Cells []struct {
				CellType string `json:"cell_type"`
				Source   []string
			}
			Metadata struct{ Kernelspec struct{ Language string } }
		}
		if err := json.Unmarshal(after, &nb); err != nil {
			return err
		}
		ref := `os.environ["` + fx.EnvName + `"]`
		if nb.Metadata.Kernelspec.Language == "python" && fx.Kind == rules.FixEnv && !bytes.Contains(after, []byte(strings.ReplaceAll(ref, `"`, `\"`))) {
			return fmt.Errorf("the env fix in a Python notebook does not read %s", ref)
		}
		for _, c := range nb.Cells {
			src := strings.Join(c.Source, "")
			if c.CellType != "code" || nb.Metadata.Kernelspec.Language != "python" {
				if strings.Contains(src, "${") || strings.Contains(src, "os.environ") {
					return fmt.Errorf("a reference in a %s cell of a %s notebook", c.CellType, nb.Metadata.Kernelspec.Language)
				}
				continue
			}
			if err := runChecker(t, "python3", []string{"-c", "import ast,sys; ast.parse(sys.stdin.read())"}, []byte(src), ""); err != nil {
				return err
			}
			if i := strings.Index(src, ref); i >= 0 && !regexp.MustCompile(`(?m)^import os$`).MatchString(src[:i]) {
				return fmt.Errorf("the cell reads %s without importing os first", ref)
			}
		}
		return nil
	},
	rules.LangTypeScript: func(t *testing.T, _, after []byte, fx rules.Fix) error {
		return tscStrict(t, after)
	},
}

func checkNote(fx rules.Fix, want string) error {
	if !strings.Contains(Note(fx), want) {
		return fmt.Errorf("the title %q does not say %q", fx.Title, want)
	}
	return nil
}

func walkYAML(v any, visit func(map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		visit(v)
		for _, x := range v {
			walkYAML(x, visit)
		}
	case []any:
		for _, x := range v {
			walkYAML(x, visit)
		}
	}
}

// dockerRefsDeclared parses a Dockerfile's instructions (continuations
// joined) and checks Docker's rules for what the fix wrote: a ${NAME} in a
// build-time instruction needs `ARG NAME` (or ENV) earlier in its stage; in
// CMD/ENTRYPOINT it is the container's environment (shell form only); the
// exec form expands nothing.
func dockerRefsDeclared(src []byte, fx rules.Fix) error {
	var instrs []string
	var cur strings.Builder
	for _, line := range strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(line)
		if cur.Len() == 0 && (t == "" || strings.HasPrefix(t, "#")) {
			continue
		}
		if strings.HasSuffix(t, `\`) {
			cur.WriteString(strings.TrimSuffix(t, `\`) + " ")
			continue
		}
		cur.WriteString(t)
		instrs = append(instrs, cur.String())
		cur.Reset()
	}
	declared := map[string]bool{}
	refs := 0
	for _, in := range instrs {
		word, args, _ := strings.Cut(in, " ")
		word = strings.ToUpper(word)
		switch word {
		case "FROM":
			declared = map[string]bool{}
			continue
		}
		for _, m := range regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`).FindAllStringSubmatch(args, -1) {
			refs++
			switch {
			case strings.HasPrefix(strings.TrimSpace(args), "["):
				return fmt.Errorf("%s: ${%s} in exec form is never expanded", word, m[1])
			case word == "CMD" || word == "ENTRYPOINT":
				if !strings.Contains(Note(fx), "docker run") {
					return fmt.Errorf("%s reads ${%s} at run time but the title does not say to pass it there", word, m[1])
				}
			case !declared[m[1]]:
				return fmt.Errorf("%s uses ${%s} with no ARG %s before it in its stage", word, m[1], m[1])
			}
		}
		// ARG/ENV declared by this instruction count from the next one.
		for _, a := range []string{"ARG", "ENV"} {
			if word == a {
				name, _, _ := strings.Cut(strings.Fields(args)[0], "=")
				declared[name] = true
			}
		}
	}
	if fx.Kind == rules.FixEnv && refs == 0 {
		return fmt.Errorf("the env fix wrote no reference")
	}
	if fx.Kind == rules.FixDotenv && refs == 0 {
		return checkNote(fx, "must read "+fx.EnvName)
	}
	return nil
}

// tscStrict type-checks a TypeScript file with the compiler the VS Code
// extension uses, under --strict, with process.env typed as @types/node
// types it (string | undefined).
func tscStrict(t *testing.T, src []byte) error {
	t.Helper()
	tscMu.Lock()
	defer tscMu.Unlock()
	if err, done := tscSeen[string(src)]; done {
		return err // tsc takes seconds: the env and .env fixes write the same file
	}
	err := runTSC(t, src)
	tscSeen[string(src)] = err
	return err
}

var (
	tscMu   sync.Mutex
	tscSeen = map[string]error{}
)

func runTSC(t *testing.T, src []byte) error {
	t.Helper()
	tsc, _ := filepath.Abs(filepath.Join("..", "..", "editors", "vscode", "node_modules", "typescript", "bin", "tsc"))
	if _, err := os.Stat(tsc); err != nil {
		t.Skipf("TypeScript is not installed at %s: run npm ci in editors/vscode to type-check fixed TypeScript", tsc)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: it runs tsc")
	}
	dir := t.TempDir()
	shim := "declare const process: { env: { [name: string]: string | undefined } };\n"
	if err := os.WriteFile(filepath.Join(dir, "env.d.ts"), []byte(shim), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fixed.ts"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, tsc, "--strict", "--noEmit", "--target", "es2020", "--module", "es2020", "env.d.ts", "fixed.ts")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("tsc --strict: %v: %s", err, out)
	}
	return nil
}

// TestTSCStrictRejectsBareProcessEnv shows the check above can fail: the
// reference written before (process.env.X alone) does not compile under
// strict where a string is expected.
func TestTSCStrictRejectsBareProcessEnv(t *testing.T) {
	if err := tscStrict(t, []byte("export const u: string = process.env.AZURE_STORAGE_SAS_URL;\n")); err == nil {
		t.Fatal("tsc --strict accepted string | undefined as string: the type check checks nothing")
	}
}
