package stem

import (
	"bytes"
	"log"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/analyze-fr/analyze/internal/corpora"
	"github.com/kljensen/snowball/french"
)

// TestFrenchStemAsTheLibrary compares frenchStem with the library's
// french.Stem on every distinct word of the shared corpora (about 250,000),
// as they come and as the layer of snowballFrench marks them (ï and ë
// read with an H, a dotless ı), and on words made to reach each rule.
func TestFrenchStemAsTheLibrary(t *testing.T) {
	words := []string{"", "a", "es", "été", "voudrion", "voudrions", "naïve", "ʜi", "haʜır",
		"qu", "quai", "yeux", "payer", "ennuyeux", "enivrement", "abusivement", "heureusement",
		"publiquement", "premièrement", "Ièrement", "possibilités", "authenticité", "activités",
		"informatives", "formatrices", "fabrication", "logiques", "nationaux", "châteaux",
		"danseuses", "heureuse", "accroissements", "ambiguë", "aiguë", "finissaient", "chantions",
		"mangeassiez", "commençâmes", "collection", "parisiennes", "tapissier", "couchés",
		"poulets", "mortelles", "pareille", "évidemment", "abondamment", "ment", "moment"}
	var text string
	var err error
	for _, dir := range []string{"eltec-fra", "assemblee-nationale", "cligs-textbox"} {
		var part string
		if part, err = corpora.Text(dir, 200<<20); err != nil {
			break
		}
		text += part
	}
	if err != nil {
		t.Logf("shared corpora absent (%v): the built-in words only", err)
	} else {
		seen := map[string]bool{}
		for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			f = fold(f)
			if !seen[f] {
				seen[f] = true
				words = append(words, f)
			}
		}
	}
	marked := strings.NewReplacer("ï", hMark+"i", "ë", hMark+"e", "ʜi", "ʜı")
	checked := 0
	for _, w := range words {
		for _, v := range []string{w, marked.Replace(w), strings.ReplaceAll(w, "ï", hMark+"ı")} {
			if got, want := frenchStem(v), french.Stem(v, true); got != want {
				t.Errorf("frenchStem(%q) = %q, the library %q", v, got, want)
			}
			checked++
		}
	}
	if err == nil && len(words) < 50000 {
		t.Errorf("only %d distinct words in the corpora", len(words))
	}
	t.Logf("%d words, %d forms checked", len(words), checked)
}

// TestStemWritesNothing checks that stemming logs nothing: the library
// printed a debugging line to standard error for "voudrion".
func TestStemWritesNothing(t *testing.T) {
	var out bytes.Buffer
	log.SetOutput(&out)
	defer log.SetOutput(os.Stderr)
	for _, w := range []string{"voudrion", "voudrions", "Voudrion"} {
		Stem(w)
	}
	if out.Len() > 0 {
		t.Errorf("stemming wrote %q", out.String())
	}
}
