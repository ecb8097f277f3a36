package rules

// Hosts and URLs: which storage account a host names, and where a URL starts.

import (
	"bytes"
	"strings"
)

// urlStart returns where a URL (scheme://) starts in s, the text before a
// query's '?', or -1.
func urlStart(s string) int {
	if !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "#") {
		return -1
	}
	i := strings.LastIndex(s, "://")
	if i < 0 {
		return -1
	}
	return schemeStart(s, i)
}

// schemeStart returns where the http or https scheme before s[i:] ("://")
// starts, or -1: "Zhttps://" glued to a previous token starts at the 'h'.
func schemeStart(s string, i int) int {
	for _, scheme := range []string{"https", "http"} {
		if i >= len(scheme) && strings.EqualFold(s[i-len(scheme):i], scheme) {
			return i - len(scheme)
		}
	}
	return -1
}

// splitURL splits "host[:port]/path" (after the scheme) into host and path.
func splitURL(s string) (host, path string) {
	i := strings.IndexAny(s, "/?")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// storageServiceLabels are the second labels of storage endpoint hosts:
// acct.blob.core.windows.net, acct.privatelink.blob…, acct.z13.web….
var storageServiceLabels = map[string]bool{"blob": true, "dfs": true, "file": true, "queue": true, "table": true, "web": true, "privatelink": true}

// accountFromHost names the storage account behind a host: the first label of
// a storage endpoint (public, sovereign or private), or the first path
// segment for the emulator and path-style hosts. Custom domains and CDNs
// don't say; the account is then "".
func accountFromHost(host, path string) (account string, emulator bool) {
	h := strings.ToLower(host)
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.Contains(h[i:], "]") {
		h = h[:i]
	}
	labels := strings.Split(h, ".")
	isIP := len(labels) == 4 && strings.Trim(h, "0123456789.") == ""
	// Path-style hosts: an IP, localhost, or a single-label name such as a
	// docker compose service ("storage:10000", "azurite-blob:10000").
	if isIP || len(labels) == 1 || h == "host.docker.internal" || strings.HasPrefix(h, "[") {
		seg := storageAccountName(strings.SplitN(strings.TrimPrefix(path, "/"), "/", 2)[0])
		return seg, seg == emulatorAccount
	}
	if seg := strings.SplitN(strings.TrimPrefix(path, "/"), "/", 2)[0]; seg == emulatorAccount {
		// The emulator behind any other host: a Kubernetes service, a
		// Codespace's forwarded port.
		return seg, true
	}
	if len(labels) >= 3 {
		second := labels[1]
		// Zone endpoints: acct.z13.web.core.windows.net (static websites),
		// acct.z47.queue.storage.azure.net (DNS zone endpoints): a zone, then a
		// storage service. Front Door's x.z01.azurefd.net is not a storage host.
		zone := len(labels) >= 4 && storageServiceLabels[labels[2]] && len(second) > 1 && second[0] == 'z' && strings.Trim(second[1:], "0123456789") == ""
		if storageServiceLabels[second] || zone {
			a := storageAccountName(labels[0])
			return a, a == emulatorAccount
		}
	}
	return "", false
}

func firstLabel(host string) string {
	h := strings.ToLower(host)
	if i := strings.IndexAny(h, ".:/"); i >= 0 {
		h = h[:i]
	}
	return validName(h)
}

// storageAccountName keeps a storage account name only if it has the shape
// Azure allows: 3 to 24 lower-case letters and digits.
func storageAccountName(s string) string {
	if len(s) < 3 || len(s) > 24 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z' || '0' <= s[i] && s[i] <= '9') {
			return ""
		}
	}
	return s
}

// validName keeps a Service Bus, Event Hubs or IoT Hub namespace name only
// if it has the shape Azure allows (letters, digits, hyphens, at most 63),
// so junk around a malformed token never ends up in a message.
func validName(s string) string {
	if len(s) == 0 || len(s) > 63 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if !(isWordByte(s[i]) && s[i] != '_' || s[i] == '-') {
			return ""
		}
	}
	return s
}

// afterScheme drops "https://" (or any scheme) from a URL.
func afterScheme(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		return u[i+3:]
	}
	return u
}

// storageHostSuffixes end the hosts of storage endpoints in every cloud.
var storageHostSuffixes = []string{".core.windows.net", ".core.chinacloudapi.cn", ".core.usgovcloudapi.net", ".storage.azure.net"}

// hostContextBytes bounds how far from a token a host is looked for.
const hostContextBytes = 256

// accountFromContext reads the storage account of a storage token whose own
// text did not name it, from a host written around it however it is
// written: before its query in a URL whose path or scheme the reader could
// not follow ("/$web/…", "${CONTAINER}", "acct.blob.core.windows.net:443/…"
// in a log line, "https:\/\/…"), in the Hadoop/Spark conf key it is the
// value of (fs.azure.account.key.ACCT.dfs.core.windows.net,
// fs.azure.sas.fixed.token.ACCT…), or in the Host: header after an HTTP
// request line. Only a host before the token on its line or the line above,
// or a Host: header within a few lines after it, counts.
func accountFromContext(content []byte, t *secretToken) {
	switch t.kind {
	case KindAccountSAS, KindServiceSAS, KindUserDelegationSAS, KindStorageKey:
	default:
		return
	}
	if t.facts.Account != "" || t.facts.Emulator {
		return
	}
	host := hostBefore(content, t.span.Start)
	if host == "" {
		host = hostHeaderAfter(content, t.span.End)
	}
	if host == "" {
		if t.kind != KindStorageKey && emulatorBefore(content, t.span.Start) {
			t.facts.Emulator = true
		}
		return
	}
	account, emulator := accountFromHost(host, "")
	if account == "" || emulator {
		return
	}
	t.facts.Account = account
	if t.facts.Host == nil {
		t.facts.Host = strPtr(host)
	}
	if strings.Contains(host, ".dfs.") {
		t.dataLake = true
	}
}

// emulatorLines bounds how many lines above a SAS with no host of its own
// the storage emulator's account is looked for.
const emulatorLines = 3

// emulatorBefore reports whether the storage emulator's account
// (devstoreaccount1, Azurite's and the old emulator's only one) is named on
// the SAS's line or the setting just above it, within hostContextBytes*2: a query
// appended to AZURITE = "http://127.0.0.1:10000/devstoreaccount1" through
// an interpolation, or a bare token in the same emulator test. No storage
// host came before it (hostBefore found none), so the emulator is the only
// service named there.
func emulatorBefore(c []byte, off int) bool {
	// The SAS's own line, then the nearest line above that is neither
	// blank nor a comment: another setting between (COSMOS_KEY: …) means
	// the emulator's account is that setting's, not this token's.
	ls := lineStart(c, off)
	if containsFold(c[ls:off], emulatorAccount) {
		return true
	}
	for n := 0; n < emulatorLines && ls > 0 && off-ls < 2*hostContextBytes; n++ {
		ls = lineStart(c, ls-1)
		line := bytes.TrimSpace(c[ls:lineEnd(c, ls)])
		if len(line) == 0 || commentLine(line) {
			continue
		}
		// That line names the emulator, or uses it: URL = f"{AZURITE}/…".
		return containsFold(line, emulatorAccount) || containsFold(line, "azurite")
	}
	return false
}

// commentLine reports whether a trimmed line is a comment in the common
// syntaxes: # // -- ; % rem.
func commentLine(line []byte) bool {
	for _, p := range []string{"#", "//", "--", ";", "%", "rem ", "REM "} {
		if bytes.HasPrefix(line, []byte(p)) {
			return true
		}
	}
	return false
}

// hostBefore returns the last storage host in the line holding off and the
// line above it, before off.
func hostBefore(c []byte, off int) string {
	from := max(0, off-hostContextBytes)
	lines := 0
	for i := off - 1; i >= from; i-- {
		if c[i] == '\n' {
			if lines++; lines == 2 {
				from = i + 1
				break
			}
		}
	}
	s := strings.ToLower(string(c[from:off]))
	best, bestEnd := -1, 0
	for _, suf := range storageHostSuffixes {
		if i := strings.LastIndex(s, suf); i > best {
			best, bestEnd = i, i+len(suf)
		}
	}
	if best < 0 {
		return ""
	}
	return hostEndingAt(s, bestEnd)
}

// hostEndingAt returns the storage host that ends at s[:end]: the shortest
// run of labels before it that names an account, so a Hadoop conf key
// (fs.azure.sas.fixed.token.ACCT.dfs.core.windows.net) yields only its host.
func hostEndingAt(s string, end int) string {
	start := end
	for start > 0 && (isWordByte(s[start-1]) && s[start-1] != '_' || s[start-1] == '-' || s[start-1] == '.') {
		start--
	}
	labels := strings.Split(strings.Trim(s[start:end], "."), ".")
	for j := len(labels) - 1; j >= 0; j-- {
		first := labels[j]
		if j > 0 && len(first) > 1 && first[0] == 'z' && strings.Trim(first[1:], "0123456789") == "" {
			continue // a zone (acct.z13.web…): the account is the label before it
		}
		host := strings.Join(labels[j:], ".")
		if a, _ := accountFromHost(host, ""); a != "" {
			return host
		}
	}
	return ""
}

// hostHeaderAfter returns the storage host of a Host: header within a few
// lines after off, as an HTTP request's headers follow its request line.
func hostHeaderAfter(c []byte, off int) string {
	s := strings.ToLower(string(c[off:min(len(c), off+hostContextBytes)]))
	i := strings.Index(s, "\nhost:")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[i+len("\nhost:"):], " \t")
	if e := strings.IndexAny(rest, "\r\n \t:"); e >= 0 {
		rest = rest[:e]
	}
	for _, suf := range storageHostSuffixes {
		if strings.HasSuffix(rest, suf) {
			return rest
		}
	}
	return ""
}
