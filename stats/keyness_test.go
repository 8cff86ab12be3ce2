package stats

import (
	"math"
	"testing"
)

// TestKeynessCounts checks a case computed by hand (and with the formulas
// of Rayson's log-likelihood calculator): 100 of 10,000 tokens in the
// target, 50 of 20,000 in the reference.
func TestKeynessCounts(t *testing.T) {
	k := KeynessCounts(100, 10000, 50, 20000)
	// E for the term: 150·10000/30000 = 50 and 150·20000/30000 = 100;
	// for the rest: 9950 and 19900. G2 = 2[100 ln 2 + 50 ln 0.5 + 9900 ln(9900/9950) + 19950 ln(19950/19900)].
	g2 := 2 * (100*math.Log(2) + 50*math.Log(0.5) + 9900*math.Log(9900.0/9950) + 19950*math.Log(19950.0/19900))
	if math.Abs(k.G2-g2) > 1e-9 || math.Abs(k.G2-69.6919) > 1e-4 {
		t.Errorf("G2 = %.4f, want %.4f", k.G2, g2)
	}
	// Yates: 30000 (|100·19950 − 50·9900| − 15000)² / (150·29850·10000·20000)
	chi := 30000 * math.Pow(math.Abs(100*19950-50*9900)-15000, 2) / (150 * 29850 * 10000 * 20000.0)
	if math.Abs(k.Chi2-chi) > 1e-9 {
		t.Errorf("chi2 = %.4f, want %.4f", k.Chi2, chi)
	}
	if math.Abs(k.LogRatio-2) > 1e-12 { // (100/10000)/(50/20000) = 4
		t.Errorf("log ratio = %v, want 2", k.LogRatio)
	}
	if math.Abs(k.PctDiff-300) > 1e-9 {
		t.Errorf("%%DIFF = %v, want 300", k.PctDiff)
	}
	if !k.Positive || k.P > 1e-15 {
		t.Errorf("positive %v, p %g", k.Positive, k.P)
	}
	// A term used alike in both: G2 0, p 1.
	if e := KeynessCounts(10, 1000, 20, 2000); math.Abs(e.G2) > 1e-9 || math.Abs(e.P-1) > 1e-9 || e.Positive {
		t.Errorf("alike: %+v", e)
	}
	// p for G2 = 3.8415 is 0.05 (the 95% quantile of chi-square, 1 df).
	if z := KeynessCounts(0, 100, 0, 100); z.G2 != 0 {
		t.Errorf("absent term: %+v", z)
	}
}

func TestKeyness(t *testing.T) {
	target, ref := &Table{}, &Table{}
	for _, w := range []string{"alep", "alep", "alep", "guerre", "la", "la"} {
		target.Add(w, 1)
	}
	for _, w := range []string{"paris", "paris", "paris", "guerre", "la", "la", "la", "la", "la", "la"} {
		ref.Add(w, 1)
	}
	kw := Keyness(target, ref, 2)
	var terms []string
	for _, k := range kw {
		terms = append(terms, k.Term)
		if k.Term == "alep" && (!k.Positive || k.Ref != 0 || k.PctDiff < 1e18) {
			t.Errorf("alep: %+v", k)
		}
	}
	// guerre (1 + 1) passes minFreq 2; positive ones first.
	// Negative ones next: paris (absent from the target) before la.
	if got := terms; len(got) != 4 || got[0] != "alep" || got[1] != "guerre" || got[2] != "paris" || got[3] != "la" {
		t.Errorf("order %v", got)
	}
}

// TestCollocationScores checks a pair computed by hand: seen 4 times, the
// node 5 times and the collocate 4 times among 1,174 words, adjacent.
func TestCollocationScores(t *testing.T) {
	pmi, ll, ts, ld := CollocationScores(4, 5, 4, 1, 1174)
	e := 5.0 * 4 / 1174
	if math.Abs(pmi-math.Log2(4/e)) > 1e-12 || math.Abs(ts-(4-e)/2) > 1e-12 || math.Abs(ld-(14+math.Log2(8.0/9))) > 1e-12 {
		t.Errorf("pmi %v t %v logDice %v", pmi, ts, ld)
	}
	if want := KeynessCounts(4, 5, 0, 1169).G2; math.Abs(ll-want) > 1e-12 || ll < 40 {
		t.Errorf("ll %v, want %v", ll, want)
	}
}
