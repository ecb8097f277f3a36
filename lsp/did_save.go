package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// DidSave reloads the config when .sasguard.toml (or its baseline) is
// saved, for clients that do not watch files.
func (s *Server) DidSave(ctx context.Context, params *protocol.DidSaveTextDocumentParams) error {
	u := params.TextDocument.URI
	if u.Scheme() == "file" && s.work.isConfigFile(u.FsPath()) {
		s.reloadConfig()
	}
	return nil
}

// reloadConfig reads .sasguard.toml again and re-grades every open
// document. A config that fails to load keeps the last good one and shows
// its error in the TOML file.
func (s *Server) reloadConfig() {
	if err := s.work.reload(); err != nil {
		s.logf(protocol.MessageTypeError, "config: %v", err)
	} else {
		s.logf(protocol.MessageTypeInfo, "config reloaded")
	}
	if cu := s.work.configURI(); cu != "" {
		s.scheduler.add(cu)
	}
	for _, sn := range s.docs.all() {
		s.scheduler.add(sn.uri)
	}
}
