package lsp

import (
	"sync"
	"sync/atomic"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/sasguard/sasguard/lsp/internal/mapper"
	"github.com/sasguard/sasguard/rules"
)

// snapshot is one immutable version of an open document. Handlers take a
// snapshot under the store's lock and work on it without holding any lock,
// so a slow scan never blocks an edit.
type snapshot struct {
	uri        uri.URI
	languageID string // the client's languageId, for files whose path names no language
	version    int32
	text       []byte

	mapOnce sync.Once
	m       *mapper.Mapper

	// scan caches the findings for this text under one engine; a config
	// reload swaps the engine and so invalidates it.
	scan atomic.Pointer[scanResult]
}

type scanResult struct {
	engine   *rules.Engine
	findings []rules.Finding
}

// mapper indexes the snapshot's lines on first use.
func (sn *snapshot) mapper() *mapper.Mapper {
	sn.mapOnce.Do(func() { sn.m = mapper.New(sn.text) })
	return sn.m
}

// documents is the set of open documents. Memory is the open documents'
// text plus their findings, nothing more.
type documents struct {
	mu   sync.Mutex
	open map[uri.URI]*snapshot
}

func newDocuments() *documents {
	return &documents{open: map[uri.URI]*snapshot{}}
}

func (d *documents) get(u uri.URI) *snapshot {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.open[u]
}

func (d *documents) set(sn *snapshot) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.open[sn.uri] = sn
}

func (d *documents) remove(u uri.URI) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	_, ok := d.open[u]
	delete(d.open, u)
	return ok
}

func (d *documents) all() []*snapshot {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]*snapshot, 0, len(d.open))
	for _, sn := range d.open {
		out = append(out, sn)
	}
	return out
}

// current reports whether sn is still the open version of its document.
func (d *documents) current(sn *snapshot) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.open[sn.uri] == sn
}

// applyChanges returns text after the changes, each computed on the result
// of the one before (as the specification orders them). Ranges are read in
// enc through the mapper; a whole-document change replaces everything.
func applyChanges(base *snapshot, changes []protocol.TextDocumentContentChangeEvent, enc mapper.Encoding) []byte {
	text := base.text
	m := base.mapper()
	for i, ch := range changes {
		switch c := ch.(type) {
		case *protocol.TextDocumentContentChangeWholeDocument:
			text = []byte(c.Text)
		case *protocol.TextDocumentContentChangePartial:
			if i > 0 {
				m = mapper.New(text)
			}
			start := m.Offset(mapper.Position{Line: c.Range.Start.Line, Character: c.Range.Start.Character}, enc)
			end := m.Offset(mapper.Position{Line: c.Range.End.Line, Character: c.Range.End.Character}, enc)
			if end < start {
				start, end = end, start
			}
			next := make([]byte, 0, len(text)-(end-start)+len(c.Text))
			next = append(next, text[:start]...)
			next = append(next, c.Text...)
			next = append(next, text[end:]...)
			text = next
		}
	}
	return text
}
