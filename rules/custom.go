package rules

import "bytes"

// customTokens runs the team's regex rules. A keyword must appear (case
// insensitively) before a rule's regex runs, which keeps the common case cheap.
func (e *Engine) customTokens(content []byte) []secretToken {
	if len(e.cfg.Rules) == 0 {
		return nil
	}
	var lower []byte
	var out []secretToken
	for i := range e.cfg.Rules {
		r := &e.cfg.Rules[i]
		if len(r.Keywords) > 0 {
			if lower == nil {
				lower = bytes.ToLower(content)
			}
			found := false
			for _, k := range r.Keywords {
				if bytes.Contains(lower, []byte(k)) {
					found = true
					break
				}
			}
			if !found {
				continue
			}
		}
		for _, m := range r.Regex.FindAllSubmatchIndex(content, -1) {
			s, e := m[2*r.SecretGroup], m[2*r.SecretGroup+1]
			if s < 0 || placeholderSecret(string(content[s:e])) {
				continue
			}
			secret := string(content[s:e])
			msg := r.Description
			if msg == "" {
				msg = "matches custom rule " + r.ID
			}
			out = append(out, secretToken{
				kind: r.ID, custom: r, message: msg,
				span: Span{m[0], m[1]}, secret: Span{s, e}, secretText: secret,
				redacted: maskIn(string(content[m[0]:m[1]]), s-m[0], e-m[0], secret),
				facts:    Facts{Type: FactsType(r.ID)},
			})
		}
	}
	return out
}
