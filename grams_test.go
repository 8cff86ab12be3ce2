package analyze

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/analyze-fr/analyze/stats"
)

// TestGramSetCountsLikeAMap counts random documents' bigrams and
// trigrams by index into two sets (two workers), one document's words
// mapped to fewer units (as forms to stems), merges them, and checks
// every count and document count of the text table against maps of the
// joined words.
func TestGramSetCountsLikeAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	const vocab = 5000
	units := stats.NewTable(0)
	for i := range vocab {
		units.Add(fmt.Sprintf("w%d", i), 1)
	}
	// Each worker numbers the units its own way: worker w's index i is
	// the unit perm[w][i].
	var perm, inv [2][]int32
	var from [2][]int32 // the index in worker 0's numbering of each of worker w's
	for w := range perm {
		perm[w] = make([]int32, vocab)
		for i := range perm[w] {
			perm[w][i] = int32(i)
		}
		if w > 0 {
			r.Shuffle(vocab, func(i, j int) { perm[w][i], perm[w][j] = perm[w][j], perm[w][i] })
		}
		from[w] = perm[w] // worker 0's numbering is the units'
		inv[w] = make([]int32, vocab)
		for k, u := range perm[w] {
			inv[w][u] = int32(k)
		}
	}
	// The part of the n-grams each index begins, from its unit's text.
	var part [2][]uint8
	for w := range part {
		terms := stats.NewTable(0)
		for _, u := range perm[w] {
			terms.Add(units.TermAt(int(u)), 1)
		}
		part[w] = partsOf(nil, terms)
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
	var bi [2]gramSet[pairKey]
	var tri [2]gramSet[tripleKey]
	for d := range 300 {
		w := d % 2
		// The document's words, numbered from 0 in the document; every
		// third document has its words go two by two to one unit.
		merges := d%3 == 0
		n := 50 + r.IntN(3000)
		words := make([]int32, n)
		for i := range words {
			words[i] = int32(min(vocab-1, int(r.ExpFloat64()*300)))
		}
		local := map[int32]int32{}
		var unitOf []int32 // document index -> worker index
		var doc gramTable[pairKey]
		var doc3 gramTable[tripleKey]
		seenBi, seenTri := map[string]bool{}, map[string]bool{}
		ids := make([]int32, n)
		for i, u := range words {
			if merges {
				u -= u % 2
			}
			id, ok := local[words[i]]
			if !ok {
				id = int32(len(unitOf))
				local[words[i]] = id
				unitOf = append(unitOf, inv[w][u]) // the worker's index of unit u
			}
			ids[i] = id
			if i >= 1 {
				doc.add(pairOf(ids[i-1], id), 1)
				a, b := units.TermAt(int(perm[w][unitOf[ids[i-1]]])), units.TermAt(int(u))
				note(wantBi, seenBi, a+" "+b)
			}
			if i >= 2 {
				doc3.add(tripleOf(ids[i-2], ids[i-1], id), 1)
				a := units.TermAt(int(perm[w][unitOf[ids[i-2]]]))
				b := units.TermAt(int(perm[w][unitOf[ids[i-1]]]))
				note(wantTri, seenTri, a+" "+b+" "+units.TermAt(int(u)))
			}
		}
		bi[w].addDoc(&doc, unitOf, merges, part[w])
		tri[w].addDoc(&doc3, unitOf, merges, part[w])
	}
	bi[0].merge(&bi[1], from[1], 2)
	tri[0].merge(&tri[1], from[1], 2)
	for _, c := range []struct {
		name  string
		table *stats.Table
		want  map[string]*want
	}{{"bigrams", bi[0].table(units, 2), wantBi}, {"trigrams", tri[0].table(units, 2), wantTri}} {
		if c.table.Len() != len(c.want) || c.table.NDocs() != 300 {
			t.Errorf("%s: %d n-grams in %d documents, want %d in 300", c.name, c.table.Len(), c.table.NDocs(), len(c.want))
		}
		for gram, w := range c.want {
			if got, docs := c.table.Count(gram), c.table.Docs(gram); got != w.count || docs != w.docs {
				t.Fatalf("%s: %q counted %d in %d documents, want %d in %d", c.name, gram, got, docs, w.count, w.docs)
			}
		}
	}
}
