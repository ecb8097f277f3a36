package lsp

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
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
//
// It also reads the frames itself: jsonrpc2's reader keeps one body buffer
// as large as the largest message ever read, so one 100 MB didOpen would
// hold 100 MB for the server's lifetime. Here a small buffer is reused and a
// large frame gets its own, dropped once handled.
type tolerantStream struct {
	jsonrpc2.Stream
	frames frameStream // writes only: reads go through in
	in     *bufio.Reader
	small  []byte // reused for frames up to smallFrame bytes
	logf   func(format string, args ...any)
}

// smallFrame is the largest frame read into the reused buffer: edits,
// hovers and code actions; whole documents above it are read into a buffer
// of their own.
const smallFrame = 64 << 10

func newTolerantStream(rwc io.ReadWriteCloser, logf func(string, ...any)) *tolerantStream {
	inner := jsonrpc2.NewHeaderStream(rwc)
	fs, ok := inner.(frameStream)
	if !ok {
		// jsonrpc2's header stream has always read frames; if that ever
		// changes, fail loudly in tests rather than lose robustness quietly.
		panic("lsp: jsonrpc2 header stream no longer exposes ReadFrame")
	}
	return &tolerantStream{Stream: inner, frames: fs, in: bufio.NewReader(rwc), logf: logf}
}

// Read decodes the next frame ReadFrame accepts; the connection reads
// through ReadFrame, Read is for any caller that does not.
func (s *tolerantStream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	frame, n, err := s.ReadFrame(ctx)
	if err != nil {
		return nil, n, err
	}
	msg, err := jsonrpc2.DecodeMessage(frame)
	return msg, n, err
}

// readFrame reads one LSP frame: header lines up to a blank line, one of
// them Content-Length, then that many bytes of body. Like jsonrpc2, a
// header it cannot read is jsonrpc2.ErrInvalidHeader with the bad header
// consumed, and a connection closed mid-frame is io.ErrUnexpectedEOF.
func (s *tolerantStream) readFrame(ctx context.Context) ([]byte, int64, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	length, consumed := -1, 0
	for {
		line, err := s.in.ReadSlice('\n')
		consumed += len(line)
		if errors.Is(err, bufio.ErrBufferFull) {
			// A header line longer than the reader's buffer is no header.
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = s.in.ReadSlice('\n')
			}
			if err == nil {
				return nil, int64(consumed), jsonrpc2.ErrInvalidHeader
			}
		}
		if err != nil {
			if err == io.EOF && consumed > 0 {
				err = io.ErrUnexpectedEOF
			}
			return nil, int64(consumed), err
		}
		field := strings.TrimRight(string(line), "\r\n")
		if field == "" {
			break
		}
		name, value, ok := strings.Cut(field, ":")
		if !ok {
			return nil, int64(consumed), jsonrpc2.ErrInvalidHeader
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n <= 0 {
				return nil, int64(consumed), jsonrpc2.ErrInvalidHeader
			}
			length = n
		}
	}
	if length <= 0 {
		return nil, int64(consumed), jsonrpc2.ErrInvalidHeader
	}
	var body []byte
	if length <= smallFrame {
		if s.small == nil {
			s.small = make([]byte, smallFrame)
		}
		body = s.small[:length]
	} else {
		body = make([]byte, length)
	}
	if _, err := io.ReadFull(s.in, body); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, int64(consumed), err
	}
	return body, int64(consumed + length), nil
}

// ReadFrame returns the next frame the connection can decode.
func (s *tolerantStream) ReadFrame(ctx context.Context) ([]byte, int64, error) {
	for {
		frame, n, err := s.readFrame(ctx)
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
