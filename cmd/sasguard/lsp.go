package main

import (
	"context"
	"flag"
	"io"

	"github.com/sasguard/sasguard/lsp"
)

const lspUsage = `usage: sasguard lsp [--stdio]

Run the language server on stdin and stdout. Editors start it: the VS Code
extension and the Neovim plugin in editors/, or any LSP client configured to
run "sasguard lsp". The workspace's .sasguard.toml is read at start and
reloaded when it changes.

exit codes: 0 after shutdown and exit, 1 when the client exits (or goes
away) without shutdown, 2 usage error

flags:
`

func runLSP(c Command, args []string) int {
	fs := flag.NewFlagSet("sasguard lsp", flag.ContinueOnError)
	// Clients such as vscode-languageclient pass --stdio; it is the only transport.
	fs.Bool("stdio", true, "speak LSP on stdin/stdout (the default and only transport)")
	// stdout is the protocol's: help goes to stderr.
	help := c
	help.Stdout = c.Stderr
	args, code, ok := help.parseFlags(fs, lspUsage, args)
	if !ok {
		return code
	}
	if !c.noArgs("lsp", args, "an editor starts `sasguard lsp` and talks to it on stdin/stdout") {
		return exitUsage
	}
	srv := lsp.New(lsp.Options{Now: c.Now, Version: version(), Stderr: c.Stderr})
	return srv.Serve(context.Background(), stdio{r: c.Stdin, w: c.Stdout})
}

// stdio joins the command's stdin and stdout into the stream the server reads
// and writes. Close closes stdin when it can, which ends a pending read.
type stdio struct {
	r io.Reader
	w io.Writer
}

func (s stdio) Read(p []byte) (int, error)  { return s.r.Read(p) }
func (s stdio) Write(p []byte) (int, error) { return s.w.Write(p) }
func (s stdio) Close() error {
	if c, ok := s.r.(io.Closer); ok {
		return c.Close()
	}
	return nil
}
