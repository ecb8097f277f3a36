package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/hook/history"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/fix"
)

const scanUsage = `usage: sasguard scan [--format text|json|sarif] [--output FILE] [--config FILE] [--show-secret] [--no-color] [--git REV-RANGE] [PATH...]

Scan files and directories (default ".") for Azure SAS tokens and the keys
that mint them. .gitignore is respected, .git and binary files are skipped,
hidden files such as .env and .github/ are scanned. A PATH named here is
scanned even when it is ignored; "-" reads stdin. With --git, scan the lines
each commit in REV-RANGE added (PATH is then the repository, default ".").
To check what is staged for a commit, run ` + "`sasguard hook`" + `.

exit codes: 0 no blocking finding, 1 blocking findings, 2 usage or config
error, 3 a file could not be read (and nothing blocked), nothing was scanned
(no file under PATH), or internal failure

flags:
`

// scanStdinMax bounds what `scan -` reads from stdin.
const scanStdinMax = 256 << 20

// scanStdinPath names stdin in output.
const scanStdinPath = "<stdin>"

// scanFlags are the parsed arguments of `sasguard scan`.
type scanFlags struct {
	format     string
	config     string
	output     string
	showSecret bool
	gitRange   string
	paths      []string
}

func runScan(c Command, args []string) int {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "--staged" || a == "-staged" || a == "--cached" || a == "-cached" {
			c.errorf("scan has no %s flag", a)
			c.hintf("to check what is staged, run `sasguard hook` (the pre-commit hook) in the repository")
			return exitUsage
		}
	}
	var opts scanFlags
	fs := flag.NewFlagSet("sasguard scan", flag.ContinueOnError)
	fs.StringVar(&opts.format, "format", "text", "output `format`: text, json or sarif")
	fs.StringVar(&opts.output, "output", "", "write the report to `file` (replaced atomically; a symlink there is replaced, never written through) instead of stdout")
	configFile := configFlag(fs)
	fs.BoolVar(&opts.showSecret, "show-secret", false, "print whole secrets (never in SARIF); for a human at a terminal, not for CI logs")
	noColor := noColorFlag(fs)
	fs.StringVar(&opts.gitRange, "git", "", "scan what the commits in `REV-RANGE` added (e.g. origin/main..HEAD) instead of files")
	paths, code, ok := c.parseFlags(fs, scanUsage, args)
	if !ok {
		return code
	}
	c.noColor = c.noColor || *noColor
	opts.paths, opts.config = paths, *configFile
	switch opts.format {
	case "text", "json", "sarif":
	default:
		c.errorf("unknown format %q: expected text, json or sarif", opts.format)
		return exitUsage
	}
	if len(opts.paths) == 0 {
		opts.paths = []string{"."}
	}
	if opts.gitRange != "" && len(opts.paths) > 1 {
		c.errorf("--git scans one repository's history; got %d paths", len(opts.paths))
		c.hintf("run `sasguard scan --git %s [REPO]` with at most one path", opts.gitRange)
		return exitUsage
	}
	stdin := 0
	for _, p := range opts.paths {
		if p == "-" {
			stdin++
		}
	}
	if stdin > 1 || stdin > 0 && opts.gitRange != "" {
		c.errorf("\"-\" (stdin) can be named once, and not with --git")
		return exitUsage
	}

	// The config is the one for the first path's tree (the working
	// directory's for stdin).
	first := opts.paths[0]
	if first == "-" {
		first = "."
	}
	eng, res, err := config.Engine(scanConfigDir(first), opts.config, c.Now)
	if err != nil {
		return c.configError(err)
	}

	var (
		items    []report.Item
		problems []walkProblem
		ropts    = report.Options{Blocks: eng.Config().Blocks}
	)
	if opts.gitRange != "" {
		root := walkGitRoot(scanAbs(opts.paths[0]))
		if root == "" {
			root = res.Root
		}
		var capped bool
		items, capped, err = scanGitRange(c, eng, root, opts.gitRange)
		if err != nil {
			return c.gitRangeError("scan", opts.gitRange, err)
		}
		if capped {
			problems = append(problems, walkProblem{"sasguard", runCappedError("the rest of the range was")})
		}
		ropts.Unit = "commit"
		if n, ok := scanCountCommits(root, opts.gitRange); ok {
			ropts.Scanned = n
			if n == 0 {
				// Exit 0: a push of commits the remote already has is
				// routine, but the run must not read as a clean scan.
				fmt.Fprintf(c.Stderr, "sasguard: note: %s holds no commits: nothing was scanned\n", printableArg(opts.gitRange))
			}
		}
	} else {
		for _, p := range opts.paths {
			if p == "-" {
				continue
			}
			if _, err := walkStatArg(p); err != nil {
				c.errorf("%s: %v", p, walkCause(err))
				c.hintf("name files or directories that exist; run `sasguard scan --help` for usage")
				return exitUsage
			}
		}
		// The walk lists files while the workers read them.
		listed := make(chan walkFile, 64)
		set := walkSet{out: listed}
		go func() {
			defer close(listed)
			for _, p := range opts.paths {
				if p == "-" {
					continue
				}
				if err := set.add(p); err != nil { // gone or changed since it was checked above
					set.problems = append(set.problems, walkProblem{filepath.ToSlash(p), walkCause(err)})
				}
			}
		}()
		s := &scanner{eng: eng, root: res.Root, showSecret: opts.showSecret, largeFile: scanLargeFile}
		items, problems = s.scanFileChan(listed)
		problems = append(set.problems, problems...) // the walk is done: listed is closed
		ropts.Scanned = len(set.files)
		if stdin > 0 {
			stdinItems, err := s.scanStdin(c.Stdin)
			if err != nil {
				problems = append(problems, walkProblem{scanStdinPath, err})
			}
			items = append(items, stdinItems...)
			ropts.Scanned++
		}
		report.Sort(items) // workers finish in any order
	}
	scanSortProblems(problems)
	for _, p := range problems {
		c.errorf("%s: %v", p.display, p.err)
	}
	nothing := opts.gitRange == "" && ropts.Scanned == 0
	if nothing {
		c.errorf("nothing was scanned: no file to read under %s", strings.Join(opts.paths, " "))
		c.hintf("every file there is ignored (.gitignore), binary or not a regular file; name the files to scan, or scan another directory")
	}

	var reportProblems []report.Problem
	for _, p := range problems {
		reportProblems = append(reportProblems, report.Problem{Path: p.display, Reason: p.err.Error()})
	}
	if err := c.scanWrite(opts, func(w io.Writer, color bool) error {
		ropts.Color = color
		return scanRender(w, opts, items, reportProblems, ropts)
	}); err != nil {
		c.errorf("writing the report: %v", err)
		return exitFailure
	}
	for _, it := range items {
		if eng.Config().Blocks(it.Finding.Severity) {
			return exitFindings
		}
	}
	if len(problems) > 0 || nothing {
		// Nothing blocked in what was read, but CI must not pass a tree it
		// could not read completely, or did not read at all.
		return exitFailure
	}
	return exitOK
}

// scanWrite runs render on stdout, or on --output FILE: written to a
// temporary file in FILE's directory and renamed over FILE, so a reader
// never sees half a report and a symlink at FILE is replaced, never written
// through. The file is 0644, or 0600 with --show-secret.
func (c Command) scanWrite(opts scanFlags, render func(io.Writer, bool) error) error {
	if opts.output == "" {
		return render(c.Stdout, c.color(c.Stdout))
	}
	dir := filepath.Dir(opts.output)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(opts.output)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	mode := os.FileMode(0o644)
	if opts.showSecret {
		mode = 0o600
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := render(tmp, false); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), opts.output)
}

// scanStdin scans what `scan -` reads from stdin.
func (s *scanner) scanStdin(r io.Reader) ([]report.Item, error) {
	if r == nil {
		return nil, errors.New("no stdin")
	}
	data, err := io.ReadAll(io.LimitReader(r, scanStdinMax+1))
	if err != nil {
		return nil, err
	}
	if len(data) > scanStdinMax {
		return nil, fmt.Errorf("stdin is larger than %d MiB: write it to a file and scan that", scanStdinMax>>20)
	}
	content, ok := scanText(data)
	if !ok {
		return nil, nil // binary
	}
	findings := s.eng.Scan("", content)
	fix.Attach(s.eng.Config(), "", content, findings)
	items := make([]report.Item, 0, len(findings))
	for _, fd := range findings {
		it := report.Item{Path: scanStdinPath, Finding: fd}
		it.CharStart = scanCharCol(content, fd.Span.Start, fd.Start.Col)
		it.CharEnd = scanCharCol(content, fd.Span.End, fd.End.Col)
		if s.showSecret && 0 <= fd.Span.Start && fd.Span.Start <= fd.Span.End && fd.Span.End <= len(content) {
			it.Raw = string(content[fd.Span.Start:fd.Span.End])
		}
		items = append(items, it)
	}
	return items, nil
}

// scanCountCommits counts the commits in revRange with `git rev-list
// --count`, for the summary; ok is false when git cannot say.
func scanCountCommits(root, revRange string) (int, bool) {
	rng, err := history.ParseRange(revRange)
	if err != nil {
		return 0, false
	}
	args := []string{"rev-list", "--count"}
	args = append(args, rng.Include...)
	for _, x := range rng.Exclude {
		args = append(args, "^"+x)
	}
	args = append(args, "--")
	cmd := exec.Command("git", args...)
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	return n, err == nil
}

// scanRender prints items in the chosen format.
func scanRender(w io.Writer, opts scanFlags, items []report.Item, problems []report.Problem, ropts report.Options) error {
	switch opts.format {
	case "json":
		return report.JSON(w, items, problems)
	case "sarif":
		for i := range items {
			items[i].Raw = "" // SARIF logs are uploaded: never a secret, even with --show-secret
		}
		ver, semver := readBuild().sarifVersions()
		root, _ := os.Getwd()
		return report.SARIF(w, items, report.SARIFOptions{Version: ver, SemanticVersion: semver, Root: root, Problems: problems})
	default:
		return report.Text(w, items, ropts)
	}
}

// scanConfigDir is where the config search for path starts: the path itself
// when it is a directory, else its directory.
func scanConfigDir(path string) string {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return path
	}
	return filepath.Dir(path)
}

func scanAbs(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
