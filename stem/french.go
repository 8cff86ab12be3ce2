package stem

import "unicode/utf8"

// frenchStem is the revision of the Snowball French algorithm that
// github.com/kljensen/snowball implements (french.Stem(word, true)),
// giving the same stems, without its cost: the library converts each
// candidate suffix to runes at every comparison, which is half of its
// time. Here the suffixes are converted once, and a word's runes live in
// a buffer on the stack. TestFrenchStemAsTheLibrary compares the two
// over the vocabulary of the shared corpora. The word is in lower case
// and trimmed already (see fold), which the library does again.
func frenchStem(word string) string {
	if len(word) <= 2 {
		return word
	}
	// Room for the word and the one rune a step may add (ic -> iqU).
	var buf [48]rune
	rs := buf[:]
	if n := utf8.RuneCountInString(word) + 1; n > len(buf) {
		rs = make([]rune, n)
	}
	n := 0
	for _, r := range word {
		rs[n] = r
		n++
	}
	w := &frWord{rs: rs[:n]}
	w.prelude()
	changed := w.step1()
	if !changed {
		changed = w.step2a()
		if !changed {
			changed = w.step2b()
		}
	}
	if changed {
		w.step3()
	} else {
		w.step4()
	}
	w.finish()
	// Most stems begin the word: they are a slice of it, not a copy.
	i := 0
	for k, r := range word {
		if i == len(w.rs) {
			return word[:k]
		}
		if r != w.rs[i] {
			return string(w.rs)
		}
		i++
	}
	if i == len(w.rs) {
		return word
	}
	return string(w.rs)
}

// frWord is a word being stemmed: its runes and the starts of its
// regions R1, R2 and RV, in runes. The starts are found once, and only
// brought back to the end when the word gets shorter than them.
type frWord struct {
	rs         []rune
	r1, r2, rv int
}

// isFrVowel reports whether r is a vowel of the algorithm (lower case:
// u, i and y marked as consonants are upper case).
func isFrVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'â', 'à', 'ë', 'é', 'ê', 'è', 'ï', 'î', 'ô', 'û', 'ù':
		return true
	}
	return false
}

// prelude marks y after or before a vowel, u and i between vowels and u
// after q as consonants, then finds the regions.
func (w *frWord) prelude() {
	rs := w.rs
	vowelBefore := false
	for i, r := range rs {
		if !isFrVowel(r) {
			vowelBefore = false
			continue
		}
		vowelAfter := i+1 < len(rs) && isFrVowel(rs[i+1])
		vowel := true
		switch {
		case r == 'y' && (vowelBefore || vowelAfter):
			rs[i], vowel = 'Y', false
		case r == 'u' && (vowelBefore && vowelAfter || i > 0 && rs[i-1] == 'q'):
			rs[i], vowel = 'U', false
		case r == 'i' && vowelBefore && vowelAfter:
			rs[i], vowel = 'I', false
		}
		vowelBefore = vowel
	}
	w.r1 = afterVowelConsonant(rs, 0)
	w.r2 = afterVowelConsonant(rs, w.r1)
	w.rv = len(rs)
	switch {
	case hasRunePrefix(rs, "par"), hasRunePrefix(rs, "col"), hasRunePrefix(rs, "tap"):
		w.rv = 3
	case len(rs) >= 3 && isFrVowel(rs[0]) && isFrVowel(rs[1]):
		w.rv = 3
	default:
		for i := 1; i < len(rs); i++ {
			if isFrVowel(rs[i]) {
				w.rv = i + 1
				break
			}
		}
	}
}

// afterVowelConsonant returns the position after the first consonant that
// follows a vowel, both at from or later, or len(rs).
func afterVowelConsonant(rs []rune, from int) int {
	for j := from + 1; j < len(rs); j++ {
		if isFrVowel(rs[j-1]) && !isFrVowel(rs[j]) {
			return j + 1
		}
	}
	return len(rs)
}

func hasRunePrefix(rs []rune, p string) bool {
	for i, r := range p { // ASCII prefixes: byte index = rune index
		if i >= len(rs) || rs[i] != r {
			return false
		}
	}
	return true
}

// ends reports whether the word ends with s.
func (w *frWord) ends(s []rune) bool {
	n := len(w.rs) - len(s)
	if n < 0 {
		return false
	}
	for i, r := range s {
		if w.rs[n+i] != r {
			return false
		}
	}
	return true
}

// fits reports whether the last n runes lie in the region starting at
// start.
func (w *frWord) fits(start, n int) bool { return start <= len(w.rs)-n }

// suffixList is a list of suffixes in the order they are tried, with,
// for each last letter, the indices of those that end with it: a word
// is compared only with the suffixes that end as it does.
type suffixList struct {
	names  []string
	runes  [][]rune
	byLast map[rune][]int
}

func newSuffixList(names ...string) suffixList {
	l := suffixList{names: names, byLast: map[rune][]int{}}
	for k, s := range names {
		rs := []rune(s)
		l.runes = append(l.runes, rs)
		last := rs[len(rs)-1]
		l.byLast[last] = append(l.byLast[last], k)
	}
	return l
}

// suffixIn returns the first suffix of l the word ends with that lies
// in the region starting at start, and its length in runes; 0 if none.
func (w *frWord) suffixIn(start int, l *suffixList) (string, int) {
	for _, k := range l.byLast[w.last()] {
		if s := l.runes[k]; w.fits(start, len(s)) && w.ends(s) {
			return l.names[k], len(s)
		}
	}
	return "", 0
}

// cut drops the last n runes.
func (w *frWord) cut(n int) { w.replace(n, "") }

// replace puts with in place of the last n runes; the regions' starts
// are brought back only past the new end.
func (w *frWord) replace(n int, with string) {
	end := len(w.rs) - n
	w.rs = w.rs[:end+utf8.RuneCountInString(with)] // within the buffer: at most one rune more
	for _, r := range with {
		w.rs[end] = r
		end++
	}
	w.r1, w.r2, w.rv = min(w.r1, len(w.rs)), min(w.r2, len(w.rs)), min(w.rv, len(w.rs))
}

// endsWith reports whether the word ends with s, and the length of s in
// runes.
func (w *frWord) endsWith(s string) (int, bool) {
	i := len(w.rs)
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
		i--
		n++
		if i < 0 || w.rs[i] != r {
			return 0, false
		}
	}
	return n, true
}

// endsWithAny is endsWith for the first of ends the word ends with.
func (w *frWord) endsWithAny(ends ...string) (int, bool) {
	for _, e := range ends {
		if n, ok := w.endsWith(e); ok {
			return n, true
		}
	}
	return 0, false
}

// last returns the last rune, or 0 for an empty word.
func (w *frWord) last() rune {
	if len(w.rs) == 0 {
		return 0
	}
	return w.rs[len(w.rs)-1]
}

// icToIqU drops a final ic in R2, or makes it iqU outside.
func (w *frWord) icToIqU() {
	if n, ok := w.endsWith("ic"); ok {
		if w.fits(w.r2, n) {
			w.cut(n)
		} else {
			w.replace(n, "iqU")
		}
	}
}

// step1 removes the standard suffixes; it reports whether that counts as
// a change for the steps that follow.
func (w *frWord) step1() bool {
	s, n := w.suffixIn(0, &frStep1)
	if n == 0 {
		return false
	}
	inR1, inR2, inRV := w.fits(w.r1, n), w.fits(w.r2, n), w.fits(w.rv, n)
	if inR2 {
		switch s {
		case "logie", "logies":
			w.replace(n, "log")
			return true
		case "usion", "ution", "usions", "utions":
			w.replace(n, "u")
			return true
		case "ence", "ences":
			w.replace(n, "ent")
			return true
		case "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes":
			w.cut(n)
			return true
		}
	}
	if inRV {
		switch s {
		case "amment":
			w.replace(n, "ant")
			return false
		case "emment":
			w.replace(n, "ent")
			return false
		case "ment", "ments":
			if i := len(w.rs) - n - 1; i >= w.rv && isFrVowel(w.rs[i]) {
				w.cut(n)
			}
			return false
		}
	}
	switch s {
	case "eaux":
		w.replace(n, "eau")
		return true
	case "aux":
		if inR1 {
			w.replace(n, "al")
			return true
		}
	case "euse", "euses":
		if inR2 {
			w.cut(n)
			return true
		}
		if inR1 {
			w.replace(n, "eux")
			return true
		}
	case "issement", "issements":
		if i := len(w.rs) - n - 1; inR1 && i >= 0 && !isFrVowel(w.rs[i]) {
			w.cut(n)
			return true
		}
		return false
	case "atrice", "ateur", "ation", "atrices", "ateurs", "ations":
		if inR2 {
			w.cut(n)
			w.icToIqU()
			return true
		}
	case "ement", "ements":
		if !inRV {
			return false
		}
		w.cut(n)
		if m, ok := w.endsWith("iv"); ok && w.fits(w.r2, m) {
			w.cut(m)
			if m, ok := w.endsWith("at"); ok && w.fits(w.r2, m) {
				w.cut(m)
			}
			return true
		}
		if m, ok := w.endsWith("eus"); ok {
			if w.fits(w.r2, m) {
				w.cut(m)
			} else if w.fits(w.r1, m) {
				w.replace(m, "eux")
			}
			return true
		}
		if m, ok := w.endsWithAny("abl", "iqU"); ok {
			if w.fits(w.r2, m) {
				w.cut(m)
			}
		} else if m, ok := w.endsWithAny("ièr", "Ièr"); ok && w.fits(w.rv, m) {
			w.replace(m, "i")
		}
		return true
	case "ité", "ités":
		if !inR2 {
			return false
		}
		w.cut(n)
		if m, ok := w.endsWith("abil"); ok {
			if w.fits(w.r2, m) {
				w.cut(m)
			} else {
				w.replace(m, "abl")
			}
			return true
		}
		if _, ok := w.endsWith("ic"); ok {
			w.icToIqU()
			return true
		}
		if m, ok := w.endsWith("iv"); ok && w.fits(w.r2, m) {
			w.cut(m)
		}
		return true
	case "if", "ive", "ifs", "ives":
		if !inR2 {
			return false
		}
		w.cut(n)
		if m, ok := w.endsWith("at"); ok && w.fits(w.r2, m) {
			w.cut(m)
			w.icToIqU()
		}
		return true
	}
	return false
}

// step2a removes the suffixes of -ir verbs, in RV after a consonant.
func (w *frWord) step2a() bool {
	_, n := w.suffixIn(w.rv, &frStep2a)
	if i := len(w.rs) - n - 1; n > 0 && i >= 0 && w.fits(w.rv, n+1) && !isFrVowel(w.rs[i]) {
		w.cut(n)
		return true
	}
	return false
}

// step2b removes the other verb suffixes in RV.
func (w *frWord) step2b() bool {
	s, n := w.suffixIn(w.rv, &frStep2b)
	switch s {
	case "":
		return false
	case "ions":
		if !w.fits(w.r2, n) {
			return false
		}
		w.cut(n)
	case "âmes", "ât", "âtes", "a", "ai", "aIent", "ais", "ait", "ant", "ante", "antes", "ants", "as",
		"asse", "assent", "asses", "assiez", "assions":
		w.cut(n)
		if w.last() == 'e' && w.fits(w.rv, 1) {
			w.cut(1)
		}
	default:
		w.cut(n)
	}
	return true
}

// step3 turns a final Y into i and a final ç into c.
func (w *frWord) step3() {
	switch w.last() {
	case 'Y':
		w.rs[len(w.rs)-1] = 'i'
	case 'ç':
		w.rs[len(w.rs)-1] = 'c'
	}
}

// step4 removes residual suffixes, when the steps before changed nothing.
func (w *frWord) step4() {
	if n := len(w.rs); n >= 2 && w.rs[n-1] == 's' {
		switch w.rs[n-2] {
		case 'a', 'i', 'o', 'u', 'è', 's':
			return
		}
		w.cut(1)
	}
	switch s, n := w.suffixIn(w.rv, &frStep4); s {
	case "ion":
		if i := len(w.rs) - n - 1; w.fits(w.r2, n) && i >= 0 && w.fits(w.rv, n+1) && (w.rs[i] == 's' || w.rs[i] == 't') {
			w.cut(n)
		}
	case "ier", "ière", "Ier", "Ière":
		w.replace(n, "i")
	case "e":
		w.cut(1)
	case "ë":
		if m := len(w.rs); m >= 3 && w.rs[m-3] == 'g' && w.rs[m-2] == 'u' {
			w.cut(1)
		}
	}
}

// finish ends every stem: it undoubles, unaccents, and puts back in small
// letters the u, i and y that the prelude marked as consonants.
func (w *frWord) finish() {
	w.undouble()
	w.unaccent()
	for i, r := range w.rs {
		switch r {
		case 'I':
			w.rs[i] = 'i'
		case 'U':
			w.rs[i] = 'u'
		case 'Y':
			w.rs[i] = 'y'
		}
	}
}

// undouble drops the last letter of -enn, -onn, -ett, -ell and -eill.
func (w *frWord) undouble() {
	if _, ok := w.endsWithAny("enn", "onn", "ett", "ell", "eill"); ok {
		w.cut(1)
	}
}

// unaccent turns the last vowel into e when it is é or è and a consonant
// at least follows it.
func (w *frWord) unaccent() {
	for i := len(w.rs) - 1; i >= 0; i-- {
		if r := w.rs[i]; isFrVowel(r) {
			if (r == 'é' || r == 'è') && i < len(w.rs)-1 {
				w.rs[i] = 'e'
			}
			return
		}
	}
}

// The suffix lists of the steps. They are never changed.
var (
	frStep1 = newSuffixList("issements", "issement", "atrices", "utions", "usions", "logies",
		"emment", "ements", "atrice", "ations", "ateurs", "amment", "ution",
		"usion", "ments", "logie", "istes", "ismes", "iqUes", "euses",
		"ences", "ement", "ation", "ateur", "ances", "ables", "ment",
		"ités", "iste", "isme", "iqUe", "euse", "ence", "eaux", "ance",
		"able", "ives", "ité", "eux", "aux", "ive", "ifs", "if")
	frStep2a = newSuffixList("issantes", "issaIent", "issions", "issants", "issante",
		"iraIent", "issons", "issiez", "issent", "issant", "issait",
		"issais", "irions", "issez", "isses", "iront", "irons", "iriez",
		"irent", "irait", "irais", "îtes", "îmes", "isse", "irez",
		"iras", "irai", "ira", "ies", "ît", "it", "is", "ir", "ie", "i")
	frStep2b = newSuffixList("eraIent", "assions", "erions", "assiez", "assent",
		"èrent", "eront", "erons", "eriez", "erait", "erais",
		"asses", "antes", "aIent", "âtes", "âmes", "ions",
		"erez", "eras", "erai", "asse", "ants", "ante", "ées",
		"iez", "era", "ant", "ait", "ais", "és", "ée", "ât",
		"ez", "er", "as", "ai", "é", "a")
	frStep4 = newSuffixList("Ière", "ière", "Ier", "ier", "ion", "e", "ë")
)
