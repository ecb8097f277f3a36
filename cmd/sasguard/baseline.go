package main

// TODO(owner of this file): replace this placeholder with the real command.
func runBaseline(c Command, args []string) int {
	c.errorf("baseline: not built yet")
	return exitFailure
}
