package ner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/analyze-fr/analyze/tokenize"
)

// FuzzRecognize checks, on any bytes, that every entity is the slice of
// the source its offsets say, lies on token boundaries, and does not
// overlap the next.
func FuzzRecognize(f *testing.F) {
	data, _ := os.ReadFile(filepath.Join("..", "..", "testdata", "alep-treve-humanitaire.txt"))
	f.Add(string(data))
	for _, s := range []string{"", "M. Staffan de Mistura à Alep.", "L'OTAN. [Alep](#) **Syrie**", "\xff\xfe\x00", "- - -", "É", "M.", "Antoine Charpentier"} {
		f.Add(s)
	}
	r, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := tokenize.Tokenize(src)
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tok := range toks {
			starts[tok.Start], ends[tok.End] = true, true
		}
		prevEnd := 0
		for _, e := range r.Recognize(src, toks) {
			if e.Start < prevEnd || e.End <= e.Start || e.End > len(src) || src[e.Start:e.End] != e.Text {
				t.Fatalf("entity %q at [%d,%d) after %d", e.Text, e.Start, e.End, prevEnd)
			}
			if !starts[e.Start] || !ends[e.End] {
				t.Fatalf("entity %q [%d,%d) not on token boundaries", e.Text, e.Start, e.End)
			}
			if e.FirstToken < 0 || e.EndToken > len(toks) || toks[e.FirstToken].Start != e.Start || toks[e.EndToken-1].End != e.End {
				t.Fatalf("entity %q: tokens [%d,%d)", e.Text, e.FirstToken, e.EndToken)
			}
			prevEnd = e.End
		}
	})
}
