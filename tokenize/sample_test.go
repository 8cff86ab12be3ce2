package tokenize

import (
	"strings"
	"testing"
)

// TestSampleArticle checks, token by token, the hardest lines of the
// sample article. The expected tokens were written and checked by hand
// against the conventions of DESIGN.md: text/kind, one token a field.
func TestSampleArticle(t *testing.T) {
	src := readSample(t)
	toks := Tokenize(src)
	tests := []struct {
		fragment string // a unique piece of the article
		want     string
	}{
		{"Par [Antoine Charpentier](#)",
			"Par/word [/markup Antoine/word Charpentier/word ](#)/markup"},
		{"Mondialisation.ca, 11 novembre 2016",
			"Mondialisation.ca/word ,/punct 11/number novembre/word 2016/number"},
		{"Thème: [Crimes contre l'humanité](#), [Guerre USA OTAN](#)",
			"Thème/word :/punct [/markup Crimes/word contre/word l'/word humanité/word ](#)/markup ,/punct [/markup Guerre/word USA/word OTAN/word ](#)/markup"},
		{"à Alep où l'Etat syrien",
			"à/word Alep/word où/word l'/word Etat/word syrien/word"},
		{"vers l'ouest d'Alep. Quant",
			"vers/word l'/word ouest/word d'/word Alep/word ./punct Quant/word"},
		{"M. Staffan de Mistoura [\\[1\\]](#), qui",
			"M./word Staffan/word de/word Mistoura/word [\\[1\\]](#)/markup ,/punct qui/word"},
		{"à Deir Es-Zor lors du dernier cessez-le-feu.",
			"à/word Deir/word Es-Zor/word lors/word du/word dernier/word cessez-le-feu/word ./punct"},
		{"Le but est-il de trouver",
			"Le/word but/word est/word -il/word de/word trouver/word"},
		{"Pourquoi ne frappe-t-elle pas",
			"Pourquoi/word ne/word frappe/word -t-elle/word pas/word"},
		{"d'Al-Nosra sur 4 000 enfermés dans les quartiers d'Alep-est,",
			"d'/word Al-Nosra/word sur/word 4 000/number enfermés/word dans/word les/word quartiers/word d'/word Alep-est/word ,/punct"},
		{"[1] Face à l'avancée",
			"[1]/markup Face/word à/word l'/word avancée/word"},
		{"Copyright © [Antoine Charpentier](#), Mondialisation.ca, 2016",
			"Copyright/word ©/symbol [/markup Antoine/word Charpentier/word ](#)/markup ,/punct Mondialisation.ca/word ,/punct 2016/number"},
		{"### A propos :",
			"###/markup A/word propos/word :/punct"},
		{"Son blog : <https://deschosesaprecise.wordpress.com/>",
			"Son/word blog/word :/punct </markup https://deschosesaprecise.wordpress.com//url >/markup"},
		{"**Avis de non-responsabilité** :",
			"**/markup Avis/word de/word non-responsabilité/word **/markup :/punct"},
		{"contactez: [media@globalresearch.ca](mailto:media@globalresearch.ca)",
			"contactez/word :/punct [/markup media@globalresearch.ca/email ](mailto:media@globalresearch.ca)/markup"},
		{"du principe \"d'utilisation équitable\", dans",
			"du/word principe/word \"/punct d'/word utilisation/word équitable/word \"/punct ,/punct dans/word"},
	}
	for _, tt := range tests {
		start := strings.Index(src, tt.fragment)
		if start < 0 || strings.Count(src, tt.fragment) != 1 {
			t.Fatalf("fragment %q is not once in the article", tt.fragment)
		}
		end := start + len(tt.fragment)
		var got []string
		for _, tok := range toks {
			if tok.Start >= start && tok.End <= end {
				got = append(got, tok.Text+"/"+tok.Kind.String())
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("tokens of %q:\n got %s\nwant %s", tt.fragment, g, tt.want)
		}
	}
}

// TestSampleSentences checks where the sample article's sentences start.
func TestSampleSentences(t *testing.T) {
	src := readSample(t)
	starts := map[int]string{}
	last := -1
	for _, tok := range Tokenize(src) {
		if tok.Sentence != last {
			starts[tok.Start] = tok.Text
			last = tok.Sentence
		}
	}
	for _, s := range []string{
		"## Alep : entre",        // the title
		"Par [Antoine",           // the byline
		"Quant aux combattants",  // after "d'Alep."
		"L'Etat syrien a encore", // after a blank line
		"Le but est-il",          // after a question mark
		"Ou de trouver",
		"[1] Face à",    // the footnote
		"Copyright ©",   // a line after a line with no final punctuation
		"**Avis de non", // bold at a paragraph start
	} {
		i := strings.Index(src, s)
		if _, ok := starts[i]; !ok {
			t.Errorf("no sentence starts at %q", s)
		}
	}
	for _, s := range []string{
		"Staffan de Mistoura", // M. does not end a sentence
		"de Mistura a proposé",
		"Union Européenne d'interdire",
	} {
		i := strings.Index(src, s)
		for off := i; off < i+len(s); off++ {
			if w, ok := starts[off]; ok && off != i {
				t.Errorf("a sentence starts at %q inside %q", w, s)
			}
		}
	}
}
