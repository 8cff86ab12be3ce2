package ner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/analyze-fr/analyze/internal/corpora"
	"github.com/analyze-fr/analyze/tokenize"
)

// benchText returns 1 MB of the named corpus file, skipping the
// benchmark when the shared data is absent.
func benchText(b *testing.B, rel string) string {
	text, err := corpora.Text(rel, 1<<20)
	if err != nil {
		b.Skipf("corpus %s absent: %v", rel, err)
	}
	return text
}

func benchRecognize(b *testing.B, src string) {
	r, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		r.Recognize(src, tokenize.Tokenize(src))
	}
}

// BenchmarkRecognizeDebates tokenizes and recognizes 1 MB of Assemblée
// nationale debates (modern French) on one core.
func BenchmarkRecognizeDebates(b *testing.B) {
	benchRecognize(b, benchText(b, "assemblee-nationale/assemblee-nationale-debats.cv-fr.txt"))
}

// BenchmarkRecognizeNovels tokenizes and recognizes 1 MB of an ELTeC
// novel (nineteenth-century French) on one core.
func BenchmarkRecognizeNovels(b *testing.B) {
	benchRecognize(b, benchText(b, "eltec-fra/FRA00302_Aimard.txt"))
}

// BenchmarkRecognizeSample tokenizes and recognizes the sample article.
func BenchmarkRecognizeSample(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "alep-treve-humanitaire.txt"))
	if err != nil {
		b.Fatal(err)
	}
	benchRecognize(b, string(data))
}

// BenchmarkLoadModel decodes the embedded model, as the first call does.
func BenchmarkLoadModel(b *testing.B) {
	for b.Loop() {
		if _, err := embeddedModel(); err != nil {
			b.Fatal(err)
		}
	}
}
