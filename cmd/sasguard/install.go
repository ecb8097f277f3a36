package main

// TODO(owner of this file): replace this placeholder with the real command.
func runInstall(c Command, args []string) int {
	c.errorf("install: not built yet")
	return exitFailure
}
