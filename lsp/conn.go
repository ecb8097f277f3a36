package lsp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// codec marshals LSP payloads with the protocol package's union-aware
// Marshal/Unmarshal, the way protocol.NewServer does; we wire the connection
// ourselves because NewServer lets one bad notification close it.
type codec struct{}

func (codec) Marshal(v any) ([]byte, error) {
	switch m := v.(type) {
	case jsonrpc2.RawMessage:
		if m == nil {
			return []byte("null"), nil
		}
		return m, nil
	case *jsonrpc2.RawMessage:
		if m == nil || *m == nil {
			return []byte("null"), nil
		}
		return *m, nil
	}
	return protocol.Marshal(v)
}

func (codec) Unmarshal(data []byte, v any) error {
	if p, ok := v.(*jsonrpc2.RawMessage); ok {
		*p = append(jsonrpc2.RawMessage(nil), data...)
		return nil
	}
	return protocol.Unmarshal(data, v)
}

// frameStream is the extension jsonrpc2.Conn looks for on a Stream to read
// raw frames; the header stream implements it.
type frameStream interface {
	ReadFrame(ctx context.Context) ([]byte, int64, error)
	WriteFrame(ctx context.Context, data []byte) (int64, error)
}

// tolerantStream wraps the LSP header stream so that a frame the connection
// cannot decode is answered with a JSON-RPC parse error and skipped, instead
// of ending the read loop (jsonrpc2 treats a decode error as fatal).
type tolerantStream struct {
	jsonrpc2.Stream
	frames frameStream
	logf   func(format string, args ...any)
}

func newTolerantStream(rwc io.ReadWriteCloser, logf func(string, ...any)) *tolerantStream {
	inner := jsonrpc2.NewHeaderStream(rwc)
	fs, ok := inner.(frameStream)
	if !ok {
		// jsonrpc2's header stream has always read frames; if that ever
		// changes, fail loudly in tests rather than lose robustness quietly.
		panic("lsp: jsonrpc2 header stream no longer exposes ReadFrame")
	}
	return &tolerantStream{Stream: inner, frames: fs, logf: logf}
}

// ReadFrame returns the next frame the connection can decode.
func (s *tolerantStream) ReadFrame(ctx context.Context) ([]byte, int64, error) {
	for {
		frame, n, err := s.frames.ReadFrame(ctx)
		if errors.Is(err, jsonrpc2.ErrInvalidHeader) {
			// The bad header line is consumed; look for the next frame.
			s.logf("skipped a frame with an invalid header")
			continue
		}
		if err != nil {
			return nil, n, err
		}
		i := 0
		for i < len(frame) && (frame[i] == ' ' || frame[i] == '\t' || frame[i] == '\r' || frame[i] == '\n') {
			i++
		}
		if i < len(frame) && frame[i] == '[' {
			// LSP has no batches, and a malformed batch ends jsonrpc2's loop.
			s.reject(ctx, jsonrpc2.InvalidRequest, "batches are not supported by the language server protocol")
			continue
		}
		if _, err := jsonrpc2.DecodeMessage(frame); err != nil {
			s.reject(ctx, jsonrpc2.ParseError, "malformed JSON-RPC message: "+clip(err.Error(), 120))
			continue
		}
		return frame, n, nil
	}
}

func (s *tolerantStream) WriteFrame(ctx context.Context, data []byte) (int64, error) {
	return s.frames.WriteFrame(ctx, data)
}

// reject answers an undecodable frame with an error response whose id is
// null, as JSON-RPC 2.0 prescribes when the id cannot be read.
func (s *tolerantStream) reject(ctx context.Context, code jsonrpc2.Code, msg string) {
	s.logf("%s", msg)
	body := jsonrpc2.AppendResponse(nil, jsonrpc2.ID{}, nil, jsonrpc2.NewError(code, msg))
	if _, err := s.frames.WriteFrame(ctx, body); err != nil {
		s.logf("answering a malformed message: %v", err)
	}
}

// handler builds the connection's handler chain: $/cancelRequest, the
// lifecycle gate, requests released to run concurrently (notifications stay
// inline so document edits apply in order), a recover per message, and
// notification errors logged instead of closing the connection.
func (s *Server) handler() jsonrpc2.Handler {
	inner := protocol.ServerHandler(s.impl, jsonrpc2.MethodNotFoundHandler)
	guarded := func(ctx context.Context, req *jsonrpc2.Request) (result any, err error) {
		method := strings.Clone(req.Method())
		isCall := req.IsCall()
		if isCall {
			// Requests may call back into the client (workspace/applyEdit):
			// release the read loop so the answer can be read.
			jsonrpc2.Async(ctx)
		}
		defer func() {
			if r := recover(); r != nil {
				s.logf(protocol.MessageTypeError, "internal error in %s: %v\n%s", method, panicValue(r), debug.Stack())
				result, err = nil, jsonrpc2.NewError(jsonrpc2.InternalError, "sasguard: internal error in "+method+" (see the server log)")
			}
		}()
		if err := s.gate(method, isCall); err != nil {
			return nil, err
		}
		return inner(ctx, req)
	}
	cancellable := protocol.CancelHandler(guarded)
	return func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		isCall := req.IsCall()
		method := req.Method()
		if !isCall {
			method = strings.Clone(method)
		}
		res, err := cancellable(ctx, req)
		if err != nil && !isCall {
			if !errors.Is(err, jsonrpc2.ErrMethodNotFound) {
				s.logf(protocol.MessageTypeWarning, "dropped notification %s: %s", method, clip(err.Error(), 200))
			}
			return nil, nil
		}
		return res, err
	}
}

// panicValue renders a recovered value without echoing long strings that
// could carry document text.
func panicValue(r any) string {
	return clip(fmt.Sprint(r), 200)
}

// clip shortens s for a log line.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
