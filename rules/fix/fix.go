package fix

import (
	"bytes"
	"fmt"
	"github.com/sasguard/sasguard/rules"
	"sort"
	"strings"
)

// Attach fills in each finding's Fixes, as the engine used to: the front
// ends call it right after Engine.Scan on findings they render. The language
// comes from path.
func Attach(cfg *rules.Config, path string, content []byte, findings []rules.Finding) {
	AttachLang(cfg, rules.LanguageOf(path), content, findings)
}

// AttachLang is Attach for a language the path does not reveal (an untitled
// buffer whose client names its languageId). What only depends on the file
// (does Python import os? where do Go imports go?) is worked out once, not
// once per finding: a 1 MB file with 20 tokens would otherwise be read 20
// times on every keystroke in the editor.
func AttachLang(cfg *rules.Config, lang rules.Language, content []byte, findings []rules.Finding) {
	var done bool
	var edits []rules.Edit
	imports := func() []rules.Edit {
		if !done {
			edits, done = importEdits(lang, content), true
		}
		return edits
	}
	for i := range findings {
		findings[i].Fixes = fixes(cfg, lang, content, &findings[i], imports)
	}
}

// Fixes computes the fixes for f in content written in lang, preferred
// first: environment variable, .env, redact, suppress. A fix that would not
// leave valid code for lang is left out rather than offered broken.
func Fixes(cfg *rules.Config, lang rules.Language, content []byte, f *rules.Finding) []rules.Fix {
	return fixes(cfg, lang, content, f, func() []rules.Edit { return importEdits(lang, content) })
}

func fixes(cfg *rules.Config, lang rules.Language, content []byte, f *rules.Finding, imports func() []rules.Edit) []rules.Fix {
	if cfg == nil {
		cfg = rules.DefaultConfig()
	}
	if !spansValid(content, f) {
		return nil
	}
	var fixes []rules.Fix
	if env, info, ok := envFix(lang, content, f, EnvName(cfg, f, content), imports); ok {
		dot := env
		dot.Kind = rules.FixDotenv
		dot.Title = withNote("Move secret to .env as "+env.EnvName, info.note)
		dot.Edits = append([]rules.Edit(nil), env.Edits...)
		env.Title = withNote(env.Title, info.note)
		if !info.dotenvOnly {
			fixes = append(fixes, env)
		}
		fixes = append(fixes, dot)
	}
	if r, ok := redactFix(content, f); ok {
		fixes = append(fixes, r)
	}
	if s, ok := suppressFix(lang, content, f); ok {
		fixes = append(fixes, s)
	}
	return preferFor(fixes, f)
}

// preferFor puts the fix that suits the finding first. An expired token
// grants nothing any more: moving it to .env would keep a dead secret, so
// redacting it comes first; a live one is moved out of the code.
func preferFor(fixes []rules.Fix, f *rules.Finding) []rules.Fix {
	if !f.Expired {
		return fixes
	}
	for i, fx := range fixes {
		if fx.Kind == rules.FixRedact && i > 0 {
			out := append([]rules.Fix{fx}, fixes[:i]...)
			return append(out, fixes[i+1:]...)
		}
	}
	return fixes
}

// RenameEnvFix recomputes an environment or .env fix so the code reads the
// variable name instead of fix.EnvName: for when .env already holds a
// different value under that name (see SuggestDotenvName) or the user picks
// the name (`sasguard fix --env NAME`).
func RenameEnvFix(lang rules.Language, content []byte, f *rules.Finding, fix rules.Fix, name string) (rules.Fix, error) {
	if !validEnvName(name) {
		return rules.Fix{}, fmt.Errorf("%q is not a valid environment variable name (letters, digits and _, not starting with a digit)", name)
	}
	if !spansValid(content, f) {
		return rules.Fix{}, fmt.Errorf("the finding does not fit the content")
	}
	env, info, ok := envFix(lang, content, f, name, func() []rules.Edit { return importEdits(lang, content) })
	if !ok {
		return rules.Fix{}, fmt.Errorf("no environment fix applies here")
	}
	if info.dotenvOnly && fix.Kind != rules.FixDotenv {
		return rules.Fix{}, fmt.Errorf("%s", info.note)
	}
	env.Title = withNote(env.Title, info.note)
	if fix.Kind == rules.FixDotenv {
		env.Kind = rules.FixDotenv
		env.Title = withNote("Move secret to .env as "+env.EnvName, info.note)
	}
	return env, nil
}

func spansValid(content []byte, f *rules.Finding) bool {
	s, sec := f.Span, f.SecretSpan
	return 0 <= s.Start && s.Start < s.End && s.End <= len(content) &&
		s.Start <= sec.Start && sec.Start < sec.End && sec.End <= s.End
}

// EnvName is the variable the environment fixes use for f: the config's
// template (default AZURE_STORAGE_{KIND}, or AZURE_SERVICEBUS_{KIND} for
// Service Bus, Event Hubs and IoT Hub) with {ACCOUNT} and {KIND} filled in;
// a custom rule's findings use the rule id in upper snake case.
func EnvName(cfg *rules.Config, f *rules.Finding, content []byte) string {
	text := ""
	if 0 <= f.Span.Start && f.Span.Start <= f.Span.End && f.Span.End <= len(content) {
		text = string(content[f.Span.Start:f.Span.End])
	}
	kind, builtin := envKind(f.Kind, text)
	if !builtin {
		return safeEnvName(upperSnake(f.Kind))
	}
	tmpl := ""
	if cfg != nil {
		tmpl = cfg.Env.Template
	}
	if tmpl == "" {
		tmpl = "AZURE_STORAGE_{KIND}"
		if f.Kind == rules.KindServiceBusSAS {
			tmpl = "AZURE_SERVICEBUS_{KIND}"
		}
	}
	name := strings.NewReplacer("{ACCOUNT}", upperSnake(f.Facts.Account), "{KIND}", kind).Replace(tmpl)
	for strings.Contains(name, "__") {
		name = strings.ReplaceAll(name, "__", "_")
	}
	return safeEnvName(strings.Trim(name, "_"))
}

// envKind names what the token is, for {KIND}.
func envKind(kind, text string) (string, bool) {
	switch kind {
	case rules.KindAccountSAS, rules.KindServiceSAS, rules.KindUserDelegationSAS:
		if strings.Contains(text, "://") {
			return "SAS_URL", true
		}
		return "SAS_TOKEN", true
	case rules.KindStorageKey, rules.KindStorageConnSAS:
		if strings.Contains(text, ";") {
			return "CONNECTION_STRING", true
		}
		if kind == rules.KindStorageKey {
			return "KEY", true
		}
		return "SAS_TOKEN", true
	case rules.KindServiceBusSAS:
		switch {
		case strings.Contains(text, ";"):
			return "CONNECTION_STRING", true
		case strings.HasPrefix(text, "SharedAccessSignature"), strings.Contains(text, "sig="):
			return "SAS_TOKEN", true
		}
		return "KEY", true
	}
	return "", false
}

func upperSnake(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			b.WriteByte(c - 'a' + 'A')
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			b.WriteByte(c)
		default:
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
		}
	}
	return strings.TrimSuffix(b.String(), "_")
}

func safeEnvName(name string) string {
	if name == "" {
		return "AZURE_SECRET"
	}
	if name[0] >= '0' && name[0] <= '9' {
		return "AZURE_" + name
	}
	return name
}

// redactFix masks the secret in place. The engine reads REDACTED in a
// signature or key as a placeholder, so the result is not flagged again.
func redactFix(content []byte, f *rules.Finding) (rules.Fix, bool) {
	what := "secret"
	before := string(content[f.Span.Start:f.SecretSpan.Start])
	switch {
	case strings.HasSuffix(before, "sig="):
		what = "signature"
	case strings.HasSuffix(strings.ToLower(before), "key="):
		what = "key"
	case f.Kind == rules.KindStorageKey:
		what = "key"
	}
	return rules.Fix{
		Kind:  rules.FixRedact,
		Title: "Redact the " + what,
		Edits: []rules.Edit{{Start: f.SecretSpan.Start, End: f.SecretSpan.End, NewText: "REDACTED"}},
	}, true
}

// SuppressionComment is what the suppress fix writes, without the comment
// markers; the user fills in the reason.
const SuppressionComment = `sasguard:ignore reason=""`

// suppressFix inserts a sasguard:ignore comment on its own line above the
// finding's line, indented like it. JSON (settings, notebooks) has no
// comments: no fix there.
func suppressFix(lang rules.Language, content []byte, f *rules.Finding) (rules.Fix, bool) {
	var open, close string
	switch lang {
	case rules.LangJSON, rules.LangAppSettings, rules.LangNotebook:
		return rules.Fix{}, false
	case rules.LangGo, rules.LangJavaScript, rules.LangTypeScript, rules.LangCSharp, rules.LangJava:
		open = "// "
	case rules.LangMarkdown, rules.LangHTML, rules.LangXML:
		open, close = "<!-- ", " -->"
	default:
		open = "# "
	}
	ls := lineStart(content, f.Span.Start)
	indent := ls
	for indent < len(content) && (content[indent] == ' ' || content[indent] == '\t') {
		indent++
	}
	lead := string(content[ls:indent])
	if lang == rules.LangMarkdown && (strings.HasPrefix(lead, "    ") || strings.Contains(lead, "\t")) {
		// An indented comment would render as part of a code block.
		lead = ""
	}
	text := lead + open + SuppressionComment + close + eol(content)
	return rules.Fix{
		Kind:  rules.FixSuppress,
		Title: "Suppress with a reason (sasguard:ignore, then write the reason)",
		Edits: []rules.Edit{{Start: ls, End: ls, NewText: text}},
	}, true
}

// eol is the file's line ending: CRLF when it uses one, else LF.
func eol(content []byte) string {
	if i := bytes.IndexByte(content, '\n'); i > 0 && content[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// sortEdits orders edits by position; insertions at one offset keep their order.
func sortEdits(edits []rules.Edit) []rules.Edit {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].Start != edits[j].Start {
			return edits[i].Start < edits[j].Start
		}
		return edits[i].End < edits[j].End
	})
	return edits
}
