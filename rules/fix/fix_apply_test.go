package fix

import (
	"github.com/sasguard/sasguard/rules"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestApplyEdits(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		edits   []rules.Edit
		want    string
		wantErr bool
	}{
		{"none", "abc", nil, "abc", false},
		{"replace", "abc", []rules.Edit{{Start: 1, End: 2, NewText: "X"}}, "aXc", false},
		{"insertions at one offset keep their order", "abc", []rules.Edit{{Start: 1, End: 1, NewText: "1"}, {Start: 1, End: 1, NewText: "2"}}, "a12bc", false},
		{"insert then replace at the same offset", "abc", []rules.Edit{{Start: 1, End: 1, NewText: "("}, {Start: 1, End: 3, NewText: "Z"}}, "a(Z", false},
		{"delete to the end", "abc", []rules.Edit{{Start: 1, End: 3, NewText: ""}}, "a", false},
		{"unsorted", "abc", []rules.Edit{{Start: 2, End: 3, NewText: "x"}, {Start: 0, End: 1, NewText: "y"}}, "abc", true},
		{"overlapping", "abcd", []rules.Edit{{Start: 0, End: 2, NewText: "x"}, {Start: 1, End: 3, NewText: "y"}}, "abcd", true},
		{"past the end", "abc", []rules.Edit{{Start: 2, End: 9, NewText: "x"}}, "abc", true},
		{"reversed", "abc", []rules.Edit{{Start: 2, End: 1, NewText: "x"}}, "abc", true},
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
	imp := rules.Edit{Start: 0, End: 0, NewText: "import os\n"}
	fixes := []rules.Fix{
		{Edits: []rules.Edit{imp, {Start: 10, End: 20, NewText: "A"}}},
		{Edits: []rules.Edit{imp, {Start: 30, End: 40, NewText: "B"}}}, // shares the import
		{Edits: []rules.Edit{{Start: 15, End: 35, NewText: "C"}}},      // overlaps both: left out
		{Edits: []rules.Edit{{Start: 50, End: 50, NewText: "D"}}},
		{Edits: []rules.Edit{{Start: 50, End: 50, NewText: "E"}}}, // a second insertion at 50: kept, after D
		{Edits: []rules.Edit{{Start: 45, End: 55, NewText: "F"}}}, // surrounds the insertions: left out
	}
	edits, skipped := CombineFixes(fixes)
	want := []rules.Edit{imp, {Start: 10, End: 20, NewText: "A"}, {Start: 30, End: 40, NewText: "B"}, {Start: 50, End: 50, NewText: "D"}, {Start: 50, End: 50, NewText: "E"}}
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
	var fixes []rules.Fix
	for _, smp := range []fixSample{a, b} {
		i := strings.Index(src, smp.Text)
		ss, se := secretIn(smp.Text)
		f := rules.Finding{Kind: smp.Kind, Span: rules.Span{Start: i, End: i + len(smp.Text)}, SecretSpan: rules.Span{Start: i + ss, End: i + se}, Facts: rules.Facts{Account: smp.Account}}
		fx := Fixes(nil, rules.LangPython, []byte(src), &f)
		if len(fx) == 0 || fx[0].Kind != rules.FixEnv {
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
