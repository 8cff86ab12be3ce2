package analyze

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/analyze-fr/analyze/internal/radix"
	"github.com/analyze-fr/analyze/reports"
	"github.com/analyze-fr/analyze/stats"
)

// Report builds the report of the result, keeping the top rows of each
// table (all of them when top is 0; for doc_terms, the top of each
// document by TF-IDF). Stop words are left out of the terms table;
// frequencies are per 10,000 words of the corpus.
func (r *Result) Report(top int) *reports.Report {
	words := r.Forms.Total()
	rep := &reports.Report{
		Tool:    "analyze",
		Version: Version,
		Parameters: reports.Parameters{
			StopWords: r.StopWords.Name(), By: r.Options.By, NGrams: r.Options.NGrams, Top: top,
			Entities: !r.Options.NoEntities,
		},
		Inputs:    []reports.Input{},
		Skipped:   []reports.Skipped{},
		Documents: []reports.Document{},
		Corpus: reports.Corpus{
			Documents: len(r.Documents), Sentences: r.Sentences, Tokens: r.Tokens,
			Words: words, Types: r.Forms.Len(),
		},
	}
	for _, d := range r.Documents {
		rep.Inputs = append(rep.Inputs, reports.Input{Path: d.Name, Size: d.Size, SHA256: d.SHA256, Encoding: d.Encoding})
		rep.Documents = append(rep.Documents, reports.Document{Doc: d.Name, DocStats: d.Stats, Diversity: d.Diversity, Readability: d.Readability})
	}
	for _, s := range r.Skipped {
		rep.Skipped = append(rep.Skipped, reports.Skipped(s))
	}

	// The tables of counts are built beside the documents' weights and
	// similarities, on another core when there is more than one worker.
	var tables sync.WaitGroup
	if r.Options.Workers > 1 {
		tables.Go(func() { r.addTables(rep, top, words) })
	} else {
		r.addTables(rep, top, words)
	}
	docTerms, vecs := r.weighDocs(top, true)
	rep.Similarity = r.similarity(vecs)
	rep.DocTerms = slices.Concat(docTerms...)
	if rep.DocTerms == nil {
		rep.DocTerms = []reports.DocTerm{}
	}
	tables.Wait()
	return rep
}

// addTables puts the corpus's tables in rep: terms, stems, n-grams,
// entities, Zipf's fit and the rank-frequency curve.
func (r *Result) addTables(rep *reports.Report, top, words int) {
	rep.Terms = []reports.Term{}
	for _, row := range r.Forms.Top(top, words, r.StopWords.Contains) {
		rep.Terms = append(rep.Terms, reports.Term{Term: row.Term, Count: row.Count, Freq: row.Freq, Docs: row.Docs, Rank: row.Rank})
	}

	stemRows := r.Stems.Top(top, words, nil)
	groups := r.stemGroups(stemRows)
	rep.Stems = []reports.Stem{}
	for _, row := range stemRows {
		forms := groups.Forms(row.Term)
		parts := make([]string, len(forms))
		for i, f := range forms {
			parts[i] = fmt.Sprintf("%s %d", f.Form, f.Count)
		}
		label := row.Term
		if len(forms) > 0 {
			label = forms[0].Form
		}
		rep.Stems = append(rep.Stems, reports.Stem{Stem: row.Term, Label: label, Count: row.Count,
			Freq: row.Freq, Docs: row.Docs, Rank: row.Rank, Forms: strings.Join(parts, "; ")})
	}

	grams := r.Bigrams.Top(top, words, nil)
	n := make(map[string]int, len(grams))
	for _, g := range grams {
		n[g.Term] = 2
	}
	for _, g := range r.Trigrams.Top(top, words, nil) {
		grams = append(grams, g)
		n[g.Term] = 3
	}
	stats.SortRows(grams)
	rep.NGrams = []reports.NGram{}
	for i, g := range limit(grams, top) {
		rep.NGrams = append(rep.NGrams, reports.NGram{NGram: g.Term, N: n[g.Term], Count: g.Count, Freq: g.Freq, Docs: g.Docs, Rank: i + 1})
	}

	rep.Entities = []reports.Entity{}
	for i, e := range limit(r.Entities.Rows(), top) {
		rep.Entities = append(rep.Entities, reports.Entity{Entity: e.Entity, Label: e.Label.String(),
			Count: e.Count, Docs: e.Docs, Rank: i + 1, Variants: e.Variants})
	}

	var counts []int
	r.Forms.Terms(func(_ string, c int) { counts = append(counts, c) })
	z := stats.ZipfFit(counts)
	rep.Corpus.ZipfExponent, rep.Corpus.ZipfR2 = z.Exponent, z.R2
	slices.SortFunc(counts, func(a, b int) int { return b - a })
	last := -1
	for i, c := range counts {
		// Every rank up to 100, then one in each step of 1% of the log.
		if step := int(math.Log(float64(i+1)) / math.Log(1.01)); i < 100 || step != last {
			rep.RankFrequency = append(rep.RankFrequency, [2]int{i + 1, c})
			last = step
		}
	}
}

// stemGroups returns the forms seen for the stems of rows, from the
// corpus's form counts: one pass over the vocabulary.
func (r *Result) stemGroups(rows []stats.Row) *stats.Groups {
	want := make(map[string]bool, len(rows))
	for _, row := range rows {
		want[row.Term] = true
	}
	g := &stats.Groups{}
	r.Forms.Terms(func(form string, count int) {
		if r.StopWords.Contains(form) {
			return
		}
		if st := r.stemmer.Stem(form); want[st] {
			g.Add(st, form, count)
		}
	})
	return g
}

// limit returns the first top elements of s, or all of s when top is 0.
func limit[T any](s []T, top int) []T {
	if top > 0 && len(s) > top {
		return s[:top]
	}
	return s
}

// tfidf returns the terms of d and their TF-IDF weights, in the same
// order: one document at a time, so that the weights of a large corpus
// are never all in memory. idf holds the IDF of each unit (see idfs).
func (r *Result) tfidf(d *Document, idf []float64) ([]idCount, []float64) {
	pairs := d.pairs(make([]idCount, 0, len(d.terms)/2)) // a pair takes two bytes or more
	weights := make([]float64, len(pairs))
	if words := d.Stats.Words; words > 0 { // stats.TFIDF, the logarithm computed once per df
		for i, p := range pairs {
			weights[i] = float64(p.count) / float64(words) * idf[p.id]
		}
	}
	return pairs, weights
}

// idfs returns stats.IDF(df, n) of each unit, df being its document
// frequency and n the number of documents: a logarithm for each
// frequency, then a pass over the table, in order.
func (r *Result) idfs() []float64 {
	n := len(r.Documents)
	units := r.units()
	byDF := make([]float64, max(n, units.NDocs())+1)
	for df := range byDF {
		byDF[df] = stats.IDF(df, n)
	}
	idf := make([]float64, units.Len())
	for id := range idf {
		idf[id] = byDF[units.DocsAt(id)]
	}
	return idf
}

// maxSimilarityDocs bounds the documents compared pairwise: the pairs
// grow as the square of their number.
const maxSimilarityDocs = 1000

// weighDocs weighs each document's terms by TF-IDF, on every core, once
// for both uses of the weights: with terms, each document's top terms
// (all when top is 0); and, up to maxSimilarityDocs documents, each
// document's TF-IDF vector for the similarities (nil past that).
//
// The vectors' dimensions are the terms in alphabetical order, not the
// table's, which depends on which worker saw a term first: sums made in
// that order are the same to the last bit whatever -j is.
func (r *Result) weighDocs(top int, terms bool) ([][]reports.DocTerm, []stats.Sparse) {
	n := len(r.Documents)
	units := r.units()
	var rank []int32
	var ranked sync.WaitGroup // the ranks are worked out beside the first weights
	var vecs []stats.Sparse
	if n <= maxSimilarityDocs {
		ranked.Go(func() { rank = alphabeticalRanks(units) })
		vecs = make([]stats.Sparse, n)
	}
	var docTerms [][]reports.DocTerm
	if terms {
		docTerms = make([][]reports.DocTerm, n)
	}
	idf := r.idfs()
	r.parallel(n, func(k int) {
		d := r.Documents[k]
		pairs, weights := r.tfidf(d, idf)
		if terms {
			term := func(i int) string { return units.TermAt(int(pairs[i].id)) }
			for _, i := range stats.TopIndicesFunc(weights, term, top) {
				docTerms[k] = append(docTerms[k], reports.DocTerm{Doc: d.Name, Term: term(i), Count: int(pairs[i].count), TFIDF: weights[i]})
			}
		}
		if vecs != nil {
			ranked.Wait()
			v := stats.Sparse{Index: make([]int32, len(pairs)), Value: weights}
			for i, p := range pairs {
				v.Index[i] = rank[p.id]
			}
			stats.SortSparse(v)
			vecs[k] = v
		}
	})
	return docTerms, vecs
}

// alphabeticalRanks returns the rank of each term of t in alphabetical
// (byte) order. Terms are sorted by radix on their first eight bytes as a
// number, then the runs that share them in full: the order is
// strings.Compare's.
func alphabeticalRanks(t *stats.Table) []int32 {
	type key struct {
		prefix uint64
		index  int32
	}
	keys := make([]key, t.Len())
	for i := range keys {
		var b [8]byte
		copy(b[:], t.TermAt(i))
		keys[i] = key{binary.BigEndian.Uint64(b[:]), int32(i)}
	}
	keys = radix.Sort(keys, make([]key, len(keys)), 64, func(k key) uint64 { return k.prefix })
	for i := 0; i < len(keys); { // terms that share their first eight bytes
		j := i + 1
		for j < len(keys) && keys[j].prefix == keys[i].prefix {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(keys[i:j], func(a, b key) int {
				return strings.Compare(t.TermAt(int(a.index)), t.TermAt(int(b.index)))
			})
		}
		i = j
	}
	rank := make([]int32, len(keys))
	for k, key := range keys {
		rank[key.index] = int32(k)
	}
	return rank
}

// cosines returns, for each vector i, its cosine similarity with each
// later vector j, at index j-i-1.
//
// The products are summed through an inverted index: for each dimension,
// the vectors that have it, in order. Each dimension adds the products of
// the pairs of its vectors to their sums, so a pair costs only the
// dimensions the two have in common, and the index is read once, in
// order. The products of a pair are added in the order of their
// dimensions, as a dot product of the two vectors would add them: the
// sums are the same to the last bit. The rows are split in as many ranges
// as there are workers, of about as many products each.
func (r *Result) cosines(vecs []stats.Sparse) [][]float64 {
	n := len(vecs)
	norms := make([]float64, n)
	for i, v := range vecs {
		norms[i] = v.Norm()
	}
	post := invert(vecs, r.Options.Workers)
	bounds := post.split(n, max(1, r.Options.Workers))
	rows := make([][]float64, n)
	parallel(len(bounds)-1, r.Options.Workers, func(part int) {
		lo, hi := bounds[part], bounds[part+1]
		sums := make([]float64, int(hi-lo)*n) // row i's sum with j at (i-lo)*n+j
		for d := range len(post.start) - 1 {
			post.addPairs(d, lo, hi, n, sums)
		}
		for i := lo; i < hi; i++ {
			row := sums[int(i-lo)*n+int(i)+1 : int(i-lo+1)*n]
			for k := range row {
				if j := int(i) + 1 + k; norms[i] != 0 && norms[j] != 0 {
					row[k] /= norms[i] * norms[j]
				} else {
					row[k] = 0
				}
			}
			rows[i] = row
		}
	})
	return rows
}

// postings is an inverted index of sparse vectors: for each dimension,
// the vectors that have it, in increasing order, and their values there.
type postings struct {
	start []int32 // dimension d's entries are at start[d]:start[d+1]
	docs  []int32
	vals  []float64
}

// addPairs adds to sums the products of the pairs of vectors that have
// dimension d, the first of a pair from lo to hi (excluded): sums holds
// a row for each of those, of its sums with the n vectors.
func (p postings) addPairs(d int, lo, hi int32, n int, sums []float64) {
	docs := p.docs[p.start[d]:p.start[d+1]]
	vals := p.vals[p.start[d]:p.start[d+1]]
	for k, i := range docs {
		if i < lo {
			continue
		}
		if i >= hi {
			break
		}
		w, row := vals[k], sums[int(i-lo)*n:int(i-lo+1)*n]
		later := vals[k+1:]
		for m, j := range docs[k+1:] {
			row[j] += w * later[m]
		}
	}
}

// split returns the bounds of parts ranges of the n vectors, each
// pairing about as many products with the later vectors:
// [bounds[k], bounds[k+1]) is the k-th.
func (p postings) split(n, parts int) []int32 {
	before := make([]int, n+1) // the products of the vectors before i with later ones
	for d := range len(p.start) - 1 {
		docs := p.docs[p.start[d]:p.start[d+1]]
		for k, i := range docs {
			before[i+1] += len(docs) - k - 1
		}
	}
	for i := range n {
		before[i+1] += before[i]
	}
	bounds := make([]int32, parts+1)
	for k := 1; k < parts; k++ {
		// The range ends where the products before are nearest its share.
		target := before[n] * k / parts
		i, _ := slices.BinarySearch(before, target)
		if i > 0 && target-before[i-1] < before[i]-target {
			i--
		}
		bounds[k] = int32(i)
	}
	bounds[parts] = int32(n)
	return bounds
}

// invert returns the postings of vecs, whose indices are sorted, on that
// many workers, each for a range of the dimensions.
func invert(vecs []stats.Sparse, workers int) postings {
	var p postings
	dims, total := 0, 0
	for _, v := range vecs {
		total += len(v.Index)
		if len(v.Index) > 0 {
			dims = max(dims, int(v.Index[len(v.Index)-1])+1)
		}
	}
	p.start = make([]int32, dims+1)
	p.docs, p.vals = make([]int32, total), make([]float64, total)
	parts := max(1, workers)
	span := func(w int) (lo, hi int32) { return int32(dims * w / parts), int32(dims * (w + 1) / parts) }
	parallel(parts, workers, func(w int) {
		lo, hi := span(w)
		for _, v := range vecs {
			a, b := within(v, lo, hi)
			for _, d := range v.Index[a:b] {
				p.start[d+1]++
			}
		}
	})
	for d := range dims {
		p.start[d+1] += p.start[d]
	}
	parallel(parts, workers, func(w int) {
		lo, hi := span(w)
		next := slices.Clone(p.start[lo:hi]) // by dimension from lo
		for i, v := range vecs {
			a, b := within(v, lo, hi)
			for k := a; k < b; k++ {
				d := v.Index[k] - lo
				p.docs[next[d]], p.vals[next[d]] = int32(i), v.Value[k]
				next[d]++
			}
		}
	})
	return p
}

// within returns where v, whose indices are sorted, has the dimensions
// from lo to hi (excluded): v.Index[a:b].
func within(v stats.Sparse, lo, hi int32) (a, b int) {
	a, _ = slices.BinarySearch(v.Index, lo)
	b, _ = slices.BinarySearch(v.Index[a:], hi)
	return a, a + b
}

// parallel calls f(i) for every i from 0 to n-1, on as many goroutines
// as Options.Workers says; calls for different i must not share state.
func (r *Result) parallel(n int, f func(i int)) { parallel(n, r.Options.Workers, f) }

// parallel calls f(i) for every i from 0 to n-1 on that many workers.
func parallel(n, workers int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// similarity returns the cosine similarity of every pair of documents,
// from their vectors (none when vecs is nil), most similar first, ties
// broken by the documents' order.
func (r *Result) similarity(vecs []stats.Sparse) []reports.Pair {
	out := []reports.Pair{}
	if len(vecs) < 2 {
		return out
	}
	// The pairs are sorted by a key that orders the cosines, which are
	// never negative, from the largest: a stable radix sort keeps the
	// ties in order.
	type pair struct {
		key  uint64
		a, b int32
	}
	var pairs []pair
	for i, row := range r.cosines(vecs) {
		for k, c := range row {
			pairs = append(pairs, pair{^math.Float64bits(c), int32(i), int32(i + 1 + k)})
		}
	}
	pairs = radix.Sort(pairs, make([]pair, len(pairs)), 64, func(p pair) uint64 { return p.key })
	out = slices.Grow(out, len(pairs))
	for _, p := range pairs {
		out = append(out, reports.Pair{DocA: r.Documents[p.a].Name, DocB: r.Documents[p.b].Name, Cosine: math.Float64frombits(^p.key)})
	}
	return out
}

// SimilarityMatrix returns the cosine similarity of the TF-IDF vectors of
// every pair of documents as a matrix, in the order of the documents (1 on
// the diagonal), or nil past 1,000 documents.
func (r *Result) SimilarityMatrix() [][]float64 {
	_, vecs := r.weighDocs(0, false)
	if vecs == nil {
		return nil
	}
	n := len(vecs)
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	for i, row := range r.cosines(vecs) {
		for k, c := range row {
			m[i][i+1+k], m[i+1+k][i] = c, c
		}
	}
	return m
}

// AddKeywords puts the top keywords of r against ref (analysed with the
// same options) in the report: top positive and top negative ones, seen at
// least minFreq times.
func (r *Result) AddKeywords(rep *reports.Report, ref *Result, minFreq, top int) {
	pos, neg := 0, 0
	for _, k := range Keyness(r, ref, minFreq) {
		if k.Positive && (top == 0 || pos < top) {
			pos++
		} else if !k.Positive && (top == 0 || neg < top) {
			neg++
		} else {
			continue
		}
		rep.Keywords = append(rep.Keywords, reports.Keyword{Term: k.Term, Target: k.Target, Ref: k.Ref,
			G2: k.G2, P: k.P, LogRatio: k.LogRatio, Positive: k.Positive})
	}
}

// String returns the text summary of the result, as the CLI prints it,
// with the top 20 rows of each table.
func (r *Result) String() string {
	var b strings.Builder
	reports.WriteText(&b, r.Report(20))
	return b.String()
}
