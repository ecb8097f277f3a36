package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// DidClose forgets a document and clears its diagnostics (a config error in
// .sasguard.toml stays visible: the file on disk still has it).
func (s *Server) DidClose(ctx context.Context, params *protocol.DidCloseTextDocumentParams) error {
	u := params.TextDocument.URI
	if u == s.work.configURI() {
		s.docs.remove(u)
		s.scheduler.add(u)
		return nil
	}
	s.publishMu.Lock()
	defer s.publishMu.Unlock()
	if !s.docs.remove(u) {
		return nil
	}
	return s.client.PublishDiagnostics(s.ctx, &protocol.PublishDiagnosticsParams{URI: u, Diagnostics: []protocol.Diagnostic{}})
}
