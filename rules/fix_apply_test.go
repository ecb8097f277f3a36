package rules

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestApplyEdits(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		edits   []Edit
		want    string
		wantErr bool
	}{
		{"none", "abc", nil, "abc", false},
		{"replace", "abc", []Edit{{1, 2, "X"}}, "aXc", false},
		{"insertions at one offset keep their order", "abc", []Edit{{1, 1, "1"}, {1, 1, "2"}}, "a12bc", false},
		{"insert then replace at the same offset", "abc", []Edit{{1, 1, "("}, {1, 3, "Z"}}, "a(Z", false},
		{"delete to the end", "abc", []Edit{{1, 3, ""}}, "a", false},
		{"unsorted", "abc", []Edit{{2, 3, "x"}, {0, 1, "y"}}, "abc", true},
		{"overlapping", "abcd", []Edit{{0, 2, "x"}, {1, 3, "y"}}, "abcd", true},
		{"past the end", "abc", []Edit{{2, 9, "x"}}, "abc", true},
		{"reversed", "abc", []Edit{{2, 1, "x"}}, "abc", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ApplyEdits([]byte(tt.in), tt.edits)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCombineFixes(t *testing.T) {
	imp := Edit{0, 0, "import os\n"}
	fixes := []Fix{
		{Edits: []Edit{imp, {10, 20, "A"}}},
		{Edits: []Edit{imp, {30, 40, "B"}}}, // shares the import
		{Edits: []Edit{{15, 35, "C"}}},      // overlaps both: left out
		{Edits: []Edit{{50, 50, "D"}}},
		{Edits: []Edit{{50, 50, "E"}}}, // a second insertion at 50: kept, after D
		{Edits: []Edit{{45, 55, "F"}}}, // surrounds the insertions: left out
	}
	edits, skipped := CombineFixes(fixes)
	want := []Edit{imp, {10, 20, "A"}, {30, 40, "B"}, {50, 50, "D"}, {50, 50, "E"}}
	if diff := cmp.Diff(want, edits); diff != "" {
		t.Errorf("edits (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2, 5}, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
}

// TestFixAllPython fixes two tokens in one Python file at once: one import,
// two references, a file that still parses.
func TestFixAllPython(t *testing.T) {
	s := fixSamples(t)
	a, b := s["t001"], s["t015"]
	src := "import json\n\nURL = \"" + a.Text + "\"\nCONN = '" + b.Text + "'\n"
	var fixes []Fix
	for _, smp := range []fixSample{a, b} {
		i := strings.Index(src, smp.Text)
		ss, se := secretIn(smp.Text)
		f := Finding{Kind: smp.Kind, Span: Span{i, i + len(smp.Text)}, SecretSpan: Span{i + ss, i + se}, Facts: Facts{Account: smp.Account}}
		fx := Fixes(nil, LangPython, []byte(src), &f)
		if len(fx) == 0 || fx[0].Kind != FixEnv {
			t.Fatalf("no env fix for %s", smp.ID)
		}
		fixes = append(fixes, fx[0])
	}
	edits, skipped := CombineFixes(fixes)
	if len(skipped) > 0 {
		t.Fatalf("skipped %v", skipped)
	}
	out, err := ApplyEdits([]byte(src), edits)
	if err != nil {
		t.Fatal(err)
	}
	want := "import os\nimport json\n\nURL = os.environ[\"AZURE_STORAGE_SAS_URL\"]\nCONN = os.environ[\"AZURE_STORAGE_CONNECTION_STRING\"]\n"
	if diff := cmp.Diff(want, string(out)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
