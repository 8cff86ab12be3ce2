package analyze

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/analyze-fr/analyze/stats"
)

// TestGramSetCountsLikeAMap counts random documents' bigrams and
// trigrams by index into a set, every third document's words mapped to
// fewer units (as forms to stems), and checks the text table against maps
// of the joined words: its first rows before any lookup (written from the
// counts, see stats.CountedParts), then every count and document count.
func TestGramSetCountsLikeAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	const vocab = 5000
	units := stats.NewTable(0)
	for i := range vocab {
		units.Add(fmt.Sprintf("w%d", i), 1)
	}
	type want struct{ count, docs int }
	wantBi, wantTri := map[string]*want{}, map[string]*want{}
	note := func(m map[string]*want, seen map[string]bool, gram string) {
		if m[gram] == nil {
			m[gram] = &want{}
		}
		m[gram].count++
		if !seen[gram] {
			seen[gram] = true
			m[gram].docs++
		}
	}
	var bi gramSet[pairKey]
	var tri gramSet[tripleKey]
	for d := range 300 {
		// The document's words, numbered from 0 in the document; every
		// third document has its words go two by two to one unit.
		merges := d%3 == 0
		n := 50 + r.IntN(3000)
		local := map[int32]int32{}
		var unitOf []int32 // document index -> unit
		var doc gramTable[pairKey]
		var doc3 gramTable[tripleKey]
		seenBi, seenTri := map[string]bool{}, map[string]bool{}
		ids := make([]int32, n)
		for i := range ids {
			word := int32(min(vocab-1, int(r.ExpFloat64()*300)))
			u := word
			if merges {
				u -= u % 2
			}
			id, ok := local[word]
			if !ok {
				id = int32(len(unitOf))
				local[word] = id
				unitOf = append(unitOf, u)
			}
			ids[i] = id
			if i >= 1 {
				doc.add(pairOf(ids[i-1], id), 1)
				note(wantBi, seenBi, units.TermAt(int(unitOf[ids[i-1]]))+" "+units.TermAt(int(u)))
			}
			if i >= 2 {
				doc3.add(tripleOf(ids[i-2], ids[i-1], id), 1)
				a, b := units.TermAt(int(unitOf[ids[i-2]])), units.TermAt(int(unitOf[ids[i-1]]))
				note(wantTri, seenTri, a+" "+b+" "+units.TermAt(int(u)))
			}
		}
		bi.addDoc(&doc, unitOf, merges)
		tri.addDoc(&doc3, unitOf, merges)
	}
	for _, c := range []struct {
		name  string
		table *stats.Table
		want  map[string]*want
	}{{"bigrams", bi.table(units, 2), wantBi}, {"trigrams", tri.table(units, 2), wantTri}} {
		if c.table.Len() != len(c.want) || c.table.NDocs() != 300 {
			t.Errorf("%s: %d n-grams in %d documents, want %d in 300", c.name, c.table.Len(), c.table.NDocs(), len(c.want))
		}
		top := c.table.Top(10, 0, nil)
		for k, row := range top {
			w := c.want[row.Term]
			if w == nil || row.Count != w.count || row.Docs != w.docs || k > 0 && row.Count > top[k-1].Count {
				t.Fatalf("%s: row %d %+v, want %+v", c.name, k, row, w)
			}
		}
		last := top[len(top)-1]
		for gram, w := range c.want {
			inTop := slices.ContainsFunc(top, func(r stats.Row) bool { return r.Term == gram })
			if !inTop && (w.count > last.Count || w.count == last.Count && gram < last.Term) {
				t.Fatalf("%s: %q (%d) comes before the last top row %+v", c.name, gram, w.count, last)
			}
		}
		for gram, w := range c.want {
			if got, docs := c.table.Count(gram), c.table.Docs(gram); got != w.count || docs != w.docs {
				t.Fatalf("%s: %q counted %d in %d documents, want %d in %d", c.name, gram, got, docs, w.count, w.docs)
			}
		}
	}
}
