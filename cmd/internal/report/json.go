package report

import (
	"encoding/json"
	"io"

	"github.com/sasguard/sasguard/rules"
)

// jsonFinding is one finding in docs/contract.md's JSON contract. Field names are
// the contract: rename nothing without changing docs/contract.md and docs/findings.schema.json.
type jsonFinding struct {
	Path        string         `json:"path"`
	Line        int            `json:"line"`       // 1-based
	Column      int            `json:"column"`     // 1-based, in bytes
	EndLine     int            `json:"end_line"`   // 1-based
	EndColumn   int            `json:"end_column"` // 1-based, in bytes, exclusive
	Rule        string         `json:"rule"`
	Kind        string         `json:"kind"`
	Severity    rules.Severity `json:"severity"`
	Message     string         `json:"message"`
	Fingerprint string         `json:"fingerprint"`
	Redacted    string         `json:"redacted"`
	Facts       rules.Facts    `json:"facts"`
	Notes       []string       `json:"notes"`
	Fixes       []rules.Fix    `json:"fixes"` // rules.Fix never marshals the secret
	Commit      string         `json:"commit,omitempty"`
	Secret      string         `json:"secret,omitempty"` // only with --show-secret
}

type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
	Errors   []jsonError   `json:"errors"`
}

// jsonError is a file the run could not read.
type jsonError struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// JSON prints {"findings": [...], "errors": [...]} per docs/contract.md.
// findings, errors, notes and fixes are always arrays, never null, so
// consumers need no null checks. errors lists what could not be read: a
// consumer must not read an empty findings list as clean when it is not
// empty.
func JSON(w io.Writer, items []Item, problems []Problem) error {
	out := jsonReport{Findings: make([]jsonFinding, 0, len(items)), Errors: make([]jsonError, 0, len(problems))}
	for _, p := range problems {
		out.Errors = append(out.Errors, jsonError(p))
	}
	for _, it := range items {
		f := it.Finding
		jf := jsonFinding{
			Path:        it.Path,
			Line:        f.Start.Line,
			Column:      f.Start.Col,
			EndLine:     f.End.Line,
			EndColumn:   f.End.Col,
			Rule:        f.Rule,
			Kind:        f.Kind,
			Severity:    f.Severity,
			Message:     f.Message,
			Fingerprint: f.Fingerprint,
			Redacted:    f.Redacted,
			Facts:       f.Facts,
			Notes:       f.Notes,
			Fixes:       append([]rules.Fix{}, f.Fixes...), // copied: empty Edits are filled in below
			Commit:      it.Commit,
			Secret:      it.Raw,
		}
		if jf.Notes == nil {
			jf.Notes = []string{}
		}
		for i := range jf.Fixes {
			if jf.Fixes[i].Edits == nil {
				jf.Fixes[i].Edits = []rules.Edit{}
			}
		}
		out.Findings = append(out.Findings, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // URLs keep their & and < readable
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
