package tokenize

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// corpusText returns up to limit bytes of the named corpus folder in
// ../shared/data/corpus, skipping the benchmark when the data is absent.
func corpusText(b *testing.B, folder string, limit int) string {
	b.Helper()
	dir := filepath.Join("..", "..", "shared", "data", "corpus", folder)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skipf("no corpus in %s: the shared data is not on this machine", dir)
	}
	sort.Strings(files)
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		if sb.Len() >= limit {
			break
		}
	}
	return sb.String()[:min(sb.Len(), limit)]
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
