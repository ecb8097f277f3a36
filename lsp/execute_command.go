package lsp

import (
	"context"
	"encoding/json"
	"fmt"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/sasguard/sasguard/rules"
)

// ExecuteCommand runs "Move to .env" and "Fix all": the secret goes to the
// workspace's .env first (and .env into .gitignore), and only then does
// workspace/applyEdit take it out of the document, so it is never lost and
// never sent to the client.
func (s *Server) ExecuteCommand(ctx context.Context, params *protocol.ExecuteCommandParams) (protocol.LSPAny, error) {
	if params.Command != CommandMoveToDotenv && params.Command != CommandFixAll {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, fmt.Sprintf("sasguard: unknown command %q: expected %s or %s", params.Command, CommandMoveToDotenv, CommandFixAll))
	}
	var args commandArgs
	if len(params.Arguments) != 1 || json.Unmarshal(params.Arguments[0], &args) != nil || args.URI == "" {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "sasguard: "+params.Command+" takes one argument {uri, fingerprint}")
	}
	sn := s.docs.get(args.URI)
	if sn == nil {
		return nil, s.fail(fmt.Sprintf("%s is not open in the editor", args.URI))
	}
	_, fs := s.findings(sn)

	var picks []chosenFix
	if params.Command == CommandFixAll {
		picks, _ = s.preferredFixes(sn, fs)
	} else {
		for i := range fs {
			if fs[i].Fingerprint != args.Fingerprint {
				continue
			}
			for _, fix := range fs[i].Fixes {
				if fix.Kind == rules.FixDotenv {
					picks = append(picks, chosenFix{finding: &fs[i], fix: fix})
					break
				}
			}
			break
		}
	}
	if len(picks) == 0 {
		return nil, s.fail("nothing to fix: the document changed since the action was offered")
	}
	return nil, s.applyFixes(ctx, sn, picks)
}

// applyFixes stores any .env values, then asks the client to apply the
// edits to the snapshot they were computed on.
func (s *Server) applyFixes(ctx context.Context, sn *snapshot, picks []chosenFix) error {
	needsDotenv := false
	for _, p := range picks {
		needsDotenv = needsDotenv || p.fix.Kind == rules.FixDotenv
	}
	if needsDotenv {
		dir, err := s.work.dotenvDir()
		if err != nil {
			return s.fail(err.Error())
		}
		picks, err = saveToDotenv(dir, sn, s.language(sn), picks)
		if err != nil {
			return s.fail(err.Error())
		}
		for _, p := range picks {
			if p.fix.Kind == rules.FixDotenv {
				s.logf(protocol.MessageTypeInfo, "saved %s to .env as %s", p.finding.Redacted, p.fix.EnvName)
			}
		}
	}
	picks, edits := combine(picks)
	label := "sasguard: " + picks[0].fix.Title
	res, err := s.client.ApplyEdit(ctx, &protocol.ApplyWorkspaceEditParams{Label: &label, Edit: *s.workspaceEdit(sn, edits)})
	if err != nil {
		return s.fail(fmt.Sprintf("the editor did not apply the edit (%v)%s", err, savedNote(needsDotenv)))
	}
	if !res.Applied {
		reason := "no reason given"
		if res.FailureReason != nil {
			reason = *res.FailureReason
		}
		return s.fail(fmt.Sprintf("the editor refused the edit: %s%s", reason, savedNote(needsDotenv)))
	}
	return nil
}

func savedNote(saved bool) string {
	if saved {
		return "; the secret is already saved in .env, so run the action again or edit the line by hand"
	}
	return ""
}

// fail tells the user why a command did nothing and returns the same
// message as the request's error.
func (s *Server) fail(msg string) error {
	_ = s.client.ShowMessage(s.ctx, &protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: "sasguard: " + msg})
	return jsonrpc2.NewError(jsonrpc2.InternalError, "sasguard: "+msg)
}
