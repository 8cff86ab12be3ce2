package stats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// novelWords returns the words of an ELTeC novel (up to 1 MB), lower case,
// and the size of that text, or the sample article's when the shared
// data is absent.
func novelWords(b *testing.B) ([]string, int) {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "corpus", "eltec-fra", "FRA00101_Adam.txt"))
	if err != nil {
		if data, err = os.ReadFile(filepath.Join("..", "testdata", "alep-treve-humanitaire.txt")); err != nil {
			b.Fatal(err)
		}
	}
	text := strings.ToLower(string(data[:min(len(data), 1<<20)]))
	return strings.Fields(text), len(text)
}

// BenchmarkTableAdd counts the words of a novel into a table (MB/s
// of the text): the counting stage of the pipeline.
func BenchmarkTableAdd(b *testing.B) {
	words, n := novelWords(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		var t Table
		for _, w := range words {
			t.AddShared(w, 1)
		}
	}
}

// BenchmarkTableMerge merges the tables of the two halves of a novel
// (MB/s of the text): the merging stage.
func BenchmarkTableMerge(b *testing.B) {
	words, n := novelWords(b)
	var left, right Table
	for i, w := range words {
		if i < len(words)/2 {
			left.Add(w, 1)
		} else {
			right.Add(w, 1)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		var t Table
		t.Merge(&left)
		t.Merge(&right)
	}
}

// TestCountingDoesNotAllocate checks that counting a word already in the
// table allocates nothing: the hot path of the counter.
func TestCountingDoesNotAllocate(t *testing.T) {
	var tb Table
	words := strings.Fields("la trêve humanitaire échoue à alep et la trêve reprend")
	for _, w := range words {
		tb.AddShared(w, 1)
	}
	if allocs := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			tb.AddShared(w, 1)
		}
	}); allocs != 0 {
		t.Errorf("%.0f allocations for known words, want 0", allocs)
	}
}
