package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/rules"
)

// commandArgs is what sasguard's commands carry: which document and which
// finding, never the secret. The server finds the secret in its own copy.
type commandArgs struct {
	URI         uri.URI `json:"uri"`
	Fingerprint string  `json:"fingerprint,omitempty"`
}

// CodeAction offers each finding's fixes in the rules engine's order, the
// first marked preferred, plus one source.fixAll for the file. The fixes
// come with the findings (no second detection pass), and one fix that fails
// to render is logged and skipped without hiding the others.
func (s *Server) CodeAction(ctx context.Context, params *protocol.CodeActionParams) ([]protocol.CommandOrCodeAction, error) {
	sn := s.docs.get(params.TextDocument.URI)
	if sn == nil {
		return nil, nil
	}
	enc := s.encoding()
	m := sn.mapper()
	start := m.Offset(fromPosition(params.Range.Start), enc)
	end := m.Offset(fromPosition(params.Range.End), enc)
	_, fs := s.findings(sn)

	var actions []protocol.CommandOrCodeAction
	if wants(params.Context.Only, protocol.CodeActionKindQuickFix) {
		for i := range fs {
			f := &fs[i]
			if f.Span.Start > end || start > f.Span.End {
				continue
			}
			diag := toDiagnostic(f, m, enc)
			for j, fix := range f.Fixes {
				a, err := guard(func() (*protocol.CodeAction, error) { return s.fixAction(sn, f, fix, diag, j == 0) })
				if err != nil {
					s.logf(protocol.MessageTypeWarning, "code action %q for %s: %v", fix.Title, f.Redacted, err)
					continue
				}
				actions = append(actions, a)
			}
		}
	}
	if len(fs) > 0 && wants(params.Context.Only, protocol.CodeActionKindSourceFixAll) {
		a, err := guard(func() (*protocol.CodeAction, error) { return s.fixAllAction(sn, fs) })
		if err != nil {
			s.logf(protocol.MessageTypeWarning, "fix-all action: %v", err)
		} else if a != nil {
			actions = append(actions, a)
		}
	}
	return actions, nil
}

// wants reports whether kind passes the client's "only" filter: equal to or
// under one of its kinds (source.fixAll is under source).
func wants(only []protocol.CodeActionKind, kind protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if o == kind || strings.HasPrefix(string(kind), string(o)+".") {
			return true
		}
	}
	return false
}

// guard runs one action producer, turning a panic into an error so the
// other producers still answer.
func guard(produce func() (*protocol.CodeAction, error)) (a *protocol.CodeAction, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("internal error: %s", panicValue(r))
		}
	}()
	return produce()
}

// fixAction renders one fix: an edit, or for .env a command, because the
// secret must be written to .env by the server and never cross the wire.
func (s *Server) fixAction(sn *snapshot, f *rules.Finding, fix rules.Fix, diag protocol.Diagnostic, preferred bool) (*protocol.CodeAction, error) {
	kind := protocol.CodeActionKindQuickFix
	a := &protocol.CodeAction{Title: fix.Title, Kind: &kind, Diagnostics: []protocol.Diagnostic{diag}}
	if preferred {
		a.IsPreferred = &preferred
	}
	switch fix.Kind {
	case rules.FixDotenv:
		arg, err := json.Marshal(commandArgs{URI: sn.uri, Fingerprint: f.Fingerprint})
		if err != nil {
			return nil, err
		}
		a.Command = protocol.Command{Title: fix.Title, Command: CommandMoveToDotenv, Arguments: []protocol.LSPAny{arg}}
	default:
		if len(fix.Edits) == 0 {
			return nil, fmt.Errorf("fix has no edits")
		}
		a.Edit = s.workspaceEdit(sn, fix.Edits)
	}
	return a, nil
}

// fixAllAction moves every secret in the file to .env, as `sasguard fix
// --dotenv` does: one fix plan, run by the command so .env is written
// before any text changes. It is offered when some finding can move.
func (s *Server) fixAllAction(sn *snapshot, fs []rules.Finding) (*protocol.CodeAction, error) {
	n := 0
	for i := range fs {
		for _, fx := range fs[i].Fixes {
			if fx.Kind == rules.FixDotenv {
				n++
				break
			}
		}
	}
	if n == 0 {
		return nil, nil
	}
	kind := protocol.CodeActionKindSourceFixAll
	title := fmt.Sprintf("Fix all %d sasguard findings in this file (move the secrets to .env)", n)
	if n == 1 {
		title = "Fix the sasguard finding in this file (move the secret to .env)"
	}
	arg, err := json.Marshal(commandArgs{URI: sn.uri})
	if err != nil {
		return nil, err
	}
	return &protocol.CodeAction{Title: title, Kind: &kind, Command: protocol.Command{Title: title, Command: CommandFixAll, Arguments: []protocol.LSPAny{arg}}}, nil
}
