package radix

import (
	"math/rand/v2"
	"slices"
	"testing"
)

type pair struct{ key, order uint32 }

func TestSortMatchesAStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 300, 10000} {
		for _, top := range []uint32{1, 255, 256, 70000, 1 << 31} {
			s := make([]pair, n)
			for i := range s {
				s[i] = pair{rng.Uint32N(top), uint32(i)}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b pair) int { return int(int64(a.key) - int64(b.key)) })
			got := Sort(s, make([]pair, n), Width(top-1), func(p pair) uint32 { return p.key })
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d top=%d: not the stable order", n, top)
			}
		}
	}
}
