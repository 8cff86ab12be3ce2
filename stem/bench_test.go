package stem

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kljensen/snowball/french"
)

// benchWords returns the words of 1 MB of ELTeC novels, lower case, or of
// the sample when the shared data is absent.
func benchWords(b *testing.B) ([]string, int) {
	path := filepath.Join("..", "..", "shared", "data", "corpus", "eltec-fra", "FRA00101_Adam.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		data, err = os.ReadFile(filepath.Join("..", "testdata", "alep-treve-humanitaire.txt"))
		if err != nil {
			b.Fatal(err)
		}
	}
	text := strings.ToLower(string(data[:min(len(data), 1<<20)]))
	return strings.FieldsFunc(text, func(r rune) bool { return !('a' <= r && r <= 'z' || r >= 0xc0) }), len(text)
}

// benchStem stems every word of benchWords with f.
func benchStem(b *testing.B, f func(string) string) {
	words, n := benchWords(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			f(w)
		}
	}
}

// BenchmarkStem stems every word with no cache (MB/s of text).
func BenchmarkStem(b *testing.B) { benchStem(b, Stem) }

// BenchmarkStemmer stems every word through a Stemmer's cache.
func BenchmarkStemmer(b *testing.B) {
	var s Stemmer
	benchStem(b, s.Stem)
}

// BenchmarkKljensen stems every word with the library alone, for comparison.
func BenchmarkKljensen(b *testing.B) {
	benchStem(b, func(w string) string { return french.Stem(w, true) })
}
