package fix

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMergeDotenv(t *testing.T) {
	const url = "https://st4t67ig.blob.core.windows.net/?sv=2026-04-06&sp=rl&sig=abc%2Bdef%3D"
	tests := []struct {
		name        string
		existing    string
		key, value  string
		want        string
		wantChanged bool
		wantErr     error // nil, ErrDotenvConflict, or errAny
	}{
		{"empty file", "", "A", url, "A='" + url + "'\n", true, nil},
		{"appends after last line", "X=1\n", "A", url, "X=1\nA='" + url + "'\n", true, nil},
		{"adds the missing newline", "X=1", "A", url, "X=1\nA='" + url + "'\n", true, nil},
		{"keeps comments and CRLF", "# team\r\nX=1\r\n", "A", "v", "# team\r\nX=1\r\nA='v'\n", true, nil},
		{"same value single-quoted", "A='" + url + "'\n", "A", url, "A='" + url + "'\n", false, nil},
		{"same value double-quoted", `A="` + url + "\"\n", "A", url, `A="` + url + "\"\n", false, nil},
		{"same value unquoted", "A=" + url + "\n", "A", url, "A=" + url + "\n", false, nil},
		{"same value after export", "export A = '" + url + "'\n", "A", url, "export A = '" + url + "'\n", false, nil},
		{"different value", "A=other\n", "A", url, "A=other\n", false, ErrDotenvConflict},
		{"last assignment wins", "A=old\nA=" + url + "\n", "A", url, "A=old\nA=" + url + "\n", false, nil},
		{"other names are not confused", "AB=1\nXA=2\n", "A", "v", "AB=1\nXA=2\nA='v'\n", true, nil},
		{"value with a quote", "", "A", "it's", "A=\"it's\"\n", true, nil},
		{"multi-line value elsewhere", "K=\"line1\nA=fake\"\n", "A", "v", "K=\"line1\nA=fake\"\nA='v'\n", true, nil},
		{"bad name", "", "1A", "secretvalue", "", false, errAny},
		{"quote and dollar", "", "A", "it's $HOME", "", false, errAny},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed, err := MergeDotenv([]byte(tt.existing), tt.key, tt.value)
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("error %v", err)
			case tt.wantErr != nil && err == nil:
				t.Fatalf("no error, want one")
			case tt.wantErr == ErrDotenvConflict && !errors.Is(err, ErrDotenvConflict):
				t.Fatalf("error %v, want ErrDotenvConflict", err)
			}
			if err != nil {
				if string(got) != tt.existing || changed {
					t.Errorf("on error the content changed")
				}
				if strings.Contains(err.Error(), tt.value) {
					t.Errorf("error carries the value: %v", err)
				}
				return
			}
			if changed != tt.wantChanged {
				t.Errorf("changed = %v, want %v", changed, tt.wantChanged)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

var errAny = errors.New("any error")

// TestMergeDotenvReadsBack checks the quoting with a real reader: sh, which
// is what `set -a; . ./.env` uses, must read every value back unchanged.
func TestMergeDotenvReadsBack(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("sh is not installed: install dash or bash to check .env quoting")
	}
	values := map[string]string{
		"URL":   "https://a.blob.core.windows.net/c?sv=2026-04-06&sp=r&se=2026-11-29T00%3A00%3A00Z&sig=4P%2BQtC3B%3D",
		"CONN":  "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=hAB1+l8Q/99Z==;EndpointSuffix=core.windows.net",
		"SB":    "SharedAccessSignature sr=https%3A%2F%2Fx.servicebus.windows.net&sig=AC6%2F&se=1797897600&skn=Root",
		"QUOTE": `it's "quoted" \ back`,
	}
	var env []byte
	for _, k := range []string{"URL", "CONN", "SB", "QUOTE"} {
		if env, _, err = MergeDotenv(env, k, values[k]); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".env"), env, 0o600); err != nil {
		t.Fatal(err)
	}
	for k, v := range values {
		cmd := exec.Command(sh, "-c", `set -a; . ./.env; printf %s "$`+k+`"`)
		cmd.Dir = dir
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		if string(out) != v {
			t.Errorf("%s reads back differently (%d bytes, want %d)", k, len(out), len(v))
		}
	}
}

func TestSuggestDotenvName(t *testing.T) {
	tests := []struct {
		existing, value, want string
	}{
		{"", "v", "A"},
		{"A=v\n", "v", "A"},
		{"A=w\n", "v", "A_2"},
		{"A=w\nA_2=x\n", "v", "A_3"},
		{"A=w\nA_2=v\n", "v", "A_2"},
	}
	for _, tt := range tests {
		got, err := SuggestDotenvName([]byte(tt.existing), "A", tt.value)
		if err != nil || got != tt.want {
			t.Errorf("SuggestDotenvName(%q) = %q, %v; want %q", tt.existing, got, err, tt.want)
		}
	}
}

func TestEnsureGitignored(t *testing.T) {
	tests := []struct {
		name, in, want string
		changed        bool
	}{
		{"empty", "", ".env\n", true},
		{"exact", "node_modules/\n.env\n", "node_modules/\n.env\n", false},
		{"rooted", "/.env\n", "/.env\n", false},
		{"prefix glob", ".env*\n", ".env*\n", false},
		{"suffix glob", "*.env\n", "*.env\n", false},
		{"any depth", "**/.env\n", "**/.env\n", false},
		{"no trailing newline", "bin", "bin\n.env\n", true},
		{"a comment is not a pattern", "# .env\n", "# .env\n.env\n", true},
		{"negated later", ".env*\n!.env\n", ".env*\n!.env\n.env\n", true},
		{"only examples", ".env.example\n", ".env.example\n.env\n", true},
		{"a directory pattern", ".env/\n", ".env/\n.env\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := EnsureGitignored([]byte(tt.in), ".env")
			if changed != tt.changed {
				t.Errorf("changed = %v, want %v", changed, tt.changed)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestEnsureGitignoredAgreesWithGit asks git itself whether the result
// ignores .env.
func TestEnsureGitignoredAgreesWithGit(t *testing.T) {
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git is not installed: apt-get install -y git")
	}
	for _, in := range []string{"", ".env*\n!.env\n", "*.env\n", "bin\n", ".env/\n"} {
		dir := t.TempDir()
		if out, err := exec.Command(git, "init", "-q", dir).CombinedOutput(); err != nil {
			t.Fatalf("git init: %v %s", err, out)
		}
		got, _ := EnsureGitignored([]byte(in), ".env")
		if err := os.WriteFile(filepath.Join(dir, ".gitignore"), got, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(git, "check-ignore", "-q", ".env")
		cmd.Dir = dir
		if err := cmd.Run(); err != nil {
			t.Errorf("git does not ignore .env with .gitignore %q: %v", got, err)
		}
	}
}
