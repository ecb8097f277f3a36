package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/hook/gitdir"
	"github.com/sasguard/sasguard/hook/history"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/fix"
)

// scanGitRange scans the lines each commit in revRange added, for
// `sasguard scan --git REV-RANGE`, `sasguard baseline --git` and the
// pre-push hook. Each item carries its commit; items are ordered the way
// `git log` lists commits, newest first, then by path, position and rule,
// so a range report reads commit by commit. revRange is "A..B", "REV" (its
// whole history) or revisions with ^exclusions separated by spaces. When
// stderr is a terminal it shows progress there and ends with a summary.
// errRunCapped stops a history scan that reached scanMaxFindings.
var errRunCapped = errors.New("the run reached its findings cap")

// scanGitRange returns the findings on the lines the commits in revRange
// added. capped is true when it stopped at scanMaxFindings: the commits
// after that were not examined.
func scanGitRange(c Command, eng *rules.Engine, root, revRange string) (items []report.Item, capped bool, err error) {
	repo, err := gitdir.Locate(root, c.Getenv)
	if err != nil {
		return nil, false, err
	}
	ctx := context.Background()
	prog := newGitProgress(c, ctx, repo, revRange)
	order := map[string]int{}
	opts := history.Options{Prefilter: history.EnginePrefilter(eng), OnCommit: prog.commit}
	err = history.ScanWith(ctx, repo, revRange, opts, func(f history.File) error {
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
		prog.found(len(touched))
		if len(items) >= scanMaxFindings {
			return errRunCapped
		}
		return nil
	})
	if errors.Is(err, errRunCapped) {
		err, capped = nil, true
		items = items[:scanMaxFindings]
	}
	prog.done(err, items)
	if err != nil {
		return nil, false, err
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
	return items, capped, nil
}

// runCappedError says what a run that reached scanMaxFindings did not
// examine, and what to do about it.
func runCappedError(what string) error {
	return fmt.Errorf("stopped after %d findings, the most one run reports; %s not examined: find what matches so often (a custom rule's regex?) and narrow it", scanMaxFindings, what)
}

// gitRangeError reports a failed history scan: a revision the repository
// lacks is a usage error (exit 2) with how to fetch it, anything else a
// failure (exit 3).
func (c Command) gitRangeError(cmd, revRange string, err error) int {
	var rev *history.RevisionError
	if !errors.As(err, &rev) {
		c.errorf("%s --git %s: %v", cmd, revRange, err)
		return exitFailure
	}
	c.errorf("%s --git %s: %v", cmd, revRange, err)
	remote, branch, ok := strings.Cut(rev.Rev, "/")
	switch {
	case ok && remote != "" && branch != "" && !strings.ContainsAny(rev.Rev, "^~:@{ "):
		c.hintf("fetch it first: git fetch --no-tags --depth=1000 %s %s:refs/remotes/%s/%s (a shallow CI clone has only the commit it checked out; with actions/checkout, set fetch-depth: 0)",
			shellQuote(remote), shellQuote(branch), shellQuote(remote), shellQuote(branch))
	case rev.Shallow:
		c.hintf("this clone is shallow: fetch more history (git fetch --deepen=1000, or git fetch --unshallow; with actions/checkout, set fetch-depth: 0)")
	default:
		c.hintf("check the name (git rev-parse --verify %s) or fetch it from the remote that has it", shellQuote(rev.Rev))
	}
	return exitUsage
}

// gitProgress shows a history scan's progress on a terminal: commits done
// of the total, the rate and findings so far, redrawn at most ten times a
// second, and a one-line summary in its place at the end. On anything but
// a terminal it does nothing.
type gitProgress struct {
	w        io.Writer
	bar      *progressbar.ProgressBar
	start    time.Time
	now      func() time.Time
	commits  int
	findings int
}

// isTerminal reports whether w is a terminal that progress may redraw.
// A writer that says itself whether it is one (tests) is believed.
func (c Command) isTerminal(w io.Writer) bool {
	if c.Getenv("TERM") == "dumb" {
		return false
	}
	if t, ok := w.(interface{ IsTerminal() bool }); ok {
		return t.IsTerminal()
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func newGitProgress(c Command, ctx context.Context, repo *gitdir.Repo, revRange string) *gitProgress {
	p := &gitProgress{now: time.Now}
	if !c.isTerminal(c.Stderr) {
		return p
	}
	p.w, p.start = c.Stderr, p.now()
	total, err := history.Count(ctx, repo, revRange)
	if err != nil {
		total = -1 // unknown: a spinner instead of a bar
	}
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription("sasguard: scanning history"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("commits"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(20),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionUseANSICodes(true),
	)
	return p
}

func (p *gitProgress) commit(string) {
	p.commits++
	if p.bar != nil {
		_ = p.bar.Add(1)
	}
}

func (p *gitProgress) found(n int) {
	if n == 0 || p.bar == nil {
		p.findings += n
		return
	}
	p.findings += n
	p.bar.Describe(fmt.Sprintf("sasguard: scanning history, %s so far", plural(p.findings, "finding")))
}

// done replaces the bar with the summary.
func (p *gitProgress) done(err error, items []report.Item) {
	if p.bar == nil {
		return
	}
	_ = p.bar.Finish()
	_ = p.bar.Clear()
	fmt.Fprint(p.w, "\r\033[K")
	if err != nil {
		return // the error says what happened
	}
	elapsed := p.now().Sub(p.start)
	commits := map[string]bool{}
	for _, it := range items {
		commits[it.Commit] = true
	}
	rate := ""
	if s := elapsed.Seconds(); s > 0 {
		rate = fmt.Sprintf(", %.0f commits/s", float64(p.commits)/s)
	}
	fmt.Fprintf(p.w, "sasguard: scanned %s in %s%s: %s in %s\n", plural(p.commits, "commit"),
		elapsed.Round(10*time.Millisecond), rate, plural(len(items), "finding"), plural(len(commits), "commit"))
}
