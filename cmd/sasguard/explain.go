package main

// TODO(owner of this file): replace this placeholder with the real command.
func runExplain(c Command, args []string) int {
	c.errorf("explain: not built yet")
	return exitFailure
}
