package tokenize

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzTokenize checks, on any bytes, that every token is the slice of the
// source its offsets say, that tokens are in order and do not overlap,
// that sentence indices never decrease, that Norm is valid UTF-8, and that
// All, Scan and Append give the same tokens as Tokenize.
func FuzzTokenize(f *testing.F) {
	f.Add(readSample(f))
	for _, s := range []string{
		"", " ", "\n\n", "l'armée d’Alep", "a-t-il", "4 000", "4\u00a0000,5", "M. J.-P.",
		"[\\[1\\]](#)", "[a](", "<https://x.fr>", "a@b.c", "http://", "\xff\xfe", "é\u0301",
		"« » … -- -", "XXIe 1er", "c'est-à-dire", "**a**", "## t", "20h45", "L. 642-3",
		"\r\n\r", "\u2028", "(...)", "x'", "-", "-1", "'", "\"", "a\x00b",
		"État ÉTAT Ça ça", "œuvre Œuvre", "aujourd’hui", "C'EST-À-DIRE", "N°", "20H45", "J.-C.", "ab\u0301c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := Tokenize(src)
		prevEnd, prevSent := 0, 0
		for i, tok := range toks {
			if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(src) {
				t.Fatalf("token %d %q: bad span [%d,%d) after %d", i, tok.Text, tok.Start, tok.End, prevEnd)
			}
			if src[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %d: src[%d:%d] = %q, Text = %q", i, tok.Start, tok.End, src[tok.Start:tok.End], tok.Text)
			}
			if tok.Sentence < prevSent || tok.Sentence > prevSent+1 {
				t.Fatalf("token %d %q: sentence %d after %d", i, tok.Text, tok.Sentence, prevSent)
			}
			if !utf8.ValidString(tok.Norm) && utf8.ValidString(tok.Text) {
				t.Fatalf("token %d %q: invalid Norm %q", i, tok.Text, tok.Norm)
			}
			if n := Normalize(tok.Text, tok.Kind); tok.Norm != n {
				t.Fatalf("token %d %q: Norm %q, Normalize gives %q", i, tok.Text, tok.Norm, n)
			}
			prevEnd, prevSent = tok.End, tok.Sentence
		}
		i := 0
		for tok := range All(src) {
			if i >= len(toks) || tok != toks[i] {
				t.Fatalf("All differs from Tokenize at token %d", i)
			}
			i++
		}
		if i != len(toks) {
			t.Fatalf("All yields %d tokens, Tokenize %d", i, len(toks))
		}
		i = 0
		for tok := range Scan(src) {
			if i >= len(toks) || *tok != toks[i] {
				t.Fatalf("Scan differs from Tokenize at token %d", i)
			}
			i++
		}
		if i != len(toks) {
			t.Fatalf("Scan yields %d tokens, Tokenize %d", i, len(toks))
		}
		prefix := []Token{{Text: "x"}}
		if got := Append(prefix, src); len(got) != len(toks)+1 || got[0] != prefix[0] || !slices.Equal(got[1:], toks) {
			t.Fatalf("Append gives %d tokens after the prefix, Tokenize %d", len(got)-1, len(toks))
		}
	})
}

// FuzzIsNormal checks that a text isNormal skips is one Normalize leaves
// as it is, for both kinds it treats apart.
func FuzzIsNormal(f *testing.F) {
	for _, s := range []string{
		"armée", "Armée", "élan", "e\u0301lan", "é\u0301", "çà÷ÿ", "ÀÉ", "×", "l’an", "4\u00a0000",
		"œuvre", "Œuvre", "ß", "\xc3", "\xc3\x28", "a b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !isNormal(text) {
			return
		}
		for _, kind := range []Kind{Word, Number} {
			if n := Normalize(text, kind); n != text {
				t.Fatalf("isNormal(%q), but Normalize gives %q", text, n)
			}
		}
	})
}
