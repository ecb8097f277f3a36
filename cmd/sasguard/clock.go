package main

import "time"

// pinnedNow, when set at link time (-ldflags "-X main.pinnedNow=RFC3339"),
// fixes the clock of the whole binary. Only the tests' builds set it
// (sasguardtest.Binary), so a test that runs the real binary grades tokens
// the same way on any date; a release build leaves it empty and reads the
// real clock.
var pinnedNow string

// processClock returns the clock main gives Command: the pinned time when
// the build set one, time.Now otherwise.
func processClock() func() time.Time {
	if pinnedNow == "" {
		return time.Now
	}
	t, err := time.Parse(time.RFC3339, pinnedNow)
	if err != nil {
		panic("sasguard: bad -X main.pinnedNow " + pinnedNow + ": " + err.Error())
	}
	return func() time.Time { return t }
}
