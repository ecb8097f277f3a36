// Package lsptest drives sasguard's language server in process the way an
// editor does: over a real jsonrpc2 connection (net.Pipe, LSP framing), with
// a client that keeps its own copy of each document, applies the server's
// workspace edits to it (converting positions with its own UTF-16 code, not
// the server's mapper) and reports changes back with didChange.
package lsptest

import (
	"context"
	"fmt"
	"io"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/lsp"
)

// Timeout bounds every wait; a server that never answers fails the test.
const Timeout = 20 * time.Second

// Client is an editor talking to an in-process server.
type Client struct {
	protocol.UnimplementedClient
	t      testing.TB
	Server protocol.Server // typed requests to the server
	Conn   jsonrpc2.Conn
	Raw    net.Conn // the client's end of the pipe, for malformed frames
	ctx    context.Context
	Exit   chan int // the server's exit code once Serve returns
	UTF8   bool     // positions negotiated in utf-8

	mu            sync.Mutex
	cond          *sync.Cond
	docs          map[uri.URI]*doc
	diags         map[uri.URI]protocol.PublishDiagnosticsParams
	publishes     int
	Logs          []string
	Shown         []string
	Registrations []protocol.Registration
	// RefuseEdits makes the client answer workspace/applyEdit with applied=false.
	RefuseEdits bool
}

type doc struct {
	text    string
	version int32
}

// Config shapes Start.
type Config struct {
	Now        func() time.Time
	Folder     string // workspace folder; "" for none
	UTF8       bool   // offer utf-8 positions
	NoDynamic  bool   // do not offer dynamic registration of file watchers
	DocChanges bool   // accept documentChanges in workspace edits
	// NoInitialize leaves the initialize handshake to the test.
	NoInitialize bool
	// Server, when set, is served instead of a new lsp.New(...).
	Server interface {
		Serve(context.Context, io.ReadWriteCloser) int
	}
}

// Start serves a new server on one end of a pipe and initializes it from
// the other. The server is shut down and its exit awaited at cleanup.
func Start(t testing.TB, cfg Config) *Client {
	t.Helper()
	srvEnd, cliEnd := net.Pipe()
	var srv interface {
		Serve(context.Context, io.ReadWriteCloser) int
	} = cfg.Server
	if srv == nil {
		srv = lsp.New(lsp.Options{Now: cfg.Now, Version: "test"})
	}
	exit := make(chan int, 1)
	go func() { exit <- srv.Serve(context.Background(), srvEnd) }()

	c := &Client{t: t, Raw: cliEnd, Exit: exit, docs: map[uri.URI]*doc{}, diags: map[uri.URI]protocol.PublishDiagnosticsParams{}}
	c.cond = sync.NewCond(&c.mu)
	ctx, conn, server := protocol.NewClient(context.Background(), c, jsonrpc2.NewHeaderStream(cliEnd))
	c.ctx, c.Conn, c.Server = ctx, conn, server
	t.Cleanup(func() {
		_ = c.Conn.Close()
		select {
		case <-exit:
		case <-time.After(Timeout):
			t.Errorf("server did not stop after the client closed the connection")
		}
	})

	if cfg.NoInitialize {
		return c
	}
	yes, dyn := true, !cfg.NoDynamic
	params := &protocol.InitializeParams{
		Capabilities: protocol.ClientCapabilities{
			Workspace: &protocol.WorkspaceClientCapabilities{
				ApplyEdit:             &yes,
				DidChangeWatchedFiles: &protocol.DidChangeWatchedFilesClientCapabilities{DynamicRegistration: &dyn},
				WorkspaceEdit:         &protocol.WorkspaceEditClientCapabilities{DocumentChanges: &cfg.DocChanges},
			},
		},
	}
	if cfg.UTF8 {
		params.Capabilities.General = &protocol.GeneralClientCapabilities{PositionEncodings: []protocol.PositionEncodingKind{protocol.PositionEncodingKindUTF8, protocol.PositionEncodingKindUTF16}}
	}
	if cfg.Folder != "" {
		params.WorkspaceFolders = protocol.NewNullable([]protocol.WorkspaceFolder{{URI: uri.File(cfg.Folder), Name: "ws"}})
	}
	res, err := c.Server.Initialize(c.Ctx(), params)
	if err != nil {
		t.Fatalf("initialize: %v", err)
	}
	c.UTF8 = res.Capabilities.PositionEncoding == protocol.PositionEncodingKindUTF8
	if err := c.Server.Initialized(c.Ctx(), &protocol.InitializedParams{}); err != nil {
		t.Fatalf("initialized: %v", err)
	}
	return c
}

// Ctx is a context that ends with the test's timeout.
func (c *Client) Ctx() context.Context {
	ctx, cancel := context.WithTimeout(c.ctx, Timeout)
	c.t.Cleanup(cancel)
	return ctx
}

// CodeAction asks for code actions. It reads the answer as raw JSON first:
// protocol v1.0.1 decodes a []CommandOrCodeAction result straight from the
// connection's read buffer, and the strings it returns then change under the
// caller when the next message arrives (titles turn into other messages'
// bytes). Decoding an owned copy avoids that.
func (c *Client) CodeAction(params *protocol.CodeActionParams) ([]protocol.CommandOrCodeAction, error) {
	var raw jsonrpc2.RawMessage
	if err := protocol.Call(c.Ctx(), c.Conn, protocol.MethodTextDocumentCodeAction, params, &raw); err != nil {
		return nil, err
	}
	var out []protocol.CommandOrCodeAction
	if err := protocol.Unmarshal(raw, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Open sends didOpen.
func (c *Client) Open(u uri.URI, languageID, text string) {
	c.t.Helper()
	c.mu.Lock()
	c.docs[u] = &doc{text: text, version: 1}
	c.mu.Unlock()
	err := c.Server.DidOpen(c.Ctx(), &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: u, LanguageID: protocol.LanguageKind(languageID), Version: 1, Text: text}})
	if err != nil {
		c.t.Fatalf("didOpen: %v", err)
	}
}

// Close sends didClose.
func (c *Client) Close(u uri.URI) {
	c.t.Helper()
	c.mu.Lock()
	delete(c.docs, u)
	c.mu.Unlock()
	if err := c.Server.DidClose(c.Ctx(), &protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}}); err != nil {
		c.t.Fatalf("didClose: %v", err)
	}
}

// Text is the client's copy of a document.
func (c *Client) Text(u uri.URI) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d := c.docs[u]; d != nil {
		return d.text
	}
	return ""
}

// Version is the client's version of a document.
func (c *Client) Version(u uri.URI) int32 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d := c.docs[u]; d != nil {
		return d.version
	}
	return 0
}

// Replace sets the whole text (a full-sync change) and returns the new version.
func (c *Client) Replace(u uri.URI, text string) int32 {
	c.t.Helper()
	c.mu.Lock()
	d := c.docs[u]
	d.text = text
	d.version++
	v := d.version
	c.mu.Unlock()
	err := c.Server.DidChange(c.Ctx(), &protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: v},
		ContentChanges: []protocol.TextDocumentContentChangeEvent{&protocol.TextDocumentContentChangeWholeDocument{Text: text}},
	})
	if err != nil {
		c.t.Fatalf("didChange: %v", err)
	}
	return v
}

// Edit applies edits to the client's copy and sends them as incremental
// changes, one content change per edit, in the order given; it returns the
// new version.
func (c *Client) Edit(u uri.URI, edits ...protocol.TextEdit) int32 {
	c.t.Helper()
	c.mu.Lock()
	d := c.docs[u]
	var changes []protocol.TextDocumentContentChangeEvent
	for _, e := range edits {
		next, err := c.apply(d.text, []protocol.TextEdit{e})
		if err != nil {
			c.mu.Unlock()
			c.t.Fatalf("edit: %v", err)
		}
		d.text = next
		changes = append(changes, &protocol.TextDocumentContentChangePartial{Range: e.Range, Text: e.NewText})
	}
	d.version++
	v := d.version
	c.mu.Unlock()
	err := c.Server.DidChange(c.Ctx(), &protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: v},
		ContentChanges: changes,
	})
	if err != nil {
		c.t.Fatalf("didChange: %v", err)
	}
	return v
}

// PublishDiagnostics records the latest diagnostics per document.
func (c *Client) PublishDiagnostics(ctx context.Context, p *protocol.PublishDiagnosticsParams) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.diags[p.URI] = *p
	c.publishes++
	c.cond.Broadcast()
	return nil
}

func (c *Client) LogMessage(ctx context.Context, p *protocol.LogMessageParams) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Logs = append(c.Logs, p.Message)
	return nil
}

func (c *Client) ShowMessage(ctx context.Context, p *protocol.ShowMessageParams) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Shown = append(c.Shown, p.Message)
	c.cond.Broadcast()
	return nil
}

func (c *Client) RegisterCapability(ctx context.Context, p *protocol.RegistrationParams) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Registrations = append(c.Registrations, p.Registrations...)
	c.cond.Broadcast()
	return nil
}

// ApplyEdit applies a workspace edit to the client's documents, as an
// editor does, then tells the server with didChange (full text).
func (c *Client) ApplyEdit(ctx context.Context, p *protocol.ApplyWorkspaceEditParams) (*protocol.ApplyWorkspaceEditResult, error) {
	c.mu.Lock()
	if c.RefuseEdits {
		c.mu.Unlock()
		reason := "refused by the test"
		return &protocol.ApplyWorkspaceEditResult{Applied: false, FailureReason: &reason}, nil
	}
	c.mu.Unlock()
	changed, err := c.ApplyWorkspaceEdit(&p.Edit)
	if err != nil {
		reason := err.Error()
		return &protocol.ApplyWorkspaceEditResult{Applied: false, FailureReason: &reason}, nil
	}
	go func() {
		for _, u := range changed {
			c.mu.Lock()
			d := c.docs[u]
			text, v := d.text, d.version
			c.mu.Unlock()
			_ = c.Server.DidChange(context.Background(), &protocol.DidChangeTextDocumentParams{
				TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: v},
				ContentChanges: []protocol.TextDocumentContentChangeEvent{&protocol.TextDocumentContentChangeWholeDocument{Text: text}},
			})
		}
	}()
	return &protocol.ApplyWorkspaceEditResult{Applied: true}, nil
}

// ApplyWorkspaceEdit applies edit to the client's copies (not telling the
// server) and returns the documents it changed. A documentChanges entry for
// a version the client no longer has is refused, as editors do.
func (c *Client) ApplyWorkspaceEdit(edit *protocol.WorkspaceEdit) ([]uri.URI, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	type change struct {
		u     uri.URI
		ver   *int32
		edits []protocol.TextEdit
	}
	var all []change
	for u, es := range edit.Changes {
		all = append(all, change{u: u, edits: es})
	}
	for _, dc := range edit.DocumentChanges {
		tde, ok := dc.(*protocol.TextDocumentEdit)
		if !ok {
			return nil, fmt.Errorf("unsupported document change %T", dc)
		}
		var es []protocol.TextEdit
		for _, el := range tde.Edits {
			te, ok := el.(*protocol.TextEdit)
			if !ok {
				return nil, fmt.Errorf("unsupported edit %T", el)
			}
			es = append(es, *te)
		}
		all = append(all, change{u: tde.TextDocument.URI, ver: tde.TextDocument.Version, edits: es})
	}
	var changed []uri.URI
	for _, ch := range all {
		d := c.docs[ch.u]
		if d == nil {
			return nil, fmt.Errorf("%s is not open", ch.u)
		}
		if ch.ver != nil && *ch.ver != d.version {
			return nil, fmt.Errorf("%s: edit for version %d, document is at %d", ch.u, *ch.ver, d.version)
		}
		next, err := c.apply(d.text, ch.edits)
		if err != nil {
			return nil, err
		}
		d.text = next
		d.version++
		changed = append(changed, ch.u)
	}
	return changed, nil
}

// apply applies non-overlapping edits computed on text, as LSP specifies:
// all ranges refer to the original text.
func (c *Client) apply(text string, edits []protocol.TextEdit) (string, error) {
	type span struct {
		start, end int
		text       string
		i          int
	}
	spans := make([]span, 0, len(edits))
	for i, e := range edits {
		s, err := offsetOf(text, e.Range.Start, c.UTF8)
		if err != nil {
			return "", err
		}
		en, err := offsetOf(text, e.Range.End, c.UTF8)
		if err != nil {
			return "", err
		}
		if en < s {
			return "", fmt.Errorf("edit %d: range end before start", i)
		}
		spans = append(spans, span{s, en, e.NewText, i})
	}
	slices.SortStableFunc(spans, func(a, b span) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.i - b.i
	})
	var b strings.Builder
	last := 0
	for _, s := range spans {
		if s.start < last {
			return "", fmt.Errorf("overlapping edits")
		}
		b.WriteString(text[last:s.start])
		b.WriteString(s.text)
		last = s.end
	}
	b.WriteString(text[last:])
	return b.String(), nil
}

// offsetOf converts an LSP position with its own arithmetic (unicode/utf16
// over the line's runes), independent of the server's mapper. Lines end at
// "\n"; the tests' documents use "\n" or "\r\n".
func offsetOf(text string, p protocol.Position, utf8Pos bool) (int, error) {
	off := 0
	for line := uint32(0); line < p.Line; line++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return 0, fmt.Errorf("line %d is past the end (%d lines)", p.Line, line+1)
		}
		off += i + 1
	}
	end := strings.IndexByte(text[off:], '\n')
	lineText := text[off:]
	if end >= 0 {
		lineText = text[off : off+end]
	}
	lineText = strings.TrimSuffix(lineText, "\r")
	if utf8Pos {
		if int(p.Character) > len(lineText) {
			return 0, fmt.Errorf("character %d past the line's end %d", p.Character, len(lineText))
		}
		return off + int(p.Character), nil
	}
	units := 0
	for i, r := range lineText {
		if units == int(p.Character) {
			return off + i, nil
		}
		if units > int(p.Character) {
			return 0, fmt.Errorf("character %d splits a surrogate pair", p.Character)
		}
		units += len(utf16.Encode([]rune{r}))
	}
	if units == int(p.Character) {
		return off + len(lineText), nil
	}
	return 0, fmt.Errorf("character %d past the line's end (%d units)", p.Character, units)
}

// PositionOf returns the LSP position of byte offset off in text, by the
// client's arithmetic.
func (c *Client) PositionOf(text string, off int) protocol.Position {
	line := strings.Count(text[:off], "\n")
	start := strings.LastIndexByte(text[:off], '\n') + 1
	if c.UTF8 {
		return protocol.Position{Line: uint32(line), Character: uint32(off - start)}
	}
	return protocol.Position{Line: uint32(line), Character: uint32(len(utf16.Encode([]rune(text[start:off]))))}
}

// WaitDiagnostics waits for diagnostics of u published for version (or any
// version when version is 0) and returns them.
func (c *Client) WaitDiagnostics(u uri.URI, version int32) []protocol.Diagnostic {
	c.t.Helper()
	var got []protocol.Diagnostic
	c.WaitFor(fmt.Sprintf("diagnostics for %s at version %d", u, version), func() bool {
		p, ok := c.diags[u]
		if !ok {
			return false
		}
		v, hasV := p.Version.Get()
		if version != 0 && (!hasV || v != version) {
			return false
		}
		got = p.Diagnostics
		return true
	})
	return got
}

// WaitNewer waits until the client's copy of u is past version before (a
// fix reached it) and the server has published diagnostics for that version.
func (c *Client) WaitNewer(u uri.URI, before int32) []protocol.Diagnostic {
	c.t.Helper()
	var got []protocol.Diagnostic
	c.WaitFor(fmt.Sprintf("diagnostics for %s after version %d", u, before), func() bool {
		d := c.docs[u]
		if d == nil || d.version <= before {
			return false
		}
		p, ok := c.diags[u]
		if !ok {
			return false
		}
		if v, hasV := p.Version.Get(); !hasV || v != d.version {
			return false
		}
		got = p.Diagnostics
		return true
	})
	return got
}

// WaitCleared waits until the diagnostics of u are published empty.
func (c *Client) WaitCleared(u uri.URI) {
	c.t.Helper()
	c.WaitFor("diagnostics of "+string(u)+" cleared", func() bool {
		p, ok := c.diags[u]
		return ok && len(p.Diagnostics) == 0
	})
}

// Diagnostics returns the latest diagnostics of u, if any were published.
func (c *Client) Diagnostics(u uri.URI) ([]protocol.Diagnostic, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.diags[u]
	return p.Diagnostics, ok
}

// Forget drops the recorded diagnostics of u, to wait for the next ones.
func (c *Client) Forget(u uri.URI) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.diags, u)
}

// WaitFor waits until cond (called with the client's lock held) holds.
func (c *Client) WaitFor(what string, cond func() bool) {
	c.t.Helper()
	deadline := time.Now().Add(Timeout)
	stop := time.AfterFunc(Timeout, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer stop.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for !cond() {
		if time.Now().After(deadline) {
			c.t.Fatalf("timed out waiting for %s", what)
		}
		c.cond.Wait()
	}
}

// Shutdown sends shutdown then exit and returns the server's exit code.
func (c *Client) Shutdown() int {
	c.t.Helper()
	if err := c.Server.Shutdown(c.Ctx()); err != nil {
		c.t.Fatalf("shutdown: %v", err)
	}
	return c.ExitNow()
}

// ExitNow sends exit and returns the server's exit code.
func (c *Client) ExitNow() int {
	c.t.Helper()
	_ = c.Server.Exit(c.Ctx())
	select {
	case code := <-c.Exit:
		c.Exit <- code // let cleanup see it too
		return code
	case <-time.After(Timeout):
		c.t.Fatalf("server did not exit")
		return -1
	}
}
