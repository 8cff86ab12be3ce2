package analyze

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/analyze-fr/analyze/internal/corpora"
	"github.com/analyze-fr/analyze/reports"
)

// corpusDir returns a folder of ../shared/data/corpus and its size in
// bytes, skipping the benchmark when the shared data is absent.
func corpusDir(b *testing.B, name string) (string, int64) {
	dir := corpora.Path(name)
	var size int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && filepath.Ext(info.Name()) == ".txt" {
			size += info.Size()
		}
		return nil
	})
	if size == 0 {
		b.Skipf("no corpus in %s: the shared data is not on this machine", dir)
	}
	return dir, size
}

// benchCorpus runs the whole analysis and the text report on a folder.
func benchCorpus(b *testing.B, name string, opts Options) {
	dir, size := corpusDir(b, name)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		res, err := Corpus([]string{dir}, opts)
		if err != nil {
			b.Fatal(err)
		}
		if err := reports.WriteText(io.Discard, res.Report(20)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCorpusNovels analyses the 50 MB of ELTeC novels on every core:
// tokenize, stem, count, report.
func BenchmarkCorpusNovels(b *testing.B) { benchCorpus(b, "eltec-fra", Options{}) }

// BenchmarkCorpusDebates analyses the 26 MB of Assemblée nationale debates.
func BenchmarkCorpusDebates(b *testing.B) { benchCorpus(b, "assemblee-nationale", Options{}) }

// BenchmarkCorpusNovelsOneWorker is BenchmarkCorpusNovels on one core.
func BenchmarkCorpusNovelsOneWorker(b *testing.B) {
	benchCorpus(b, "eltec-fra", Options{Workers: 1})
}

// BenchmarkCorpusAll analyses the whole shared corpus (96 MB) on every
// core without entities: tokenize, stem, count, n-grams, report.
func BenchmarkCorpusAll(b *testing.B) { benchCorpus(b, "", Options{NoEntities: true}) }

// BenchmarkCorpusAllOneWorker is BenchmarkCorpusAll on one core.
func BenchmarkCorpusAllOneWorker(b *testing.B) {
	benchCorpus(b, "", Options{NoEntities: true, Workers: 1})
}

// BenchmarkCorpusDebatesNoEntities counts the single 26 MB file of
// debates, cut in chunks, on every core.
func BenchmarkCorpusDebatesNoEntities(b *testing.B) {
	benchCorpus(b, "assemblee-nationale", Options{NoEntities: true})
}

// BenchmarkReportThousandDocs writes the report of 1,000 documents of
// about 5 KB of ELTeC, analysed beforehand: the similarity of every pair
// of documents (half a million) is most of it.
func BenchmarkReportThousandDocs(b *testing.B) {
	text, err := corpora.Text("eltec-fra", 5<<20)
	if err != nil {
		b.Skipf("no corpus: the shared data is not on this machine (%v)", err)
	}
	dir := b.TempDir()
	size := 0
	for i := 0; i < 1000 && len(text) > 0; i++ {
		doc := text[:cutAt(text, 5000)]
		text = text[len(doc):]
		size += len(doc)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc%04d.txt", i)), []byte(doc), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	res, err := Corpus([]string{dir}, Options{NoEntities: true})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if err := reports.WriteText(io.Discard, res.Report(20)); err != nil {
			b.Fatal(err)
		}
	}
}
