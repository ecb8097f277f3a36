package main

// TODO(owner of this file): replace this placeholder with the real command.
func runLSP(c Command, args []string) int {
	c.errorf("lsp: not built yet")
	return exitFailure
}
