package stats

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/analyze-fr/analyze/internal/corpora"
)

// Texts of the shared corpora the benchmarks read (up to 1 MB).
const novel, debates = corpora.Novel, corpora.Debates

// corpusWords returns the words of up to 1 MB of a file of the shared
// corpora, lower case, and the size of that text, or the sample
// article's when the shared data is absent.
func corpusWords(b *testing.B, rel string) ([]string, int) {
	text, err := corpora.TextOrSample(rel, 1<<20)
	if err != nil {
		b.Fatal(err)
	}
	text = strings.ToLower(text)
	return strings.Fields(text), len(text)
}

// benchAdd counts the words of a text into a table (MB/s of the text):
// the counting stage of the pipeline.
func benchAdd(b *testing.B, rel string) {
	words, n := corpusWords(b, rel)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		var t Table
		for _, w := range words {
			t.AddShared(w, 1)
		}
	}
}

// benchMerge merges the tables of the two halves of a text (MB/s of the
// text): the merging stage.
func benchMerge(b *testing.B, rel string) {
	words, n := corpusWords(b, rel)
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

func BenchmarkTableAdd(b *testing.B)          { benchAdd(b, novel) }
func BenchmarkTableAddDebates(b *testing.B)   { benchAdd(b, debates) }
func BenchmarkTableMerge(b *testing.B)        { benchMerge(b, novel) }
func BenchmarkTableMergeDebates(b *testing.B) { benchMerge(b, debates) }

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

// TestTableBytesPerTerm checks what a table of many short terms costs:
// the n-gram tables of a large corpus hold millions.
func TestTableBytesPerTerm(t *testing.T) {
	const n = 200_000
	terms := make([]string, n)
	for i := range terms {
		terms[i] = fmt.Sprintf("mot%d suivant", i) // 14 to 16 bytes, like a bigram
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	tb := NewTable(0)
	for _, s := range terms {
		tb.Add(s, 1)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perTerm := float64(after.HeapAlloc-before.HeapAlloc) / n
	if perTerm > 80 {
		t.Errorf("%.0f bytes a term, want at most 80", perTerm)
	}
	if tb.Len() != n || tb.Count(terms[n-1]) != 1 {
		t.Errorf("%d terms, last counted %d", tb.Len(), tb.Count(terms[n-1]))
	}
	runtime.KeepAlive(terms)
}

// BenchmarkDiversity measures the lexical diversity of 1 MB of a novel
// (MB/s of the text): MTLD both ways, MATTR and the counts.
func BenchmarkDiversity(b *testing.B) {
	words, n := corpusWords(b, novel)
	var t Table
	ids := make([]int32, len(words))
	for i, w := range words {
		ids[i] = int32(t.Intern(w, 1))
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		LexicalDiversity(ids)
	}
}
