package linediff

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAdded(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     Lines
	}{
		{"new file", "", "a\nb\n", AllLines},
		{"unchanged", "a\nb\n", "a\nb\n", Lines{}},
		{"appended", "a\nb\n", "a\nb\nc\nd\n", Lines{Ranges: []Range{{3, 4}}}},
		{"prepended", "a\nb\n", "x\na\nb\n", Lines{Ranges: []Range{{1, 1}}}},
		{"changed middle", "a\nb\nc\n", "a\nB\nc\n", Lines{Ranges: []Range{{2, 2}}}},
		{"deleted only", "a\nb\nc\n", "a\nc\n", Lines{}},
		{"two hunks", "1\n2\n3\n4\n5\n", "1\nx\n3\n4\ny\n", Lines{Ranges: []Range{{2, 2}, {5, 5}}}},
		{"no final newline, line added", "a", "a\nb", Lines{Ranges: []Range{{1, 2}}}},
		{"duplicate lines", "x\nx\n", "x\nx\nx\n", Lines{Ranges: []Range{{3, 3}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := Added([]byte(tt.old), []byte(tt.new))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Added (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSimilarity(t *testing.T) {
	if _, s := Added([]byte("a\nb\nc\nd\n"), []byte("a\nb\nc\nd\ne\n")); s < 0.8 {
		t.Errorf("one added line in five: similarity %.2f, want >= 0.8", s)
	}
	if _, s := Added([]byte("a\nb\n"), []byte("x\ny\n")); s != 0 {
		t.Errorf("nothing in common: similarity %.2f, want 0", s)
	}
}

func TestTouches(t *testing.T) {
	l := Lines{Ranges: []Range{{3, 4}, {10, 10}}}
	tests := []struct {
		first, last int
		want        bool
	}{
		{1, 2, false}, {2, 3, true}, {4, 4, true}, {5, 9, false}, {9, 11, true}, {11, 20, false}, {1, 100, true},
	}
	for _, tt := range tests {
		if got := l.Touches(tt.first, tt.last); got != tt.want {
			t.Errorf("Touches(%d, %d) = %v, want %v", tt.first, tt.last, got, tt.want)
		}
	}
	if !AllLines.Touches(7, 7) {
		t.Error("AllLines must touch every line")
	}
}

func TestIntersect(t *testing.T) {
	a := Lines{Ranges: []Range{{1, 5}, {8, 9}}}
	b := Lines{Ranges: []Range{{4, 8}}}
	want := Lines{Ranges: []Range{{4, 5}, {8, 8}}}
	if diff := cmp.Diff(want, a.Intersect(b)); diff != "" {
		t.Errorf("Intersect (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(a, AllLines.Intersect(a)); diff != "" {
		t.Errorf("AllLines ∩ a (-want +got):\n%s", diff)
	}
	if !a.Intersect(Lines{}).Empty() {
		t.Error("a ∩ nothing must be empty")
	}
}
