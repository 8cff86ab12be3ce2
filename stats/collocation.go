package stats

import "math"

// CollocationScores scores a pair seen o times within the windows of a
// node word seen fx times, the collocate being seen fy times among n
// words, the windows covering span positions around each node:
//
//   - E = fx × fy × span / n, the co-occurrences expected by chance;
//   - PMI = log2(o / E);
//   - t-score = (o − E) / √o;
//   - logDice = 14 + log2(2o / (fx + fy)) (Rychlý 2008), at most 14;
//   - LL = G2 of the positions in the node's windows (fx × span, o of them
//     the collocate) against the others (the collocate fy − o times among
//     n − fx × span), as KeynessCounts computes it.
func CollocationScores(o, fx, fy, span, n int) (pmi, ll, tScore, logDice float64) {
	if o <= 0 || fx <= 0 || fy <= 0 || span <= 0 || n <= 0 {
		panic("stats: CollocationScores: counts must be positive")
	}
	e := float64(fx) * float64(fy) * float64(span) / float64(n)
	pmi = math.Log2(float64(o) / e)
	tScore = (float64(o) - e) / math.Sqrt(float64(o))
	logDice = 14 + math.Log2(2*float64(o)/float64(fx+fy))
	c := fx * span
	b := max(fy-o, 0)
	d := max(n-c, b)
	ll = KeynessCounts(min(o, c), c, b, d).G2
	return pmi, ll, tScore, logDice
}
