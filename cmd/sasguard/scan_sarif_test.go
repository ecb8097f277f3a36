package main

import (
	"encoding/json"
	"fmt"
	"github.com/sasguard/sasguard/cmd/internal/report"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// scanValidator returns Microsoft's SARIF validator (npm
// @microsoft/sarif-multitool, installed by .ci/setup.d/sarif.sh), or skips.
func scanValidator(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "sarif-validator"))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "node_modules", ".bin", "sarif-multitool")
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("SARIF validator not installed: run `npm ci` in %s (or bash .ci/setup.d/sarif.sh)", dir)
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not found: install Node.js to run the SARIF validator")
	}
	return bin
}

// scanValidate runs `sarif-multitool validate` on file and returns the
// problems it reports at level error. The validator exits 0 even when it
// finds errors, so its own SARIF log is read instead of its exit code.
func scanValidate(t *testing.T, bin, file string) (errs []string, all int) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "validation.sarif")
	cmd := exec.Command(bin, "validate", "--log", "ForceOverwrite", "--output", out, file)
	cmd.Env = append(os.Environ(), "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sarif-multitool validate: %v\n%s", err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("validator wrote no log: %v", err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID                   string `json:"id"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex *int   `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text      string   `json:"text"`
					ID        string   `json:"id"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("validator log: %v", err)
	}
	for _, run := range log.Runs {
		for _, r := range run.Results {
			all++
			level := r.Level
			if level == "" && r.RuleIndex != nil && *r.RuleIndex < len(run.Tool.Driver.Rules) {
				level = run.Tool.Driver.Rules[*r.RuleIndex].DefaultConfiguration.Level
			}
			if level == "" {
				level = "warning" // SARIF's default
			}
			if level == "error" {
				errs = append(errs, fmt.Sprintf("%s %s %v", r.RuleID, r.Message.ID+r.Message.Text, r.Message.Arguments))
			}
		}
	}
	return errs, all
}

// TestScanSARIFValidates runs Microsoft's SARIF validator on the fixture
// scan's SARIF and requires zero errors. A deliberately broken log checks
// that the validator and this test's reading of it do catch errors.
func TestScanSARIFValidates(t *testing.T) {
	bin := scanValidator(t)
	dir := scanFixture(t)
	t.Chdir(dir)
	stdout, stderr, code := runMain(t, "", "scan", "--format", "sarif")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1; stderr: %s", code, stderr)
	}
	if !strings.Contains(stdout, `"results": [`) || strings.Count(stdout, `"ruleId"`) < 5 {
		t.Fatalf("SARIF log holds too few results to be worth validating:\n%s", stdout)
	}
	file := filepath.Join(t.TempDir(), "scan.sarif")
	if err := os.WriteFile(file, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	if errs, _ := scanValidate(t, bin, file); len(errs) > 0 {
		t.Errorf("the validator reports %d errors:\n%s", len(errs), strings.Join(errs, "\n"))
	}

	broken := strings.Replace(stdout, `"results": [`, `"results": 5, "x": [`, 1)
	bad := filepath.Join(t.TempDir(), "broken.sarif")
	if err := os.WriteFile(bad, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	if errs, _ := scanValidate(t, bin, bad); len(errs) == 0 {
		t.Errorf("the validator found no error in a log whose results are not an array: the check cannot fail")
	}
}

// TestScanSARIFAbsolutePathsValidate: `sasguard scan --format sarif "$PWD"`
// (absolute paths, as CI passes $GITHUB_WORKSPACE), a path outside the
// working directory: the validator finds no error (SARIF1004 was: a URI
// beginning with a slash under a uriBaseId), and the log carries the tool
// version.
func TestScanSARIFAbsolutePathsValidate(t *testing.T) {
	bin := scanValidator(t)
	dir := scanFixture(t)
	other := t.TempDir()
	writeFile(t, other, "elsewhere.py", []byte("nothing here\n"))
	t.Chdir(dir)
	stdout, stderr, code := runMain(t, "", "scan", "--format", "sarif", dir, filepath.Join(other, "elsewhere.py"))
	if code != exitFindings {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	if strings.Contains(stdout, `"uri": "/`) {
		t.Errorf("a URI begins with a slash:\n%s", stdout)
	}
	if !strings.Contains(stdout, `"uri": "app/settings.py"`) || !strings.Contains(stdout, `"version": "`) {
		t.Errorf("want app/settings.py relative to the scan root and a driver version:\n%s", stdout)
	}
	file := filepath.Join(t.TempDir(), "abs.sarif")
	if err := os.WriteFile(file, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	if errs, _ := scanValidate(t, bin, file); len(errs) > 0 {
		t.Errorf("the validator reports %d errors:\n%s\nstderr: %s", len(errs), strings.Join(errs, "\n"), stderr)
	}

	// A run that could not read a file: executionSuccessful false and a
	// notification, still valid SARIF.
	var b strings.Builder
	if err := report.SARIF(&b, nil, report.SARIFOptions{Version: "devel", Root: dir, Problems: []report.Problem{{Path: "locked.env", Reason: "permission denied"}}}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if errs, _ := scanValidate(t, bin, file); len(errs) > 0 {
		t.Errorf("the validator reports %d errors for a failed invocation:\n%s", len(errs), strings.Join(errs, "\n"))
	}
}
