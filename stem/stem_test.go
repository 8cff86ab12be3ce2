package stem

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/kljensen/snowball/french"
)

// knownDifferences are the words of the reference list on which Stem
// differs from the current Snowball algorithm: the region exception for
// words in ni + vowel (nier, niais) is inside the library's region
// computation, which the layer in snowball.go cannot change. The README
// lists them too.
var knownDifferences = map[string]string{ // word: reference stem
	"aïe": "aï", "nie": "nie", "nier": "nier", "nierais": "nier", "nierons": "nieron",
	"nié": "nié", "niée": "nié", "niées": "nié", "niés": "nié",
}

func readPairs(t *testing.T, path string) [][2]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		w, s, _ := strings.Cut(line, "\t")
		out = append(out, [2]string{w, s})
	}
	return out
}

// checkConformance stems every word of pairs and checks that the only
// differences from the reference are the known ones.
func checkConformance(t *testing.T, pairs [][2]string) (agree, total int) {
	t.Helper()
	for _, p := range pairs {
		if strings.ContainsAny(p[0], "'-") {
			continue
		}
		total++
		got := Stem(p[0])
		if got == p[1] {
			agree++
			continue
		}
		if ref, ok := knownDifferences[p[0]]; !ok || ref != p[1] {
			t.Errorf("Stem(%q) = %q, want %q", p[0], got, p[1])
		}
	}
	return agree, total
}

// TestSnowballSample checks the lines of the reference list kept in
// testdata, which hold every word the algorithm's revisions changed.
func TestSnowballSample(t *testing.T) {
	pairs := readPairs(t, filepath.Join("testdata", "snowball-fr-sample.tsv"))
	agree, total := checkConformance(t, pairs)
	if total < 300 {
		t.Fatalf("only %d words in the sample", total)
	}
	t.Logf("%d of %d sample words agree", agree, total)
}

// TestSnowballReference checks the whole reference list of the Snowball
// project (../shared/data/snowball-fr): 20,823 of the 20,832 words without
// an apostrophe or a hyphen agree.
func TestSnowballReference(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "snowball-fr")
	voc, err1 := os.ReadFile(filepath.Join(dir, "voc.txt"))
	out, err2 := os.ReadFile(filepath.Join(dir, "output.txt"))
	if err1 != nil || err2 != nil {
		t.Skipf("Snowball reference list not in %s (shared data absent)", dir)
	}
	words, stems := strings.Split(string(voc), "\n"), strings.Split(string(out), "\n")
	var pairs [][2]string
	for i := range min(len(words), len(stems)) {
		if words[i] != "" {
			pairs = append(pairs, [2]string{words[i], stems[i]})
		}
	}
	agree, total := checkConformance(t, pairs)
	if agree != 20823 || total != 20832 {
		t.Errorf("%d of %d agree, want 20823 of 20832", agree, total)
	}
	// The library alone, for the README's comparison.
	lib := 0
	for _, p := range pairs {
		if !strings.ContainsAny(p[0], "'-") && french.Stem(p[0], true) == p[1] {
			lib++
		}
	}
	t.Logf("this package: %d of %d; kljensen/snowball alone: %d", agree, total, lib)
}

func TestStemNormalizes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Armées", "armé"},
		{"arme\u0301es", "armé"}, // decomposed accent
		{"SYRIENNE", "syrien"},
		{"syriens", "syrien"},
		{"l'", "l'"},
		{"L’", "l'"},
		{"4000", "4000"},
		{"-il", "-il"},
		{"-elle", "-elle"},
		{"", ""},
		// Not words to stem: left whole, in small letters.
		{"M.", "m."},
		{"Mondialisation.ca", "mondialisation.ca"},
		{"contact@exemples.fr", "contact@exemples.fr"},
		{"km/h", "km/h"},
		{"20heures", "20heures"},
		{"—", "—"},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStemmerKeepsNoSlice checks that Stem's stem of a word that begins
// with it shares the word's bytes, and that a Stemmer's stems do not: the
// words it is given may be slices of a large document.
func TestStemmerKeepsNoSlice(t *testing.T) {
	text := "les chanteurs chantaient"
	word := text[14:] // chantaient
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		return p >= start && p < start+uintptr(len(text))
	}
	if st := Stem(word); st != "chant" || !inText(st) {
		t.Errorf("Stem(%q) = %q, in the text: %v", word, st, inText(st))
	}
	var s Stemmer
	for range 2 { // computed, then remembered
		if st := s.Stem(word); st != "chant" || inText(st) {
			t.Errorf("Stemmer.Stem(%q) = %q, in the text: %v", word, st, inText(st))
		}
	}
}

func TestStemmerConcurrent(t *testing.T) {
	var s Stemmer
	words := []string{"armée", "armées", "syrienne", "combattants", "humanitaire", "trêves", "bijoux", "française"}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				w := words[(i+g)%len(words)]
				if got, want := s.Stem(w), Stem(w); got != want {
					t.Errorf("Stemmer.Stem(%q) = %q, want %q", w, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	allocs := testing.AllocsPerRun(100, func() { s.Stem("armées") })
	if allocs != 0 {
		t.Errorf("a remembered stem costs %.0f allocations, want 0", allocs)
	}
}

func TestStopWords(t *testing.T) {
	sb, err := LoadStopWords("snowball")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"de", "la", "les", "l'", "qu'", "d", "-il", "-t-elle", "étant"} {
		if !sb.Contains(w) {
			t.Errorf("snowball list lacks %q", w)
		}
	}
	for _, w := range []string{"est", "été", "guerre", "alep"} {
		if sb.Contains(w) {
			t.Errorf("snowball list has %q", w)
		}
	}
	// 154 words of the list, and the elided forms and clitics less the
	// nine fragments (c d j l m n s t qu) the list already has.
	if want := 154 + len(elided) - 9; sb.Len() != want {
		t.Errorf("snowball list has %d words, want %d", sb.Len(), want)
	}
	iso, _ := LoadStopWords("iso")
	if !iso.Contains("est") || iso.Len() < 691 {
		t.Errorf("iso list: %d words, est %v", iso.Len(), iso.Contains("est"))
	}
	none, _ := LoadStopWords("none")
	if none.Len() != 0 || none.Contains("de") {
		t.Error("none is not empty")
	}
	p := filepath.Join(t.TempDir(), "stop.txt")
	os.WriteFile(p, []byte("# mes mots\nAlep  | une ville\nSyrie\n\n"), 0o644)
	mine, err := LoadStopWords(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := mine.Words(); !slices.Equal(got, []string{"alep", "syrie"}) {
		t.Errorf("user list = %q", got)
	}
	if _, err := LoadStopWords(filepath.Join(t.TempDir(), "absent.txt")); err == nil {
		t.Error("no error for a missing file")
	}
}
