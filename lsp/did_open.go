package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// DidOpen starts tracking a document and queues its diagnostics.
func (s *Server) DidOpen(ctx context.Context, params *protocol.DidOpenTextDocumentParams) error {
	td := params.TextDocument
	s.docs.set(&snapshot{uri: td.URI, languageID: string(td.LanguageID), version: td.Version, text: []byte(td.Text)})
	s.scheduler.add(td.URI)
	return nil
}
