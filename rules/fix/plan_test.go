package fix

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/sasguard/sasguard/rules"
)

func planEngine() *rules.Engine {
	return rules.NewEngine(nil, rules.Options{Now: func() time.Time { return time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC) }})
}

func TestPlan(t *testing.T) {
	s := fixSamples(t)
	a, b := s["t001"].Text, s["t012"].Text
	type want struct {
		files      map[string]string
		fixed      map[string]int
		edits      map[string]int // edits per file: 1 after several passes
		left       map[string]int
		dotenv     string
		added      []string
		gitignore  string
		names      []string
		errInFiles []string
	}
	tests := []struct {
		name      string
		kind      rules.FixKind
		envName   string
		only      string
		files     map[string]string
		dotenv    string
		gitignore string
		want      want
	}{{
		name:  "two tokens in one literal take two passes",
		kind:  rules.FixDotenv,
		files: map[string]string{"a.py": "x = \"" + a + " " + b + "\"\n"},
		want: want{
			files:     map[string]string{"a.py": "import os\nx = (os.environ[\"AZURE_STORAGE_SAS_URL\"] + (\" \" + os.environ[\"AZURE_STORAGE_SAS_URL_2\"]))\n"},
			fixed:     map[string]int{"a.py": 2},
			edits:     map[string]int{"a.py": 1},
			dotenv:    "AZURE_STORAGE_SAS_URL='" + a + "'\nAZURE_STORAGE_SAS_URL_2='" + b + "'\n",
			added:     []string{"AZURE_STORAGE_SAS_URL", "AZURE_STORAGE_SAS_URL_2"},
			gitignore: ".env\n",
			names:     []string{"AZURE_STORAGE_SAS_URL", "AZURE_STORAGE_SAS_URL_2"},
		},
	}, {
		name:      "a different value in .env: NAME_2; the same value reuses the name",
		kind:      rules.FixDotenv,
		files:     map[string]string{"a.js": "const u = '" + b + "';\n", "b.js": "const v = '" + b + "';\nconst w = '" + a + "';\n"},
		dotenv:    "# team\nAZURE_STORAGE_SAS_URL='https://example.invalid/other'\nAZURE_STORAGE_SAS_URL_3='" + a + "'",
		gitignore: "node_modules/\n",
		want: want{
			files: map[string]string{
				"a.js": "const u = process.env.AZURE_STORAGE_SAS_URL_2;\n",
				"b.js": "const v = process.env.AZURE_STORAGE_SAS_URL_2;\nconst w = process.env.AZURE_STORAGE_SAS_URL_3;\n",
			},
			fixed:     map[string]int{"a.js": 1, "b.js": 2},
			edits:     map[string]int{"a.js": 1, "b.js": 2},
			dotenv:    "# team\nAZURE_STORAGE_SAS_URL='https://example.invalid/other'\nAZURE_STORAGE_SAS_URL_3='" + a + "'\nAZURE_STORAGE_SAS_URL_2='" + b + "'\n",
			added:     []string{"AZURE_STORAGE_SAS_URL_2"},
			gitignore: "node_modules/\n.env\n",
			names:     []string{"AZURE_STORAGE_SAS_URL_2", "AZURE_STORAGE_SAS_URL_3"},
		},
	}, {
		name:    "--env NAME: each distinct secret its own name",
		kind:    rules.FixEnv,
		envName: "BLOB_SAS",
		files:   map[string]string{"u.js": "export const a = '" + a + "';\nexport const b = '" + b + "';\nexport const c = '" + a + "';\n"},
		want: want{
			files: map[string]string{"u.js": "export const a = process.env.BLOB_SAS;\nexport const b = process.env.BLOB_SAS_2;\nexport const c = process.env.BLOB_SAS;\n"},
			fixed: map[string]int{"u.js": 3},
			edits: map[string]int{"u.js": 3},
			names: []string{"BLOB_SAS", "BLOB_SAS_2"},
		},
	}, {
		name:  "no environment reference in a comment: left over with the reason",
		kind:  rules.FixDotenv,
		files: map[string]string{"a.py": "# old: " + a + "\n"},
		want: want{
			files: map[string]string{"a.py": "# old: " + a + "\n"},
			left:  map[string]int{"a.py": 1},
		},
	}, {
		name:  "redact",
		kind:  rules.FixRedact,
		files: map[string]string{"README.md": "see " + a + "\n"},
		want: want{
			files: map[string]string{"README.md": "see " + strings.Replace(a, "ijEaTz6v46XfZH4tBrBq2ztmyS8wgIN76UNWGs7lXRw%3D", "REDACTED", 1) + "\n"},
			fixed: map[string]int{"README.md": 1},
			edits: map[string]int{"README.md": 1},
		},
	}, {
		name:   "a .env that cannot be read leaves the file alone",
		kind:   rules.FixDotenv,
		files:  map[string]string{"a.py": "x = '" + a + "'\n"},
		dotenv: "AZURE_STORAGE_SAS_URL='open\n",
		want: want{
			files:      map[string]string{"a.py": "x = '" + a + "'\n"},
			dotenv:     "AZURE_STORAGE_SAS_URL='open\n",
			errInFiles: []string{"a.py"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := Request{Engine: planEngine(), Kind: tt.kind, EnvName: tt.envName, Only: tt.only, Dotenv: []byte(tt.dotenv), Gitignore: []byte(tt.gitignore)}
			if tt.dotenv == "" {
				req.Dotenv = nil
			}
			if tt.gitignore == "" {
				req.Gitignore = nil
			}
			for _, p := range sortedKeys(tt.files) {
				req.Files = append(req.Files, File{Path: p, Content: []byte(tt.files[p])})
			}
			pl, err := Make(req)
			if err != nil {
				t.Fatal(err)
			}
			got := want{files: map[string]string{}, fixed: map[string]int{}, edits: map[string]int{}, left: map[string]int{}}
			for _, f := range pl.Files {
				got.files[f.Path] = string(f.Content)
				if f.Fixed > 0 {
					got.fixed[f.Path] = f.Fixed
				}
				if len(f.Edits) > 0 {
					got.edits[f.Path] = len(f.Edits)
					// The edits are on the original: they give the same content.
					out, err := ApplyEdits([]byte(tt.files[f.Path]), f.Edits)
					if err != nil || string(out) != string(f.Content) {
						t.Errorf("%s: the edits do not give the planned content (%v)", f.Path, err)
					}
				}
				if len(f.Left) > 0 {
					got.left[f.Path] = len(f.Left)
					for _, l := range f.Left {
						if l.Reason == "" {
							t.Errorf("%s: a leftover without a reason", f.Path)
						}
					}
				}
				if f.Err != nil {
					got.errInFiles = append(got.errInFiles, f.Path)
					if strings.Contains(f.Err.Error(), "sig=") {
						t.Errorf("the error carries a token: %v", f.Err)
					}
				}
			}
			got.dotenv, got.added, got.gitignore, got.names = string(pl.Dotenv), pl.DotenvAdded, "", pl.EnvNames
			if pl.GitignoreChanged {
				got.gitignore = string(pl.Gitignore)
			}
			if pl.DotenvChanged != (string(pl.Dotenv) != tt.dotenv) {
				t.Errorf("DotenvChanged = %v", pl.DotenvChanged)
			}
			w := tt.want
			if w.dotenv == "" {
				w.dotenv = tt.dotenv
			}
			if w.fixed == nil {
				w.fixed = map[string]int{}
			}
			if w.edits == nil {
				w.edits = map[string]int{}
			}
			if w.left == nil {
				w.left = map[string]int{}
			}
			if diff := cmp.Diff(w, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestPlanOnly fixes the one finding the editor's "Move to .env" names.
func TestPlanOnly(t *testing.T) {
	s := fixSamples(t)
	a, b := s["t001"].Text, s["t012"].Text
	src := []byte("x = '" + a + "'\ny = '" + b + "'\n")
	eng := planEngine()
	fs := eng.Scan("a.py", src)
	if len(fs) != 2 {
		t.Fatalf("%d findings", len(fs))
	}
	pl, err := Make(Request{Engine: eng, Kind: rules.FixDotenv, Only: fs[1].Fingerprint, Files: []File{{Path: "a.py", Content: src}}})
	if err != nil {
		t.Fatal(err)
	}
	want := "import os\nx = '" + a + "'\ny = os.environ[\"AZURE_STORAGE_SAS_URL\"]\n"
	if diff := cmp.Diff(want, string(pl.Files[0].Content)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if string(pl.Dotenv) != "AZURE_STORAGE_SAS_URL='"+b+"'\n" {
		t.Errorf(".env holds another value")
	}
}

func TestPlanRejectsBadRequests(t *testing.T) {
	for _, req := range []Request{
		{Engine: planEngine(), Kind: rules.FixEnv, EnvName: "1BAD"},
		{Engine: planEngine(), Kind: rules.FixSuppress},
		{Kind: rules.FixRedact},
	} {
		if _, err := Make(req); err == nil {
			t.Errorf("Make(%+v) accepted", req)
		}
	}
}

func sortedKeys(m map[string]string) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}
