package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/fix"
	"github.com/sasguard/sasguard/rules/fix/fixio"
)

// ExecuteCommand runs "Move to .env" and "Fix all": the secret goes to the
// repository's .env first (and .env into .gitignore), and only then does
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
	only := args.Fingerprint
	if params.Command == CommandFixAll {
		only = ""
	} else if only == "" {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "sasguard: "+params.Command+" needs the finding's fingerprint")
	}
	return nil, s.applyPlan(ctx, sn, only)
}

// applyPlan moves the secrets (all of them, or the one finding only names)
// to the repository's .env with the same fix plan `sasguard fix --dotenv`
// runs, writes .env and .gitignore, then asks the client to apply the edit
// to the snapshot it was computed on.
func (s *Server) applyPlan(ctx context.Context, sn *snapshot, only string) error {
	root, err := s.work.dotenvRoot(sn.uri)
	if err != nil {
		return s.fail(err.Error())
	}
	files, err := fixio.Load(root)
	if err != nil {
		return s.fail(err.Error())
	}
	plan, err := fix.Make(fix.Request{
		Engine:    s.work.currentEngine(),
		Kind:      rules.FixDotenv,
		Only:      only,
		Files:     []fix.File{{Path: s.work.relPath(sn.uri), Content: sn.text, Lang: s.language(sn)}},
		Dotenv:    files.Dotenv,
		Gitignore: files.Gitignore,
	})
	if err != nil {
		return s.fail(err.Error())
	}
	res := plan.Files[0]
	if res.Err != nil {
		return s.fail(res.Err.Error())
	}
	if res.Fixed == 0 {
		return s.fail("nothing to fix: the document changed since the action was offered")
	}
	if err := files.Save(plan); err != nil {
		return s.fail(err.Error())
	}
	s.logf(protocol.MessageTypeInfo, "moved %d secret(s) to %s as %s", res.Fixed, filepath.Join(root, fix.DotenvFile), strings.Join(res.Names, ", "))
	for _, l := range res.Left {
		s.logf(protocol.MessageTypeInfo, "fix all: left %s alone: %s", l.Finding.Redacted, l.Reason)
	}
	label := "sasguard: move to .env"
	applied, err := s.client.ApplyEdit(ctx, &protocol.ApplyWorkspaceEditParams{Label: &label, Edit: *s.workspaceEdit(sn, res.Edits)})
	if err != nil {
		return s.fail(fmt.Sprintf("the editor did not apply the edit (%v)%s", err, savedNote(true)))
	}
	if !applied.Applied {
		reason := "no reason given"
		if applied.FailureReason != nil {
			reason = *applied.FailureReason
		}
		return s.fail(fmt.Sprintf("the editor refused the edit: %s%s", reason, savedNote(true)))
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
