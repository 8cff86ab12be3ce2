package stats_test

import (
	"fmt"

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
