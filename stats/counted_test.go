package stats

import (
	"fmt"
	"sync"
	"testing"
)

// TestCountedLooksUpLikeATable builds a table with CountedParts, listed
// before any lookup and looked up from several goroutines at once (the
// index is built on the first), and checks it against a table counted
// term by term.
func TestCountedLooksUpLikeATable(t *testing.T) {
	const parts = 3
	want := NewTable(0)
	inTurn := func(f func(p int)) {
		for p := range parts {
			f(p)
		}
	}
	joined := CountedParts(7, []int{1000, 1000, 1000}, inTurn, func(p int, add func(term []byte, count, docs int)) {
		for i := p; i < 3000; i += parts {
			term := fmt.Sprintf("mot%d", i)
			add([]byte(term), i%11+1, i%7+1)
			want.Add(term, i%11+1)
		}
	})
	if got := joined.Top(5, 0, nil); len(got) != 5 || got[0].Count != 11 || got[0].Term != "mot10" {
		t.Fatalf("top before any lookup: %+v", got)
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
	joined.StartDoc()
	joined.Add("mot1", 1)
	joined.Add("nouveau", 2)
	if joined.Count("mot1") != 3 || joined.Docs("mot1") != 3 || joined.Docs("nouveau") != 1 || joined.Len() != 3001 {
		t.Errorf("after adding: mot1 %d in %d, nouveau in %d, len %d", joined.Count("mot1"), joined.Docs("mot1"), joined.Docs("nouveau"), joined.Len())
	}
}

// TestCountedPartsIsCounted builds a table with CountedParts, its parts
// filled at once on goroutines, and checks it term by term, in order,
// against Counted given the parts one after the other; then that a part
// listing more or fewer terms than its size panics.
func TestCountedPartsIsCounted(t *testing.T) {
	sizes := []int{5000, 0, 1, 4096, 300} // parts across the blocks of cells
	list := func(p int, add func(term []byte, count, docs int)) {
		for i := range sizes[p] {
			add([]byte(fmt.Sprintf("p%d-%d", p, i)), i%13+1, i%5+1)
		}
	}
	each := func(f func(p int)) {
		var wg sync.WaitGroup
		for p := range sizes {
			wg.Go(func() { f(p) })
		}
		wg.Wait()
	}
	got := CountedParts(9, sizes, each, list)
	want := Counted(9, func(add func(term []byte, count, docs int)) {
		for p := range sizes {
			list(p, add)
		}
	})
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
			CountedParts(9, wrong, inTurn, func(p int, add func(term []byte, count, docs int)) {
				for i := range sizes[p] {
					add([]byte(fmt.Sprint(i)), 1, 1)
				}
			})
		}()
	}
}
