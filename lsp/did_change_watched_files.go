package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// DidChangeWatchedFiles reloads the config when .sasguard.toml or its
// baseline changes on disk (git checkout, another editor, a teammate's pull).
func (s *Server) DidChangeWatchedFiles(ctx context.Context, params *protocol.DidChangeWatchedFilesParams) error {
	for _, ev := range params.Changes {
		if ev.URI.Scheme() == "file" && s.work.isConfigFile(ev.URI.FsPath()) {
			s.reloadConfig()
			return nil
		}
	}
	return nil
}
