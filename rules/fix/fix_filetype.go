package fix

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/sasguard/sasguard/rules"
)

// This file holds the environment fixes of file types whose reader decides
// what a reference means. A reference is written only where the reader
// expands it: .NET configuration overrides a key from the environment,
// Kubernetes reads a Secret through secretKeyRef, Docker substitutes build
// arguments, a notebook runs its kernel's language. Where a file type has
// no working reference (INI, plain JSON, XML, a Kubernetes field that
// expands nothing), only the .env move is offered: the value here is
// emptied and the fix's title says what the app must read instead.

// envInfo is what a file type adds to its environment fix.
type envInfo struct {
	dotenvOnly bool   // no reference works here: offer the .env move only
	note       string // what the app must read, or how to pass the value
}

// NoteSep separates a fix's action from its note in the title.
const NoteSep = " — "

func withNote(title, note string) string {
	if note == "" {
		return title
	}
	return title + NoteSep + note
}

// Note is the note in a fix's title (what the app must read, how to pass
// the value), "" when it has none.
func Note(fx rules.Fix) string {
	if _, note, ok := strings.Cut(fx.Title, NoteSep); ok {
		return note
	}
	return ""
}

// fileTypeFix builds the environment fix of file types with their own
// rules; handled is false for the others, whose languages alone decide.
func fileTypeFix(lang rules.Language, content []byte, f *rules.Finding, name string, imports func() []rules.Edit) (fx rules.Fix, info envInfo, handled, ok bool) {
	switch lang {
	case rules.LangAppSettings:
		fx, info, ok = appSettingsFix(content, f, name)
	case rules.LangINI:
		if t := strings.TrimSpace(string(content[lineStart(content, f.Span.Start):f.Span.Start])); strings.HasPrefix(t, "#") || strings.HasPrefix(t, ";") {
			return fx, info, true, false // a comment
		}
		fx, info, ok = emptyValueFix(content, f, name, "INI expands no variables: the value here is now empty and the app must read "+name+" from the environment")
	case rules.LangJSON, rules.LangXML:
		where, _ := locate(lang, content, f.Span.Start, f.Span.End)
		if where == posComment {
			return fx, info, true, false
		}
		what := map[rules.Language]string{rules.LangJSON: "JSON", rules.LangXML: "XML"}[lang]
		fx, info, ok = emptyValueFix(content, f, name, what+" expands no variables: the value here is now empty and the app must read "+name+" from the environment")
	case rules.LangYAML:
		if !kubeManifest.Match(content) || !kubeKind.Match(content) {
			return fx, info, false, false
		}
		fx, info, ok = kubeFix(content, f, name)
	case rules.LangDockerfile:
		fx, info, ok = dockerfileFix(content, f, name, imports)
	case rules.LangNotebook:
		fx, info, ok = notebookFix(content, f, name)
	default:
		return fx, info, false, false
	}
	if ok {
		fx.Edits = sortEdits(fx.Edits)
	}
	return fx, info, true, ok
}

// emptyValueFix removes the token and offers the .env move only: the file
// cannot read the environment, so note says what must.
func emptyValueFix(content []byte, f *rules.Finding, name, note string) (rules.Fix, envInfo, bool) {
	tok := f.Span
	return rules.Fix{
		Kind: rules.FixEnv, EnvName: name, EnvValue: string(content[tok.Start:tok.End]),
		Title: "Remove the value",
		Edits: []rules.Edit{{Start: tok.Start, End: tok.End, NewText: ""}},
	}, envInfo{dotenvOnly: true, note: note}, true
}

// appSettingsFix: .NET configuration reads appsettings*.json, then the
// environment, where a key's path joined by __ overrides it
// (ConnectionStrings:Storage from ConnectionStrings__Storage). The value in
// the file becomes "" and the variable is named after the key, not the
// template: that is the only name .NET reads.
func appSettingsFix(content []byte, f *rules.Finding, fallback string) (rules.Fix, envInfo, bool) {
	tok := f.Span
	where, lit := locate(rules.LangJSON, content, tok.Start, tok.End)
	if where == posComment {
		return rules.Fix{}, envInfo{}, false
	}
	if where != posLiteral {
		return emptyValueFix(content, f, fallback, "the value here is now empty and the app must read "+fallback+" from the environment")
	}
	path, _, ok := jsonValuePath(content, lit.end)
	var keys []string
	for _, p := range path {
		keys = append(keys, p.key())
	}
	name := strings.Join(keys, "__")
	var value string
	if !ok || len(keys) == 0 || !validEnvName(name) || json.Unmarshal(content[lit.start:lit.end], &value) != nil {
		return emptyValueFix(content, f, fallback, "no environment variable can override this key: the value here is now empty and the app must read "+fallback+" from the environment")
	}
	key := strings.Join(keys, ":")
	return rules.Fix{
		Kind: rules.FixEnv, EnvName: name, EnvValue: value,
		Title: "Set " + name + " in the environment and empty the value",
		Edits: []rules.Edit{{Start: lit.start, End: lit.end, NewText: `""`}},
	}, envInfo{note: ".NET configuration reads " + key + " from it, over appsettings.json"}, true
}

var (
	kubeManifest = regexp.MustCompile(`(?m)^apiVersion:[ \t]*\S`)
	kubeKind     = regexp.MustCompile(`(?m)^kind:[ \t]*\S`)
	kubeEnvValue = regexp.MustCompile(`^([ \t]*(?:-[ \t]+)?)value:[ \t]*$`)
)

// kubeFix: Kubernetes expands nothing in a manifest but $(VAR) in a
// container's env values, command and args, and only from variables the
// container already has. A container env value (`- name: X` / `value: …`)
// becomes a valueFrom.secretKeyRef on a Secret named after the variable;
// the note says how to create it from .env. Anywhere else only the .env
// move is offered.
func kubeFix(content []byte, f *rules.Finding, name string) (rules.Fix, envInfo, bool) {
	tok := f.Span
	where, lit := locate(rules.LangYAML, content, tok.Start, tok.End)
	if where == posComment {
		return rules.Fix{}, envInfo{}, false
	}
	start, end, whole := tok.Start, tok.End, true
	if where == posLiteral {
		whole = lit.contentStart() == tok.Start && lit.contentEnd() == tok.End
		start, end = lit.start, lit.end
	}
	ls, le := lineStart(content, tok.Start), lineEnd(content, tok.End)
	rest := strings.TrimRight(string(content[end:le]), " \t\r")
	m := kubeEnvValue.FindStringSubmatch(string(content[ls:start]))
	if !whole || m == nil || rest != "" {
		return emptyValueFix(content, f, name, "Kubernetes expands no variables here: the value is now empty; create a Secret from .env and read it through env valueFrom.secretKeyRef")
	}
	secret := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	indent := strings.Repeat(" ", len(m[1]))
	nl := eol(content)
	text := "valueFrom:" + nl + indent + "  secretKeyRef:" + nl + indent + "    name: " + secret + nl + indent + "    key: " + name
	return rules.Fix{
		Kind: rules.FixEnv, EnvName: name, EnvValue: string(content[tok.Start:tok.End]),
		Title: "Read it from the Kubernetes Secret " + secret + " (secretKeyRef)",
		Edits: []rules.Edit{{Start: ls + len(m[1]), End: end, NewText: text}},
	}, envInfo{note: "create it: kubectl create secret generic " + secret + " --from-literal=" + name + "=\"$" + name + "\" (after set -a; . ./.env; set +a)"}, true
}

// dockerfileFix: Docker substitutes ${NAME} in ENV, LABEL, COPY … only from
// ARG and ENV, and RUN's shell sees build arguments: the reference gets an
// `ARG NAME` line before its instruction, so `docker build --build-arg NAME`
// passes it. CMD and ENTRYPOINT run later, when only the container's
// environment counts: no ARG there. Exec form (["…"]) expands nothing.
func dockerfileFix(content []byte, f *rules.Finding, name string, imports func() []rules.Edit) (rules.Fix, envInfo, bool) {
	is := dockerInstructionStart(content, f.Span.Start)
	line := strings.TrimLeft(string(content[is:lineEnd(content, is)]), " \t")
	word, args, _ := strings.Cut(line, " ")
	word = strings.ToUpper(word)
	args = strings.TrimSpace(args)
	exec := strings.HasPrefix(args, "[")
	switch {
	case (word == "RUN" || word == "CMD" || word == "ENTRYPOINT") && exec:
		return emptyValueFix(content, f, name, "the exec form expands no variables: the value is now empty and the program must read "+name+" (docker run --env-file .env)")
	}
	fx, ok := envFixRef(rules.LangDockerfile, content, f, name, imports)
	if !ok {
		return fx, envInfo{}, false
	}
	if word == "CMD" || word == "ENTRYPOINT" {
		return fx, envInfo{note: "set when the container runs: docker run --env-file .env"}, true
	}
	if !dockerHasArg(content, is, name) {
		fx.Edits = append(fx.Edits, rules.Edit{Start: is, End: is, NewText: "ARG " + name + eol(content)})
	}
	note := "pass it with docker build --build-arg " + name + "; build arguments show in the image history: prefer a build secret (RUN --mount=type=secret)"
	if word == "ENV" {
		note = "pass it with docker build --build-arg " + name + "; ENV keeps it in the image: prefer docker run --env-file .env or a build secret"
	}
	return fx, envInfo{note: note}, true
}

// dockerInstructionStart is where the instruction holding offset i starts:
// up past continuation lines (ending in \).
func dockerInstructionStart(content []byte, i int) int {
	ls := lineStart(content, i)
	for ls > 0 {
		prev := lineStart(content, ls-1)
		if !bytes.HasSuffix(bytes.TrimRight(content[prev:ls-1], " \t\r"), []byte(`\`)) {
			break
		}
		ls = prev
	}
	return ls
}

// dockerHasArg reports whether `ARG name` is declared in the build stage
// before offset is (after the stage's FROM).
func dockerHasArg(content []byte, is int, name string) bool {
	arg := regexp.MustCompile(`(?im)^[ \t]*ARG[ \t]+` + regexp.QuoteMeta(name) + `(?:[ \t=]|$)`)
	from := regexp.MustCompile(`(?im)^[ \t]*FROM[ \t]`)
	head := content[:is]
	if locs := from.FindAllIndex(head, -1); len(locs) > 0 {
		head = head[locs[len(locs)-1][0]:]
	}
	return arg.Match(head)
}

// pathElem is one step to a JSON value: an object key or an array index.
type pathElem struct {
	name  string
	index int // -1 for a key
}

func (p pathElem) key() string {
	if p.index >= 0 {
		return strconv.Itoa(p.index)
	}
	return p.name
}

// jsonValuePath walks content with encoding/json and returns the path to the
// string value whose closing quote ends at end, and the offsets of the
// array holding it ([ and just after ]; -1 when its parent is an object).
func jsonValuePath(content []byte, end int) (path []pathElem, arr [2]int, ok bool) {
	type frame struct {
		obj      bool
		key      string
		wantKey  bool
		index    int
		startOff int
	}
	dec := json.NewDecoder(bytes.NewReader(content))
	dec.UseNumber()
	var stack []frame
	found := -1 // stack depth at which the value was found
	arr = [2]int{-1, -1}
	var result []pathElem
	for {
		tk, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, arr, false
		}
		off := int(dec.InputOffset())
		top := len(stack) - 1
		if d, isDelim := tk.(json.Delim); isDelim {
			switch d {
			case '{', '[':
				if top >= 0 {
					stack[top].wantKey = stack[top].obj
				}
				stack = append(stack, frame{obj: d == '{', wantKey: d == '{', startOff: off - 1})
			case '}', ']':
				if found == len(stack) && d == ']' && arr[0] >= 0 && arr[1] < 0 {
					arr[1] = off
				}
				stack = stack[:top]
				if top-1 >= 0 {
					advance(&stack[top-1].index, &stack[top-1].wantKey, stack[top-1].obj)
				}
			}
			continue
		}
		if top >= 0 && stack[top].obj && stack[top].wantKey {
			stack[top].key, _ = tk.(string)
			stack[top].wantKey = false
			continue
		}
		if _, isStr := tk.(string); isStr && off == end && found < 0 {
			for _, fr := range stack {
				if fr.obj {
					result = append(result, pathElem{name: fr.key, index: -1})
				} else {
					result = append(result, pathElem{index: fr.index})
				}
			}
			found = len(stack)
			if top >= 0 && !stack[top].obj {
				arr[0] = stack[top].startOff
			}
		}
		if top >= 0 {
			advance(&stack[top].index, &stack[top].wantKey, stack[top].obj)
		}
	}
	return result, arr, found >= 0
}

// advance moves a container past one value: an array to its next index,
// an object back to expecting a key.
func advance(index *int, wantKey *bool, obj bool) {
	if obj {
		*wantKey = true
	} else {
		*index++
	}
}

// notebookFix: a notebook is JSON, but a code cell's source runs in the
// kernel's language (metadata.kernelspec.language, else
// metadata.language_info.name). For Python the cell reads os.environ, with
// `import os` at the cell's top when it lacks one; the cell's source is
// rewritten as JSON the way Jupyter writes it. Other kernels, and markdown
// cells, get only the .env move; outputs are regenerated: no fix there.
func notebookFix(content []byte, f *rules.Finding, name string) (rules.Fix, envInfo, bool) {
	tok := f.Span
	where, lit := locate(rules.LangJSON, content, tok.Start, tok.End)
	if where != posLiteral {
		return rules.Fix{}, envInfo{}, false
	}
	path, arr, ok := jsonValuePath(content, lit.end)
	if !ok || len(path) < 3 || path[0].name != "cells" || path[0].index >= 0 || path[1].index < 0 || path[2].name != "source" {
		return rules.Fix{}, envInfo{}, false // outputs, metadata
	}
	var nb struct {
		Cells []struct {
			CellType string          `json:"cell_type"`
			Source   json.RawMessage `json:"source"`
		} `json:"cells"`
		Metadata struct {
			Kernelspec struct {
				Language string `json:"language"`
			} `json:"kernelspec"`
			LanguageInfo struct {
				Name string `json:"name"`
			} `json:"language_info"`
		} `json:"metadata"`
	}
	if json.Unmarshal(content, &nb) != nil || path[1].index >= len(nb.Cells) {
		return rules.Fix{}, envInfo{}, false
	}
	cell := nb.Cells[path[1].index]
	kernel := strings.ToLower(nb.Metadata.Kernelspec.Language)
	if kernel == "" {
		kernel = strings.ToLower(nb.Metadata.LanguageInfo.Name)
	}
	if cell.CellType != "code" {
		return emptyValueFix(content, f, name, "a "+cell.CellType+" cell runs nothing: the value here is now empty and the code must read "+name+" from the environment")
	}
	if kernel != "python" {
		lang := kernel
		if lang == "" {
			lang = "unknown: the notebook names no kernel language"
		}
		return emptyValueFix(content, f, name, "sasguard writes no reference for the kernel's language ("+lang+"): the value here is now empty and the code must read "+name+" from the environment")
	}
	// The cell's source as Python text, and the token's offset in it.
	var lines []string
	arrayForm := arr[0] >= 0
	if arrayForm {
		if json.Unmarshal(cell.Source, &lines) != nil {
			return rules.Fix{}, envInfo{}, false
		}
	} else {
		var s string
		if json.Unmarshal(cell.Source, &s) != nil {
			return rules.Fix{}, envInfo{}, false
		}
		lines = []string{s}
	}
	elem := 0
	if arrayForm {
		elem = path[len(path)-1].index
	}
	var before string
	if json.Unmarshal([]byte(`"`+string(content[lit.contentStart():tok.Start])+`"`), &before) != nil || elem >= len(lines) {
		return rules.Fix{}, envInfo{}, false
	}
	off := len(before)
	for _, l := range lines[:elem] {
		off += len(l)
	}
	src := []byte(strings.Join(lines, ""))
	tokText := string(content[tok.Start:tok.End])
	if off+len(tokText) > len(src) || string(src[off:off+len(tokText)]) != tokText {
		return rules.Fix{}, envInfo{}, false
	}
	shift := off - tok.Start
	pf := *f
	pf.Span = rules.Span{Start: f.Span.Start + shift, End: f.Span.End + shift}
	pf.SecretSpan = rules.Span{Start: f.SecretSpan.Start + shift, End: f.SecretSpan.End + shift}
	py, ok := envFixRef(rules.LangPython, src, &pf, name, func() []rules.Edit { return importEdits(rules.LangPython, src) })
	if !ok {
		return rules.Fix{}, envInfo{}, false
	}
	out, err := ApplyEdits(src, py.Edits)
	if err != nil {
		return rules.Fix{}, envInfo{}, false
	}
	var edit rules.Edit
	if arrayForm {
		edit = rules.Edit{Start: arr[0], End: arr[1], NewText: jsonLinesArray(content[arr[0]:arr[1]], string(out))}
	} else {
		edit = rules.Edit{Start: lit.start, End: lit.end, NewText: jsonString(string(out))}
	}
	py.Edits = []rules.Edit{edit}
	py.Title = `Replace with os.environ["` + name + `"] (Python kernel)`
	return py, envInfo{}, true
}

// jsonString encodes s as Jupyter does: UTF-8 kept, no HTML escaping.
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// jsonLinesArray writes src as a source array, one line per element,
// laid out like old (the array as written: its indentation and breaks).
func jsonLinesArray(old []byte, src string) string {
	var lines []string
	for src != "" {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			lines = append(lines, src)
			break
		}
		lines = append(lines, src[:i+1])
		src = src[i+1:]
	}
	inner := old[1 : len(old)-1]
	lead := string(inner[:len(inner)-len(bytes.TrimLeft(inner, " \t\r\n"))])
	trail := string(inner[len(bytes.TrimRight(inner, " \t\r\n")):])
	if strings.TrimSpace(string(inner)) == "" {
		lead, trail = "", ""
	}
	enc := make([]string, len(lines))
	for i, l := range lines {
		enc[i] = jsonString(l)
	}
	return "[" + lead + strings.Join(enc, ","+lead) + trail + "]"
}
