package rules

import (
	"path"
	"strings"
)

// Language is what a file is written in, as far as fixes care: how a string
// literal looks, how code reads an environment variable, how a comment starts.
type Language string

const (
	LangGeneric    Language = "generic"
	LangPython     Language = "python"
	LangJavaScript Language = "javascript"
	LangTypeScript Language = "typescript"
	LangGo         Language = "go"
	LangCSharp     Language = "csharp"
	LangJava       Language = "java"
	LangShell      Language = "shell"
	LangPowerShell Language = "powershell"
	LangYAML       Language = "yaml"
	LangDotenv     Language = "dotenv"
	LangDockerfile Language = "dockerfile"
	LangTerraform  Language = "terraform"
	LangTFVars     Language = "tfvars" // Terraform variable values: literals only
	LangMarkdown   Language = "markdown"
	LangJSON       Language = "json"
	LangHTML       Language = "html"
	LangXML        Language = "xml"

	// Config files that cannot read the environment themselves, or read it
	// their own way: the env fix follows what their reader does.
	LangAppSettings Language = "appsettings" // .NET appsettings*.json: a configuration key overrides it
	LangINI         Language = "ini"         // INI: no variable expansion
	LangNotebook    Language = "notebook"    // Jupyter .ipynb: JSON holding cells in the kernel's language
)

var langByExt = map[string]Language{
	".py": LangPython, ".pyw": LangPython, ".pyi": LangPython, ".ipy": LangPython,
	".js": LangJavaScript, ".mjs": LangJavaScript, ".cjs": LangJavaScript, ".jsx": LangJavaScript,
	".ts": LangTypeScript, ".mts": LangTypeScript, ".cts": LangTypeScript, ".tsx": LangTypeScript,
	".go":   LangGo,
	".cs":   LangCSharp,
	".csx":  LangCSharp,
	".java": LangJava,
	".sh":   LangShell, ".bash": LangShell, ".zsh": LangShell, ".ksh": LangShell,
	".ps1": LangPowerShell, ".psm1": LangPowerShell, ".psd1": LangPowerShell,
	".yml": LangYAML, ".yaml": LangYAML,
	".env":        LangDotenv,
	".dockerfile": LangDockerfile,
	".tf":         LangTerraform,
	".tfvars":     LangTFVars,
	".md":         LangMarkdown, ".markdown": LangMarkdown, ".mdx": LangMarkdown,
	".json": LangJSON, ".jsonc": LangJSON, ".ipynb": LangNotebook,
	".ini": LangINI, ".cfg": LangINI,
	".html": LangHTML, ".htm": LangHTML,
	".xml": LangXML, ".csproj": LangXML, ".config": LangXML, ".resx": LangXML, ".props": LangXML, ".targets": LangXML,
}

var langByName = map[string]Language{
	".env":          LangDotenv,
	"dockerfile":    LangDockerfile,
	"containerfile": LangDockerfile,
	".bashrc":       LangShell,
	".bash_profile": LangShell,
	".profile":      LangShell,
	".zshrc":        LangShell,
	".envrc":        LangShell,
}

// LanguageOf picks the language from a file's path (slash- or
// OS-separated): its name first (Dockerfile, .env, .env.local), then its
// extension. Unknown files are LangGeneric.
func LanguageOf(p string) Language {
	base := strings.ToLower(path.Base(strings.ReplaceAll(p, "\\", "/")))
	if l, ok := langByName[base]; ok {
		return l
	}
	switch {
	case strings.HasPrefix(base, ".env."), strings.HasSuffix(base, ".env"):
		return LangDotenv
	case strings.HasPrefix(base, "dockerfile."), strings.HasPrefix(base, "containerfile."):
		return LangDockerfile
	case strings.HasSuffix(base, ".tfvars.json"):
		return LangJSON
	case strings.HasPrefix(base, "appsettings") && strings.HasSuffix(base, ".json"):
		return LangAppSettings
	}
	if l, ok := langByExt[path.Ext(base)]; ok {
		return l
	}
	if strings.Contains(base, ".env.") { // settings.env.sample
		return LangDotenv
	}
	return LangGeneric
}

var langByID = map[string]Language{
	"python":     LangPython,
	"javascript": LangJavaScript, "javascriptreact": LangJavaScript,
	"typescript": LangTypeScript, "typescriptreact": LangTypeScript,
	"go":          LangGo,
	"csharp":      LangCSharp,
	"java":        LangJava,
	"shellscript": LangShell, "sh": LangShell, "bash": LangShell, "zsh": LangShell,
	"powershell": LangPowerShell, "ps1": LangPowerShell,
	"yaml": LangYAML, "github-actions-workflow": LangYAML, "dockercompose": LangYAML,
	"dotenv": LangDotenv, "properties": LangGeneric,
	"dockerfile": LangDockerfile,
	"terraform":  LangTerraform, "hcl": LangTerraform, "terraform-vars": LangTFVars,
	"markdown": LangMarkdown,
	"json":     LangJSON, "jsonc": LangJSON, "ini": LangINI,
	"html": LangHTML,
	"xml":  LangXML,
}

// LanguageFromID maps an LSP languageId (VS Code's and Neovim's filetype
// names) to a Language. An empty or unknown id falls back to the path, so a
// client that says "plaintext" for a .py file still gets Python fixes.
func LanguageFromID(languageID, path string) Language {
	if l, ok := langByID[strings.ToLower(languageID)]; ok {
		return l
	}
	return LanguageOf(path)
}
