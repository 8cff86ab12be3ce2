package radix

import (
	"cmp"
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
			got := Sort(s, make([]pair, n), Width(uint64(top-1)), func(p pair) uint64 { return uint64(p.key) })
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d top=%d: not the stable order", n, top)
			}
		}
	}
}

func TestSortByMatchesAStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 10, 63, 64, 5000} {
		for _, signed := range []bool{false, true} {
			s := make([]pair, n)
			for i := range s {
				k := int32(rng.Uint32N(1 << 20))
				if signed && i%7 == 0 {
					k = -k
				}
				s[i] = pair{uint32(k), uint32(i)}
			}
			key := func(p pair) int32 { return int32(p.key) }
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b pair) int { return int(key(a)) - int(key(b)) })
			if got := SortBy(s, key); !slices.Equal(got, want) {
				t.Fatalf("n=%d signed=%v: not the stable order", n, signed)
			}
		}
	}
}

// TestSortWideKeys sorts by keys of 64 bits, whose high halves tie often.
func TestSortWideKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	type wide struct{ key, order uint64 }
	s := make([]wide, 5000)
	for i := range s {
		s[i] = wide{rng.Uint64N(4)<<62 | rng.Uint64N(1<<40), uint64(i)}
	}
	want := slices.Clone(s)
	slices.SortStableFunc(want, func(a, b wide) int { return cmp.Compare(a.key, b.key) })
	if got := Sort(s, make([]wide, len(s)), 64, func(w wide) uint64 { return w.key }); !slices.Equal(got, want) {
		t.Fatal("64-bit keys: not the stable order")
	}
}
