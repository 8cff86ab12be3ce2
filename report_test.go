package analyze

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/analyze-fr/analyze/reports"
	"github.com/analyze-fr/analyze/stats"
)

// randomVectors returns n sparse vectors over dims dimensions, with
// values in a few steps so that some cosines tie, and an empty one.
func randomVectors(n, dims int, rng *rand.Rand) []stats.Sparse {
	vecs := make([]stats.Sparse, n)
	for i := range vecs {
		if i == n/2 {
			continue // a document with no term: its cosines are 0
		}
		for d := range dims {
			if rng.IntN(4) == 0 {
				vecs[i].Index = append(vecs[i].Index, int32(d))
				vecs[i].Value = append(vecs[i].Value, float64(1+rng.IntN(3))/3)
			}
		}
	}
	return vecs
}

// TestCosinesAreDotProducts checks the cosines summed through the inverted
// index against dot products of each pair, bit for bit, and the order of
// the pairs against a stable sort.
func TestCosinesAreDotProducts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const n, dims = 40, 30
	vecs := randomVectors(n, dims, rng)
	r := &Result{Options: Options{Workers: 3}}
	for i := range n {
		r.Documents = append(r.Documents, &Document{Name: fmt.Sprintf("d%02d", i)})
	}
	rows := r.cosines(vecs)
	dense := make([]float64, dims)
	var want []reports.Pair
	for i := range n {
		if len(rows[i]) != n-i-1 {
			t.Fatalf("row %d has %d cosines, want %d", i, len(rows[i]), n-i-1)
		}
		vecs[i].Scatter(dense)
		for j := i + 1; j < n; j++ {
			c := 0.0
			if ni, nj := vecs[i].Norm(), vecs[j].Norm(); ni != 0 && nj != 0 {
				c = vecs[j].DotDense(dense) / (ni * nj)
			}
			if got := rows[i][j-i-1]; got != c {
				t.Fatalf("cosine of %d and %d = %v, want %v", i, j, got, c)
			}
			want = append(want, reports.Pair{DocA: r.Documents[i].Name, DocB: r.Documents[j].Name, Cosine: c})
		}
		vecs[i].Unscatter(dense)
	}
	if rows[0][n/2-1] != 0 {
		t.Errorf("cosine with the empty document = %v, want 0", rows[0][n/2-1])
	}
	for _, workers := range []int{1, 2, 5, 64} { // 64: more parts than rows
		other := &Result{Options: Options{Workers: workers}}
		if got := other.cosines(vecs); !slices.EqualFunc(got, rows, slices.Equal) {
			t.Fatalf("%d workers: cosines differ from 3 workers'", workers)
		}
	}
	slices.SortStableFunc(want, func(a, b reports.Pair) int { return cmp.Compare(b.Cosine, a.Cosine) })
	got := r.similarity(vecs)
	if !slices.Equal(got, want) {
		t.Fatalf("similarity order differs from a stable sort by cosine: first %v, want %v", got[:3], want[:3])
	}
	ties := 0
	for k := 1; k < len(want); k++ {
		if want[k].Cosine == want[k-1].Cosine {
			ties++
		}
	}
	if ties < 10 {
		t.Fatalf("only %d ties: the test does not check their order", ties)
	}
}

// TestInvert checks the postings built on several workers, each for a
// range of the dimensions, against the vectors: every dimension lists
// the vectors that have it in order.
func TestInvert(t *testing.T) {
	t.Run("split", testSplit)
	rng := rand.New(rand.NewPCG(3, 4))
	vecs := randomVectors(25, 37, rng)
	for workers := 1; workers <= 5; workers++ {
		p := invert(vecs, workers)
		for d := range 37 {
			var docs []int32
			var vals []float64
			for i, v := range vecs {
				if k, ok := slices.BinarySearch(v.Index, int32(d)); ok {
					docs, vals = append(docs, int32(i)), append(vals, v.Value[k])
				}
			}
			a, b := p.start[d], p.start[d+1]
			if !slices.Equal(p.docs[a:b], docs) || !slices.Equal(p.vals[a:b], vals) {
				t.Fatalf("%d workers: dimension %d has %v %v, want %v %v", workers, d, p.docs[a:b], p.vals[a:b], docs, vals)
			}
		}
	}
}

// testSplit checks that the ranges of rows split covers every row once,
// in order, with about as many products in each.
func testSplit(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const n = 60
	vecs := randomVectors(n, 50, rng)
	p := invert(vecs, 2)
	for parts := 1; parts <= 4; parts++ {
		bounds := p.split(n, parts)
		if len(bounds) != parts+1 || bounds[0] != 0 || bounds[parts] != n || !slices.IsSorted(bounds) {
			t.Fatalf("%d parts: bounds %v", parts, bounds)
		}
		cost := make([]int, n) // the products of each row
		for i := range n {
			for j := i + 1; j < n; j++ {
				for _, d := range vecs[i].Index {
					if _, ok := slices.BinarySearch(vecs[j].Index, d); ok {
						cost[i]++
					}
				}
			}
		}
		total := 0
		for _, c := range cost {
			total += c
		}
		for k := range parts {
			work := 0
			for _, c := range cost[bounds[k]:bounds[k+1]] {
				work += c
			}
			// Each range is its share of the total, give or take a row.
			if d := work - total/parts; max(d, -d) > slices.Max(cost) {
				t.Errorf("%d parts: range %d has %d products, want about %d", parts, k, work, total/parts)
			}
		}
	}
}
