// Package lsp is sasguard's language server: it shows the rules engine's
// findings as diagnostics while a developer types, explains a token on
// hover, and offers the engine's fixes as code actions. It holds no
// detection logic of its own: bytes go to rules.Engine, findings come back
// with byte spans, and lsp/internal/mapper turns those into LSP positions.
//
// Each LSP method lives in its own file and stays thin; document state,
// diagnostics scheduling and the workspace config live beside them.
package lsp

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/sasguard/sasguard/lsp/internal/mapper"
)

// Options are what the server needs from its caller.
type Options struct {
	// Now is the clock for grading and for hover's "time left". Required:
	// tests pin it.
	Now func() time.Time
	// Version is reported in serverInfo.
	Version string
	// Stderr receives log lines when no client is connected yet; nil
	// discards them.
	Stderr io.Writer
}

// Server serves one LSP connection. Create it with New and run it with Serve.
type Server struct {
	protocol.UnimplementedServer

	// impl is what the connection dispatches to: the server itself, or in
	// tests a wrapper that misbehaves (panics, blocks) on purpose.
	impl protocol.Server

	opts   Options
	client protocol.Client
	ctx    context.Context // the connection's lifetime, for work started by handlers

	mu          sync.Mutex // guards the lifecycle and client-capability fields below
	initialized bool
	shutdown    bool
	exited      chan struct{}
	exitCode    int
	caps        clientCaps

	docs      *documents
	work      *workspace
	scheduler *scheduler
	publishMu sync.Mutex // orders publishDiagnostics with didClose's clearing
}

// clientCaps are the client capabilities the server acts on.
type clientCaps struct {
	encoding          mapper.Encoding
	documentChanges   bool
	watchRegistration bool
}

// New returns a server. It does not read or write until Serve.
func New(opts Options) *Server {
	if opts.Now == nil {
		panic("lsp: Options.Now is required")
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	s := &Server{
		opts:   opts,
		exited: make(chan struct{}),
		docs:   newDocuments(),
	}
	s.impl = s
	s.work = newWorkspace(opts.Now)
	s.scheduler = newScheduler()
	return s
}

// Serve speaks LSP over rwc until the client sends exit or closes the
// stream, and returns the process exit code the specification asks for: 0
// after shutdown then exit, 1 otherwise.
func (s *Server) Serve(ctx context.Context, rwc io.ReadWriteCloser) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream := newTolerantStream(rwc, func(format string, args ...any) {
		s.logf(protocol.MessageTypeWarning, format, args...)
	})
	conn := jsonrpc2.NewConn(stream, jsonrpc2.WithCodec(codec{}))
	s.client = protocol.ClientDispatcher(conn)
	s.ctx = ctx
	go s.scheduler.run(ctx, s.publish)
	conn.Go(ctx, s.handler())

	select {
	case <-s.exited:
	case <-conn.Done():
	case <-ctx.Done():
	}
	cancel()
	// Closing the stream ends a read parked on it, except a blocking read of
	// the process's stdin, which nothing interrupts: tidy up without
	// waiting, the process exits as soon as Serve returns.
	go func() {
		_ = rwc.Close()
		_ = conn.Close()
	}()

	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.exited:
		return s.exitCode
	default:
	}
	if s.shutdown {
		return 0
	}
	return 1
}

// gate enforces the lifecycle: nothing but initialize before it, nothing
// but exit after shutdown.
func (s *Server) gate(method string, isCall bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case method == protocol.MethodExit:
		return nil
	case !s.initialized && method != protocol.MethodInitialize:
		if isCall {
			return jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "sasguard: the server is not initialized yet: send initialize first")
		}
		return errIgnored
	case s.initialized && method == protocol.MethodInitialize:
		return jsonrpc2.NewError(jsonrpc2.InvalidRequest, "sasguard: initialize was already received")
	case s.shutdown:
		if isCall {
			return jsonrpc2.NewError(jsonrpc2.InvalidRequest, "sasguard: the server is shutting down: only exit is accepted")
		}
		return errIgnored
	}
	return nil
}

// errIgnored drops a notification the lifecycle does not allow, quietly.
var errIgnored = fmt.Errorf("ignored: %w", jsonrpc2.ErrMethodNotFound)

// logf sends a log line to the client (window/logMessage), or to stderr
// before one is connected. Callers never pass a whole secret: findings are
// logged by their redacted form and fingerprint only.
func (s *Server) logf(typ protocol.MessageType, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if s.client == nil || s.ctx == nil {
		fmt.Fprintln(s.opts.Stderr, "sasguard lsp:", msg)
		return
	}
	_ = s.client.LogMessage(s.ctx, &protocol.LogMessageParams{Type: typ, Message: msg})
}

func (s *Server) encoding() mapper.Encoding {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.caps.encoding
}
