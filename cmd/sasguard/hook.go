package main

// TODO(owner of this file): replace this placeholder with the real command.
func runHook(c Command, args []string) int {
	c.errorf("hook: not built yet")
	return exitFailure
}
