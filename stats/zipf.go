package stats

import (
	"math"
	"slices"
	"strings"

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

// Weight is a term and its weight in a sparse vector.
type Weight struct {
	Term   string
	Weight float64
}

// SortWeights sorts a sparse vector by term, as Cosine wants it.
func SortWeights(v []Weight) {
	slices.SortFunc(v, func(a, b Weight) int { return strings.Compare(a.Term, b.Term) })
}

// Cosine returns the cosine similarity of two sparse vectors sorted by
// term: Σ a·b / (|a| |b|), 0 when either is zero. The sums run in term
// order, so the result does not depend on how the vectors were built.
func Cosine(a, b []Weight) float64 {
	var dot, na, nb float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i].Term, b[j].Term); {
		case c == 0:
			dot += a[i].Weight * b[j].Weight
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	for _, x := range a {
		na += x.Weight * x.Weight
	}
	for _, y := range b {
		nb += y.Weight * y.Weight
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
