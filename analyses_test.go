package analyze

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/analyze-fr/analyze/stats"
)

func TestKWIC(t *testing.T) {
	lines, skipped, err := KWIC([]string{sample}, Options{}, KWICOptions{Term: "Trêve", Chars: 10})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	// "trêve" 5 times in the article (grep -o -w), "trêves" not.
	if len(lines) != 5 {
		t.Fatalf("%d lines", len(lines))
	}
	src, _ := os.ReadFile(sample)
	for _, l := range lines {
		if string(src[l.Start:l.End]) != l.Match || strings.ToLower(l.Match) != "trêve" {
			t.Errorf("line %+v", l)
		}
		if len([]rune(l.Left)) != 10 || len([]rune(l.Right)) != 10 {
			t.Errorf("context %q %q", l.Left, l.Right)
		}
	}
	first, _, _ := KWIC([]string{sample, sample}, Options{}, KWICOptions{Term: "Trêve", Chars: 10, Max: 2})
	if len(first) != 2 || first[0] != lines[0] || first[1] != lines[1] {
		t.Errorf("Max 2: %+v, want the first two of %+v", first, lines)
	}
	// Past the 5 lines of the first input, the second is not read: a
	// missing one is not listed.
	_, skipped, _ = KWIC([]string{sample, "no-such-file"}, Options{}, KWICOptions{Term: "trêve", Max: 5})
	if len(skipped) != 0 {
		t.Errorf("Max 5: read past the fifth line: %v", skipped)
	}
	_, skipped, _ = KWIC([]string{sample, "no-such-file"}, Options{}, KWICOptions{Term: "trêve", Max: 6})
	if len(skipped) != 1 {
		t.Errorf("Max 6: skipped %v, want the missing file", skipped)
	}
	right, _, _ := KWIC([]string{sample}, Options{}, KWICOptions{Stem: "trêv", Sort: "right"})
	if len(right) != 7 { // trêve 5 and trêves 2
		t.Errorf("%d lines for the stem", len(right))
	}
	for i := 1; i < len(right); i++ {
		if strings.ToLower(right[i-1].Right) > strings.ToLower(right[i].Right) {
			t.Errorf("not sorted on the right: %q > %q", right[i-1].Right, right[i].Right)
		}
	}
}

func TestCollocations(t *testing.T) {
	cols, _, err := Collocations([]string{sample}, Options{}, CollocationOptions{MinFreq: 3})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Collocation{}
	for _, c := range cols {
		got[c.Node+" "+c.Collocate] = c
	}
	c, ok := got["armée syrienne"]
	if !ok || c.Count != 4 || c.NodeFreq != 5 || c.CollFreq != 4 {
		t.Fatalf("armée syrienne: %+v", c)
	}
	// logDice = 14 + log2(2·4/(5+4)); PMI = log2(4 / (5·4·1/N)), N the words.
	if math.Abs(c.LogDice-(14+math.Log2(8.0/9))) > 1e-9 || math.Abs(c.PMI-math.Log2(4/(20.0/1174))) > 1e-9 {
		t.Errorf("scores %+v", c)
	}
	node, _, _ := Collocations([]string{sample}, Options{}, CollocationOptions{Node: "guerre", MinFreq: 2})
	for _, c := range node {
		if c.Node != "guerre" {
			t.Errorf("collocate of another node: %+v", c)
		}
	}
}

func TestKeynessAndSpecificities(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(strings.Repeat("La guerre à Alep. La trêve à Alep. ", 20)), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(strings.Repeat("La paix à Paris. La fête à Paris. ", 20)), 0o644)
	res, err := Corpus([]string{dir}, Options{NoEntities: true})
	if err != nil {
		t.Fatal(err)
	}
	each := res.KeynessEach(1, 1)
	if len(each) != 2 || each[0].Term != "alep" || each[1].Term != "paris" || !each[0].Positive {
		t.Errorf("keyness each: %+v", each)
	}
	// alep 40 times of 160 words in a, never in b (160 words).
	want := stats.KeynessCounts(40, 160, 0, 160)
	if math.Abs(each[0].G2-want.G2) > 1e-9 {
		t.Errorf("G2 %v, want %v", each[0].G2, want.G2)
	}
	spec := res.Specificities(1)
	if spec[0].Term != "alep" && spec[0].Term != "paris" || spec[0].Parts[0]*spec[0].Parts[1] >= 0 {
		t.Errorf("specificities %+v", spec[:2])
	}
	if s := stats.Specificity(40, 40, 160, 320); math.Abs(spec[0].Parts[0]-s) > 1e-9 && math.Abs(spec[0].Parts[1]-s) > 1e-9 {
		t.Errorf("specificity %v, want %v", spec[0].Parts, s)
	}
}
