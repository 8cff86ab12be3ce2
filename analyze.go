// Package analyze runs the whole pipeline on French text: decoding,
// tokenizing, stemming, named entities, counting, statistics, and the
// report's tables.
//
//	res, err := analyze.File("article.txt") // or Text, or Corpus of files and folders
//	fmt.Println(res)                          // the text summary
//	rep := res.Report(20)                     // tables: rep.Terms, rep.Stems, rep.Entities...
//	fmt.Println(rep.Terms.Top(10))            // aligned columns
//	rep.Entities.WriteCSV(os.Stdout)
//
// Options, an optional last argument, change the defaults of the CLI:
// analyze.Text(s, analyze.Options{By: "stem", NoEntities: true}).
// Each stage is also a package of its own: tokenize, tokenize/ner, stem,
// stats, reports.
package analyze

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/analyze-fr/analyze/stats"
	"github.com/analyze-fr/analyze/stem"
	"github.com/analyze-fr/analyze/tokenize/ner"
)

// Version is the toolkit's version, recorded in reports.
const Version = "0.2.0"

// Options says how to analyse. The zero value means the CLI's defaults.
type Options struct {
	// StopWords names the stop list: "snowball" (the default), "iso",
	// "none", or the path of a file with one word a line.
	StopWords string
	// By is the unit of n-grams and per-document terms: "form" (the
	// default, the normalized word) or "stem".
	By string
	// NGrams is the longest n-gram counted, 1 to 3; 0 means 2 (bigrams:
	// trigrams double the time and memory of a large corpus).
	NGrams int
	// Workers is how many documents are analysed at once; 0 means one
	// per CPU. The result does not depend on it.
	Workers int
	// NoEntities skips named-entity recognition, for speed.
	NoEntities bool
	// Filter chooses the files taken from folders.
	Filter Filter
	// Encoding forces the encoding of the inputs (utf-8, windows-1252,
	// iso-8859-15, utf-16le...); "" detects it.
	Encoding string
	// Progress, if not nil, is called after each input, one call at a
	// time, with the inputs and bytes done and in all (bytes of standard
	// input are not known in advance).
	Progress func(Progress)
	// Stdin is read for the input path "-".
	Stdin io.Reader
}

// withDefaults checks opts and fills in the defaults.
func (o Options) withDefaults() (Options, error) {
	if o.StopWords == "" {
		o.StopWords = "snowball"
	}
	switch o.By {
	case "":
		o.By = "form"
	case "form", "stem":
	default:
		return o, fmt.Errorf("analyze: By %q: want form or stem", o.By)
	}
	switch {
	case o.NGrams == 0:
		o.NGrams = 2
	case o.NGrams < 1 || o.NGrams > 3:
		return o, fmt.Errorf("analyze: NGrams %d: want 1 to 3", o.NGrams)
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	return o, nil
}

// Progress says how far an analysis has gone.
type Progress struct {
	Done, Total           int   // inputs
	BytesDone, BytesTotal int64 // bytes of the inputs
}

// Document is what the analysis keeps of one input: its statistics and
// term counts, not its text.
type Document struct {
	Name     string // the path, "-" for standard input, or "text"
	Size     int64  // bytes read
	SHA256   string // of the bytes read
	Encoding string // the encoding the bytes were decoded from
	Stats    stats.DocStats
	// Diversity and Readability are measured on the document's words
	// (stop words included).
	Diversity   stats.Diversity
	Readability stats.Readability

	terms termList     // see Terms
	units *stats.Table // what the indices of terms index
}

// Skipped is an input that could not be analysed, and why.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Result is the analysis of a corpus: per-document statistics and the
// corpus's counts.
type Result struct {
	Options   Options // with the defaults filled in
	StopWords stem.StopWords
	Documents []*Document // in the order of the inputs
	Skipped   []Skipped
	Forms     *stats.Table // every word form (normalized), stop words included
	Stems     *stats.Table // stems of the forms that are not stop words
	Bigrams   *stats.Table // n-grams by Options.By, with no stop word at either end, in no set order
	Trigrams  *stats.Table
	Entities  ner.Counter // named entities, unless Options.NoEntities
	Tokens    int
	Sentences int
	stemmer   *stem.Stemmer
}

// firstOptions returns the options given, or the zero Options: the
// analysis functions take them as an optional last argument.
func firstOptions(opts []Options) Options {
	if len(opts) > 0 {
		return opts[0]
	}
	return Options{}
}

// Text analyses one text, with the CLI's defaults or the options given.
func Text(text string, opts ...Options) (*Result, error) {
	a, err := newAnalyzer(firstOptions(opts))
	if err != nil {
		return nil, err
	}
	tl := newTally()
	src := Source{Name: "text", Text: text, Encoding: "utf-8", Size: int64(len(text))}
	a.longSize = a.chunkSize // one text: its chunks are what every core counts
	d := a.document(src, tl)
	return a.result([]*Document{d}, nil, tl, a.ngrams(tl)), nil
}

// File analyses one file (or standard input for "-").
func File(path string, opts ...Options) (*Result, error) {
	return Corpus([]string{path}, opts...)
}

// Corpus analyses files and folders (walked for .txt and .md files) in
// parallel: the workers count documents at once, and one goroutine adds
// each counted document to the corpus's tables. An input that cannot be read is listed in Result.Skipped
// and the others are still analysed; the error is only for bad options.
// Memory grows with the vocabulary and the number of documents, not with
// their size.
func Corpus(paths []string, opts ...Options) (*Result, error) {
	a, err := newAnalyzer(firstOptions(opts))
	if err != nil {
		return nil, err
	}
	inputs := expandPaths(paths, a.opts.Filter)
	sizes := inputSizes(inputs)
	a.longSize = longSizeFor(sizes, a.chunkSize, a.opts.Workers)
	var progress Progress
	var progressMu sync.Mutex
	if a.opts.Progress != nil {
		progress.Total = len(inputs)
		for _, n := range sizes {
			progress.BytesTotal += n
		}
	}
	report := func(size int64) {
		if a.opts.Progress == nil {
			return
		}
		progressMu.Lock()
		defer progressMu.Unlock()
		progress.Done++
		progress.BytesDone += size
		a.opts.Progress(progress)
	}
	docs := make([]*Document, len(inputs))
	errs := make([]*InputError, len(inputs))
	jobs := make(chan int)
	workers := min(a.opts.Workers, max(1, len(inputs)))
	// One worker counts each document and adds it to the tally itself.
	// More count documents at once and hand them to a goroutine that adds
	// them to the tally, one after the other: there are no tables to
	// merge at the end, nor terms each worker would stem and intern.
	tl := newTally()
	add := func(d *Document, p *piece, release func()) {
		a.tallyDoc(d, p, tl)
		release()
	}
	var tallied sync.WaitGroup
	var queue chan func()
	if a.opts.Workers > 1 {
		queue = make(chan func(), workers)
		tallied.Go(func() {
			for f := range queue {
				f()
			}
		})
		add = func(d *Document, p *piece, release func()) {
			queue <- func() { a.tallyDoc(d, p, tl); release() }
		}
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			// Two pieces: one counted while the tally reads the other.
			free := make(chan *piece, 2)
			for range 2 {
				p := newPiece()
				free <- &p
			}
			for i := range jobs {
				if inputs[i].Err != nil {
					errs[i] = inputs[i].Err
					report(0)
					continue
				}
				src, ierr := ReadSourceEncoding(inputs[i].Path, a.opts.Stdin, a.opts.Encoding)
				if ierr != nil {
					errs[i] = ierr
					report(0)
					continue
				}
				p := <-free
				d := a.countDoc(src, p)
				// The tally and the diversity measures read p at once;
				// the last to be done empties it for the next document.
				var left atomic.Int32
				left.Store(2)
				release := func() {
					if left.Add(-1) == 0 {
						p.reset()
						free <- p
					}
				}
				add(d, p, release)
				d.Diversity = stats.LexicalDiversity(p.ids)
				release()
				docs[i] = d
				report(src.Size)
			}
		})
	}
	for _, i := range largestFirst(sizes) {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if queue != nil {
		close(queue)
	}
	tallied.Wait()
	var kept []*Document
	var skipped []Skipped
	for i := range inputs {
		if errs[i] != nil {
			skipped = append(skipped, Skipped{errs[i].Path, errs[i].Err.Error()})
		} else {
			kept = append(kept, docs[i])
		}
	}
	return a.result(kept, skipped, tl, a.ngrams(tl)), nil
}

// ngrams returns the tables of the n-grams tl counted (2: bigrams, 3:
// trigrams), each an empty table if none were.
func (a *analyzer) ngrams(tl *tally) [4]*stats.Table {
	units := tl.gramUnits(a.opts.By == "stem")
	var grams [4]*stats.Table
	grams[2] = tl.bigrams.table(units, a.opts.Workers)
	grams[3] = tl.trigrams.table(units, a.opts.Workers)
	tl.bigrams, tl.trigrams = gramSet[pairKey]{}, gramSet[tripleKey]{}
	return grams
}

// longSizeFor returns the size from which a document of a corpus of
// files of the given sizes is counted in chunks of chunkSize, with that
// many workers: longSize, or less when a document of that size would be
// more than half a worker's share of the corpus (a single file, a few
// ones), down to chunkSize.
func longSizeFor(sizes []int64, chunkSize, workers int) int {
	var total int64
	for _, n := range sizes {
		total += n
	}
	return int(min(longSize, max(int64(chunkSize), total/int64(2*max(1, workers)))))
}

// inputSizes returns the size of each input file, 0 for standard input
// and for what cannot be read.
func inputSizes(inputs []Input) []int64 {
	sizes := make([]int64, len(inputs))
	for i, in := range inputs {
		if in.Err == nil && in.Path != "-" {
			if info, err := os.Stat(in.Path); err == nil {
				sizes[i] = info.Size()
			}
		}
	}
	return sizes
}

// largestFirst returns the indices of the inputs of the given sizes, the
// largest first: the workers then finish together, not waiting on a long
// file taken last. The order of the results does not depend on it.
func largestFirst(sizes []int64) []int {
	order := make([]int, len(sizes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(sizes[b], sizes[a]) })
	return order
}

// result assembles the Result from the documents, the tally and
// the n-gram tables (2 and 3).
func (a *analyzer) result(docs []*Document, skipped []Skipped, tl *tally, grams [4]*stats.Table) *Result {
	units := tl.units(a.opts.By == "stem")
	for _, d := range docs {
		d.units = units
	}
	return &Result{
		Options: a.opts, StopWords: a.stop, Documents: docs, Skipped: skipped,
		Forms: tl.forms, Stems: tl.stems, Bigrams: grams[2], Trigrams: grams[3],
		Entities: tl.entities, Tokens: tl.tokens, Sentences: tl.sentences, stemmer: a.stemmer,
	}
}
