package lsp

import (
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/rules"
)

// workspaceEdit turns the engine's byte edits on a snapshot into an LSP
// edit. With documentChanges the edit names the version it was computed on,
// so a client whose buffer moved on refuses it instead of corrupting text.
func (s *Server) workspaceEdit(sn *snapshot, edits []rules.Edit) *protocol.WorkspaceEdit {
	enc := s.encoding()
	m := sn.mapper()
	s.mu.Lock()
	docChanges := s.caps.documentChanges
	s.mu.Unlock()
	if docChanges {
		elems := make([]protocol.TextDocumentEditElement, 0, len(edits))
		for _, e := range edits {
			elems = append(elems, &protocol.TextEdit{Range: toRange(m, rules.Span{Start: e.Start, End: e.End}, enc), NewText: e.NewText})
		}
		v := sn.version
		return &protocol.WorkspaceEdit{DocumentChanges: []protocol.DocumentChange{&protocol.TextDocumentEdit{
			TextDocument: protocol.OptionalVersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: sn.uri}, Version: &v},
			Edits:        elems,
		}}}
	}
	tes := make([]protocol.TextEdit, 0, len(edits))
	for _, e := range edits {
		tes = append(tes, protocol.TextEdit{Range: toRange(m, rules.Span{Start: e.Start, End: e.End}, enc), NewText: e.NewText})
	}
	return &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{sn.uri: tes}}
}
