package main

import (
	"context"
	"sort"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/history"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/fix"
)

// scanGitRange scans the lines each commit in revRange added, for
// `sasguard scan --git REV-RANGE` (and the pre-push hook). Each item
// carries its commit; items are ordered the way `git log` lists commits,
// newest first, then by path, position and rule, so a range report reads
// commit by commit. revRange is "A..B", "REV" (its whole history) or
// revisions with ^exclusions separated by spaces.
func scanGitRange(c Command, eng *rules.Engine, root, revRange string) ([]report.Item, error) {
	repo, err := gitdir.Locate(root, c.Getenv)
	if err != nil {
		return nil, err
	}
	var items []report.Item
	order := map[string]int{}
	err = history.Scan(context.Background(), repo, revRange, func(f history.File) error {
		if _, ok := order[f.Commit]; !ok {
			order[f.Commit] = len(order)
		}
		var touched []rules.Finding
		for _, fd := range eng.Scan(f.Path, f.Content) {
			if f.Added.Touches(fd.Start.Line, fd.End.Line) {
				touched = append(touched, fd)
			}
		}
		fix.Attach(eng.Config(), f.Path, f.Content, touched)
		for _, fd := range touched {
			items = append(items, report.Item{Path: f.Path, Commit: f.Commit, Finding: fd})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.Commit != b.Commit {
			return order[a.Commit] < order[b.Commit]
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Finding.Span.Start != b.Finding.Span.Start {
			return a.Finding.Span.Start < b.Finding.Span.Start
		}
		return a.Finding.Rule < b.Finding.Rule
	})
	return items, nil
}
