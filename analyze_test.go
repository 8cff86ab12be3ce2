package analyze

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/analyze-fr/analyze/internal/corpora"
	"github.com/analyze-fr/analyze/stats"
)

const sample = "testdata/alep-treve-humanitaire.txt"

// TestSampleArticle checks counts of the sample article verified by hand
// (grep on the text): Alep 11 times as a word (Alep-est aside), syrien 8
// and syrienne 4 under one stem, "armée syrienne" 4 times, "l'Etat
// syrien" 5 times.
func TestSampleArticle(t *testing.T) {
	res, err := File(sample, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Documents) != 1 || len(res.Skipped) != 0 {
		t.Fatalf("%d documents, %d skipped", len(res.Documents), len(res.Skipped))
	}
	checks := []struct {
		what      string
		got, want int
	}{
		{"alep", res.Forms.Count("alep"), 11},
		{"alep-est", res.Forms.Count("alep-est"), 1},
		{"stem syrien", res.Stems.Count("syrien"), 12},
		{"armée syrienne", res.Bigrams.Count("armée syrienne"), 4},
		{"etat syrien", res.Bigrams.Count("etat syrien"), 5},
		{"4 000 as 4000", res.Forms.Count("4000"), 1},
		{"words", res.Documents[0].Stats.Words, 1174},
		{"sentences", res.Sentences, 59},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.what, c.got, c.want)
		}
	}
	// Diversity of the sample, by hand from its 1,174 words and 481 types.
	div := res.Documents[0].Diversity
	if math.Abs(div.Guiraud-481/math.Sqrt(1174)) > 1e-9 || math.Abs(div.Herdan-math.Log(481)/math.Log(1174)) > 1e-9 {
		t.Errorf("diversity %+v", div)
	}
	if r := res.Documents[0].Readability; r.KandelMoles < 40 || r.KandelMoles > 90 || r.LIX < 30 || r.LIX > 60 {
		t.Errorf("readability %+v out of the range of news prose", r)
	}
	rep := res.Report(20)
	if rep.Terms[2].Term != "alep" || rep.Terms[2].Count != 11 {
		t.Errorf("third term %+v, want alep 11", rep.Terms[2])
	}
	for _, s := range rep.Stems {
		if s.Stem == "syrien" && s.Forms != "syrien 8; syrienne 4" {
			t.Errorf("syrien forms %q", s.Forms)
		}
	}
	ents := map[string]int{}
	for _, e := range rep.Entities {
		ents[e.Entity+"/"+e.Label] = e.Count
	}
	if ents["Syrie/LOC"] != 7 || ents["Russie/LOC"] != 3 || ents["Antoine Charpentier/PER"] != 4 {
		t.Errorf("entities %v", ents)
	}
	if rep.Inputs[0].SHA256 == "" || rep.Inputs[0].Size != 7577 || rep.Inputs[0].Encoding != "utf-8" {
		t.Errorf("input %+v", rep.Inputs[0])
	}
}

func TestOptions(t *testing.T) {
	for _, o := range []Options{{By: "lemma"}, {NGrams: 4}, {NGrams: -1}, {StopWords: "/nonexistent/list.txt"}} {
		if _, err := Text("Alep", o); err == nil {
			t.Errorf("Options %+v: no error", o)
		}
	}
	res, err := Text("Les trêves, la trêve.", Options{By: "stem", StopWords: "none", NGrams: 1, NoEntities: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Bigrams.Len() != 0 || res.Stems.Count("trêv") != 2 || res.Forms.Count("les") != 1 {
		t.Errorf("bigrams %d, trêv %d, les %d", res.Bigrams.Len(), res.Stems.Count("trêv"), res.Forms.Count("les"))
	}
	if d := res.Documents[0].Terms(); len(d) != 3 || d[2].Term != "trêv" || d[2].Count != 2 {
		t.Errorf("document terms by stem: %v", d)
	}
	if res.Entities.Len() != 0 {
		t.Errorf("%d entities with NoEntities", res.Entities.Len())
	}
}

// TestNGramsStayInSentences checks that n-grams cross neither sentences
// nor punctuation, and that links' markup does not break them.
func TestNGramsStayInSentences(t *testing.T) {
	res, err := Text("Guerre mondiale. Trêve, guerre [mondiale](#) ; paix durable", Options{NGrams: 3})
	if err != nil {
		t.Fatal(err)
	}
	var grams []string
	res.Bigrams.Terms(func(g string, _ int) { grams = append(grams, g) })
	res.Trigrams.Terms(func(g string, _ int) { grams = append(grams, g) })
	slices.Sort(grams) // the shared n-gram tables keep no order of first use
	if got := strings.Join(grams, "|"); got != "guerre mondiale|paix durable" {
		t.Errorf("n-grams %q", got)
	}
	if res.Bigrams.Count("guerre mondiale") != 2 {
		t.Errorf("guerre mondiale: %d", res.Bigrams.Count("guerre mondiale"))
	}
}

func TestCorpusSkipsBadInputs(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Alep et la Syrie."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("bin\x00ary"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("L'\xe9t\xe9 \xe0 Alep."), 0o644) // Windows-1252
	res, err := Corpus([]string{dir, filepath.Join(dir, "missing.txt")}, Options{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Documents) != 2 || len(res.Skipped) != 2 {
		t.Fatalf("%d documents, %d skipped: %+v", len(res.Documents), len(res.Skipped), res.Skipped)
	}
	if res.Skipped[0].Reason != "binary data (NUL bytes), not text" || !strings.HasSuffix(res.Skipped[1].Path, "missing.txt") {
		t.Errorf("skipped %+v", res.Skipped)
	}
	if res.Documents[1].Encoding != "windows-1252" || res.Forms.Count("été") != 1 || res.Forms.Count("alep") != 2 {
		t.Errorf("encoding %q, été %d, alep %d", res.Documents[1].Encoding, res.Forms.Count("été"), res.Forms.Count("alep"))
	}
	if res.Forms.Docs("alep") != 2 || res.Forms.NDocs() != 2 {
		t.Errorf("alep in %d of %d documents", res.Forms.Docs("alep"), res.Forms.NDocs())
	}
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Alep."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("La Syrie."), 0o644)
	var calls []Progress
	_, err := Corpus([]string{dir, filepath.Join(dir, "missing.txt")}, Options{NoEntities: true, Workers: 2,
		Progress: func(p Progress) { calls = append(calls, p) }})
	if err != nil {
		t.Fatal(err)
	}
	last := calls[len(calls)-1]
	if len(calls) != 3 || last.Done != 3 || last.Total != 3 || last.BytesDone != 14 || last.BytesTotal != 14 {
		t.Errorf("progress calls %+v", calls)
	}
}

// TestDocumentAllocations checks that analysing a document allocates a
// number of times that does not grow with its tokens: the tokenizer's and
// the counter's hot paths allocate nothing.
func TestDocumentAllocations(t *testing.T) {
	a, err := newAnalyzer(Options{NoEntities: true})
	if err != nil {
		t.Fatal(err)
	}
	tl := newTally()
	allocs := func(repeat int) float64 {
		src := Source{Name: "x", Text: strings.Repeat("la trêve humanitaire échoue à alep, mais la trêve reprend vite. ", repeat)}
		a.document(src, tl) // warm the tally's tables and scratch space
		return testing.AllocsPerRun(5, func() { a.document(src, tl) })
	}
	small, large := allocs(100), allocs(10000)
	t.Logf("allocations: %.0f for 1,200 tokens, %.0f for 120,000", small, large)
	if large > small+40 {
		t.Errorf("allocations grow with the tokens: %.0f for 100 times the text, %.0f for it once", large, small)
	}
}

// TestWorkersGiveTheSameBits analyses novels with one worker and with
// four and checks that the similarity matrix and each document's terms
// are the same to the last bit: which worker sees a term first must not
// change the order of any sum.
func TestWorkersGiveTheSameBits(t *testing.T) {
	novels, _ := filepath.Glob(corpora.Path("eltec-fra/FRA00*.txt"))
	if len(novels) == 0 {
		t.Skip("../shared/data/corpus/eltec-fra is absent (shared data, not shipped with the module)")
	}
	var sims [][][]float64
	var terms [][]stats.TermCount
	for _, j := range []int{1, 4} {
		res, err := Corpus(novels, Options{Workers: j, NoEntities: true})
		if err != nil {
			t.Fatal(err)
		}
		sims = append(sims, res.SimilarityMatrix())
		terms = append(terms, res.Documents[len(novels)-1].Terms())
	}
	if len(sims[0]) != len(novels) {
		t.Fatalf("%d rows for %d novels", len(sims[0]), len(novels))
	}
	for i := range sims[0] {
		for k := range sims[0][i] {
			if a, b := sims[0][i][k], sims[1][i][k]; a != b {
				t.Errorf("similarity %d-%d: %v with one worker, %v with four", i, k, a, b)
			}
		}
	}
	if !slices.Equal(terms[0], terms[1]) || len(terms[0]) < 1000 {
		t.Errorf("the last novel's terms differ, or are too few (%d)", len(terms[0]))
	}
}

// TestChunksCountLikeTheWhole counts texts whole and cut in small chunks
// (as long documents are, to use every core) and checks that every count
// and statistic is the same: chunks end where sentences do.
func TestChunksCountLikeTheWhole(t *testing.T) {
	texts := []string{sample}
	if novels, _ := filepath.Glob(corpora.Path("eltec-fra/FRA0010*.txt")); len(novels) > 0 {
		texts = append(texts, novels[0]) // hard-wrapped lines, where a line break is not a sentence's end
	}
	for _, path := range texts {
		src, err := ReadSource(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		var docs []*Document
		var tallies []*tally
		var grams [][4]*stats.Table
		for _, size := range []int{len(src.Text), 4096} {
			a, err := newAnalyzer(Options{NGrams: 3, Workers: 3})
			if err != nil {
				t.Fatal(err)
			}
			a.chunkSize, a.longSize = size, size
			tl := newTally()
			d := a.document(src, tl)
			d.units = tl.forms
			docs, tallies, grams = append(docs, d), append(tallies, tl), append(grams, a.ngrams(tl))
		}
		whole, cut := docs[0], docs[1]
		if whole.Stats != cut.Stats || whole.Diversity != cut.Diversity || whole.Readability != cut.Readability {
			t.Errorf("%s: statistics differ:\nwhole %+v\n  cut %+v", path, whole, cut)
		}
		if !slices.Equal(whole.Terms(), cut.Terms()) {
			t.Errorf("%s: terms differ", path)
		}
		for _, tables := range [][2]*stats.Table{
			{tallies[0].forms, tallies[1].forms},
			{grams[0][2], grams[1][2]},
			{grams[0][3], grams[1][3]},
		} {
			a, b := tables[0].Rows(0), tables[1].Rows(0)
			if !slices.Equal(a, b) || len(a) == 0 {
				t.Errorf("%s: %d and %d rows differ", path, len(a), len(b))
			}
		}
		if a, b := tallies[0].entities.Rows(), tallies[1].entities.Rows(); len(a) == 0 || len(b) < len(a)*9/10 {
			t.Errorf("%s: %d entities whole, %d cut", path, len(a), len(b))
		}
	}
}

// TestAlphabeticalRanks checks the ranks against a plain sort, on terms
// that share their first eight bytes, are shorter than eight, hold NUL
// bytes or letters beyond ASCII.
func TestAlphabeticalRanks(t *testing.T) {
	terms := []string{"constitutionnel", "constitution", "constitutionnellement", "a", "",
		"ab\x00c", "ab", "ab\x00", "été", "étés", "zèbre", "Zèbre", "constitu", "constitv", "\xff"}
	tab := stats.NewTable(0)
	for _, term := range terms {
		tab.Add(term, 1)
	}
	sorted := slices.Clone(terms)
	slices.Sort(sorted)
	rank := alphabeticalRanks(tab)
	for i, term := range terms {
		if got := sorted[rank[i]]; got != term {
			t.Errorf("%q ranked %d, where %q is", term, rank[i], got)
		}
	}
}

// TestTFIDFWeights checks the weights worked out with a table of IDFs
// against stats.TFIDF, term by term, on two documents and the sample.
func TestTFIDFWeights(t *testing.T) {
	dir := t.TempDir()
	paths := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), "testdata/alep-treve-humanitaire.txt"}
	os.WriteFile(paths[0], []byte("La trêve tient à Alep. La trêve est fragile."), 0o644)
	os.WriteFile(paths[1], []byte("Alep attend la trêve et des convois."), 0o644)
	res, err := Corpus(paths, Options{NoEntities: true})
	if err != nil {
		t.Fatal(err)
	}
	idf := res.idfs()
	checked := 0
	for _, d := range res.Documents {
		pairs, weights := res.tfidf(d, idf)
		for i, p := range pairs {
			want := stats.TFIDF(int(p.count), d.Stats.Words, res.units().DocsAt(int(p.id)), len(res.Documents))
			if weights[i] != want || want == 0 {
				t.Fatalf("%s %q: %v, want %v", d.Name, res.units().TermAt(int(p.id)), weights[i], want)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("only %d weights checked", checked)
	}
}

// TestLongSizeFor checks from what size a document is counted in chunks:
// from longSize in a large corpus, from the chunk size for one file, and
// in between for a few.
func TestLongSizeFor(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		sizes   []int64
		workers int
		want    int
	}{
		{[]int64{26 * mb, 3 * mb, 70 * mb}, 2, longSize},
		{[]int64{3 * mb}, 2, chunkSize},
		{[]int64{0}, 4, chunkSize}, // standard input, of unknown size
		{[]int64{3 * mb, 3 * mb, 3 * mb}, 2, 9 * mb / 4},
		{[]int64{3 * mb, 3 * mb, 3 * mb}, 1, longSize},
	} {
		if got := longSizeFor(c.sizes, chunkSize, c.workers); got != c.want {
			t.Errorf("longSizeFor(%v, %d workers) = %d, want %d", c.sizes, c.workers, got, c.want)
		}
	}
}
