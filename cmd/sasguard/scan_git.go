package main

import (
	"errors"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/rules"
)

// scanGitRange scans the lines each commit in revRange added, for
// `sasguard scan --git REV-RANGE`. Each item carries its commit.
// TODO(hook helper): placeholder, replaced by the go-git implementation.
func scanGitRange(c Command, eng *rules.Engine, root, revRange string) ([]report.Item, error) {
	return nil, errors.New("scan --git: not built yet")
}
