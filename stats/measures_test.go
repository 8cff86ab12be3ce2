package stats

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLexicalDiversity checks values computed by hand for the ten words
// "a b a c a b d a b e": N 10, V 5; a 4 times, b 3, c, d and e once.
func TestLexicalDiversity(t *testing.T) {
	ids := map[string]int32{"a": 0, "b": 1, "c": 2, "d": 3, "e": 4}
	var words []int32
	for _, w := range []string{"a", "b", "a", "c", "a", "b", "d", "a", "b", "e"} {
		words = append(words, ids[w])
	}
	d := LexicalDiversity(words)
	near := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %.6f, want %.6f", name, got, want)
		}
	}
	near("Guiraud", d.Guiraud, 5/math.Sqrt(10))
	near("Herdan", d.Herdan, math.Log(5)/math.Log(10))
	// Σ i² V(i) = 4² + 3² + 3·1² = 28; K = 10⁴ (28 − 10) / 100 = 1800.
	near("Yule K", d.YuleK, 1800)
	near("MATTR (text shorter than the window)", d.MATTR, 0.5)
	// MTLD forward: "a b a" has TTR 2/3 = 0.667 <= 0.72: a factor ends
	// at word 3; "c a b d a b" falls to 4/6 at word 9: a second; "e" ends
	// at TTR 1, no partial factor: 10 / 2 = 5. Backward "e b a d b a c a
	// b a": a factor ends at word 6 (4/6); "c a b a" ends at 3/4 = 0.75, a
	// partial factor of 0.25/0.28: 10 / 1.893 = 5.283. Mean 5.1415.
	fwd := 10.0 / 2
	bwd := 10 / (1 + 0.25/0.28)
	near("MTLD", d.MTLD, (fwd+bwd)/2)
}

func TestMATTRWindow(t *testing.T) {
	// 1,000 words cycling through 250 types: every window of 500 holds
	// 250 types, TTR 0.5.
	words := make([]int32, 1000)
	for i := range words {
		words[i] = int32(i % 250)
	}
	if got := LexicalDiversity(words).MATTR; math.Abs(got-0.5) > 1e-12 {
		t.Errorf("LexicalDiversity MATTR = %v, want 0.5", got)
	}
	if got := mattr(words, 500, 250); math.Abs(got-0.5) > 1e-12 {
		t.Errorf("MATTR = %v, want 0.5", got)
	}
}

// TestDiversityAgainstNaive checks MATTR and MTLD on random words
// against their definitions written plainly, to the last bit: a window's
// TTR divided for each window, a factor's types counted in a map.
func TestDiversityAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 7, 60, 3000} {
		words := make([]int32, n)
		for i := range words {
			words[i] = int32(r.IntN(40) * r.IntN(40)) // a few frequent words, many rare
		}
		for _, w := range []int{1, 5, 50} {
			want := 0.0
			if n <= w {
				want = float64(distinctNaive(words)) / float64(n)
			} else {
				for i := 0; i+w <= n; i++ {
					want += float64(distinctNaive(words[i:i+w])) / float64(w)
				}
				want /= float64(n - w + 1)
			}
			if got := mattr(words, w, 1600); got != want {
				t.Errorf("n %d: MATTR(%d) = %v, want %v", n, w, got, want)
			}
		}
		for _, backward := range []bool{false, true} {
			seq := slices.Clone(words)
			if backward {
				slices.Reverse(seq)
			}
			factors, seen, ttr := 0.0, map[int32]bool{}, 1.0
			tokens := 0
			for _, x := range seq {
				tokens++
				seen[x] = true
				if ttr = float64(len(seen)) / float64(tokens); ttr <= MTLDThreshold {
					factors++
					clear(seen)
					tokens, ttr = 0, 1
				}
			}
			factors += (1 - ttr) / (1 - MTLDThreshold)
			want := 0.0
			if factors != 0 {
				want = float64(n) / factors
			}
			if got := mtld(words, backward, 1600); got != want {
				t.Errorf("n %d: MTLD (backward %v) = %v, want %v", n, backward, got, want)
			}
		}
	}
}

func distinctNaive(words []int32) int {
	seen := map[int32]bool{}
	for _, x := range words {
		seen[x] = true
	}
	return len(seen)
}

// TestSyllables checks words whose syllables were counted by hand, as
// spoken in standard French.
func TestSyllables(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"le", 1}, {"les", 1}, {"chat", 1}, {"table", 1}, {"tables", 1},
		{"armée", 2}, {"population", 4}, {"civile", 2}, {"humanitaire", 4},
		{"aujourd'hui", 3}, {"oiseau", 2}, {"Noël", 2}, {"naïf", 2},
		{"pays", 2}, {"crayon", 2}, {"guerre", 1}, {"trêve", 1},
		{"Syrie", 2}, {"mondiale", 2}, {"troisième", 2}, {"2016", 0},
	}
	for _, tt := range tests {
		if got := Syllables(tt.word); got != tt.want {
			t.Errorf("Syllables(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// TestReadability checks the formulas on a sentence whose syllables were
// counted by hand: "Le chat dort sur la table." has 6 words, 6 syllables,
// one sentence, no word of more than six letters.
func TestReadability(t *testing.T) {
	syl := 0
	for _, w := range []string{"Le", "chat", "dort", "sur", "la", "table"} {
		syl += Syllables(w)
	}
	if syl != 6 {
		t.Fatalf("syllables %d, want 6", syl)
	}
	r := ReadabilityScores(1, 6, syl, 0)
	if math.Abs(r.KandelMoles-(207-1.015*6-73.6)) > 1e-9 || math.Abs(r.LIX-6) > 1e-9 {
		t.Errorf("%+v", r)
	}
	if !IsLongWord("humanitaire") || IsLongWord("guerre") {
		t.Error("IsLongWord")
	}
}

// TestZipf fits counts that follow Zipf's law exactly: 1000/rank.
func TestZipf(t *testing.T) {
	var counts []int
	for r := 1; r <= 100; r++ {
		counts = append(counts, int(math.Round(100000/float64(r))))
	}
	z := ZipfFit(counts)
	if math.Abs(z.Exponent-1) > 1e-4 || z.R2 < 0.9999 || z.Types != 100 {
		t.Errorf("%+v", z)
	}
	if z := ZipfFit([]int{5}); z.Exponent != 0 || z.Types != 1 {
		t.Errorf("one type: %+v", z)
	}
	if z := ZipfFit([]int{1, 1, 1}); z.Exponent != 0 || z.R2 != 0 {
		t.Errorf("flat: %+v", z)
	}
}

func TestCosine(t *testing.T) {
	a := Sparse{Index: []int32{0, 1}, Value: []float64{1, 2}}
	b := Sparse{Index: []int32{0, 1}, Value: []float64{2, 4}}
	c := Sparse{Index: []int32{2}, Value: []float64{1}}
	if math.Abs(Cosine(a, b)-1) > 1e-12 || Cosine(a, c) != 0 || Cosine(a, Sparse{}) != 0 {
		t.Errorf("cosines %v %v", Cosine(a, b), Cosine(a, c))
	}
	d := Sparse{Index: []int32{1, 0}, Value: []float64{0, 1}}
	SortSparse(d)
	if math.Abs(Cosine(a, d)-1/math.Sqrt(5)) > 1e-12 {
		t.Errorf("cos = %v", Cosine(a, d))
	}
}

// TestSortSparse checks the sort against a plain stable sort, for short
// and long vectors, indices of one to four bytes, repeated indices and a
// negative one.
func TestSortSparse(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, c := range []struct{ n, below int }{{10, 100}, {500, 200}, {5000, 1 << 17}, {3000, 1 << 31}, {100, 50}} {
		v := Sparse{Index: make([]int32, c.n), Value: make([]float64, c.n)}
		for i := range c.n {
			v.Index[i] = int32(rng.IntN(c.below))
			v.Value[i] = float64(i) // the original position, to check stability
		}
		if c.n == 100 {
			v.Index[7] = -3
		}
		type pair struct {
			i int32
			v float64
		}
		want := make([]pair, c.n)
		for i := range c.n {
			want[i] = pair{v.Index[i], v.Value[i]}
		}
		slices.SortStableFunc(want, func(a, b pair) int { return int(a.i) - int(b.i) })
		SortSparse(v)
		for i := range c.n {
			if got := (pair{v.Index[i], v.Value[i]}); got != want[i] {
				t.Fatalf("n %d below %d: at %d got %v, want %v", c.n, c.below, i, got, want[i])
			}
		}
	}
}

// TestDotDense checks that the gather over a scattered vector gives the
// merge's dot product to the last bit, and that Unscatter clears it.
func TestDotDense(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := func() Sparse {
		var s Sparse
		for i := range int32(5000) {
			if rng.IntN(3) == 0 {
				s.Index = append(s.Index, i)
				s.Value = append(s.Value, rng.Float64())
			}
		}
		return s
	}
	dense := make([]float64, 5000)
	for range 20 {
		a, b := random(), random()
		a.Scatter(dense)
		if got, want := b.DotDense(dense), CosineNorms(a, b, 1, 1); got != want || want == 0 {
			t.Errorf("gather %v, merge %v", got, want)
		}
		a.Unscatter(dense)
		if slices.ContainsFunc(dense, func(x float64) bool { return x != 0 }) {
			t.Fatal("Unscatter left values behind")
		}
	}
}
