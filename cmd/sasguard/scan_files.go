package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/sasguard/sasguard/cmd/internal/report"
	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/fix"
)

// scanLargeFile is the size above which a file is streamed through
// Engine.ScanReader instead of read whole, so a 100 MB file or a 10 MB
// single line is scanned in bounded memory.
const scanLargeFile = 8 << 20

// scanBinarySniff is how much of a file is searched for a NUL byte to call it
// binary, the same heuristic and length git uses.
const scanBinarySniff = 8000

// scanner reads files and feeds them to the engine.
type scanner struct {
	eng        *rules.Engine
	root       string // paths given to the engine are relative to it (allowlist globs)
	showSecret bool
	largeFile  int64 // files above this size are streamed
}

// scanFiles scans files on GOMAXPROCS workers. Items come back unordered
// (callers sort); problems are files that could not be read.
func (s *scanner) scanFiles(files []walkFile) ([]report.Item, []walkProblem) {
	ch := make(chan walkFile)
	go func() {
		for _, f := range files {
			ch <- f
		}
		close(ch)
	}()
	return s.scanFileChan(ch)
}

// scanFileChan scans the files sent on files until it is closed, on
// GOMAXPROCS workers, so a directory walk feeding it overlaps the reading
// of the files it has already listed.
func (s *scanner) scanFileChan(files <-chan walkFile) ([]report.Item, []walkProblem) {
	type result struct {
		file  walkFile
		items []report.Item
		err   error
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	perWorker := make([][]result, workers)
	var wg sync.WaitGroup
	var found atomic.Int64 // findings so far: past the cap, no more files are read
	for w := range workers {
		wg.Go(func() {
			var buf []byte // reused across this worker's files: no allocation and clearing per file
			for f := range files {
				r := result{file: f}
				if found.Load() > scanMaxFindings {
					r.err = errNotScanned
				} else {
					r.items, r.err = s.scanFileSafe(f, &buf)
					found.Add(int64(len(r.items)))
				}
				perWorker[w] = append(perWorker[w], r)
			}
		})
	}
	wg.Wait()
	var results []result
	for _, rs := range perWorker {
		results = append(results, rs...)
	}
	// Workers finish in any order: the path order makes the cap below
	// keep the same findings on every run.
	sort.Slice(results, func(i, j int) bool { return results[i].file.display < results[j].file.display })

	var items []report.Item
	var problems []walkProblem
	skipped := 0
	for _, r := range results {
		if r.err == errNotScanned {
			skipped++
			continue
		}
		if room := scanMaxFindings - len(items); len(r.items) > room {
			skipped++
			r.items = r.items[:max(room, 0)]
		}
		items = append(items, r.items...)
		if r.err != nil {
			problems = append(problems, walkProblem{r.file.display, r.err})
		}
	}
	if skipped > 0 {
		problems = append(problems, walkProblem{"sasguard", fmt.Errorf("stopped after %d findings, the most one run reports; %s not fully scanned: find what matches so often (a custom rule's regex?) and narrow it", scanMaxFindings, plural(skipped, "file"))})
	}
	return items, problems
}

// scanMaxFindings caps the findings of one run: a custom rule matching
// everything in a large tree must not take gigabytes. A run that reaches it
// says so and fails (exit 3 when nothing else blocks).
const scanMaxFindings = 10_000

// errNotScanned marks a file left unread once the run reached its cap.
var errNotScanned = errors.New("not scanned: the run reached its findings cap")

// scanFileSafe is scanFile with a panic turned into that file's error, so
// one bad file cannot take down the scan of the others.
func (s *scanner) scanFileSafe(f walkFile, buf *[]byte) (items []report.Item, err error) {
	defer func() {
		if r := recover(); r != nil {
			items, err = nil, fmt.Errorf("internal error while scanning (please report it): %v", r)
		}
	}()
	return s.scanFile(f, buf)
}

// scanFile scans one file. buf is a scratch buffer the file is read into;
// findings hold copies (strings), never slices of it, so it can be reused.
func (s *scanner) scanFile(f walkFile, buf *[]byte) ([]report.Item, error) {
	fh, info, err := openRegular(f.abs)
	if err != nil {
		return nil, walkCause(err)
	}
	defer fh.Close()
	rel := enginePath(s.root, f.abs)
	if info.Size() > s.largeFile {
		return s.scanStream(fh, f, rel)
	}
	data, err := scanReadAll(fh, info.Size(), buf)
	if err != nil {
		return nil, walkCause(err)
	}
	content, ok := scanText(data)
	if !ok {
		return nil, nil // binary
	}
	findings := s.eng.Scan(rel, content)
	var overflow error
	if len(findings) > rules.MaxFindings {
		findings = findings[:rules.MaxFindings]
		overflow = fmt.Errorf("more than %d findings in this one file: the first %d are reported, the rest were not examined (a custom rule that matches too much?)", rules.MaxFindings, rules.MaxFindings)
	}
	fix.Attach(s.eng.Config(), rel, content, findings)
	items := make([]report.Item, 0, len(findings))
	for _, fd := range findings {
		it := report.Item{Path: f.display, Finding: fd}
		it.CharStart = scanCharCol(content, fd.Span.Start, fd.Start.Col)
		it.CharEnd = scanCharCol(content, fd.Span.End, fd.End.Col)
		if s.showSecret && 0 <= fd.Span.Start && fd.Span.Start <= fd.Span.End && fd.Span.End <= len(content) {
			it.Raw = string(content[fd.Span.Start:fd.Span.End])
		}
		items = append(items, it)
	}
	return items, overflow
}

// scanStream scans a large file through Engine.ScanReader: memory stays
// bounded by the engine's window, whatever the file's size or line length.
// Columns are left in bytes (CharStart/CharEnd unknown).
func (s *scanner) scanStream(fh *os.File, f walkFile, rel string) ([]report.Item, error) {
	br := bufio.NewReaderSize(fh, 64<<10)
	head, err := br.Peek(scanBinarySniff)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, walkCause(err)
	}
	var r io.Reader = br
	enc, binary := rules.TextEncoding(head)
	decoded := enc != nil
	switch {
	case binary:
		return nil, nil
	case decoded:
		r = transform.NewReader(br, enc.NewDecoder())
	}
	var items []report.Item
	over := false
	err = s.eng.ScanReader(rel, r, func(fd rules.Finding) {
		if len(items) == rules.MaxFindings {
			over = true
			return
		}
		items = append(items, report.Item{Path: f.display, Finding: fd})
	})
	if err != nil {
		return items, walkCause(err)
	}
	if over {
		err = fmt.Errorf("more than %d findings in this one file: the first %d are reported (a custom rule that matches too much?)", rules.MaxFindings, rules.MaxFindings)
	}
	if s.showSecret && !decoded {
		// Spans are offsets into the file itself: read the tokens back.
		for i := range items {
			sp := items[i].Finding.Span
			if sp.Start < 0 || sp.End < sp.Start || sp.End-sp.Start > 1<<16 {
				continue
			}
			buf := make([]byte, sp.End-sp.Start)
			if _, err := fh.ReadAt(buf, int64(sp.Start)); err == nil {
				items[i].Raw = string(buf)
			}
		}
	}
	return items, err
}

// scanReadAll reads r to its end into *buf, growing it when needed (a file
// may grow after its size was read), and returns the bytes read.
func scanReadAll(r io.Reader, size int64, buf *[]byte) ([]byte, error) {
	if want := int(size) + 512; cap(*buf) < want {
		*buf = make([]byte, 0, want)
	}
	b := (*buf)[:0]
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if errors.Is(err, io.EOF) {
			*buf = b
			return b, nil
		}
		if err != nil {
			*buf = b
			return nil, err
		}
	}
}

// scanText returns data as the engine should read it, or ok false for a
// binary file: rules.DecodeText, so every path reads files alike.
func scanText(data []byte) (content []byte, ok bool) {
	return rules.DecodeText(data)
}

// scanCharCol converts the byte offset off in content to a 1-based column in
// Unicode code points, for SARIF. byteCol is the engine's byte column for the
// same offset; when the two disagree about where the line starts, 0 is
// returned and renderers fall back to byte columns.
func scanCharCol(content []byte, off, byteCol int) int {
	if off < 0 || off > len(content) {
		return 0
	}
	start := bytes.LastIndexByte(content[:off], '\n') + 1
	if off-start+1 != byteCol {
		return 0
	}
	return utf8.RuneCount(content[start:off]) + 1
}

// enginePath is abs relative to the config root, slash-separated, which is
// what allowlist and tolerance globs match.
func enginePath(root, abs string) string {
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// scanSortProblems orders problems by path so stderr reads the same each run.
func scanSortProblems(ps []walkProblem) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].display < ps[j].display })
}
