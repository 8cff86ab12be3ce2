package stats

import (
	"math"
	"slices"

	"github.com/analyze-fr/analyze/internal/radix"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/stat"
)

// Zipf is the fit of a rank-frequency distribution to Zipf's law,
// frequency ∝ rank^−Exponent.
type Zipf struct {
	Exponent float64 `json:"exponent"` // minus the slope of log10 frequency on log10 rank
	R2       float64 `json:"r2"`       // how well the line fits, from 0 to 1
	Types    int     `json:"types"`    // the number of ranks fitted
}

// ZipfFit fits log10(count) = a − s·log10(rank) by least squares
// (gonum's stat.LinearRegression) over all terms, ranked by count.
// It needs at least two terms.
func ZipfFit(counts []int) Zipf {
	c := slices.Clone(counts)
	slices.SortFunc(c, func(a, b int) int { return b - a })
	for len(c) > 0 && c[len(c)-1] <= 0 {
		c = c[:len(c)-1]
	}
	if len(c) < 2 {
		return Zipf{Types: len(c)}
	}
	x, y := make([]float64, len(c)), make([]float64, len(c))
	for i, n := range c {
		x[i] = math.Log10(float64(i + 1))
		y[i] = math.Log10(float64(n))
	}
	alpha, beta := stat.LinearRegression(x, y, nil, false)
	r2 := stat.RSquared(x, y, nil, alpha, beta)
	if math.IsNaN(r2) {
		r2 = 0 // all counts equal: a flat line, nothing explained
	}
	return Zipf{Exponent: -beta, R2: r2, Types: len(c)}
}

// Sparse is a sparse vector: the values at the indices, which increase.
type Sparse struct {
	Index []int32
	Value []float64
}

// SortSparse sorts v by index, as Cosine wants it. Equal indices keep
// their order.
func SortSparse(v Sparse) {
	values := slices.Clone(v.Value)
	for k, x := range radix.Order(v.Index) {
		v.Index[k], v.Value[k] = int32(x>>32), values[uint32(x)]
	}
}

// Norm returns the Euclidean norm of v.
func (v Sparse) Norm() float64 { return floats.Norm(v.Value, 2) }

// Cosine returns the cosine similarity of two sparse vectors sorted by
// index: Σ a·b / (|a| |b|), 0 when either is zero. The sums run in index
// order, so the result does not depend on how the vectors were built.
func Cosine(a, b Sparse) float64 {
	return CosineNorms(a, b, a.Norm(), b.Norm())
}

// Scatter sets the values of s at their indices in dense, which must be
// zeros there and long enough.
func (s Sparse) Scatter(dense []float64) {
	for k, i := range s.Index {
		dense[i] = s.Value[k]
	}
}

// Unscatter sets dense back to zeros at the indices of s.
func (s Sparse) Unscatter(dense []float64) {
	for _, i := range s.Index {
		dense[i] = 0
	}
}

// DotDense returns the dot product of s with a dense vector: the same
// number, to the last bit, as the dot product with the sparse vector
// scattered in dense, summed in the order of the indices.
func (s Sparse) DotDense(dense []float64) float64 {
	dot := 0.0
	for k, i := range s.Index {
		dot += s.Value[k] * dense[i]
	}
	return dot
}

// CosineNorms is Cosine with the vectors' norms already known.
func CosineNorms(a, b Sparse, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(a.Index) && j < len(b.Index); {
		switch x, y := a.Index[i], b.Index[j]; {
		case x == y:
			dot += a.Value[i] * b.Value[j]
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	return dot / (na * nb)
}
