package main

import (
	"flag"
	"os"
	"path/filepath"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
)

const scanUsage = `usage: sasguard scan [--format text|json|sarif] [--config FILE] [--show-secret] [--git REV-RANGE] [PATH...]

Scan files and directories (default ".") for Azure SAS tokens and the keys
that mint them. .gitignore is respected, .git and binary files are skipped,
hidden files such as .env and .github/ are scanned. A PATH named here is
scanned even when it is ignored. With --git, scan the lines each commit in
REV-RANGE added (PATH is then the repository, default ".").

exit codes: 0 no blocking finding, 1 blocking findings, 2 usage or config
error, 3 a file could not be read (and nothing blocked) or internal failure

flags:
`

// scanFlags are the parsed arguments of `sasguard scan`.
type scanFlags struct {
	format     string
	config     string
	showSecret bool
	gitRange   string
	paths      []string
}

func runScan(c Command, args []string) int {
	var opts scanFlags
	fs := flag.NewFlagSet("sasguard scan", flag.ContinueOnError)
	fs.StringVar(&opts.format, "format", "text", "output `format`: text, json or sarif")
	configFile := configFlag(fs)
	fs.BoolVar(&opts.showSecret, "show-secret", false, "print whole secrets (never in SARIF); for a human at a terminal, not for CI logs")
	fs.StringVar(&opts.gitRange, "git", "", "scan what the commits in `REV-RANGE` added (e.g. origin/main..HEAD) instead of files")
	paths, code, ok := c.parseFlags(fs, scanUsage, args)
	if !ok {
		return code
	}
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

	// The config is the one for the first path's tree.
	eng, res, err := config.Engine(scanConfigDir(opts.paths[0]), opts.config, c.Now)
	if err != nil {
		return c.configError(err)
	}

	var (
		items    []report.Item
		problems []walkProblem
		files    int
	)
	if opts.gitRange != "" {
		root := walkGitRoot(scanAbs(opts.paths[0]))
		if root == "" {
			root = res.Root
		}
		items, err = scanGitRange(c, eng, root, opts.gitRange)
		if err != nil {
			return c.gitRangeError("scan", opts.gitRange, err)
		}
	} else {
		var set walkSet
		for _, p := range opts.paths {
			if err := set.add(p); err != nil {
				c.errorf("%s: %v", p, walkCause(err))
				c.hintf("name files or directories that exist; run `sasguard scan --help` for usage")
				return exitUsage
			}
		}
		s := &scanner{eng: eng, root: res.Root, showSecret: opts.showSecret, largeFile: scanLargeFile}
		items, problems = s.scanFiles(set.files)
		problems = append(set.problems, problems...)
		files = len(set.files)
		report.Sort(items) // workers finish in any order
	}
	scanSortProblems(problems)
	for _, p := range problems {
		c.errorf("%s: %v", p.display, p.err)
	}

	cfg := eng.Config()
	if err := scanRender(c, opts, items, cfg, files); err != nil {
		c.errorf("writing output: %v", err)
		return exitFailure
	}
	for _, it := range items {
		if cfg.Blocks(it.Finding.Severity) {
			return exitFindings
		}
	}
	if len(problems) > 0 {
		// Nothing blocked in what was read, but CI must not pass a tree it
		// could not read completely.
		return exitFailure
	}
	return exitOK
}

// scanRender prints items in the chosen format to stdout.
func scanRender(c Command, opts scanFlags, items []report.Item, cfg *rules.Config, files int) error {
	switch opts.format {
	case "json":
		return report.JSON(c.Stdout, items)
	case "sarif":
		for i := range items {
			items[i].Raw = "" // SARIF logs are uploaded: never a secret, even with --show-secret
		}
		return report.SARIF(c.Stdout, items, version())
	default:
		return report.Text(c.Stdout, items, report.Options{Color: c.color(c.Stdout), Blocks: cfg.Blocks, Files: files})
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
