package tokenize

import (
	"testing"

	"github.com/analyze-fr/analyze/internal/corpora"
)

// corpusText returns up to limit bytes of the named corpus folder in
// ../shared/data/corpus, skipping the benchmark when the data is absent.
func corpusText(b *testing.B, folder string, limit int) string {
	b.Helper()
	text, err := corpora.Text(folder, limit)
	if err != nil {
		b.Skipf("no corpus %s: the shared data is not on this machine (%v)", folder, err)
	}
	return text
}

func benchTokenize(b *testing.B, src string) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for range All(src) {
			n++
		}
		if n == 0 {
			b.Fatal("no tokens")
		}
	}
}

// BenchmarkTokenizeNovels tokenizes 4 MB of ELTeC novels on one core.
func BenchmarkTokenizeNovels(b *testing.B) {
	benchTokenize(b, corpusText(b, "eltec-fra", 4<<20))
}

// BenchmarkTokenizeDebates tokenizes 4 MB of Assemblée nationale debates.
func BenchmarkTokenizeDebates(b *testing.B) {
	benchTokenize(b, corpusText(b, "assemblee-nationale", 4<<20))
}

// BenchmarkTokenizeSample tokenizes the sample article (no shared data needed).
func BenchmarkTokenizeSample(b *testing.B) {
	benchTokenize(b, readSample(b))
}
