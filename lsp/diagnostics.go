package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/lsp/internal/mapper"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/fix"
	"github.com/sasguard/sasguard/rules/printable"
)

// scheduler coalesces diagnostics work: edits mark a document dirty and one
// worker publishes the latest version of each dirty document. Under a burst
// of edits the worker skips the versions it never had time to see, with no
// fixed debounce delay added to a single edit.
type scheduler struct {
	mu      sync.Mutex
	pending map[uri.URI]struct{}
	order   []uri.URI
	wake    chan struct{}
}

func newScheduler() *scheduler {
	return &scheduler{pending: map[uri.URI]struct{}{}, wake: make(chan struct{}, 1)}
}

func (q *scheduler) add(u uri.URI) {
	q.mu.Lock()
	if _, ok := q.pending[u]; !ok {
		q.pending[u] = struct{}{}
		q.order = append(q.order, u)
	}
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

func (q *scheduler) take() []uri.URI {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := q.order
	q.order = nil
	clear(q.pending)
	return out
}

func (q *scheduler) run(ctx context.Context, publish func(uri.URI)) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-q.wake:
		}
		for _, u := range q.take() {
			if ctx.Err() != nil {
				return
			}
			publish(u)
		}
	}
}

// findings returns the engine's findings for a snapshot, scanning at most
// once per snapshot and engine.
func (s *Server) findings(sn *snapshot) (eng *rules.Engine, fs []rules.Finding) {
	eng = s.work.currentEngine()
	if r := sn.scan.Load(); r != nil && r.engine == eng {
		return eng, r.findings
	}
	rel := s.work.relPath(sn.uri)
	fs = eng.Scan(rel, sn.text)
	fix.AttachLang(eng.Config(), s.language(sn), sn.text, fs)
	sn.scan.Store(&scanResult{engine: eng, findings: fs})
	return eng, fs
}

// language is what the fixes are written in: the path's language, as the
// hook and the scanner see it, else the client's languageId.
func (s *Server) language(sn *snapshot) rules.Language {
	rel := s.work.relPath(sn.uri)
	if l := rules.LanguageOf(rel); l != rules.LangGeneric {
		return l
	}
	return rules.LanguageFromID(sn.languageID, rel)
}

// publish sends the diagnostics for one document: its findings, plus the
// config's own errors when it is the workspace's .sasguard.toml.
func (s *Server) publish(u uri.URI) {
	sn := s.docs.get(u)
	isConfig := u == s.work.configURI()
	if sn == nil && !isConfig {
		return // closed since it was queued; didClose cleared it
	}
	var diags []protocol.Diagnostic
	var version protocol.Optional[int32]
	if sn != nil {
		_, fs := s.findings(sn)
		enc := s.encoding()
		diags = make([]protocol.Diagnostic, 0, len(fs))
		for i := range fs {
			diags = append(diags, toDiagnostic(&fs[i], sn.mapper(), enc))
		}
		version = protocol.NewOptional(sn.version)
	}
	if isConfig {
		diags = append(diags, s.configDiagnostics(sn)...)
	}

	s.publishMu.Lock()
	defer s.publishMu.Unlock()
	if sn != nil && !s.docs.current(sn) {
		return // a newer version is queued, or the document was closed
	}
	if err := s.client.PublishDiagnostics(s.ctx, &protocol.PublishDiagnosticsParams{URI: u, Version: version, Diagnostics: diags}); err != nil {
		s.logf(protocol.MessageTypeWarning, "publishing diagnostics for %s: %v", u, err)
	}
}

// diagnosticData is what a diagnostic carries in data: the finding's
// fingerprint and its fixes as byte edits. Fix.EnvValue is json:"-", so the
// secret never rides along.
type diagnosticData struct {
	Fingerprint string      `json:"fingerprint"`
	Redacted    string      `json:"redacted"`
	Fixes       []rules.Fix `json:"fixes,omitempty"`
}

// toDiagnostic renders a finding the way the hook and the scanner describe
// it: same rule, severity, message and notes.
func toDiagnostic(f *rules.Finding, m *mapper.Mapper, enc mapper.Encoding) protocol.Diagnostic {
	data, err := json.Marshal(diagnosticData{Fingerprint: f.Fingerprint, Redacted: f.Redacted, Fixes: f.Fixes})
	if err != nil {
		data = nil
	}
	return protocol.Diagnostic{
		Range:    toRange(m, f.Span, enc),
		Severity: toSeverity(f.Severity),
		Code:     protocol.String(f.Rule),
		Source:   protocol.NewOptional("sasguard"),
		Message:  protocol.String(diagnosticMessage(f)),
		Data:     data,
	}
}

// diagnosticMessage is the finding's message followed by its notes, one per
// line, as the text report prints them.
// Text from the document (a decoded name in a token) is escaped as in
// every output (internal/printable): no control or bidi character reaches
// the editor's UI.
func diagnosticMessage(f *rules.Finding) string {
	if len(f.Notes) == 0 {
		return printable.String(f.Message)
	}
	var b strings.Builder
	b.WriteString(printable.String(f.Message))
	for _, n := range f.Notes {
		b.WriteString("\nnote: ")
		b.WriteString(printable.String(n))
	}
	return b.String()
}

func toSeverity(s rules.Severity) protocol.DiagnosticSeverity {
	switch s {
	case rules.SeverityError:
		return protocol.DiagnosticSeverityError
	case rules.SeverityWarning:
		return protocol.DiagnosticSeverityWarning
	default:
		return protocol.DiagnosticSeverityInformation
	}
}

func toRange(m *mapper.Mapper, sp rules.Span, enc mapper.Encoding) protocol.Range {
	return protocol.Range{Start: toPosition(m.Position(sp.Start, enc)), End: toPosition(m.Position(sp.End, enc))}
}

func toPosition(p mapper.Position) protocol.Position {
	return protocol.Position{Line: p.Line, Character: p.Character}
}

func fromPosition(p protocol.Position) mapper.Position {
	return mapper.Position{Line: p.Line, Character: p.Character}
}

// configDiagnostics reports a config that does not load. With the TOML open
// in the editor, its buffer is checked first, so the error shows as it is
// typed; then the last load from disk (which also reads the baseline). The engine keeps the last good config
// until the file is saved and loads.
func (s *Server) configDiagnostics(open *snapshot) []protocol.Diagnostic {
	var err error
	var m *mapper.Mapper
	if open != nil {
		_, err = config.Parse(rules.ConfigFileName, open.text)
		m = open.mapper()
	}
	if err == nil {
		err = s.work.loadError()
	}
	if err == nil {
		return nil
	}
	var ce *config.Error
	line, col := 0, 0
	msg := err.Error()
	if errors.As(err, &ce) {
		line, col = ce.Line, ce.Col
		msg = printable.String(config.MaskSecrets(ce.Msg))
		if ce.Hint != "" {
			msg += "\nhint: " + printable.String(config.MaskSecrets(ce.Hint))
		}
	}
	msg += "\n(sasguard keeps using the last configuration that loaded)"
	rng := protocol.Range{}
	if line > 0 {
		rng.Start.Line, rng.End.Line = uint32(line-1), uint32(line-1)
		if m != nil && line-1 < m.LineCount() {
			// Underline the whole line, or from the column the parser named.
			start := m.Offset(mapper.Position{Line: uint32(line - 1)}, mapper.UTF8)
			end := m.Offset(mapper.Position{Line: uint32(line - 1), Character: 1 << 30}, mapper.UTF8)
			if col > 0 && start+col-1 <= end {
				start += col - 1
			}
			enc := s.encoding()
			rng.Start, rng.End = toPosition(m.Position(start, enc)), toPosition(m.Position(end, enc))
		} else {
			rng.End.Character = 1 << 16
		}
	}
	return []protocol.Diagnostic{{
		Range:    rng,
		Severity: protocol.DiagnosticSeverityError,
		Code:     protocol.String("config"),
		Source:   protocol.NewOptional("sasguard"),
		Message:  protocol.String(msg),
	}}
}
