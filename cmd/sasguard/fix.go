package main

// TODO(owner of this file): replace this placeholder with the real command.
func runFix(c Command, args []string) int {
	c.errorf("fix: not built yet")
	return exitFailure
}
