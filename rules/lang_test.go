package rules

import "testing"

func TestLanguageOf(t *testing.T) {
	tests := map[string]Language{
		"app.py":                       LangPython,
		"src/a.tsx":                    LangTypeScript,
		"web/index.mjs":                LangJavaScript,
		"cmd/main.go":                  LangGo,
		`C:\src\Program.cs`:            LangCSharp,
		"Main.java":                    LangJava,
		"deploy.sh":                    LangShell,
		".bashrc":                      LangShell,
		"Deploy.PS1":                   LangPowerShell,
		".github/workflows/ci.yml":     LangYAML,
		"k8s/secret.yaml":              LangYAML,
		".env":                         LangDotenv,
		"svc/.env.local":               LangDotenv,
		"prod.env":                     LangDotenv,
		"Dockerfile":                   LangDockerfile,
		"docker/Dockerfile.prod":       LangDockerfile,
		"api.dockerfile":               LangDockerfile,
		"infra/main.tf":                LangTerraform,
		"env/prod.tfvars":              LangTFVars,
		"env/prod.tfvars.json":         LangJSON,
		"README.md":                    LangMarkdown,
		"appsettings.json":             LangAppSettings,
		"appsettings.Development.json": LangAppSettings,
		"setup.cfg":                    LangINI,
		"conf/app.ini":                 LangINI,
		"web.config":                   LangXML,
		"index.html":                   LangHTML,
		"notes.txt":                    LangGeneric,
		"Makefile":                     LangGeneric,
		"":                             LangGeneric,
		"docs/environment.markdown":    LangMarkdown,
		"scripts/.envrc":               LangShell,
		"containers/Containerfile":     LangDockerfile,
		"notebooks/explore.ipynb":      LangNotebook,
		"src/environment.py":           LangPython,
		"src/envfile.txt":              LangGeneric,
		"config/settings.env.sample":   LangDotenv,
	}
	for path, want := range tests {
		if got := LanguageOf(path); got != want {
			t.Errorf("LanguageOf(%q) = %s, want %s", path, got, want)
		}
	}
}

func TestLanguageFromID(t *testing.T) {
	tests := []struct {
		id, path string
		want     Language
	}{
		{"python", "untitled:Untitled-1", LangPython},
		{"typescriptreact", "a.tsx", LangTypeScript},
		{"shellscript", "run", LangShell},
		{"plaintext", "app.py", LangPython}, // unknown id: the path decides
		{"", "main.go", LangGo},
		{"dockerfile", "build/Containerfile.x", LangDockerfile},
	}
	for _, tt := range tests {
		if got := LanguageFromID(tt.id, tt.path); got != tt.want {
			t.Errorf("LanguageFromID(%q, %q) = %s, want %s", tt.id, tt.path, got, tt.want)
		}
	}
}

func TestContainsFold(t *testing.T) {
	for _, tc := range []struct {
		b    string
		want bool
	}{
		{"Endpoint=AMQPS://x", true}, {"amqp", true}, {"xAmQp", true},
		{"amq", false}, {"a-m-q-p", false}, {"", false}, {"AMQ\x50", true}, {"AMQ\x10", false},
	} {
		if got := containsFold([]byte(tc.b), "amqp"); got != tc.want {
			t.Errorf("containsFold(%q) = %v, want %v", tc.b, got, tc.want)
		}
	}
}
