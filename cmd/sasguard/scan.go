package main

// TODO(owner of this file): replace this placeholder with the real command.
func runScan(c Command, args []string) int {
	c.errorf("scan: not built yet")
	return exitFailure
}
