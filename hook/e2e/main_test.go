package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
)

func TestMain(m *testing.M) {
	if _, err := exec.LookPath("git"); err != nil {
		fmt.Println("skipping hook end-to-end tests: git is not installed (apt-get install -y git)")
		os.Exit(0)
	}
	os.Exit(sasguardtest.Main(m))
}

// sandbox is an isolated HOME with its own git config, where scripts run
// with the tokens in the environment ($SAS, $KEY, $EXPIRED) and
// $SASGUARD naming the binary under test.
type sandbox struct {
	t       *testing.T
	dir     string
	env     []string
	secrets []string
}

func newSandbox(t *testing.T) *sandbox {
	t.Helper()
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	if err := os.MkdirAll(home, 0o755); err != nil {
		t.Fatal(err)
	}
	gitconfig := filepath.Join(home, ".gitconfig")
	conf := "[user]\n\tname = Test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n[protocol \"file\"]\n\tallow = always\n[advice]\n\tdetachedHead = false\n"
	if err := os.WriteFile(gitconfig, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	s := &sandbox{t: t, dir: dir}
	s.env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"GIT_CONFIG_GLOBAL=" + gitconfig,
		"GIT_CONFIG_NOSYSTEM=1",
		"LC_ALL=C",
		"NO_COLOR=1",
		"SASGUARD=" + sasguardtest.Binary(t),
	}
	if tmp := os.Getenv("TMPDIR"); tmp != "" {
		s.env = append(s.env, "TMPDIR="+tmp)
	}
	for name, tok := range sasguardtest.HookTokens(t) {
		s.env = append(s.env, name+"="+tok)
		s.secrets = append(s.secrets, sasguardtest.SecretsOf(tok)...)
	}
	return s
}

// sh runs a POSIX shell script in the sandbox (cwd: its directory) and
// returns combined output and exit code.
func (s *sandbox) sh(script string) (string, int) {
	s.t.Helper()
	cmd := exec.Command("sh", "-c", script)
	cmd.Dir = s.dir
	cmd.Env = s.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		s.t.Fatalf("running sh: %v", err)
	}
	s.checkNoSecret(out.String())
	return out.String(), code
}

// must runs a setup script that has to succeed.
func (s *sandbox) must(script string) string {
	s.t.Helper()
	out, code := s.sh("set -e\n" + script)
	if code != 0 {
		s.t.Fatalf("setup failed (exit %d):\n%s\n--- output:\n%s", code, script, out)
	}
	return out
}

// commits counts the commits on every ref of the repository at dir.
func (s *sandbox) commits(dir string) int {
	s.t.Helper()
	out, code := s.sh("git -C " + dir + " rev-list --all --count 2>/dev/null || echo 0")
	if code != 0 {
		s.t.Fatalf("counting commits: %s", out)
	}
	n, err := strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		s.t.Fatalf("counting commits: %q", out)
	}
	return n
}

// checkNoSecret fails the test if output carries more of a secret than its
// first four characters. The message names the token, not the secret.
func (s *sandbox) checkNoSecret(out string) {
	s.t.Helper()
	for i, sec := range s.secrets {
		if len(sec) > 8 && strings.Contains(out, sec[:8]) {
			s.t.Errorf("output carries secret #%d (its first 8 characters)", i)
		}
	}
}
