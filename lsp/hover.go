package lsp

import (
	"context"

	"go.lsp.dev/protocol"
)

// Hover explains the token under the cursor: what it grants, to what, until
// when, how to revoke it, and the token with its secret masked.
func (s *Server) Hover(ctx context.Context, params *protocol.HoverParams) (*protocol.Hover, error) {
	sn := s.docs.get(params.TextDocument.URI)
	if sn == nil {
		return nil, nil
	}
	enc := s.encoding()
	m := sn.mapper()
	off := m.Offset(fromPosition(params.Position), enc)
	_, fs := s.findings(sn)
	for i := range fs {
		f := &fs[i]
		if f.Span.Start <= off && off <= f.Span.End {
			rng := toRange(m, f.Span, enc)
			return &protocol.Hover{
				Contents: &protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: describe(f, s.opts.Now())},
				Range:    &rng,
			}, nil
		}
	}
	return nil, nil
}
