package tokenize

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// texts returns the Text of each token of src.
func texts(src string) []string {
	var out []string
	for _, t := range Tokenize(src) {
		out = append(out, t.Text)
	}
	return out
}

func TestFrenchRules(t *testing.T) {
	tests := []struct {
		name, src, want string // want: tokens separated by |
	}{
		{"elision", "l'armée d’Alep", "l'|armée|d’|Alep"},
		{"elided conjunctions", "jusqu'à lorsqu'il puisqu'on quoiqu'elle qu'elles", "jusqu'|à|lorsqu'|il|puisqu'|on|quoiqu'|elle|qu'|elles"},
		{"capital elision", "L'Etat C'est J'ai N'a", "L'|Etat|C'|est|J'|ai|N'|a"},
		{"whole with apostrophe", "aujourd'hui presqu'île quelqu'un O'Hara", "aujourd'hui|presqu'île|quelqu'un|O'Hara"},
		{"l'on and c'est-à-dire", "si l'on veut, c'est-à-dire", "si|l'on|veut|,|c'est-à-dire"},
		{"elision inside a name", "Saint-Nicolas-d'Acy", "Saint-Nicolas-d'Acy"},
		{"inverted subject", "Est-il venu", "Est|-il|venu"},
		{"euphonic t", "a-t-il dit-elle va-t-en", "a|-t-il|dit|-elle|va|-t-en"},
		{"two clitics", "donne-le-moi", "donne|-le|-moi"},
		{"est-ce", "Qu'est-ce que", "Qu'|est|-ce|que"},
		{"hyphenated words", "peut-être Etats-Unis sur-le-champ cessez-le-feu rendez-vous Aix-en-Provence", "peut-être|Etats-Unis|sur-le-champ|cessez-le-feu|rendez-vous|Aix-en-Provence"},
		{"names", "Deir Es-Zor Al-Nosra Moyen-Orient", "Deir|Es-Zor|Al-Nosra|Moyen-Orient"},
		{"demonstratives", "cette fois-ci, celui-ci, ce jour-là", "cette|fois|-ci|,|celui-ci|,|ce|jour|-là"},
		{"thousands", "4 000 hommes", "4 000|hommes"},
		{"thousands nbsp", "4\u00a0000 et 1\u202f250\u00a0000", "4\u00a0000|et|1\u202f250\u00a0000"},
		{"not thousands", "en 2016 000 et 12 1234", "en|2016|000|et|12|1234"},
		{"decimals", "3,14 0.27 2:00.531", "3,14|0.27|2:00.531"},
		{"ordinals", "1er 2e XXIe Ve", "1er|2e|XXIe|Ve"},
		{"units split", "20h45 160km 9°C", "20|h|45|160|km|9|°|C"},
		{"km/h", "300 km/h et/ou", "300|km/h|et|/|ou"},
		{"ranges and signs", "2007-2008 vers -365", "2007-2008|vers|-365"},
		{"date", "11 novembre 2016", "11|novembre|2016"},
		{"title abbreviations", "M. de Mistura, Mme Dupont et Dr. Folamour", "M.|de|Mistura|,|Mme|Dupont|et|Dr.|Folamour"},
		{"soft abbreviations", "etc. et p. 12, p. ex. la", "etc.|et|p.|12|,|p.|ex.|la"},
		{"street abbreviations", "40, r. St-Martin et boulev. de Courcelles", "40|,|r.|St-Martin|et|boulev.|de|Courcelles"},
		{"etc at the end", "des chats, etc. Le chien", "des|chats|,|etc|.|Le|chien"},
		{"initials", "J.-P. Sartre et J. Chirac, R.E.M.", "J.-P.|Sartre|et|J.|Chirac|,|R.E.M."},
		{"letter ending a sentence", "sous Mac OS X. Une version", "sous|Mac|OS|X|.|Une|version"},
		{"url", "voir https://example.org/a_(b).", "voir|https://example.org/a_(b)|."},
		{"www", "(www.lemonde.fr)", "(|www.lemonde.fr|)"},
		{"email", "écrire à jean.dupont@exemple.fr.", "écrire|à|jean.dupont@exemple.fr|."},
		{"domain", "Mondialisation.ca, 2016", "Mondialisation.ca|,|2016"},
		{"guillemets", "« Bonjour », dit-il", "«|Bonjour|»|,|dit|-il"},
		{"ellipsis", "Attends… non... si", "Attends|…|non|...|si"},
		{"dashes", "Paris -- Lyon — Nice", "Paris|--|Lyon|—|Nice"},
		{"markdown link", "[Antoine Charpentier](#)", "[|Antoine|Charpentier|](#)"},
		{"footnote mark", "Mistoura [\\[1\\]](#), qui", "Mistoura|[\\[1\\]](#)|,|qui"},
		{"bold and heading", "## Titre\n**Avis** :", "##|Titre|**|Avis|**|:"},
		{"autolink", "<https://x.fr/>", "<|https://x.fr/|>"},
		{"mailto link", "[a@b.ca](mailto:a@b.ca)", "[|a@b.ca|](mailto:a@b.ca)"},
		{"brackets that are not links", "[sic] et [...]", "[|sic|]|et|[|...|]"},
		{"n°", "n° 5", "n°|5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(texts(tt.src), "|")
			if got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.src, got, tt.want)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	src := "Le 1er mai, 4 000 € à http://x.fr ou a@b.fr [lien](#) XXIe Ce"
	want := []Kind{Word, Number, Word, Punct, Number, Symbol, Word, URL, Word, Email, Markup, Word, Markup, Number, Word}
	var got []Kind
	for _, tok := range Tokenize(src) {
		got = append(got, tok.Kind)
	}
	if !slices.Equal(got, want) {
		t.Errorf("kinds of %q:\n got %v\nwant %v", src, got, want)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // the sentences, as token texts joined by spaces
	}{
		{"full stops", "Il pleut. Elle sort.", []string{"Il pleut .", "Elle sort ."}},
		{"question and exclamation", "Où ? Ici ! Bon.", []string{"Où ?", "Ici !", "Bon ."}},
		{"question inside a quote", "« Quoi ? » dit-il.", []string{"« Quoi ? » dit -il ."}},
		{"closing quote stays", "Il a dit « non. » Puis rien.", []string{"Il a dit « non . »", "Puis rien ."}},
		{"ellipsis", "Attends… Puis rien.", []string{"Attends …", "Puis rien ."}},
		{"abbreviations", "M. de Mistura et J.-P. Sartre. Fin.", []string{"M. de Mistura et J.-P. Sartre .", "Fin ."}},
		{"decimal", "Il a 3,5 ans. Oui.", []string{"Il a 3,5 ans .", "Oui ."}},
		{"footnote mark", "Il vint [\\[1\\]](#). Puis partit.", []string{"Il vint [\\[1\\]](#) .", "Puis partit ."}},
		{"title line", "Un titre\nLe texte suit.", []string{"Un titre", "Le texte suit ."}},
		{"wrapped line", "Une phrase\ncoupée en deux.", []string{"Une phrase coupée en deux ."}},
		{"lower case after a full stop", "Fin. puis la suite", []string{"Fin .", "puis la suite"}},
		{"link at a sentence start", "Fin. [Mondialisation.ca](#) contient", []string{"Fin .", "[ Mondialisation.ca ](#) contient"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range Tokenize(tt.src) {
				for len(got) <= tok.Sentence {
					got = append(got, "")
				}
				if got[tok.Sentence] != "" {
					got[tok.Sentence] += " "
				}
				got[tok.Sentence] += tok.Text
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sentences of %q:\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ src, want string }{
		{"L’Etat", "l'|etat"},
		{"ÉTATS-UNIS", "états-unis"},
		{"e\u0301te\u0301", "été"}, // decomposed accents are composed
		{"4\u00a0000", "4000"},
		{"aujourd’hui", "aujourd'hui"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.src) {
			got = append(got, tok.Norm)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("norms of %q = %q, want %q", tt.src, g, tt.want)
		}
	}
}

// TestNormSharesText checks that a token already in normal form does not
// get a copy: Norm is the same string as Text.
func TestNormSharesText(t *testing.T) {
	src := "la guerre en syrie"
	for _, tok := range Tokenize(src) {
		if unsafe.StringData(tok.Norm) != unsafe.StringData(tok.Text) {
			t.Fatalf("token %q: norm %q", tok.Text, tok.Norm)
		}
	}
	allocs := testing.AllocsPerRun(100, func() {
		for range All(src) {
		}
	})
	if allocs > 1 {
		t.Errorf("All on lower-case text: %.0f allocations, want at most 1", allocs)
	}
}

func TestAllMatchesTokenize(t *testing.T) {
	src := readSample(t)
	var got []Token
	for tok := range All(src) {
		got = append(got, tok)
	}
	if want := Tokenize(src); !slices.Equal(got, want) {
		t.Errorf("All and Tokenize differ: %d and %d tokens", len(got), len(want))
	}
	// Stopping early must be allowed.
	n := 0
	for range All(src) {
		n++
		if n == 3 {
			break
		}
	}
}

func readSample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "alep-treve-humanitaire.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestNoAllocationPerToken checks that tokenizing allocates a number of
// times that does not grow with the text, capitals included: a word's
// normal form is built once per call, then remembered.
func TestNoAllocationPerToken(t *testing.T) {
	para := "L’Etat syrien et la Russie : M. de Mistura à Alep, « Deir Es-Zor », 4 000 combattants. "
	allocs := func(repeat int) float64 {
		src := strings.Repeat(para, repeat)
		return testing.AllocsPerRun(5, func() {
			for range All(src) {
			}
		})
	}
	small, large := allocs(10), allocs(1000)
	t.Logf("allocations: %.0f for 10 paragraphs, %.0f for 1,000", small, large)
	if large > small+10 {
		t.Errorf("allocations grow with the text: %.0f, then %.0f", small, large)
	}
}

// TestEightBytesAtOnce checks the word-character test and the AND of
// eight bytes at once against isAlnumByte byte by byte: every byte value
// at every position, among letters, digits and high bytes.
func TestEightBytesAtOnce(t *testing.T) {
	fillers := []byte{'a', 'Z', '0', 0xC3, 0xFF, ' '}
	for _, fill := range fillers {
		for pos := range 8 {
			for b := range 256 {
				var buf [8]byte
				for i := range buf {
					buf[i] = fill
				}
				buf[pos] = byte(b)
				x := load64(string(buf[:]), 0)
				stop := notAlnum8(x)
				and := byte(0xFF)
				for i, c := range buf {
					if got := stop>>(8*i+7)&1 == 1; got == isAlnumByte(c) {
						t.Fatalf("%q: byte %d (%#x) a stop: %v", buf, i, c, got)
					}
					if stop>>(8*i)&0x7F != 0 {
						t.Fatalf("%q: bits other than the high one set: %#x", buf, stop)
					}
					and &= c
				}
				if got := and8(x); got != and {
					t.Fatalf("and8(%q) = %#x, want %#x", buf, got, and)
				}
			}
		}
	}
}
