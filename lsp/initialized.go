package lsp

import (
	"context"
	"encoding/json"
	"path/filepath"

	"go.lsp.dev/protocol"

	"github.com/sasguard/sasguard/rules"
)

// Initialized registers for changes to .sasguard.toml when the client can
// register watchers dynamically. Registration is a request to the client,
// so it runs off the read loop: a notification handler that waited for the
// client's answer would wait forever.
func (s *Server) Initialized(ctx context.Context, params *protocol.InitializedParams) error {
	s.mu.Lock()
	watch := s.caps.watchRegistration
	s.mu.Unlock()
	if cu := s.work.configURI(); cu != "" {
		s.scheduler.add(cu) // show a config error from the start
	}
	if !watch {
		return nil
	}
	go func() {
		watchers := []map[string]any{{"globPattern": "**/" + rules.ConfigFileName}}
		if b := s.work.baselineFile(); b != "" {
			watchers = append(watchers, map[string]any{"globPattern": "**/" + filepath.Base(b)})
		}
		opts, err := json.Marshal(map[string]any{"watchers": watchers})
		if err != nil {
			return
		}
		err = s.client.RegisterCapability(s.ctx, &protocol.RegistrationParams{Registrations: []protocol.Registration{{
			ID:              "sasguard-config-watch",
			Method:          protocol.MethodWorkspaceDidChangeWatchedFiles,
			RegisterOptions: opts,
		}}})
		if err != nil {
			s.logf(protocol.MessageTypeWarning, "could not watch .sasguard.toml (%v): reload it by saving it in the editor", err)
		}
	}()
	return nil
}
