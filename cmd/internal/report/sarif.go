package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/sasguard/sasguard/rules"
)

// FingerprintKey names sasguard's fingerprint in SARIF partialFingerprints.
// GitHub code scanning matches alerts across runs by it; the value is the
// engine's Finding.Fingerprint, keyed by the secret's content, so an alert
// survives the line moving. Bump the version only if the fingerprint changes.
const FingerprintKey = "sasguard/v1"

const informationURI = "https://github.com/sasguard/sasguard"

// SARIF prints a SARIF 2.1.0 log with one run. Columns are 1-based and
// counted in Unicode code points (run.columnKind "unicodeCodePoints"; SARIF
// has no byte columns): Item.CharStart/CharEnd when the caller computed them,
// else the byte columns, which agree on ASCII lines. The end column is
// exclusive, as in SARIF. Item.Raw is never written: SARIF logs are uploaded.
//
// Paths are relative URIs under %SRCROOT% (opts.Root, the directory scan ran
// from) when they lie inside it; an absolute path inside Root is made
// relative to it, and a path outside it becomes an absolute file:// URI
// with no uriBaseId (SARIF forbids a uriBaseId on an absolute URI).
// opts.Problems, the files that could not be read, make the run's
// invocation unsuccessful with one notification each.
func SARIF(w io.Writer, items []Item, opts SARIFOptions) error {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	driver := sarif.NewDriver("sasguard").WithInformationURI(informationURI)
	if opts.Version != "" {
		driver = driver.WithVersion(strings.TrimPrefix(opts.Version, "v"))
	}
	if opts.SemanticVersion != "" {
		driver = driver.WithSemanticVersion(opts.SemanticVersion)
	}
	driver.Rules = []*sarif.ReportingDescriptor{}
	index := map[string]int{}
	addRule := func(d ruleDoc) {
		if _, ok := index[d.ID]; ok {
			return
		}
		index[d.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarif.NewRule(d.ID).
			WithShortDescription(sarif.NewMultiformatMessageString(d.Short)).
			WithHelp(sarif.NewMultiformatMessageString(d.Help)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel("error")))
	}
	for _, d := range builtinRules() {
		addRule(d)
	}
	for _, it := range items {
		addRule(customRuleDoc(it.Finding.Rule)) // no-op for built-in ids
	}

	run := sarif.NewRun(*sarif.NewTool(driver)).WithColumnKind("unicodeCodePoints")
	run.OriginalUriBaseIDs = map[string]*sarif.ArtifactLocation{
		"%SRCROOT%": sarif.NewArtifactLocation().WithDescriptionText("The directory sasguard scan was run from; result paths are relative to it."),
	}
	for _, it := range items {
		run.Results = append(run.Results, sarifResult(it, index[it.Finding.Rule], opts.Root))
	}
	inv := sarif.NewInvocation().WithExecutionSuccess(len(opts.Problems) == 0)
	inv.ToolExecutionNotifications = []*sarif.Notification{}
	for _, p := range opts.Problems {
		n := sarif.NewNotification().WithLevel("error").
			WithTextMessage(sarifSentence("Could not read " + p.Path + ": " + p.Reason + "; it was not scanned")).
			WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().WithArtifactLocation(artifactLocation(p.Path, opts.Root)))})
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	run.Invocations = []*sarif.Invocation{inv}
	log.AddRun(run)

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// SARIFOptions describe the run for SARIF.
type SARIFOptions struct {
	Version         string    // tool.driver.version: the build's version, "devel (…)" included
	SemanticVersion string    // tool.driver.semanticVersion: set only for a release (1.2.3)
	Root            string    // absolute directory %SRCROOT% stands for; "" when unknown
	Problems        []Problem // files that could not be read
}

func sarifResult(it Item, ruleIndex int, root string) *sarif.Result {
	f := it.Finding
	startCol, endCol := f.Start.Col, f.End.Col
	if it.CharStart > 0 && it.CharEnd > 0 {
		startCol, endCol = it.CharStart, it.CharEnd
	}
	region := sarif.NewRegion().
		WithStartLine(f.Start.Line).
		WithStartColumn(startCol).
		WithEndLine(f.End.Line).
		WithEndColumn(endCol)
	loc := artifactLocation(it.Path, root)
	r := sarif.NewRuleResult(f.Rule).
		WithRuleIndex(ruleIndex).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(sarifMessage(f))).
		WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(
			sarif.NewPhysicalLocation().WithArtifactLocation(loc).WithRegion(region))}).
		WithPartialFingerPrints(map[string]any{FingerprintKey: f.Fingerprint})
	props := sarif.NewPropertyBag()
	props.Add("kind", f.Kind)
	props.Add("severity", f.Severity.String())
	props.Add("redacted", f.Redacted)
	props.Add("facts", f.Facts)
	if it.Commit != "" {
		props.Add("commit", it.Commit)
	}
	r.AttachPropertyBag(props)
	return r
}

// sarifMessage is the finding's message; SARIF's validator asks messages to
// end with a period.
func sarifMessage(f rules.Finding) string {
	m := oneLine(f.Message)
	if m == "" {
		m = "Secret found by " + f.Rule
	}
	return sarifSentence(m)
}

// sarifSentence ends m with a period, as SARIF's validator asks.
func sarifSentence(m string) string {
	m = oneLine(m)
	if m == "" {
		return m
	}
	if last := m[len(m)-1]; last != '.' && last != '!' && last != '?' {
		m += "."
	}
	return m
}

// artifactLocation names path (slash-separated, as shown to the user) for
// SARIF: a relative URI under %SRCROOT% when it lies inside root, else an
// absolute file:// URI without a uriBaseId.
func artifactLocation(p, root string) *sarif.ArtifactLocation {
	native := filepath.FromSlash(p)
	if filepath.IsAbs(native) && root != "" {
		if rel, err := filepath.Rel(root, native); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p, native = filepath.ToSlash(rel), rel
		}
	}
	outside := p == ".." || strings.HasPrefix(p, "../")
	if filepath.IsAbs(native) || (outside && root != "") {
		abs := native
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(root, native)
		}
		u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
		if !strings.HasPrefix(u.Path, "/") {
			u.Path = "/" + u.Path // file:///C:/x on Windows
		}
		return sarif.NewArtifactLocation().WithUri(u.String())
	}
	return sarif.NewArtifactLocation().WithUri(uriPath(p)).WithUriBaseId("%SRCROOT%")
}

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.SeverityError:
		return "error"
	case rules.SeverityWarning:
		return "warning"
	default:
		return "note"
	}
}

// uriPath makes a slash path into a relative URI reference (spaces and
// reserved characters escaped; a colon in the first segment gets "./").
func uriPath(p string) string {
	if p == "" {
		return "stdin"
	}
	return (&url.URL{Path: p}).String()
}
