package fix

import (
	"bytes"
	"github.com/sasguard/sasguard/rules"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"strings"
)

// importEdits adds the import the environment reference needs when the file
// lacks it: `import os` in Python, "os" in Go. Other languages need none
// (process, System and System.Environment are always in scope).
func importEdits(lang rules.Language, content []byte) []rules.Edit {
	switch lang {
	case rules.LangPython:
		return pythonImportOS(content)
	case rules.LangGo:
		return goImportOS(content)
	}
	return nil
}

// pythonImportOS inserts `import os` before the module's first import, after
// any `from __future__` imports, or else after the shebang, comments and
// docstring at the top. `import os` or `import os.path` at column 0 already
// binds os. Only the top of the file is read line by line.
func pythonImportOS(content []byte) []rules.Edit {
	if pythonImportsOS(content) {
		return nil
	}
	nl := eol(content)
	insertAt, futureEnd, headerEnd := -1, -1, 0
	inHeader, inDocstring := true, ""
	start := 0
	if hasBOM(content) {
		start, headerEnd = 3, 3
	}
	for off := start; off < len(content) && insertAt < 0; {
		end := lineEnd(content, off)
		line := strings.TrimRight(string(content[off:end]), "\r")
		next := min(end+1, len(content))
		if inDocstring != "" {
			if strings.Contains(line, inDocstring) {
				inDocstring = ""
				headerEnd = next
			}
			off = next
			continue
		}
		t := strings.TrimSpace(line)
		if inHeader {
			switch {
			case t == "" || strings.HasPrefix(t, "#"):
				headerEnd = next
				off = next
				continue
			case strings.HasPrefix(t, `"""`), strings.HasPrefix(t, `'''`), strings.HasPrefix(t, `r"""`):
				q := t[strings.IndexAny(t, `"'`):][:3]
				rest := t[strings.Index(t, q)+3:]
				if !strings.Contains(rest, q) {
					inDocstring = q
				}
				headerEnd = next
				inHeader = false
				off = next
				continue
			}
			inHeader = false
		}
		switch {
		case t == "" || strings.HasPrefix(t, "#") || line != t:
		case strings.HasPrefix(line, "from __future__"):
			futureEnd = next
		case strings.HasPrefix(line, "import "), strings.HasPrefix(line, "from "):
			insertAt = off
		default:
			// The first statement that is not an import: imports go
			// above it.
			insertAt = off
			if futureEnd < 0 && off > headerEnd {
				insertAt = headerEnd
			}
		}
		off = next
	}
	switch {
	case futureEnd >= 0:
		insertAt = futureEnd
	case insertAt < 0:
		insertAt = headerEnd
	}
	text := "import os" + nl
	if insertAt > start && content[insertAt-1] != '\n' {
		text = nl + text
	}
	return []rules.Edit{{Start: insertAt, End: insertAt, NewText: text}}
}

// pythonImportsOS reports an `import os` (or os.path, or os among others)
// at column 0 anywhere in the file.
func pythonImportsOS(content []byte) bool {
	for i := 0; i < len(content); {
		j := bytes.Index(content[i:], []byte("import "))
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len("import ")
		if at > 0 && content[at-1] != '\n' {
			continue
		}
		for _, name := range strings.Split(string(content[i:lineEnd(content, i)]), ",") {
			fields := strings.Fields(name)
			if len(fields) == 1 && (fields[0] == "os" || strings.HasPrefix(fields[0], "os.")) {
				return true
			}
		}
	}
	return false
}

// goImportOS adds "os" to a Go file's imports: into the first import group
// in sorted place among the standard library paths, by turning a single
// `import "x"` into a group, or as a new declaration after the package
// clause. A file whose header does not parse gets no edit.
func goImportOS(content []byte) []rules.Edit {
	fset := gotoken.NewFileSet()
	file, err := parser.ParseFile(fset, "", content, parser.ImportsOnly|parser.ParseComments)
	if err != nil {
		return nil
	}
	for _, s := range file.Imports {
		if p, _ := strconv.Unquote(s.Path.Value); p == "os" && (s.Name == nil || s.Name.Name == "os") {
			return nil
		}
	}
	off := func(p gotoken.Pos) int { return fset.Position(p).Offset }
	nl := eol(content)
	var decls []*ast.GenDecl
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == gotoken.IMPORT {
			decls = append(decls, g)
		}
	}
	if len(decls) == 0 {
		at := lineEnd(content, off(file.Name.End()))
		return []rules.Edit{{Start: at, End: at, NewText: nl + nl + `import "os"`}}
	}
	for _, g := range decls {
		if !g.Lparen.IsValid() {
			continue
		}
		// Inside the group: before the first standard path that sorts
		// after "os", or after the last standard path.
		var lastStd *ast.ImportSpec
		for _, spec := range g.Specs {
			s := spec.(*ast.ImportSpec)
			p, _ := strconv.Unquote(s.Path.Value)
			if strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
				continue
			}
			if p > "os" {
				at := lineStart(content, off(s.Pos()))
				if s.Doc != nil {
					at = lineStart(content, off(s.Doc.Pos()))
				}
				return []rules.Edit{{Start: at, End: at, NewText: "\t\"os\"" + nl}}
			}
			lastStd = s
		}
		if lastStd != nil {
			at := lineEnd(content, off(lastStd.End()))
			if at < len(content) {
				at++
			}
			return []rules.Edit{{Start: at, End: at, NewText: "\t\"os\"" + nl}}
		}
		at := lineEnd(content, off(g.Lparen))
		if at < len(content) {
			at++
		}
		sep := ""
		if len(g.Specs) > 0 {
			sep = nl
		}
		return []rules.Edit{{Start: at, End: at, NewText: "\t\"os\"" + nl + sep}}
	}
	// Only single-line imports: group the first one with "os".
	g := decls[0]
	s := g.Specs[0].(*ast.ImportSpec)
	spec := string(content[off(s.Pos()):off(s.End())])
	p, _ := strconv.Unquote(s.Path.Value)
	lines := []string{spec, `"os"`}
	if p > "os" && !strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
		lines[0], lines[1] = lines[1], lines[0]
	}
	text := "(" + nl + "\t" + lines[0] + nl + "\t" + lines[1] + nl + ")"
	return []rules.Edit{{Start: off(s.Pos()), End: off(s.End()), NewText: text}}
}

// hasBOM reports a UTF-8 byte order mark, which must stay first.
func hasBOM(content []byte) bool { return bytes.HasPrefix(content, []byte("\xEF\xBB\xBF")) }
