package stats_test

import (
	"fmt"
	"sync"

	"github.com/analyze-fr/analyze/stats"
)

func ExampleTable() {
	var t stats.Table
	for _, doc := range [][]string{{"alep", "syrie", "alep"}, {"alep", "russie"}} {
		t.StartDoc()
		for _, w := range doc {
			t.Add(w, 1)
		}
	}
	for _, r := range t.Rows(0) {
		fmt.Printf("%d %-6s count %d, %.0f per 10k, in %d docs\n", r.Rank, r.Term, r.Count, r.Freq, r.Docs)
	}
	// Output:
	// 1 alep   count 3, 6000 per 10k, in 2 docs
	// 2 russie count 1, 2000 per 10k, in 1 docs
	// 3 syrie  count 1, 2000 per 10k, in 1 docs
}

func ExampleTable_Merge() {
	a, b := stats.NewTable(0), stats.NewTable(0)
	a.Add("trêve", 2)
	b.Add("trêve", 1)
	b.Add("guerre", 1)
	a.Merge(b)
	fmt.Println(a.Count("trêve"), a.Docs("trêve"), a.NDocs())
	// Output: 3 2 2
}

func ExampleTable_Top() {
	var t stats.Table
	for _, w := range []string{"de", "la", "guerre", "de", "la", "de", "trêve", "guerre"} {
		t.Add(w, 1)
	}
	stop := map[string]bool{"de": true, "la": true}
	for _, r := range t.Top(1, 0, func(w string) bool { return stop[w] }) {
		fmt.Println(r.Rank, r.Term, r.Count)
	}
	// Output: 1 guerre 2
}

func ExampleDescribe() {
	forms := stats.NewTable(0)
	for _, w := range []string{"le", "chat", "dort", "le", "chien", "aboie"} {
		forms.Add(w, 1)
	}
	d := stats.Describe(8, []float64{3, 3}, forms)
	fmt.Printf("%d words, %d types, %d hapax, TTR %.3f, %.1f words a sentence\n", d.Words, d.Types, d.Hapax, d.TTR, d.MeanSentenceLength)
	// Output: 6 words, 5 types, 4 hapax, TTR 0.833, 3.0 words a sentence
}

func ExampleTFIDF() {
	// "alep" 3 times in a document of 100 words, found in 2 of 10 documents.
	fmt.Printf("%.4f\n", stats.TFIDF(3, 100, 2, 10))
	// tf = 0.03, idf = ln(11/3) + 1 = 2.2993

	// Output: 0.0690
}

func ExampleGroups() {
	var g stats.Groups
	g.Add("syrien", "syrien", 8)
	g.Add("syrien", "syrienne", 4)
	fmt.Println(g.Label("syrien"), g.Forms("syrien"))
	// Output: syrien [{syrien 8} {syrienne 4}]
}

func ExampleTopIndices() {
	terms := []stats.TermCount{{Term: "alep", Count: 3}, {Term: "trêve", Count: 1}, {Term: "syrie", Count: 2}}
	weights := []float64{0.2, 0.5, 0.2}
	for _, i := range stats.TopIndices(weights, terms, 2) {
		fmt.Println(terms[i].Term)
	}
	// Output:
	// trêve
	// alep
}

func ExampleTopIndicesFunc() {
	// Terms kept elsewhere, looked up only to break ties.
	terms := map[int]string{0: "alep", 1: "trêve", 2: "syrie"}
	weights := []float64{0.2, 0.5, 0.2}
	for _, i := range stats.TopIndicesFunc(weights, func(i int) string { return terms[i] }, 2) {
		fmt.Println(terms[i])
	}
	// Output:
	// trêve
	// alep
}

func ExampleKeynessCounts() {
	// 100 of 10,000 words in the target, 50 of 20,000 in the reference.
	k := stats.KeynessCounts(100, 10000, 50, 20000)
	fmt.Printf("G2 %.2f, p %.1e, log ratio %.1f, %%DIFF %.0f, positive %v\n", k.G2, k.P, k.LogRatio, k.PctDiff, k.Positive)
	// Output: G2 69.69, p 6.9e-17, log ratio 2.0, %DIFF 300, positive true
}

func ExampleKeyness() {
	target, ref := stats.NewTable(0), stats.NewTable(0)
	for _, w := range []string{"alep", "alep", "alep", "guerre"} {
		target.Add(w, 1)
	}
	for _, w := range []string{"paris", "paris", "guerre", "fête"} {
		ref.Add(w, 1)
	}
	for _, k := range stats.Keyness(target, ref, 2) {
		fmt.Printf("%s %v %.2f\n", k.Term, k.Positive, k.G2)
	}
	// alep: 2 (3 ln 2 + 1 ln 0.4 + 4 ln 1.6) = 6.09, by hand.

	// Output:
	// alep true 6.09
	// paris false 3.45
	// guerre false 0.00
}

func ExampleSpecificity() {
	// "peuple" 45 times in a part of 8,395 words; 296 times in 61,449.
	fmt.Printf("%.4f\n", stats.Specificity(45, 296, 8395, 61449))
	// Output: 0.6161
}

func ExampleSpecificities() {
	s := stats.Specificities([][]int{{30, 5}, {970, 995}})
	fmt.Printf("%.2f %.2f\n", s[0][0], s[0][1])
	// Output: 5.02 -5.02
}

func ExampleLexicalDiversity() {
	// "a b a c a b d a b e" as ids.
	d := stats.LexicalDiversity([]int32{0, 1, 0, 2, 0, 1, 3, 0, 1, 4})
	fmt.Printf("Guiraud %.3f, Yule K %.0f, MTLD %.3f\n", d.Guiraud, d.YuleK, d.MTLD)
	// Output: Guiraud 1.581, Yule K 1800, MTLD 5.142
}

func ExampleSyllables() {
	for _, w := range []string{"armée", "humanitaire", "guerre", "Noël"} {
		fmt.Println(w, stats.Syllables(w))
	}
	// Output:
	// armée 2
	// humanitaire 4
	// guerre 1
	// Noël 2
}

func ExampleReadabilityScores() {
	r := stats.ReadabilityScores(2, 30, 45, 6)
	fmt.Printf("Kandel-Moles %.1f, LIX %.1f\n", r.KandelMoles, r.LIX)
	// Output: Kandel-Moles 81.4, LIX 35.0
}

func ExampleIsLongWord() {
	fmt.Println(stats.IsLongWord("humanitaire"), stats.IsLongWord("trêve"))
	// Output: true false
}

func ExampleZipfFit() {
	z := stats.ZipfFit([]int{1000, 500, 333, 250, 200})
	fmt.Printf("exponent %.2f, R² %.3f\n", z.Exponent, z.R2)
	// Output: exponent 1.00, R² 1.000
}

func ExampleCosine() {
	// Terms as indices: 0 alep, 1 guerre.
	a := stats.Sparse{Index: []int32{0, 1}, Value: []float64{1, 2}}
	b := stats.Sparse{Index: []int32{1, 0}, Value: []float64{1, 0}}
	stats.SortSparse(b)
	fmt.Printf("%.3f\n", stats.Cosine(a, b))
	// Output: 0.894
}

func ExampleCollocationScores() {
	pmi, ll, t, logDice := stats.CollocationScores(4, 5, 4, 1, 1174)
	fmt.Printf("PMI %.2f, LL %.2f, t %.2f, logDice %.2f\n", pmi, ll, t, logDice)
	// Output: PMI 7.88, LL 48.44, t 1.99, logDice 13.83
}

func ExampleTable_CountAt() {
	var t stats.Table
	t.Add("alep", 2)
	t.Add("syrie", 1)
	i := t.Index("syrie")
	t.AddAt(i, 2)
	fmt.Println(i, t.TermAt(i), t.CountAt(i), t.DocsAt(i))
	// Output: 1 syrie 3 1
}

func ExampleSparse_DotDense() {
	a := stats.Sparse{Index: []int32{0, 2}, Value: []float64{1, 2}}
	b := stats.Sparse{Index: []int32{1, 2}, Value: []float64{5, 3}}
	dense := make([]float64, 3)
	a.Scatter(dense)
	fmt.Println(b.DotDense(dense))
	a.Unscatter(dense)
	fmt.Println(dense)
	// Output:
	// 6
	// [0 0 0]
}

func ExampleTable_MergeIndices() {
	a, b := stats.NewTable(0), stats.NewTable(0)
	a.Add("trêve", 2)
	b.Add("guerre", 1)
	b.Add("trêve", 1)
	fmt.Println(a.MergeIndices(b), a.TermAt(1))
	// Output: [1 0] guerre
}

func ExampleTable_InternAll() {
	// A document's distinct words added to a corpus's table at once.
	corpus := stats.NewTable(0)
	corpus.Add("trêve", 2)
	corpus.StartDoc()
	idx := make([]int, 2)
	corpus.InternAll([]string{"guerre", "trêve"}, []int{1, 3}, idx)
	fmt.Println(idx, corpus.CountAt(idx[1]), corpus.DocsAt(idx[1]))
	// Output: [1 0] 5 2
}

func ExampleCounted() {
	// Bigrams counted by the indices of their words, given their text at
	// the end.
	words := []string{"armée", "syrienne", "trêve"}
	counts := map[[2]int]int{{0, 1}: 4, {2, 2}: 1}
	t := stats.Counted(3, func(add func(term []byte, count, docs int)) {
		for _, k := range [][2]int{{0, 1}, {2, 2}} {
			add([]byte(words[k[0]]+" "+words[k[1]]), counts[k], 1)
		}
	})
	fmt.Println(t.Len(), t.Total(), t.NDocs(), t.Count("armée syrienne"), t.Top(1, 0, nil)[0].Term)
	// Output: 2 5 3 4 armée syrienne
}

func ExampleCountedParts() {
	// Terms listed in two parts, each of known size, written on
	// goroutines of their own when first needed.
	parts := [][]string{{"alep", "mossoul"}, {"trêve"}}
	run := func(f func(p int)) {
		var wg sync.WaitGroup
		for p := range parts {
			wg.Go(func() { f(p) })
		}
		wg.Wait()
	}
	t := stats.CountedParts(stats.Parts{
		Docs: 2, Total: 17, Sizes: []int{2, 1}, Run: run,
		Each: func(p int, f func(at, count, docs int)) {
			for at, term := range parts[p] {
				f(at, len(term), 1)
			}
		},
		Text: func(p, at int, buf []byte) []byte { return append(buf, parts[p][at]...) },
	})
	fmt.Println(t.Top(1, 0, nil)[0].Term) // the counts, and the text of "mossoul" alone
	fmt.Println(t.Len(), t.Total(), t.TermAt(2), t.Count("mossoul"))
	// Output:
	// mossoul
	// 3 17 trêve 7
}

func ExampleIDF() {
	// A term in one of three documents, and one in all three.
	fmt.Printf("%.4f %.4f\n", stats.IDF(1, 3), stats.IDF(3, 3))
	// Output:
	// 1.6931 1.0000
}
