package lsp

import (
	"context"
	"fmt"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// DidChange applies full or incremental changes in order and queues the
// document's diagnostics. It runs on the read loop, so edits never reorder;
// the scan happens on the diagnostics worker.
func (s *Server) DidChange(ctx context.Context, params *protocol.DidChangeTextDocumentParams) error {
	u := uri.URI(strings.Clone(string(params.TextDocument.URI))) // kept after the handler returns
	base := s.docs.get(u)
	if base == nil {
		return fmt.Errorf("didChange for %s, which is not open", u)
	}
	text := applyChanges(base, params.ContentChanges, s.encoding())
	s.docs.set(&snapshot{uri: u, languageID: base.languageID, version: params.TextDocument.Version, text: text})
	s.scheduler.add(u)
	return nil
}
