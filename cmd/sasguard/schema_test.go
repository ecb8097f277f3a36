package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestJSONMatchesSchema: the JSON output is what docs/findings.schema.json
// (the published contract) says, for the golden scan and for every finding
// in the detection corpus, whose facts cover each kind and form. The schema
// is strict, so a new or renamed field fails here until the contract says so.
func TestJSONMatchesSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	schema, err := c.Compile(filepath.Join("..", "..", "docs", "findings.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	validate := func(name string, out []byte) {
		t.Helper()
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: not JSON: %v", name, err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("%s does not match docs/findings.schema.json:\n%v", name, err)
		}
	}

	golden, err := os.ReadFile(filepath.Join("testdata", "scan", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	validate("golden.json", golden)

	corpus, _ := filepath.Abs(filepath.Join("..", "..", "rules", "testdata", "corpus"))
	// An empty config: the repository's own one allowlists the corpus.
	empty := filepath.Join(t.TempDir(), ".sasguard.toml")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runMain(t, "", "scan", "--format", "json", "--config", empty, corpus)
	if code != exitFindings {
		t.Fatalf("scanning the corpus: exit %d, want 1\n%s", code, stderr)
	}
	var out struct{ Findings []json.RawMessage }
	if err := json.Unmarshal([]byte(stdout), &out); err != nil || len(out.Findings) < 1000 {
		t.Fatalf("corpus scan gave %d findings (%v), want the corpus's 1,000+", len(out.Findings), err)
	}
	validate("the corpus scan", []byte(stdout))
}
