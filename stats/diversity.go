package stats

import "math"

// Diversity holds measures of lexical diversity of a text of N words
// (tokens) and V distinct words (types); the plain type/token ratio V/N
// is DocStats.TTR.
type Diversity struct {
	Guiraud float64 `json:"guiraud"` // Guiraud's R: V / √N
	Herdan  float64 `json:"herdan"`  // Herdan's C: log V / log N
	YuleK   float64 `json:"yule_k"`  // Yule's K: 10⁴ (Σ i² V(i) − N) / N², V(i) the types seen i times
	MATTR   float64 `json:"mattr"`   // moving-average TTR over windows of 500 words (Covington & McFall 2010)
	MTLD    float64 `json:"mtld"`    // measure of textual lexical diversity, threshold 0.72 (McCarthy & Jarvis 2010)
}

// MATTRWindow and MTLDThreshold are the usual parameters.
const (
	MATTRWindow   = 500
	MTLDThreshold = mtldPercent / 100.0
	mtldPercent   = 72 // the threshold in hundredths, for comparisons in integers
)

// LexicalDiversity computes the measures of a sequence of words, each
// given as an integer id (equal words, equal ids). The ids must not be
// negative, and are best numbered from 0: the work arrays are as long as
// the largest id. MATTR over a text shorter than the window is its TTR.
func LexicalDiversity(words []int32) Diversity {
	n := len(words)
	if n == 0 {
		return Diversity{}
	}
	// Ids index arrays as long as the vocabulary, not as the text.
	types := int32(0)
	for _, w := range words {
		types = max(types, w+1)
	}
	counts := make([]int32, types)
	v := 0
	for _, w := range words {
		v += b2i(counts[w] == 0)
		counts[w]++
	}
	var sumSq float64
	for _, c := range counts {
		sumSq += float64(c) * float64(c) // Σ i² V(i), type by type
	}
	fn, fv := float64(n), float64(v)
	d := Diversity{
		Guiraud: fv / math.Sqrt(fn),
		YuleK:   1e4 * (sumSq - fn) / (fn * fn),
		MATTR:   mattr(words, MATTRWindow, types),
		MTLD:    (mtld(words, false, types) + mtld(words, true, types)) / 2,
	}
	if n > 1 {
		d.Herdan = math.Log(fv) / math.Log(fn)
	}
	return d
}

// mattr returns the mean TTR of all windows of w words. Ids index a
// slice of counts: they are below size.
func mattr(words []int32, w int, size int32) float64 {
	if len(words) <= w {
		return float64(distinct(words, size)) / float64(len(words))
	}
	// The TTR of a window of t types, computed once for each t: the sum
	// adds the same quotients as dividing at each window would.
	ttr := make([]float64, w+1)
	for t := range ttr {
		ttr[t] = float64(t) / float64(w)
	}
	counts := make([]int32, size)
	types := 0
	for _, x := range words[:w] {
		types += b2i(counts[x] == 0)
		counts[x]++
	}
	sum := ttr[types]
	for i, x := range words[w:] {
		types += b2i(counts[x] == 0)
		counts[x]++
		old := words[i]
		counts[old]--
		types -= b2i(counts[old] == 0)
		sum += ttr[types]
	}
	return sum / float64(len(words)-w+1)
}

// b2i returns 1 for true and 0 for false, without a branch.
func b2i(b bool) int {
	var i int
	if b {
		i = 1
	}
	return i
}

// mtld counts the factors of the text read forward or backward: a factor
// ends when the running TTR falls to the threshold; the rest counts as a
// part of a factor. It returns words / factors.
func mtld(words []int32, backward bool, size int32) float64 {
	seenIn := make([]int32, size) // the factor a word was last seen in, from 1
	factor := int32(1)
	factors, tokens, types := 0.0, 0, 0
	for i := range words {
		x := words[i]
		if backward {
			x = words[len(words)-1-i]
		}
		tokens++
		types += b2i(seenIn[x] != factor)
		seenIn[x] = factor
		// types/tokens <= MTLDThreshold, without a division
		if 100*types <= mtldPercent*tokens {
			factors++
			factor++
			tokens, types = 0, 0
		}
	}
	ttr := 1.0
	if tokens > 0 {
		ttr = float64(types) / float64(tokens)
	}
	factors += (1 - ttr) / (1 - MTLDThreshold)
	if factors == 0 {
		return 0
	}
	return float64(len(words)) / factors
}

// distinct returns how many different ids, below size, are in words.
func distinct(words []int32, size int32) int {
	seen := make([]bool, size)
	n := 0
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			n++
		}
	}
	return n
}
