package stats

import (
	"math"
	"slices"

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
	return Zipf{Exponent: -beta, R2: stat.RSquared(x, y, nil, alpha, beta), Types: len(c)}
}

// Cosine returns the cosine similarity of two sparse vectors: Σ a·b /
// (|a| |b|), 0 when either is zero.
func Cosine(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var dot, na, nb float64
	for k, x := range a {
		dot += x * b[k]
		na += x * x
	}
	for _, y := range b {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
