package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/cmd/sasguardtest"
)

func TestLSPUsage(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		contains string
	}{
		{[]string{"lsp", "--help"}, exitOK, "usage: sasguard lsp"},
		{[]string{"lsp", "extra"}, exitUsage, `lsp takes no arguments, got "extra"`},
		{[]string{"lsp", "--tcp"}, exitUsage, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			code := Command{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}.Main(tt.args)
			if code != tt.code {
				t.Errorf("exit code %d, want %d", code, tt.code)
			}
			if !strings.Contains(errb.String(), tt.contains) {
				t.Errorf("stderr %q does not contain %q", errb.String(), tt.contains)
			}
			if out.Len() != 0 {
				t.Errorf("stdout must stay clean for the protocol, got %q", out.String())
			}
		})
	}
}

// pipeRWC joins the client's ends of two pipes.
type pipeRWC struct {
	io.Reader
	io.WriteCloser
}

// TestLSPCommand runs `sasguard lsp` through Main on piped stdin/stdout, as
// an editor starts it, and checks the exit codes the specification asks for.
func TestLSPCommand(t *testing.T) {
	for _, tt := range []struct {
		name     string
		shutdown bool
		code     int
	}{
		{"shutdown then exit", true, exitOK},
		{"exit without shutdown", false, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks := sasguardtest.Tokens(t)
			inR, inW := io.Pipe()
			outR, outW := io.Pipe()
			var errb bytes.Buffer
			done := make(chan int, 1)
			go func() {
				done <- Command{Stdin: inR, Stdout: outW, Stderr: &errb, Now: now}.Main([]string{"lsp", "--stdio"})
				outW.Close()
			}()

			published := make(chan *protocol.PublishDiagnosticsParams, 10)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			_, conn, server := protocol.NewClient(ctx, recorder{published: published}, jsonrpc2.NewHeaderStream(pipeRWC{outR, inW}))
			defer conn.Close()

			dir := t.TempDir()
			if _, err := server.Initialize(ctx, &protocol.InitializeParams{WorkspaceFoldersInitializeParams: protocol.WorkspaceFoldersInitializeParams{
				WorkspaceFolders: protocol.NewNullable([]protocol.WorkspaceFolder{{URI: uri.File(dir), Name: "ws"}})}}); err != nil {
				t.Fatalf("initialize: %v", err)
			}
			u := uri.File(filepath.Join(dir, "app.py"))
			if err := server.DidOpen(ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: u, LanguageID: "python", Version: 1, Text: "x = \"" + toks["t001"] + "\"\n"}}); err != nil {
				t.Fatal(err)
			}
		wait:
			for {
				select {
				case p := <-published:
					if p.URI == u {
						if len(p.Diagnostics) != 1 {
							t.Errorf("got %d diagnostics, want 1", len(p.Diagnostics))
						}
						break wait
					}
				case <-ctx.Done():
					t.Fatal("no diagnostics for the open file")
				}
			}
			if tt.shutdown {
				if err := server.Shutdown(ctx); err != nil {
					t.Fatal(err)
				}
			}
			_ = server.Exit(ctx)
			select {
			case code := <-done:
				if code != tt.code {
					t.Errorf("exit code %d, want %d", code, tt.code)
				}
			case <-ctx.Done():
				t.Fatal("sasguard lsp did not exit")
			}
			if strings.Contains(errb.String(), toks["t001"][len(toks["t001"])-40:]) {
				t.Errorf("stderr carries the secret")
			}
		})
	}
}

type recorder struct {
	protocol.UnimplementedClient
	published chan *protocol.PublishDiagnosticsParams
}

func (r recorder) PublishDiagnostics(ctx context.Context, p *protocol.PublishDiagnosticsParams) error {
	select {
	case r.published <- p:
	default:
	}
	return nil
}
