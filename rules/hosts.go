package rules

// Hosts and URLs: which storage account a host names, and where a URL starts.

import (
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
	if isIP || h == "localhost" || h == "azurite" || h == "host.docker.internal" || strings.HasPrefix(h, "[") {
		seg := validName(strings.SplitN(strings.TrimPrefix(path, "/"), "/", 2)[0])
		return seg, seg == emulatorAccount
	}
	if len(labels) >= 3 {
		second := labels[1]
		zone := len(second) > 1 && second[0] == 'z' && strings.Trim(second[1:], "0123456789") == ""
		if storageServiceLabels[second] || zone {
			return validName(labels[0]), labels[0] == emulatorAccount
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

// validName keeps a storage account or namespace name only if it has the
// shape Azure allows (letters, digits, hyphens, at most 63), so junk around a
// malformed token never ends up in a message.
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
