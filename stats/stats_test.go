package stats

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

func table(docs ...[]string) *Table {
	t := &Table{}
	for _, d := range docs {
		t.StartDoc()
		for _, w := range d {
			t.Add(w, 1)
		}
	}
	return t
}

func TestTableCounts(t *testing.T) {
	tb := table([]string{"alep", "syrie", "alep"}, []string{"alep", "russie"})
	if tb.Count("alep") != 3 || tb.Docs("alep") != 2 || tb.Docs("syrie") != 1 || tb.Count("absent") != 0 {
		t.Errorf("alep %d/%d, syrie docs %d", tb.Count("alep"), tb.Docs("alep"), tb.Docs("syrie"))
	}
	if tb.Total() != 5 || tb.Len() != 3 || tb.NDocs() != 2 {
		t.Errorf("total %d, len %d, docs %d", tb.Total(), tb.Len(), tb.NDocs())
	}
	rows := tb.Rows(0)
	want := []Row{
		{Term: "alep", Count: 3, Freq: 6000, Docs: 2, Rank: 1},   // 3 of 5 tokens: 6,000 per 10,000
		{Term: "russie", Count: 1, Freq: 2000, Docs: 1, Rank: 2}, // ties broken by term
		{Term: "syrie", Count: 1, Freq: 2000, Docs: 1, Rank: 3},
	}
	if !slices.Equal(rows, want) {
		t.Errorf("rows:\n got %v\nwant %v", rows, want)
	}
}

// TestMergeIsAssociative counts four documents in one table, and in
// tables merged in two different groupings and orders.
func TestMergeIsAssociative(t *testing.T) {
	docs := [][]string{{"a", "b", "a"}, {"b", "c"}, {"a", "d", "d"}, {"c"}}
	whole := table(docs...)
	left := table(docs[0], docs[1])
	left.Merge(table(docs[2], docs[3]))
	right := table(docs[3])
	right.Merge(table(docs[2]))
	right.Merge(table(docs[0], docs[1]))
	for _, tb := range []*Table{left, right} {
		if !slices.Equal(tb.Rows(0), whole.Rows(0)) || tb.NDocs() != 4 || tb.Total() != whole.Total() {
			t.Errorf("merged rows %v, want %v", tb.Rows(0), whole.Rows(0))
		}
	}
}

func TestTopMatchesRows(t *testing.T) {
	tb := table([]string{"e", "d", "d", "c", "c", "c", "b", "b", "a", "a", "f"})
	all := tb.Rows(0)
	for k := 1; k <= len(all)+1; k++ {
		got := tb.Top(k, 0, nil)
		if !slices.Equal(got, all[:min(k, len(all))]) {
			t.Errorf("Top(%d) = %v, want %v", k, got, all[:min(k, len(all))])
		}
	}
	skipped := tb.Top(2, 0, func(s string) bool { return s == "c" })
	if len(skipped) != 2 || skipped[0].Term != "a" || skipped[1].Term != "b" || skipped[1].Rank != 2 {
		t.Errorf("Top with skip = %v", skipped)
	}
}

func TestAddBytesAndIntern(t *testing.T) {
	tb := &Table{}
	buf := []byte("armée syrienne")
	tb.AddBytes(buf, 2)
	copy(buf, "xxxxx")
	i := tb.Intern("armée syrienne", 1)
	if tb.TermAt(i) != "armée syrienne" || tb.Count("armée syrienne") != 3 {
		t.Errorf("term %q count %d", tb.TermAt(i), tb.Count("armée syrienne"))
	}
	if allocs := testing.AllocsPerRun(100, func() { tb.AddBytes([]byte("armée syrienne"), 1) }); allocs != 0 {
		t.Errorf("AddBytes of a known term: %.0f allocations", allocs)
	}
	tb.Reset()
	if tb.Len() != 0 || tb.Total() != 0 || tb.Count("armée syrienne") != 0 {
		t.Error("Reset left counts")
	}
}

// TestInternAll checks that interning terms a batch at a time gives the
// indices, counts and documents of Intern one term after the other, over
// batches that add new terms, repeat one, and make the slots grow.
func TestInternAll(t *testing.T) {
	one, batched := &Table{}, &Table{}
	for doc := range 3 {
		one.StartDoc()
		batched.StartDoc()
		var terms []string
		var counts []int
		for i := range 500 {
			terms = append(terms, fmt.Sprintf("mot%d", (i*7+doc*100)%300))
			counts = append(counts, i%3+1)
		}
		for start := 0; start < len(terms); start += 64 {
			end := min(start+64, len(terms))
			idx := make([]int, end-start)
			batched.InternAll(terms[start:end], counts[start:end], idx)
			for k, term := range terms[start:end] {
				if want := one.Intern(term, counts[start+k]); idx[k] != want {
					t.Fatalf("doc %d: %q at %d, want %d", doc, term, idx[k], want)
				}
			}
		}
	}
	if one.Len() != batched.Len() || one.Total() != batched.Total() {
		t.Fatalf("%d terms, total %d; want %d, %d", batched.Len(), batched.Total(), one.Len(), one.Total())
	}
	for i := range one.Len() {
		if batched.TermAt(i) != one.TermAt(i) || batched.CountAt(i) != one.CountAt(i) || batched.DocsAt(i) != one.DocsAt(i) {
			t.Fatalf("term %d: %q %d %d, want %q %d %d", i, batched.TermAt(i), batched.CountAt(i), batched.DocsAt(i),
				one.TermAt(i), one.CountAt(i), one.DocsAt(i))
		}
	}
	if batched.Index("mot299") < 0 || batched.DocsAt(batched.Index("mot0")) != 3 {
		t.Errorf("mot299 at %d, mot0 in %d documents", batched.Index("mot299"), batched.DocsAt(batched.Index("mot0")))
	}
}

func TestGroups(t *testing.T) {
	var g, h Groups
	g.Add("arm", "armée", 2)
	g.Add("arm", "armées", 1)
	h.Add("arm", "armées", 2)
	h.Add("arm", "arme", 3)
	g.Merge(&h)
	want := []FormCount{{"armées", 3}, {"arme", 3}, {"armée", 2}}
	want[0], want[1] = want[1], want[0] // equal counts: by form, "arme" first
	if got := g.Forms("arm"); !slices.Equal(got, want) {
		t.Errorf("forms %v, want %v", got, want)
	}
	if g.Label("arm") != "arme" || g.Label("absent") != "absent" {
		t.Errorf("label %q", g.Label("arm"))
	}
}

// TestDescribe checks the statistics of a document of three sentences with
// 4, 2 and 3 words, computed by hand: mean 3, sample standard deviation 1.
func TestDescribe(t *testing.T) {
	forms := table([]string{"le", "chat", "dort", "le", "chien", "aboie", "le", "chat", "mange"})
	d := Describe(12, []float64{4, 2, 3}, forms)
	want := DocStats{Tokens: 12, Words: 9, Types: 6, Sentences: 3, Hapax: 4,
		MeanSentenceLength: 3, SDSentenceLength: 1, TTR: 6.0 / 9}
	if d != want {
		t.Errorf("Describe = %+v\nwant %+v", d, want)
	}
	if e := Describe(0, nil, &Table{}); e != (DocStats{}) {
		t.Errorf("empty document: %+v", e)
	}
	if one := Describe(3, []float64{3}, table([]string{"a", "b", "c"})); one.SDSentenceLength != 0 {
		t.Errorf("one sentence: sd %v, want 0", one.SDSentenceLength)
	}
}

// TestTFIDF checks values computed by hand: idf = ln((1+n)/(1+df)) + 1,
// as scikit-learn's TfidfTransformer(smooth_idf=True) computes it.
func TestTFIDF(t *testing.T) {
	tests := []struct {
		count, words, df, n int
		want                float64
	}{
		{2, 10, 1, 1, 0.2},                     // in every document: idf 1
		{1, 4, 1, 3, 0.25 * (math.Log(2) + 1)}, // ln(4/2) + 1 = 1.6931...
		{3, 100, 2, 9, 0.03 * (math.Log(10.0/3) + 1)},
		{1, 0, 1, 1, 0},
	}
	for _, tt := range tests {
		if got := TFIDF(tt.count, tt.words, tt.df, tt.n); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("TFIDF(%d, %d, %d, %d) = %v, want %v", tt.count, tt.words, tt.df, tt.n, got, tt.want)
		}
	}
	if got := IDF(1, 3); math.Abs(got-1.6931471805599454) > 1e-12 {
		t.Errorf("IDF(1, 3) = %v", got)
	}
}

func TestTopIndices(t *testing.T) {
	w := []float64{0.1, 0.5, 0.3, 0.5, 0.2}
	terms := []TermCount{{"e", 1}, {"b", 1}, {"c", 1}, {"a", 1}, {"d", 1}}
	if got := TopIndices(w, terms, 3); !slices.Equal(got, []int{3, 1, 2}) {
		t.Errorf("TopIndices k=3 = %v, want [3 1 2]", got)
	}
	if got := TopIndices(w, terms, 0); !slices.Equal(got, []int{3, 1, 2, 4, 0}) {
		t.Errorf("TopIndices k=0 = %v", got)
	}
}
