package stem

import (
	"strings"
	"testing"

	"github.com/analyze-fr/analyze/internal/corpora"
	"github.com/kljensen/snowball/french"
)

// Texts of the shared corpora the benchmarks read (up to 1 MB).
const novel, debates = corpora.Novel, corpora.Debates

// benchWords returns the words of 1 MB of a file of the shared corpora,
// lower case, or of the sample when the shared data is absent.
func benchWords(b *testing.B, rel string) ([]string, int) {
	text, err := corpora.TextOrSample(rel, 1<<20)
	if err != nil {
		b.Fatal(err)
	}
	text = strings.ToLower(text)
	return strings.FieldsFunc(text, func(r rune) bool { return !('a' <= r && r <= 'z' || r >= 0xc0) }), len(text)
}

// benchStem stems every word of a text with f (MB/s of the text).
func benchStem(b *testing.B, rel string, f func(string) string) {
	words, n := benchWords(b, rel)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			f(w)
		}
	}
}

// BenchmarkStem stems every word of a novel with no cache.
func BenchmarkStem(b *testing.B) { benchStem(b, novel, Stem) }

// BenchmarkStemDebates stems every word of the debates with no cache.
func BenchmarkStemDebates(b *testing.B) { benchStem(b, debates, Stem) }

// BenchmarkStemmer stems every word of a novel through a Stemmer's cache.
func BenchmarkStemmer(b *testing.B) {
	var s Stemmer
	benchStem(b, novel, s.Stem)
}

// BenchmarkStemmerDebates stems the debates through a Stemmer's cache.
func BenchmarkStemmerDebates(b *testing.B) {
	var s Stemmer
	benchStem(b, debates, s.Stem)
}

// BenchmarkKljensen stems every word of a novel with the library alone,
// for comparison.
func BenchmarkKljensen(b *testing.B) {
	benchStem(b, novel, func(w string) string { return french.Stem(w, true) })
}
