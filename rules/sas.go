package rules

import (
	"strings"
)

// sasParams is a SAS query split into its parameters, values percent-decoded.
// Parameter names are matched case-insensitively, as the service does.
type sasParams map[string]string

// parseQuery splits q ("sv=…&sig=…", no leading '?') into parameters.
// Values are percent-decoded; '+' stays '+' because base64 signatures pasted
// raw keep it.
func parseQuery(q string) sasParams {
	p := sasParams{}
	for _, part := range strings.Split(q, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		if _, dup := p[k]; dup {
			continue // first one wins, as the service reads it
		}
		p[k] = percentDecode(v)
	}
	return p
}
