// Package sasguardtest holds what the tests of sasguard's front ends (the
// CLI, the hook, the language server, the editor plugins) share: the sample
// tokens with the clock their facts hold at, and the sasguard binary, built
// once per test process for tests that run it the way users do (as a git
// hook, from pre-commit, as an editor's language server).
package sasguardtest

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// RefTime is the reference_time of rules/testdata/sas-tokens.json: the
// sample tokens' facts (expired or not, days left) hold at it, so tests pin
// their clock to it.
var RefTime = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// Tokens returns the real-format sample tokens of
// rules/testdata/sas-tokens.json by id ("t001", …). Test files write the id
// rather than the token, so no literal secret is spread over the tree.
func Tokens(t testing.TB) map[string]string {
	t.Helper()
	toks, err := loadTokens()
	if err != nil {
		t.Fatalf("reading the sample tokens: %v", err)
	}
	out := make(map[string]string, len(toks))
	for id, tok := range toks {
		out[id] = tok
	}
	return out
}

// HookTokens are the tokens the hook tests commit, by the variable their
// shell scripts read them from: $SAS a live full-control Account SAS
// (t001), $KEY a storage account key (t015), $EXPIRED an expired Account
// SAS (t004).
func HookTokens(t testing.TB) map[string]string {
	t.Helper()
	tok := Tokens(t)
	return map[string]string{"SAS": tok["t001"], "KEY": tok["t015"], "EXPIRED": tok["t004"]}
}

var loadTokens = sync.OnceValues(func() (map[string]string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return nil, fmt.Errorf("cannot locate the module's source")
	}
	path := filepath.Join(filepath.Dir(file), "..", "..", "rules", "testdata", "sas-tokens.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct{ Samples []struct{ ID, Text string } }
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	m := map[string]string{}
	for _, s := range f.Samples {
		m[s.ID] = s.Text
	}
	return m, nil
})

// SecretsOf returns the secret parts of a token as written: the values of
// its sig=, AccountKey= and SharedAccessKey= parameters. Output may show a
// secret's first 4 characters (the masked form does), never the whole.
func SecretsOf(tok string) []string {
	var out []string
	for _, key := range []string{"sig=", "SharedAccessKey=", "AccountKey="} {
		rest := tok
		for {
			i := strings.Index(rest, key)
			if i < 0 {
				break
			}
			rest = rest[i+len(key):]
			v := rest
			if end := strings.IndexAny(rest, "&;\" "); end >= 0 {
				v = rest[:end]
			}
			if len(v) >= 16 {
				out = append(out, v)
			}
		}
	}
	return out
}

var build struct {
	once sync.Once
	dir  string // removed by Main
	bin  string
	err  error
	skip string // why the binary cannot be built here
}

// Binary returns the path of sasguard built from this module's
// cmd/sasguard with its clock pinned to RefTime, building it on first use. It skips the test when the go
// command is missing and fails it when the build fails.
func Binary(t testing.TB) string {
	t.Helper()
	build.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			build.skip = "the go command is not on PATH: it is needed to build sasguard for this test"
			return
		}
		if build.dir, build.err = os.MkdirTemp("", "sasguard-bin-"); build.err != nil {
			return
		}
		build.bin = filepath.Join(build.dir, "sasguard")
		if runtime.GOOS == "windows" {
			build.bin += ".exe"
		}
		// The binary's clock is pinned to RefTime, so tests that run it
		// grade the sample tokens alike on any date.
		ldflags := "-X main.pinnedNow=" + RefTime.Format(time.RFC3339)
		// -buildvcs=auto overrides a GOFLAGS=-buildvcs=false, so the binary
		// carries the commit as a release build does (--version shows it).
		cmd := exec.Command(goTool, "build", "-buildvcs=auto", "-ldflags", ldflags, "-o", build.bin, "github.com/sasguard/sasguard/cmd/sasguard")
		if out, err := cmd.CombinedOutput(); err != nil {
			build.err = fmt.Errorf("go build ./cmd/sasguard: %v\n%s", err, out)
		}
	})
	switch {
	case build.skip != "":
		t.Skip(build.skip)
	case build.err != nil:
		t.Fatal(build.err)
	}
	return build.bin
}

// Main runs the tests and then removes the binary Binary built. Call it
// from TestMain: os.Exit(sasguardtest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	if build.dir != "" {
		os.RemoveAll(build.dir)
	}
	return code
}
