package stats

import "math"

// Specificity returns Lafon's specificity of a form seen k times in a part
// of t tokens, the form occurring f times in a corpus of n tokens: under
// the hypergeometric model (t tokens drawn at random from the corpus), the
// log10 of the probability of seeing k or more occurrences when k is above
// the mode, floor((f+1)(t+1)/(n+2)), negated to be positive; or of seeing
// k or fewer when k is at or below it, negative. |s| > 2 means a chance below 1 in 100: over- or
// under-used. This is the measure of TXM, IRaMuTeQ and R's textometry.
//
// It is computed in log space, summing the tail from its large end and
// stopping when the terms no longer change the sum, so corpora of
// millions of tokens cost a few dozen terms per cell.
func Specificity(k, f, t, n int) float64 {
	if f < 0 || t < 0 || n <= 0 || f > n || t > n || k < 0 || k > f || k > t {
		panic("stats: Specificity: counts out of range")
	}
	mode := int(math.Floor(float64(f+1) * float64(t+1) / float64(n+2)))
	if k <= mode {
		return logTail(k, f, t, n, -1) / math.Ln10
	}
	return -logTail(k, f, t, n, +1) / math.Ln10
}

// logTail returns the natural log of P(X >= k) (dir +1) or P(X <= k) (dir
// -1) for X hypergeometric: f marked among n, t drawn.
func logTail(k, f, t, n, dir int) float64 {
	lo, hi := max(0, t-(n-f)), min(f, t)
	if k < lo || k > hi {
		return math.Inf(-1)
	}
	logP := logHyper(k, f, t, n)
	sum, term := 1.0, 1.0 // relative to P(X = k)
	for i := k; ; {
		var ratio float64
		if dir > 0 {
			if i >= hi {
				break
			}
			// P(i+1) / P(i)
			ratio = float64(f-i) * float64(t-i) / (float64(i+1) * float64(n-f-t+i+1))
			i++
		} else {
			if i <= lo {
				break
			}
			// P(i-1) / P(i)
			ratio = float64(i) * float64(n-f-t+i) / (float64(f-i+1) * float64(t-i+1))
			i--
		}
		term *= ratio
		sum += term
		if term < sum*1e-17 {
			break
		}
	}
	return logP + math.Log(sum)
}

// logHyper returns ln P(X = k): C(f,k) C(n-f,t-k) / C(n,t).
func logHyper(k, f, t, n int) float64 {
	return logChoose(f, k) + logChoose(n-f, t-k) - logChoose(n, t)
}

func logChoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

// Specificities returns the specificity of every cell of a table of counts
// (rows: forms, columns: parts), the parts' sizes being their column
// sums and the corpus's the sum of all. Rows are forms of one corpus
// whose counts add up to the parts' sizes: include a row for all other
// forms if the table holds only some.
func Specificities(counts [][]int) [][]float64 {
	if len(counts) == 0 {
		return nil
	}
	parts := len(counts[0])
	sizes := make([]int, parts)
	n := 0
	for _, row := range counts {
		if len(row) != parts {
			panic("stats: Specificities: rows of different lengths")
		}
		for j, c := range row {
			sizes[j] += c
			n += c
		}
	}
	out := make([][]float64, len(counts))
	for i, row := range counts {
		f := 0
		for _, c := range row {
			f += c
		}
		out[i] = make([]float64, parts)
		for j, c := range row {
			out[i][j] = Specificity(c, f, sizes[j], n)
		}
	}
	return out
}
