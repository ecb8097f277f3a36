package lsp

import (
	"context"
)

// Shutdown stops accepting work; exit follows.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shutdown = true
	return nil
}

// Exit ends the connection: code 0 after shutdown, 1 without it, as the
// specification says. Serve closes the connection; a handler cannot, since
// closing waits for handlers to return.
func (s *Server) Exit(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.exited:
		return nil
	default:
	}
	s.exitCode = 1
	if s.shutdown {
		s.exitCode = 0
	}
	close(s.exited)
	return nil
}
