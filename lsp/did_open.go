package lsp

import (
	"context"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// DidOpen starts tracking a document and queues its diagnostics.
func (s *Server) DidOpen(ctx context.Context, params *protocol.DidOpenTextDocumentParams) error {
	td := params.TextDocument
	td.URI = uri.URI(strings.Clone(string(td.URI))) // kept after the handler returns
	s.docs.set(&snapshot{uri: td.URI, languageID: strings.Clone(string(td.LanguageID)), version: td.Version, text: []byte(td.Text)})
	s.scheduler.add(td.URI)
	return nil
}
