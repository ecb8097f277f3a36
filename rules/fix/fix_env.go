package fix

import (
	"bytes"
	"github.com/sasguard/sasguard/rules"
	"regexp"
	"strings"
)

// envFix replaces the token with a read of the environment variable name,
// in the form lang compiles: the whole string literal when the token is its
// whole value, else the token alone, spliced into the literal by
// concatenation or interpolation. EnvValue is the token: what the program
// read before the fix is what it reads after. No fix is offered where the
// result would not be valid (a comment, a Python bytes literal, a .env file).
func envFix(lang rules.Language, content []byte, f *rules.Finding, name string, imports func() []rules.Edit) (rules.Fix, envInfo, bool) {
	if fx, info, handled, ok := fileTypeFix(lang, content, f, name, imports); handled {
		return fx, info, ok
	}
	fx, ok := envFixRef(lang, content, f, name, imports)
	return fx, envInfo{}, ok
}

// envFixRef is the reference each language reads the environment with,
// written in place of the token; fileTypeFix (fix_filetype.go) builds on it
// where a file type needs more (an ARG line) or has no such reference.
func envFixRef(lang rules.Language, content []byte, f *rules.Finding, name string, imports func() []rules.Edit) (rules.Fix, bool) {
	tok := f.Span
	tokText := string(content[tok.Start:tok.End])
	where, lit := locate(lang, content, tok.Start, tok.End)
	if where == posComment {
		return rules.Fix{}, false
	}
	if where == posLiteral && lit.esc != escNone && strings.ContainsRune(tokText, '\\') {
		// Escapes inside the token: the value differs from the source
		// text, and the token's extent is in doubt. Leave it to the user.
		return rules.Fix{}, false
	}
	whole := where == posLiteral && lit.contentStart() == tok.Start && lit.contentEnd() == tok.End

	fix := rules.Fix{Kind: rules.FixEnv, EnvName: name, EnvValue: tokText}
	var ref string // what the title shows
	switch lang {
	case rules.LangPython, rules.LangJavaScript, rules.LangTypeScript, rules.LangGo, rules.LangCSharp, rules.LangJava:
		if where != posLiteral || lit.bytesLit {
			return rules.Fix{}, false
		}
		ref = codeEnvRef(lang, content, name)
		edits, ok := spliceConcat(lit, tok, whole, ref)
		if !ok {
			return rules.Fix{}, false
		}
		more, ok := constFixups(lang, content, lit)
		if !ok {
			return rules.Fix{}, false
		}
		edits = append(edits, more...)
		edits = append(edits, imports()...)
		fix.Edits = edits

	case rules.LangShell, rules.LangDockerfile:
		ref = "${" + name + "}"
		switch {
		case where == posLiteral && whole:
			fix.Edits = []rules.Edit{{Start: lit.start, End: lit.end, NewText: `"` + ref + `"`}}
		case where == posLiteral && lit.quote == '"':
			fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: ref}}
		case where == posLiteral: // inside '…': close, expand in "…", reopen
			fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: `'"` + ref + `"'`}}
		default:
			fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: `"` + ref + `"`}}
		}

	case rules.LangPowerShell:
		ref = "$env:" + name
		switch {
		case where == posLiteral && whole:
			fix.Edits = []rules.Edit{{Start: lit.start, End: lit.end, NewText: ref}}
		case where == posLiteral && lit.interp:
			fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: "${env:" + name + "}"}}
		case where == posLiteral && lit.unsplittable:
			return rules.Fix{}, false
		case where == posLiteral:
			edits, _ := spliceConcat(lit, tok, false, ref)
			fix.Edits = edits
		default:
			fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: ref}}
		}

	case rules.LangYAML:
		// A value the deployment tool substitutes (Compose, envsubst, many
		// CI systems). Quoted so the scalar stays a string.
		ref = "${" + name + "}"
		if where != posLiteral && yamlScalarStart(content, tok.Start) {
			fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: `"` + ref + `"`}}
		} else {
			fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: ref}}
		}

	case rules.LangTerraform:
		// Terraform reads the environment only through TF_VAR_<name>: the
		// code reads var.<name>, declared here if it is not already.
		v := strings.ToLower(strings.TrimPrefix(name, "TF_VAR_"))
		fix.EnvName = "TF_VAR_" + v
		ref = "var." + v
		if where == posLiteral && whole {
			fix.Edits = []rules.Edit{{Start: lit.start, End: lit.end, NewText: ref}}
		} else {
			fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: "${" + ref + "}"}}
		}
		if !regexp.MustCompile(`(?m)^\s*variable\s+"` + regexp.QuoteMeta(v) + `"`).Match(content) {
			nl := eol(content)
			decl := "variable \"" + v + "\" {" + nl + "  type      = string" + nl + "  sensitive = true" + nl + "}" + nl
			if len(content) > 0 && content[len(content)-1] != '\n' {
				decl = nl + decl
			}
			fix.Edits = append(fix.Edits, rules.Edit{Start: len(content), End: len(content), NewText: nl + decl})
		}

	case rules.LangTFVars:
		// A .tfvars file holds only literals. Remove the assignment; the
		// variable then comes from TF_VAR_<key> in the environment.
		ls, le := lineStart(content, tok.Start), lineEnd(content, tok.End)
		m := tfvarsAssign.FindSubmatch(content[ls:le])
		if m == nil || where != posLiteral || !whole {
			return rules.Fix{}, false
		}
		if le < len(content) {
			le++
		}
		fix.EnvName = "TF_VAR_" + string(m[1])
		fix.Edits = []rules.Edit{{Start: ls, End: le, NewText: ""}}
		fix.Title = "Remove the value; Terraform reads " + fix.EnvName + " from the environment"
		return fix, true

	case rules.LangDotenv:
		// The secret is already in a .env file: moving it to .env or
		// pointing it at itself fixes nothing. Redact or suppress instead.
		return rules.Fix{}, false

	default: // Markdown, JSON, HTML, XML, plain text
		ref = "${" + name + "}"
		fix.Edits = []rules.Edit{{Start: tok.Start, End: tok.End, NewText: ref}}
	}
	fix.Edits = sortEdits(fix.Edits)
	fix.Title = "Replace with " + ref
	if lang == rules.LangTypeScript {
		fix.Title = "Replace with process.env." + name + " (throws when " + name + " is not set)"
	}
	return fix, true
}

// yamlScalarStart reports whether a plain scalar starts at i (after "key: ",
// "- " or indentation), where a value starting with $ or { is better quoted.
func yamlScalarStart(content []byte, i int) bool {
	k := i - 1
	for k >= 0 && (content[k] == ' ' || content[k] == '\t') {
		k--
	}
	return k < 0 || content[k] == '\n' || k < i-1 && (content[k] == ':' || content[k] == '-')
}

var tfvarsAssign = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*"[^"\n]*"\s*(?:#.*|//.*)?\r?$`)

// codeEnvRef is the expression that reads name from the environment.
func codeEnvRef(lang rules.Language, content []byte, name string) string {
	switch lang {
	case rules.LangPython:
		return `os.environ["` + name + `"]`
	case rules.LangJavaScript:
		return "process.env." + name
	case rules.LangTypeScript:
		// Under strict, process.env.X is string | undefined and does not
		// compile where a string is expected. `?? ""` or `!` would compile
		// and hide a missing variable; this throws, naming it, and is typed
		// string (the throwing function returns never).
		return "(process.env." + name + ` ?? (() => { throw new Error("` + name + ` is not set") })())`
	case rules.LangGo:
		return `os.Getenv("` + name + `")`
	case rules.LangCSharp:
		if csharpUsingSystem.Match(content) {
			return `Environment.GetEnvironmentVariable("` + name + `")`
		}
		return `System.Environment.GetEnvironmentVariable("` + name + `")`
	case rules.LangJava:
		return `System.getenv("` + name + `")`
	}
	return "${" + name + "}"
}

var csharpUsingSystem = regexp.MustCompile(`(?m)^\s*(?:global\s+)?using\s+System\s*;`)

// spliceConcat replaces the literal with ref when the token is its whole
// value; otherwise it cuts the literal around the tokText and joins the parts
// with +, in parentheses so precedence is unchanged:
// "see https://…?sig=… now" becomes ("see " + ref + " now"). Only offsets and
// delimiters are written, never the literal's other text, so an edit cannot
// carry a second secret from the same literal.
func spliceConcat(lit literal, tok rules.Span, whole bool, ref string) ([]rules.Edit, bool) {
	if whole {
		return []rules.Edit{{Start: lit.start, End: lit.end, NewText: ref}}, true
	}
	if lit.unsplittable {
		return nil, false
	}
	pre := lit.contentStart() < tok.Start
	suf := tok.End < lit.contentEnd()
	switch {
	case pre && suf:
		return []rules.Edit{
			{Start: lit.start, End: lit.start, NewText: "("},
			{Start: tok.Start, End: tok.End, NewText: lit.close + " + " + ref + " + " + string(lit.open)},
			{Start: lit.end, End: lit.end, NewText: ")"},
		}, true
	case pre:
		return []rules.Edit{
			{Start: lit.start, End: lit.start, NewText: "("},
			{Start: tok.Start, End: lit.end, NewText: lit.close + " + " + ref + ")"},
		}, true
	default:
		return []rules.Edit{
			{Start: lit.start, End: tok.End, NewText: "(" + ref + " + " + string(lit.open)},
			{Start: lit.end, End: lit.end, NewText: ")"},
		}, true
	}
}

// constFixups makes room for a value read at run time where the language
// demands a constant: Go's const becomes var, C#'s const becomes static
// readonly. A Go const group cannot be split safely: no fix there.
func constFixups(lang rules.Language, content []byte, lit literal) ([]rules.Edit, bool) {
	ls := lineStart(content, lit.start)
	line := content[ls:lit.start]
	switch lang {
	case rules.LangGo:
		if m := goConstLine.FindIndex(line); m != nil {
			return []rules.Edit{{Start: ls + m[1] - len("const"), End: ls + m[1], NewText: "var"}}, true
		}
		if inGoConstGroup(content, ls) {
			return nil, false
		}
	case rules.LangCSharp:
		if m := csharpConst.FindIndex(line); m != nil {
			return []rules.Edit{{Start: ls + m[0], End: ls + m[1], NewText: "static readonly"}}, true
		}
	}
	return nil, true
}

var (
	goConstLine = regexp.MustCompile(`^\s*const\b`)
	goSpecLine  = regexp.MustCompile(`^\s+[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*(?:\s+[\w.\[\]*]+)?\s*=[^=]`)
	csharpConst = regexp.MustCompile(`\bconst\b`)
)

// inGoConstGroup reports whether the line at ls is inside a `const (` block:
// the nearest line above that starts at column 0 opens one.
func inGoConstGroup(content []byte, ls int) bool {
	if ls >= len(content) || content[ls] != ' ' && content[ls] != '\t' {
		return false
	}
	// Only a line shaped like a spec (Name [Type] = …) can be in a group;
	// `x := …` and calls cannot. Groups are short: give up after 5000 lines.
	if !goSpecLine.Match(content[ls:lineEnd(content, ls)]) {
		return false
	}
	for end, n := ls-1, 0; end > 0 && n < 5000; n++ {
		start := lineStart(content, end)
		l := content[start:end]
		if len(l) > 0 && l[0] != ' ' && l[0] != '\t' && l[0] != '/' {
			return bytes.HasPrefix(l, []byte("const")) && bytes.Contains(l, []byte("("))
		}
		end = start - 1
	}
	return false
}
