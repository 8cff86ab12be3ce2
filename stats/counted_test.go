package stats

import (
	"fmt"
	"sync"
	"testing"
)

// TestCountedLooksUpLikeATable builds tables with Counted and Join,
// listed before any lookup and looked up from several goroutines at once
// (the index is built on the first), and checks them against tables
// counted term by term.
func TestCountedLooksUpLikeATable(t *testing.T) {
	var parts [3]*Table
	want := NewTable(0)
	for p := range parts {
		parts[p] = Counted(7, func(add func(term []byte, count, docs int)) {
			for i := p; i < 3000; i += len(parts) {
				term := fmt.Sprintf("mot%d", i)
				add([]byte(term), i%11+1, i%7+1)
				want.Add(term, i%11+1)
			}
		})
	}
	joined := Join(parts[:]...)
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
