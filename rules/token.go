package rules

import (
	"bytes"
	"sort"
)

// What flows between the detection stages (see doc.go): stage 1 yields hits,
// stage 2 views, stage 3 secretTokens, which stages 4 to 6 filter, describe
// and grade. The accessors here are shared by every stage and reader, so
// they live with the data rather than in a stage's file.

// A view is a piece of content with escapes undone and, optionally, string
// splits joined, so that a SAS written as JSON (\u0026), HTML (&amp;), or
// split across a concatenation reads as the plain query it is. Every byte of
// the view remembers the content offset it came from, so findings map back.
type view struct {
	text []byte
	orig []int // orig[i] is the content offset where text[i]'s source starts; orig[len(text)] is the end
	ends []int // ends[i] is the content offset just after text[i]'s source (an escape may be long)
}

// index returns the view position of the byte decoded from content offset
// off, or -1.
func (v *view) index(off int) int {
	i := sort.SearchInts(v.orig[:len(v.text)], off)
	if i < len(v.text) && v.orig[i] == off {
		return i
	}
	return -1
}

// span maps the view range [s, e) back to a content span.
func (v *view) span(s, e int) Span {
	if e <= s {
		return Span{v.orig[s], v.orig[s]}
	}
	return Span{v.orig[s], v.ends[e-1]}
}

// blobBounds is the run of token characters around t[i]. Going left it
// also crosses a parenthesised path segment with no spaces or quotes in it,
// as table URLs have: …/orders()?sv=…, …/orders(PartitionKey=x)?sv=….
func blobBounds(t []byte, i int) (int, int) {
	bs, be := i, i
	for bs > 0 {
		switch {
		case tokenChar(t[bs-1]):
			bs--
			continue
		case t[bs-1] == ')':
			if open := bytes.LastIndexByte(t[max(0, bs-64):bs-1], '('); open >= 0 {
				open += max(0, bs-64)
				inner := t[open+1 : bs-1]
				if open > 0 && tokenChar(t[open-1]) && bytes.IndexFunc(inner, func(r rune) bool { return r < 0x80 && !tokenChar(byte(r)) }) < 0 {
					bs = open
					continue
				}
			}
		}
		break
	}
	for be < len(t) && tokenChar(t[be]) {
		be++
	}
	return bs, be
}

// secretToken is one SAS or key found in content, before grading.
type secretToken struct {
	kind       string
	span       Span   // the whole token in content
	secret     Span   // the signature or key in content
	secretText string // the secret, decoded, for the fingerprint
	redacted   string // the token as found, secret masked
	facts      Facts
	perms      string // sp as written, for grading
	dataLake   bool   // Data Lake: 'p' means change permissions
	path       string // the URL path, for saying what a service SAS covers

	custom  *CustomRule // set for a custom rule's match
	message string      // a custom rule's message
	wrapped string      // how the token was encoded around it ("base64-encoded"), if at all
	// signedString is what a Service Bus token's signature covers: the
	// resource as written, a newline, the expiry.
	signedString string
	// restated marks a token rebuilt from parts (a Postman query array) that
	// the same file may also hold whole; the whole one is reported instead.
	restated bool
}
