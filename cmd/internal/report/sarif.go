package report

import (
	"encoding/json"
	"io"
	"net/url"
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
func SARIF(w io.Writer, items []Item, toolVersion string) error {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	driver := sarif.NewDriver("sasguard").WithInformationURI(informationURI)
	if v := strings.TrimPrefix(toolVersion, "v"); v != "" && v[0] >= '0' && v[0] <= '9' {
		// SARIF consumers compare versions numerically; a "devel" build has none.
		driver = driver.WithVersion(v)
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
		run.Results = append(run.Results, sarifResult(it, index[it.Finding.Rule]))
	}
	log.AddRun(run)

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

func sarifResult(it Item, ruleIndex int) *sarif.Result {
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
	loc := sarif.NewArtifactLocation().WithUri(uriPath(it.Path)).WithUriBaseId("%SRCROOT%")
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
	if last := m[len(m)-1]; last != '.' && last != '!' && last != '?' {
		m += "."
	}
	return m
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
