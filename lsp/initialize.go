package lsp

import (
	"context"
	"slices"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/lsp/internal/mapper"
)

// Commands the server executes (workspace/executeCommand). They carry a
// document and a fingerprint, never a secret: the server looks the secret up
// in its own copy of the document.
const (
	CommandMoveToDotenv = "sasguard.moveToDotenv"
	CommandFixAll       = "sasguard.fixAll"
)

// Initialize negotiates the position encoding, records the workspace folder
// and loads its .sasguard.toml.
func (s *Server) Initialize(ctx context.Context, params *protocol.InitializeParams) (*protocol.InitializeResult, error) {
	caps := clientCaps{encoding: mapper.UTF16}
	if g := params.Capabilities.General; g != nil && slices.Contains(g.PositionEncodings, protocol.PositionEncodingKindUTF8) {
		caps.encoding = mapper.UTF8
	}
	if w := params.Capabilities.Workspace; w != nil {
		caps.documentChanges = w.WorkspaceEdit != nil && w.WorkspaceEdit.DocumentChanges != nil && *w.WorkspaceEdit.DocumentChanges
		caps.watchRegistration = w.DidChangeWatchedFiles != nil && w.DidChangeWatchedFiles.DynamicRegistration != nil && *w.DidChangeWatchedFiles.DynamicRegistration
	}

	s.mu.Lock()
	if s.initialized {
		s.mu.Unlock()
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "sasguard: initialize was already received")
	}
	s.caps = caps
	s.mu.Unlock()

	if folder := workspaceFolder(params); folder != "" {
		s.work.setFolder(folder)
		if err := s.work.reload(); err != nil {
			s.logf(protocol.MessageTypeError, "config: %v", err)
		}
	}

	s.mu.Lock()
	s.initialized = true
	s.mu.Unlock()

	posEnc := protocol.PositionEncodingKindUTF16
	if caps.encoding == mapper.UTF8 {
		posEnc = protocol.PositionEncodingKindUTF8
	}
	incremental := protocol.TextDocumentSyncKindIncremental
	yes := true
	return &protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			PositionEncoding: posEnc,
			TextDocumentSync: &protocol.TextDocumentSyncOptions{
				OpenClose: &yes,
				Change:    &incremental,
				Save:      protocol.Boolean(true),
			},
			HoverProvider: protocol.Boolean(true),
			CodeActionProvider: &protocol.CodeActionOptions{
				CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, protocol.CodeActionKindSourceFixAll},
			},
			ExecuteCommandProvider: protocol.ExecuteCommandOptions{Commands: []string{CommandMoveToDotenv, CommandFixAll}},
		},
		ServerInfo: protocol.ServerInfo{Name: "sasguard", Version: protocol.NewOptional(s.opts.Version)},
	}, nil
}

// workspaceFolder picks the first workspace folder, else rootUri, else
// rootPath; "" when the client opened a lone file. rootUri and rootPath are
// deprecated in the protocol but older clients (Neovim 0.7, Eglot) still
// send only them.
func workspaceFolder(params *protocol.InitializeParams) string {
	if folders, ok := params.WorkspaceFolders.Get(); ok && len(folders) > 0 && folders[0].URI.Scheme() == "file" {
		return folders[0].URI.FsPath()
	}
	//lint:ignore SA1019 the fallback for clients without workspace folders
	if params.RootURI != nil && *params.RootURI != "" && params.RootURI.Scheme() == "file" {
		return params.RootURI.FsPath() //lint:ignore SA1019 see above
	}
	//lint:ignore SA1019 the oldest clients' only root
	if p, ok := params.RootPath.Get(); ok && p != "" {
		return uri.File(p).FsPath()
	}
	return ""
}
