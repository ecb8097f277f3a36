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

// permissionWords names sp's letters in words, in a fixed order. Letters mean
// slightly different things per service: p is "process" for queues and
// "change permissions" for Data Lake.
func permissionWords(sp string, dataLake bool) []string {
	type letter struct {
		c    byte
		word string
	}
	p := "process messages"
	if dataLake {
		p = "change permissions"
	}
	order := []letter{
		{'r', "read"}, {'a', "add"}, {'c', "create"}, {'w', "write"}, {'u', "update"},
		{'d', "delete"}, {'x', "delete versions"}, {'y', "permanently delete"},
		{'l', "list"}, {'t', "tag"}, {'f', "find by tag"}, {'m', "move"}, {'e', "execute"},
		{'o', "change ownership"}, {'p', p}, {'i', "set immutability policies"},
	}
	var words []string
	for _, l := range order {
		if strings.IndexByte(sp, l.c) >= 0 {
			words = append(words, l.word)
		}
	}
	return words
}

func serviceWords(ss string) []string {
	var out []string
	for _, s := range []struct {
		c    byte
		word string
	}{{'b', "blob"}, {'f', "file"}, {'q', "queue"}, {'t', "table"}} {
		if strings.IndexByte(ss, s.c) >= 0 {
			out = append(out, s.word)
		}
	}
	return out
}

func resourceTypeWords(srt string) []string {
	var out []string
	for _, s := range []struct {
		c    byte
		word string
	}{{'s', "service"}, {'c', "container"}, {'o', "object"}} {
		if strings.IndexByte(srt, s.c) >= 0 {
			out = append(out, s.word)
		}
	}
	return out
}

// signedResourceWords says what a service SAS's sr covers.
func signedResourceWords(sr string) string {
	switch sr {
	case "b":
		return "one blob"
	case "bv":
		return "one blob version"
	case "bs":
		return "one blob snapshot"
	case "c":
		return "a whole container"
	case "d":
		return "a directory and everything under it"
	case "f":
		return "one file"
	case "s":
		return "a whole file share"
	case "table":
		return "a table"
	case "queue":
		return "a queue"
	}
	return "a resource"
}

// joinWords writes "a, b and c".
func joinWords(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
