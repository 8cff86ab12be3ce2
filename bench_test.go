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

// writeDocs writes n documents of about size bytes cut from the start of
// the named corpus folder, and one long document first when long is set,
// into a temporary folder, and returns it and the bytes written.
func writeDocs(b *testing.B, folder string, n, size int, long bool) (string, int64) {
	text, err := corpora.Text(folder, n*size+(1<<20))
	if err != nil {
		b.Skipf("no corpus: the shared data is not on this machine (%v)", err)
	}
	dir := b.TempDir()
	written := int64(0)
	write := func(name string, doc string) {
		written += int64(len(doc))
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if long {
		doc := text[:cutAt(text, 1<<20)]
		text = text[len(doc):]
		write("long.txt", doc)
	}
	for i := 0; i < n && len(text) > 0; i++ {
		doc := text[:cutAt(text, size)]
		text = text[len(doc):]
		write(fmt.Sprintf("doc%05d.txt", i), doc)
	}
	return dir, written
}

// BenchmarkCorpusShortDocs analyses 5,000 documents of about 3 KB of
// novels after a long one of 1 MB, on every core, without entities: what
// each document costs beyond its words.
func BenchmarkCorpusShortDocs(b *testing.B) {
	dir, size := writeDocs(b, "eltec-fra", 5000, 3000, true)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		res, err := Corpus([]string{dir}, Options{NoEntities: true})
		if err != nil {
			b.Fatal(err)
		}
		if err := reports.WriteText(io.Discard, res.Report(20)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReportThousandDocs writes the report of 1,000 documents of
// about 5 KB of ELTeC, analysed beforehand: the similarity of every pair
// of documents (half a million) is most of it.
func BenchmarkReportThousandDocs(b *testing.B) {
	dir, size := writeDocs(b, "eltec-fra", 1000, 5000, false)
	res, err := Corpus([]string{dir}, Options{NoEntities: true})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if err := reports.WriteText(io.Discard, res.Report(20)); err != nil {
			b.Fatal(err)
		}
	}
}
