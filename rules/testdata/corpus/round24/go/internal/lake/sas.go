package lake

import (
	"fmt"
	"net/url"
)

// Landing-zone SAS, split into fields so the ops team can bump the expiry without touching the URL builder.
const (
	sasAccount  = "stnwlakeraw"
	sasVersion  = "2026-04-06"
	sasStart    = "2026-11-19T00:00:00Z"
	sasExpiry   = "2027-09-30T23:59:59Z"
	sasResource = "c"
	sasPerms    = "racwl"
	sasSig      = "oFNk81G4psarQpVozMcSfCpYw0tENvFFWcfhy6OSF7M="
)

// Fixture for unit tests only; not a real signature.
const testSig = "dGVzdC1zaWduYXR1cmU="

func LandingURL(prefix string) string {
	q := fmt.Sprintf("sv=%s&st=%s&se=%s&sr=%s&sp=%s&sig=%s",
		sasVersion, url.QueryEscape(sasStart), url.QueryEscape(sasExpiry), sasResource, sasPerms, url.QueryEscape(sasSig))
	return fmt.Sprintf("https://%s.blob.core.windows.net/landing/%s?%s", sasAccount, prefix, q)
}
