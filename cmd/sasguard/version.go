package main

import (
	"runtime/debug"
	"strings"
)

// build is what the binary knows about itself: the module version `go
// install` stamped, and the VCS data `go build` records in a checkout.
type build struct {
	Version  string // "v1.2.3", a pseudo-version, or "devel"
	Revision string // vcs.revision; "" when unknown
	Time     string // vcs.time (RFC 3339); "" when unknown
	Modified bool   // vcs.modified: built from a tree with uncommitted changes
}

func readBuild() build {
	b := build{Version: "devel"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		b.Version = v
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// version reports the module version stamped by `go install`, or "devel".
func version() string { return readBuild().Version }

// String is the --version line: "sasguard v1.2.3 (commit 0123abcd, 2026-11-30T10:00:00Z)",
// with ", modified" for a dirty tree; parts the build does not know are left out.
func (b build) String() string {
	var extra []string
	if b.Revision != "" {
		extra = append(extra, "commit "+short(b.Revision))
	}
	if b.Time != "" {
		extra = append(extra, b.Time)
	}
	if b.Modified {
		extra = append(extra, "modified")
	}
	line := "sasguard " + b.Version
	if len(extra) > 0 {
		line += " (" + strings.Join(extra, ", ") + ")"
	}
	return line
}

// sarifVersions are SARIF's tool.driver version (always set; a devel build
// says "devel" plus its commit) and semanticVersion (a release's only).
func (b build) sarifVersions() (ver, semver string) {
	v := strings.TrimPrefix(b.Version, "v")
	if v != "" && v[0] >= '0' && v[0] <= '9' {
		return v, v
	}
	ver = b.Version
	if b.Revision != "" {
		ver += "+" + short(b.Revision)
		if b.Modified {
			ver += ".modified"
		}
	}
	return ver, ""
}

func short(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}
