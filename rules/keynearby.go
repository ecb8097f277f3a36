package rules

// A Service Bus, Event Hubs or IoT Hub key (32 random bytes, 44 base64
// characters) printed under the command that asked for it, or stored as a
// password-manager entry's password beside its policy's name:
//
//	$ az servicebus namespace authorization-rule keys list … --query primaryKey -o tsv
//	g9jvGY+PedqG4AJVA36/fGyrYmi4tamPRbNifSVCyVw=
//
//	"username": "RootManageSharedAccessKey",
//	"password": "9Wbf2SsYherUhhmHrOIzL+dmQgIS4f4ZVORhrEH9HUw=",
//
// The "key" word names the kind (primaryKey, …SharedAccessKey), and a
// messaging service must be named nearby; the value is read on the lines
// just after it, alone on its line or under a secret's name.

import (
	"bytes"
	"strings"
)

// keyNearbyLines is how many lines after the naming word its value may be
// (blank lines between).
const keyNearbyLines = 3

// keyNearbyHit reports whether the "key" at h ends a word naming a
// messaging key (primaryKey, SharedAccessKey) that no value follows
// directly: the value is to be looked for on the next lines.
func keyNearbyHit(c []byte, h int) bool {
	ws := h
	for ws > 0 && h-ws < 48 && isWordByte(c[ws-1]) {
		ws--
	}
	if h+3 < len(c) && isWordByte(c[h+3]) {
		return false
	}
	if !endsFoldSkipping(c[ws:h], "primary") && !endsFoldSkipping(c[ws:h], "secondary") &&
		!endsFoldSkipping(c[ws:h], "sharedaccess") && !endsFoldSkipping(c[ws:h], "symmetric") {
		return false // most "key" words: no allocation for them
	}
	if ws > 0 && c[ws-1] == '=' {
		return false // SharedAccessKeyName=RootManageSharedAccessKey;…: a connection string's
	}
	if rest := c[h+3 : min(len(c), h+3+256)]; containsFold(rest[:max(0, bytes.IndexByte(rest, '\n'))], "key=") {
		return false // the line holds its own key
	}
	_, short := messagingKeyName(c[ws : h+3])
	return short
}

// readKeyNearby reads the messaging key on the few lines after the word
// at view position vi.
func readKeyNearby(v *view, vi int) (secretToken, bool) {
	t := v.text
	ctx := t[max(0, vi-512):min(len(t), vi+512)]
	if !messagingNamed(ctx) {
		return secretToken{}, false
	}
	// A later cell of the same row: a password manager's CSV export
	// ("…","RootManageSharedAccessKey","KEY","sb://…").
	if ks, ke, ok := keyCellAfter(t, vi); ok {
		return namedKeyToken(v, ks, ks, ke, string(t[ks:ke]), 32), true
	}
	// The next line that is not blank, and only that one: a value further
	// down belongs to something written between.
	ls := lineEnd(t, vi) + 1
	for n := 0; n < keyNearbyLines && ls < len(t); n++ {
		le := lineEnd(t, ls)
		if len(bytes.TrimSpace(t[ls:le])) == 0 {
			ls = le + 1
			continue
		}
		if ks, ke, ok := secretValueOnLine(t, ls, le); ok {
			if key := string(t[ks:ke]); realKey(key, 32) {
				return namedKeyToken(v, ks, ks, ke, key, 32), true
			}
		}
		break
	}
	return secretToken{}, false
}

// messagingNamed reports whether text names a messaging service's host or
// product.
func messagingNamed(text []byte) bool {
	for _, w := range []string{"servicebus", "eventhub", "azure-devices", "iothub", "iot hub", "relay"} {
		if containsFold(text, w) {
			return true
		}
	}
	return false
}

// secretValueOnLine finds a 44-character base64 value on the line t[ls:le]
// that stands alone (spaces and quotes around it) or is the value of a
// field whose name says secret: password, secret, key, value.
func secretValueOnLine(t []byte, ls, le int) (int, int, bool) {
	if ks, ke, ok := xmlSecretValue(t, ls, le); ok {
		return ks, ke, true
	}
	i := ls
	for i < le && (t[i] == ' ' || t[i] == '\t' || isQuote(t[i])) {
		i++
	}
	for i < le && (t[i] == '@' || t[i] == '$') {
		i++ // a sigil: Elixir's and Ruby's @sb_secret "…", PHP's $secret = …
	}
	name := ""
	if i < le && !base64Char(t[i]) || bytes.ContainsAny(bytes.TrimSpace(t[i:le]), " \t") || bytes.IndexByte(t[i:le], ':') >= 0 || bytes.IndexByte(t[i:le], '=') >= 0 && !bytes.HasSuffix(bytes.TrimRight(t[i:le], " \t\r,\"'"), []byte("=")) {
		// A field: "password": "…", password = …
		k := i
		for k < le && (isWordByte(t[k]) || t[k] == '-' || t[k] == '.') {
			k++
		}
		name = strings.ToLower(string(t[i:k]))
		for k < le && (t[k] == ' ' || t[k] == '\t' || isQuote(t[k]) || t[k] == ':' || t[k] == '=') {
			k++
		}
		i = k
	}
	if name != "" && !secretName(normName([]byte(name))) && !strings.Contains(name, "pass") && name != "value" {
		return 0, 0, false
	}
	if strings.HasSuffix(normName([]byte(name)), "key") && keyNameBytes([]byte(name)) == 0 {
		return 0, 0, false // publicKey, cacheKey: not a secret's name
	}
	j := i
	for j < le && base64Char(t[j]) {
		j++
	}
	if j-i != 44 {
		return 0, 0, false
	}
	rest := bytes.TrimLeft(t[j:le], " \t\r\"',")
	if len(rest) > 0 {
		return 0, 0, false
	}
	return i, j, true
}

// endsFoldSkipping reports whether b ends with lower (ASCII lowercase) in
// any case, '_', '-' and '.' between its letters ignored: primary_key.
func endsFoldSkipping(b []byte, lower string) bool {
	i := len(b) - 1
	for i >= 0 && (b[i] == '_' || b[i] == '-' || b[i] == '.') {
		i--
	}
	for k := len(lower) - 1; k >= 0; k-- {
		for i >= 0 && (b[i] == '_' || b[i] == '-' || b[i] == '.') {
			i--
		}
		if i < 0 || b[i]|0x20 != lower[k] {
			return false
		}
		i--
	}
	return true
}

// keyCellAfter finds, on a row of separated cells (CSV, TSV), a later cell
// after view position vi that holds exactly a messaging key.
func keyCellAfter(t []byte, vi int) (int, int, bool) {
	le := lineEnd(t, vi)
	row := t[lineStart(t, vi):le]
	if bytes.Count(row, []byte{','}) < 3 && bytes.Count(row, []byte{'\t'}) < 3 {
		return 0, 0, false
	}
	for i := vi; i < le; i++ {
		if t[i] != ',' && t[i] != '\t' {
			continue
		}
		s := i + 1
		for s < le && (t[s] == ' ' || isQuote(t[s])) {
			s++
		}
		e := s
		for e < le && base64Char(t[e]) {
			e++
		}
		if e-s != 44 {
			continue
		}
		if r := e + 1; e < le && isQuote(t[e]) && (r >= le || t[r] == ',' || t[r] == '\t' || t[r] == '\r') || e == le || t[e] == ',' || t[e] == '\t' || t[e] == '\r' {
			if realKey(string(t[s:e]), 32) {
				return s, e, true
			}
		}
	}
	return 0, 0, false
}

// policyHit reports whether the "policy" whose 'y' is at y names a
// messaging policy beside its host (a Service Bus or Event Hubs namespace,
// an IoT hub): the policy's key may then be on a line of the same group
// under a generic name (value:, @sb_secret, password =).
func policyHit(c []byte, y int) bool {
	if y < 5 || c[y-1]|0x20 != 'c' || !equalFold(c[y-5:y+1], "policy") {
		return false
	}
	w := c[max(0, y-300):min(len(c), y+300)]
	return containsFold(w, ".servicebus.windows.net") || containsFold(w, ".azure-devices.net")
}

// policyGroupLines is how many lines either side of a policy's line its
// group may hold the key on.
const policyGroupLines = 4

// readPolicyGroup reads a messaging key on the lines grouped with the
// policy at view position vi: no blank line between, and indented at
// least as far (YAML's next block ends the group), below first.
func readPolicyGroup(v *view, vi int) (secretToken, bool) {
	t := v.text
	ls := lineStart(t, vi)
	indent := lineIndent(t, ls)
	for _, dir := range []int{1, -1} {
		l := ls
		for n := 0; n < policyGroupLines; n++ {
			if dir > 0 {
				if l = lineEnd(t, l) + 1; l >= len(t) {
					break
				}
			} else {
				if l == 0 {
					break
				}
				l = lineStart(t, l-1)
			}
			le := lineEnd(t, l)
			if len(bytes.TrimSpace(t[l:le])) == 0 || lineIndent(t, l) < indent {
				break
			}
			if ks, ke, ok := secretValueOnLine(t, l, le); ok {
				if key := string(t[ks:ke]); realKey(key, 32) {
					return namedKeyToken(v, ks, ks, ke, key, 32), true
				}
			}
		}
	}
	return secretToken{}, false
}

// lineIndent is the count of spaces and tabs the line at ls starts with.
func lineIndent(t []byte, ls int) int {
	i := ls
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i - ls
}

// xmlSecretValue finds a 44-character base64 element text on an XML line
// whose name says secret: KeePass's <Key>Password</Key><Value …>…</Value>,
// <password>…</password>.
func xmlSecretValue(t []byte, ls, le int) (int, int, bool) {
	line := t[ls:le]
	if bytes.IndexByte(line, '<') < 0 {
		return 0, 0, false
	}
	for i := 0; i < len(line); i++ {
		if line[i] != '>' {
			continue
		}
		s := i + 1
		e := s
		for e < len(line) && base64Char(line[e]) {
			e++
		}
		if e-s != 44 || e >= len(line) || line[e] != '<' {
			continue
		}
		// The name: a <Key> element's text on the line, else the element's own.
		name := ""
		if k := bytes.Index(line, []byte("<Key>")); k >= 0 && k < s {
			if n := bytes.IndexByte(line[k+5:], '<'); n >= 0 {
				name = string(line[k+5 : k+5+n])
			}
		} else if o := bytes.LastIndexByte(line[:s], '<'); o >= 0 {
			n := o + 1
			for n < s && isWordByte(line[n]) {
				n++
			}
			name = string(line[o+1 : n])
		}
		if norm := normName([]byte(name)); secretName(norm) || strings.Contains(norm, "pass") {
			if keyNameBytes([]byte(name)) != 0 || !strings.HasSuffix(norm, "key") {
				return ls + s, ls + e, true
			}
		}
	}
	return 0, 0, false
}
