package rules

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// fileFixer computes the fixes for every finding in one file. What only
// depends on the file (does Python import os? where do Go imports go?) is
// worked out once, not once per finding: a 1 MB file with 20 tokens would
// otherwise be read 20 times on every keystroke in the editor.
type fileFixer struct {
	cfg     *Config
	lang    Language
	content []byte
	imports func() []Edit
}

func newFileFixer(cfg *Config, path string, content []byte) *fileFixer {
	ff := &fileFixer{cfg: cfg, lang: LanguageOf(path), content: content}
	var done bool
	var edits []Edit
	ff.imports = func() []Edit {
		if !done {
			edits, done = importEdits(ff.lang, content), true
		}
		return edits
	}
	return ff
}

func (ff *fileFixer) fixes(f *Finding) []Fix {
	return fixes(ff.cfg, ff.lang, ff.content, f, ff.imports)
}

// Fixes computes the fixes for f in content written in lang, preferred
// first: environment variable, .env, redact, suppress. A fix that would not
// leave valid code for lang is left out rather than offered broken. The
// engine attaches Fixes(cfg, LanguageOf(path), …) to every finding; the
// language server calls it again when the client names a language the path
// does not reveal (an untitled buffer).
func Fixes(cfg *Config, lang Language, content []byte, f *Finding) []Fix {
	return fixes(cfg, lang, content, f, func() []Edit { return importEdits(lang, content) })
}

func fixes(cfg *Config, lang Language, content []byte, f *Finding, imports func() []Edit) []Fix {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	if !spansValid(content, f) {
		return nil
	}
	var fixes []Fix
	if env, ok := envFix(lang, content, f, EnvName(cfg, f, content), imports); ok {
		dot := env
		dot.Kind = FixDotenv
		dot.Title = "Move secret to .env as " + env.EnvName
		dot.Edits = append([]Edit(nil), env.Edits...)
		fixes = append(fixes, env, dot)
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
func preferFor(fixes []Fix, f *Finding) []Fix {
	if !f.Expired {
		return fixes
	}
	for i, fx := range fixes {
		if fx.Kind == FixRedact && i > 0 {
			out := append([]Fix{fx}, fixes[:i]...)
			return append(out, fixes[i+1:]...)
		}
	}
	return fixes
}

// RenameEnvFix recomputes an environment or .env fix so the code reads the
// variable name instead of fix.EnvName: for when .env already holds a
// different value under that name (see SuggestDotenvName) or the user picks
// the name (`sasguard fix --env NAME`).
func RenameEnvFix(lang Language, content []byte, f *Finding, fix Fix, name string) (Fix, error) {
	if !validEnvName(name) {
		return Fix{}, fmt.Errorf("%q is not a valid environment variable name (letters, digits and _, not starting with a digit)", name)
	}
	if !spansValid(content, f) {
		return Fix{}, fmt.Errorf("the finding does not fit the content")
	}
	env, ok := envFix(lang, content, f, name, func() []Edit { return importEdits(lang, content) })
	if !ok {
		return Fix{}, fmt.Errorf("no environment fix applies here")
	}
	if fix.Kind == FixDotenv {
		env.Kind = FixDotenv
		env.Title = "Move secret to .env as " + env.EnvName
	}
	return env, nil
}

func spansValid(content []byte, f *Finding) bool {
	s, sec := f.Span, f.SecretSpan
	return 0 <= s.Start && s.Start < s.End && s.End <= len(content) &&
		s.Start <= sec.Start && sec.Start < sec.End && sec.End <= s.End
}

// EnvName is the variable the environment fixes use for f: the config's
// template (default AZURE_STORAGE_{KIND}, or AZURE_SERVICEBUS_{KIND} for
// Service Bus, Event Hubs and IoT Hub) with {ACCOUNT} and {KIND} filled in;
// a custom rule's findings use the rule id in upper snake case.
func EnvName(cfg *Config, f *Finding, content []byte) string {
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
		if f.Kind == KindServiceBusSAS {
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
	case KindAccountSAS, KindServiceSAS, KindUserDelegationSAS:
		if strings.Contains(text, "://") {
			return "SAS_URL", true
		}
		return "SAS_TOKEN", true
	case KindStorageKey, KindStorageConnSAS:
		if strings.Contains(text, ";") {
			return "CONNECTION_STRING", true
		}
		if kind == KindStorageKey {
			return "KEY", true
		}
		return "SAS_TOKEN", true
	case KindServiceBusSAS:
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
func redactFix(content []byte, f *Finding) (Fix, bool) {
	what := "secret"
	before := string(content[f.Span.Start:f.SecretSpan.Start])
	switch {
	case strings.HasSuffix(before, "sig="):
		what = "signature"
	case strings.HasSuffix(strings.ToLower(before), "key="):
		what = "key"
	case f.Kind == KindStorageKey:
		what = "key"
	}
	return Fix{
		Kind:  FixRedact,
		Title: "Redact the " + what,
		Edits: []Edit{{Start: f.SecretSpan.Start, End: f.SecretSpan.End, NewText: "REDACTED"}},
	}, true
}

// SuppressionComment is what the suppress fix writes, without the comment
// markers; the user fills in the reason.
const SuppressionComment = `sasguard:ignore reason=""`

// suppressFix inserts a sasguard:ignore comment on its own line above the
// finding's line, indented like it. JSON has no comments: no fix there.
func suppressFix(lang Language, content []byte, f *Finding) (Fix, bool) {
	var open, close string
	switch lang {
	case LangJSON:
		return Fix{}, false
	case LangGo, LangJavaScript, LangTypeScript, LangCSharp, LangJava:
		open = "// "
	case LangMarkdown, LangHTML, LangXML:
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
	if lang == LangMarkdown && (strings.HasPrefix(lead, "    ") || strings.Contains(lead, "\t")) {
		// An indented comment would render as part of a code block.
		lead = ""
	}
	text := lead + open + SuppressionComment + close + eol(content)
	return Fix{
		Kind:  FixSuppress,
		Title: "Suppress with a reason (sasguard:ignore, then write the reason)",
		Edits: []Edit{{Start: ls, End: ls, NewText: text}},
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
func sortEdits(edits []Edit) []Edit {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].Start != edits[j].Start {
			return edits[i].Start < edits[j].Start
		}
		return edits[i].End < edits[j].End
	})
	return edits
}
