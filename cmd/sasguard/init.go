package main

// TODO(owner of this file): replace this placeholder with the real command.
func runInit(c Command, args []string) int {
	c.errorf("init: not built yet")
	return exitFailure
}
