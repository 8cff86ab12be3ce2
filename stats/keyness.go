package stats

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// Keyword is a term's keyness: how much more (or less) a target corpus
// uses it than a reference corpus.
type Keyword struct {
	Term     string  `json:"term"`
	Target   int     `json:"target"`    // occurrences in the target
	Ref      int     `json:"ref"`       // occurrences in the reference
	G2       float64 `json:"g2"`        // log-likelihood
	Chi2     float64 `json:"chi2"`      // chi-square with Yates' correction
	P        float64 `json:"p"`         // p-value of G2, chi-square with 1 degree of freedom
	LogRatio float64 `json:"log_ratio"` // binary log of the ratio of relative frequencies
	PctDiff  float64 `json:"pct_diff"`  // %DIFF
	Positive bool    `json:"positive"`  // used more in the target
}

// KeynessCounts returns the keyness measures of a term seen a times in a
// target of c tokens and b times in a reference of d tokens:
//
//   - G2 = 2 Σ O ln(O/E) over the four cells of the 2×2 table (a, b, c−a,
//     d−b), E the counts expected if both corpora used the term alike: the
//     form AntConc and Rayson & Garside (2000) use;
//   - chi-square with Yates' correction: N (|ad' − bc'| − N/2)² over the
//     product of the margins, a' and b' the cells without the term;
//   - Log Ratio (Hardie 2014): log2((a/c) / (b/d)), a zero count taken as 0.5;
//   - %DIFF (Gabrielatos & Marchi 2012): (a/c − b/d) / (b/d) × 100, with
//     1e-18 for a zero b/d, as its authors do;
//   - p: the chance of a G2 this large if the corpora did not differ.
func KeynessCounts(a, c, b, d int) Keyword {
	if a < 0 || b < 0 || a > c || b > d {
		panic("stats: KeynessCounts: counts out of range")
	}
	k := Keyword{Target: a, Ref: b}
	n := float64(c + d)
	obs := [4]float64{float64(a), float64(b), float64(c - a), float64(d - b)}
	row := [2]float64{float64(a + b), float64(c + d - a - b)}
	col := [2]float64{float64(c), float64(d)}
	for i, o := range obs {
		e := row[i/2] * col[i%2] / n
		if o > 0 && e > 0 {
			k.G2 += o * math.Log(o/e)
		}
	}
	k.G2 *= 2
	if den := row[0] * row[1] * col[0] * col[1]; den > 0 {
		x := math.Abs(obs[0]*obs[3]-obs[1]*obs[2]) - n/2
		k.Chi2 = n * x * x / den
	}
	k.P = distuv.ChiSquared{K: 1}.Survival(k.G2)
	fa, fb := float64(a), float64(b)
	if a == 0 {
		fa = 0.5
	}
	if b == 0 {
		fb = 0.5
	}
	k.LogRatio = math.Log2((fa / col[0]) / (fb / col[1]))
	nfT, nfR := float64(a)/col[0], float64(b)/col[1]
	if nfR == 0 {
		nfR = 1e-18
	}
	k.PctDiff = (nfT - nfR) / nfR * 100
	k.Positive = float64(a)/col[0] > float64(b)/col[1]
	return k
}

// Keyness compares every term of target with ref (tables counting the
// same kind of unit) and returns the terms used at least minFreq times in
// both together: positive keywords first, by G2 descending, then negative
// ones, by G2 descending; ties broken by term.
func Keyness(target, ref *Table, minFreq int) []Keyword {
	c, d := target.Total(), ref.Total()
	if c == 0 || d == 0 {
		return nil
	}
	var out []Keyword
	seen := make(map[string]bool, target.Len())
	add := func(term string) {
		a, b := target.Count(term), ref.Count(term)
		if a+b < max(minFreq, 1) {
			return
		}
		k := KeynessCounts(a, c, b, d)
		k.Term = term
		out = append(out, k)
	}
	target.Terms(func(term string, _ int) {
		seen[term] = true
		add(term)
	})
	ref.Terms(func(term string, _ int) {
		if !seen[term] {
			add(term)
		}
	})
	slices.SortFunc(out, func(x, y Keyword) int {
		if x.Positive != y.Positive {
			if x.Positive {
				return -1
			}
			return 1
		}
		if d := cmp.Compare(y.G2, x.G2); d != 0 {
			return d
		}
		return cmp.Compare(x.Term, y.Term)
	})
	return out
}
