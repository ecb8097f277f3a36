package lsp

import "go.lsp.dev/protocol"

// Wrap lets external tests put a misbehaving layer (one that panics or
// blocks) between the connection and the server.
func (s *Server) Wrap(wrap func(protocol.Server) protocol.Server) { s.impl = wrap(s) }
