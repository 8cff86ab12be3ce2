package stats

import (
	"strings"
	"unicode"
)

// Readability holds readability scores adapted to French.
type Readability struct {
	// KandelMoles is the French adaptation of Flesch's reading ease
	// (Kandel & Moles 1958): 207 − 1.015 × words/sentence − 73.6 ×
	// syllables/word. Higher is easier; 60–70 is plain prose.
	KandelMoles float64 `json:"kandel_moles"`
	// LIX (Björnsson 1968): words/sentence + 100 × long words/words, a
	// long word having more than six letters. Below 40 easy, above 50 hard.
	LIX float64 `json:"lix"`
}

// ReadabilityScores computes the scores from counts of sentences, words,
// syllables and words of more than six letters.
func ReadabilityScores(sentences, words, syllables, longWords int) Readability {
	if sentences == 0 || words == 0 {
		return Readability{}
	}
	ws := float64(words) / float64(sentences)
	return Readability{
		KandelMoles: 207 - 1.015*ws - 73.6*float64(syllables)/float64(words),
		LIX:         ws + 100*float64(longWords)/float64(words),
	}
}

// IsLongWord reports whether w has more than six letters (for LIX).
func IsLongWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 6
}

// Syllables counts the syllables of a French word as it is spoken: groups
// of vowels, less a mute final e (table, tables; not in a word of one
// vowel group: le, les), a diaeresis starting a new group (Noël, naïf),
// and y between vowels counting in both (crayon), as in pays. Verbs in -ent
// (ils parlent) are not told apart from nouns (moment): they count one
// more. Words without a vowel (numbers, symbols) count 0.
func Syllables(w string) int {
	w = strings.ToLower(w)
	rs := []rune(w)
	groups := 0
	inVowel := false
	for i, r := range rs {
		switch {
		case r == 'ë' || r == 'ï' || r == 'ü':
			groups++ // a diaeresis is sounded apart: no-ël, na-ïf
			inVowel = true
		case r == 'y' && i > 0 && i+1 < len(rs) && isVowelFR(rs[i-1]) && isVowelFR(rs[i+1]):
			groups++ // pa-ys, cra-yon: y closes one syllable and opens the next
			inVowel = true
		case isVowelFR(r):
			if !inVowel {
				groups++
			}
			inVowel = true
		default:
			inVowel = false
		}
	}
	if groups > 1 && mutedEnding(rs) {
		groups--
	}
	if strings.HasPrefix(w, "pays") {
		groups++ // pa-ys, pay-sage: the y is sounded twice
	}
	return groups
}

func isVowelFR(r rune) bool {
	return strings.ContainsRune("aeiouyàâäéèêëîïôöùûüœæ", r)
}

// mutedEnding reports a final e or es after a consonant: table, tables.
func mutedEnding(rs []rune) bool {
	n := len(rs)
	switch {
	case n >= 2 && rs[n-1] == 'e' && !isVowelFR(rs[n-2]):
		return true
	case n >= 3 && rs[n-1] == 's' && rs[n-2] == 'e' && !isVowelFR(rs[n-3]):
		return true
	}
	return false
}
