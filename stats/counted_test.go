package stats

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// entry is a term counted elsewhere, for the tests of CountedParts.
type entry struct {
	term        string
	count, docs int
}

// listed returns the Parts of the terms of parts, run by run.
func listed(docs int, parts [][]entry, run func(f func(p int))) Parts {
	ps := Parts{Docs: docs, Run: run}
	for _, part := range parts {
		ps.Sizes = append(ps.Sizes, len(part))
		for _, e := range part {
			ps.Total += e.count
		}
	}
	ps.Each = func(p int, f func(at, count, docs int)) {
		for at, e := range parts[p] {
			f(at, e.count, e.docs)
		}
	}
	ps.Text = func(p, at int, buf []byte) []byte { return append(buf, parts[p][at].term...) }
	return ps
}

// countedInTurn is Counted given the terms of parts one part after the
// other.
func countedInTurn(docs int, parts [][]entry) *Table {
	return Counted(docs, func(add func(term []byte, count, docs int)) {
		for _, part := range parts {
			for _, e := range part {
				add([]byte(e.term), e.count, e.docs)
			}
		}
	})
}

// TestCountedLooksUpLikeATable builds a table with CountedParts, listed
// before its terms are written (Top of fewer rows than it has, where
// most counts tie), then looked up from several goroutines at once (the
// terms and the index are written on the first), and checks it against a
// table counted term by term.
func TestCountedLooksUpLikeATable(t *testing.T) {
	const n = 3
	parts := make([][]entry, n)
	for i := range 3000 {
		parts[i%n] = append(parts[i%n], entry{fmt.Sprintf("mot%d", i), i%11 + 1, i%7 + 1})
	}
	inTurn := func(f func(p int)) {
		for p := range n {
			f(p)
		}
	}
	joined := CountedParts(listed(7, parts, inTurn))
	want := countedInTurn(7, parts)
	for _, k := range []int{1, 5, 273, 2999} {
		if got := joined.Top(k, 0, nil); !slices.Equal(got, want.Top(k, 0, nil)) {
			t.Fatalf("top %d before any lookup: %+v", k, got[:min(len(got), 5)])
		}
	}
	if joined.later.written.Load() {
		t.Fatal("Top wrote the terms")
	}
	if got := joined.Top(5, 0, nil); len(got) != 5 || got[0].Count != 11 || got[0].Term != "mot10" || got[0].Docs != 4 {
		t.Fatalf("top: %+v", got)
	}
	if joined.Len() != 3000 || joined.Total() != want.Total() || joined.NDocs() != 7 {
		t.Fatalf("len %d total %d (want %d) docs %d", joined.Len(), joined.Total(), want.Total(), joined.NDocs())
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < 3000; i += 4 {
				term := fmt.Sprintf("mot%d", i)
				if c, d := joined.Count(term), joined.Docs(term); c != i%11+1 || d != i%7+1 {
					t.Errorf("%s: count %d docs %d, want %d and %d", term, c, d, i%11+1, i%7+1)
				}
			}
			if joined.Count("absent") != 0 {
				t.Errorf("absent counted")
			}
		})
	}
	wg.Wait()
	if got := joined.Top(273, 0, nil); !slices.Equal(got, want.Top(273, 0, nil)) {
		t.Fatalf("top 273 once written: %+v", got[:5])
	}
	joined.StartDoc()
	joined.Add("mot1", 1)
	joined.Add("nouveau", 2)
	if joined.Count("mot1") != 3 || joined.Docs("mot1") != 3 || joined.Docs("nouveau") != 1 || joined.Len() != 3001 {
		t.Errorf("after adding: mot1 %d in %d, nouveau in %d, len %d", joined.Count("mot1"), joined.Docs("mot1"), joined.Docs("nouveau"), joined.Len())
	}
}

// TestCountedPartsIsCounted builds a table with CountedParts, its parts
// written at once on goroutines, and checks it term by term, in order,
// against Counted given the parts one after the other; then that a part
// listing more or fewer terms than its size panics when the terms are
// written.
func TestCountedPartsIsCounted(t *testing.T) {
	sizes := []int{5000, 0, 1, 4096, 300} // parts across the blocks of cells
	parts := make([][]entry, len(sizes))
	for p, size := range sizes {
		for i := range size {
			parts[p] = append(parts[p], entry{fmt.Sprintf("p%d-%d", p, i), i%13 + 1, i%5 + 1})
		}
	}
	each := func(f func(p int)) {
		var wg sync.WaitGroup
		for p := range sizes {
			wg.Go(func() { f(p) })
		}
		wg.Wait()
	}
	got := CountedParts(listed(9, parts, each))
	want := countedInTurn(9, parts)
	if got.Len() != want.Len() || got.Total() != want.Total() || got.NDocs() != 9 {
		t.Fatalf("len %d total %d docs %d, want %d %d 9", got.Len(), got.Total(), got.NDocs(), want.Len(), want.Total())
	}
	for i := range want.Len() {
		if got.TermAt(i) != want.TermAt(i) || got.CountAt(i) != want.CountAt(i) || got.DocsAt(i) != want.DocsAt(i) {
			t.Fatalf("term %d: %q %d %d, want %q %d %d", i, got.TermAt(i), got.CountAt(i), got.DocsAt(i),
				want.TermAt(i), want.CountAt(i), want.DocsAt(i))
		}
	}
	if got.Count("p3-4095") != 4095%13+1 || got.Count("p2-0") != 1 {
		t.Errorf("lookups: %d %d", got.Count("p3-4095"), got.Count("p2-0"))
	}
	got.Add("nouveau", 2)
	if got.Len() != want.Len()+1 || got.Count("nouveau") != 2 {
		t.Errorf("after adding: len %d, nouveau %d", got.Len(), got.Count("nouveau"))
	}
	inTurn := func(f func(p int)) { // a panic on a goroutine could not be recovered here
		for p := range sizes {
			f(p)
		}
	}
	for _, wrong := range [][]int{{5000, 0, 1, 4096, 299}, {5000, 0, 1, 4096, 301}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("sizes %v: no panic", wrong)
				}
			}()
			ps := listed(9, parts, inTurn)
			ps.Sizes = wrong
			CountedParts(ps).TermAt(0)
		}()
	}
}
