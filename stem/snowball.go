package stem

import (
	"strings"
)

// snowballFrench stems a lower-case NFC word with the current Snowball
// French algorithm. frenchStem implements an earlier revision (the one
// kljensen/snowball has); the layer here brings it up to date for the
// changes made since:
//
//   - ë and ï are read as "He" and "Hi": H is not a vowel, so archaïque
//     loses -ique (archa) and ambiguïté loses -ité (ambigu); a lone H left
//     at the end is dropped;
//   - -oux becomes -ou after b, h, j, l, n, p (bijoux, genoux, poux);
//   - -ais, -aise, -aises are verb suffixes (française -> franc) except
//     in balais, calais, malais, palais, valais, mauvais and déplais;
//   - a two-letter word loses a final s after a letter other than
//     a, i, o, u, è or s (es -> e), as longer words do.
func snowballFrench(w string) string {
	if n := len([]rune(w)); n <= 2 {
		if n == 2 && strings.HasSuffix(w, "s") && !strings.ContainsRune("aiouès", []rune(w)[0]) {
			return w[:len(w)-1]
		}
		return w
	}
	marked := strings.Contains(w, "ï") || strings.Contains(w, "ë") // ContainsAny decodes every letter
	if marked {
		w = toH.Replace(w)
	}
	if len(w) >= 4 && strings.HasSuffix(w, "oux") && strings.IndexByte("bhjlnp", w[len(w)-4]) >= 0 {
		w = w[:len(w)-1]
	}
	var out string
	if s, ok := aisSuffix(w); ok {
		out = s
	} else if i := iVerbAfterH(w); i >= 0 {
		// The earlier revision would take the i of ï as the start of an
		// i-verb suffix (haïr -> ha); the current algorithm does not. A dotless
		// ı hides it from that step and leaves the others as they are.
		out = frenchStem(w[:i] + "ı" + w[i+1:])
		out = strings.Replace(out, hMark+"ı", hMark+"i", 1)
	} else {
		out = frenchStem(w)
	}
	if marked {
		out = fromH.Replace(out)
	}
	return out
}

// hMark stands for the algorithm's H: a letter that is not a vowel and that
// no French word contains.
const hMark = "ʜ"

// toH writes ï and ë as H and a vowel, fromH writes them back and drops
// a lone H. Replacers are safe for concurrent use.
var (
	toH   = strings.NewReplacer("ï", hMark+"i", "ë", hMark+"e")
	fromH = strings.NewReplacer(hMark+"i", "ï", hMark+"e", "ë", hMark, "")
)

// regionV returns the start of RV, in runes, of the word after the
// prelude's marking of u, i and y (upper case when they are consonants),
// by the current algorithm's rules: frWord.prelude finds the earlier
// revision's, which lack mauva- and ni- before a vowel.
func regionV(rs []rune) int {
	switch {
	case len(rs) >= 2 && isFrVowel(rs[0]) && isFrVowel(rs[1]):
		return min(3, len(rs))
	case hasRunePrefix(rs, "par"), hasRunePrefix(rs, "col"), hasRunePrefix(rs, "tap"):
		return 3
	case hasRunePrefix(rs, "mauva"):
		return 5
	case len(rs) >= 3 && rs[0] == 'n' && rs[1] == 'i' && isFrVowel(rs[2]):
		return 3
	}
	for i := 1; i < len(rs); i++ {
		if isFrVowel(rs[i]) {
			return i + 1
		}
	}
	return len(rs)
}

// aisSuffix applies the current rule for -ais, -aise and -aises, which the
// earlier revision does not know. It reports false when the rule does not
// decide the stem and the earlier revision gives the same result.
func aisSuffix(w string) (string, bool) {
	var n int
	switch {
	case strings.HasSuffix(w, "aises"):
		n = 5
	case strings.HasSuffix(w, "aise"):
		n = 4
	case strings.HasSuffix(w, "erais"), strings.HasSuffix(w, "irais"), strings.HasSuffix(w, "issais"):
		return "", false // longer verb suffixes come first
	case strings.HasSuffix(w, "ais"):
		n = 3
	default:
		return "", false
	}
	marked := frWord{rs: []rune(w)}
	marked.prelude() // u, i and y marked as consonants
	rs := marked.rs
	start := len(rs) - n
	if start < regionV(rs) {
		if n == 3 {
			return w, true // mauvais, niais: -ais outside RV is kept
		}
		return "", false
	}
	stem := string(rs[:start])
	if len(rs[:start]) == 3 && strings.HasSuffix(stem, "al") || strings.HasSuffix(stem, "auv") || strings.HasSuffix(stem, "épl") {
		if n == 3 {
			return w, true // palais, mauvais, déplais stay whole
		}
		return "", false
	}
	if n == 3 && strings.HasSuffix(stem, "e") && start-1 >= regionV(rs) {
		rs = rs[:start-1] // -eais
	} else {
		rs = rs[:start]
	}
	end := frWord{rs: rs}
	end.step3() // Y and ç at the end
	end.finish()
	return string(end.rs), true
}

// iVerbAfterH returns where the i of a final ï stands when what follows
// it is an i-verb suffix (haïr, haïssait), or -1.
func iVerbAfterH(w string) int {
	i := strings.LastIndex(w, hMark+"i")
	if i < 0 {
		return -1
	}
	i += len(hMark)
	switch w[i:] {
	case "i", "ie", "ies", "ir", "ira", "irai", "iraient", "irais", "irait",
		"iras", "irent", "irez", "iriez", "irions", "irons", "iront", "is", "issaient", "issais",
		"issait", "issant", "issante", "issantes", "issants", "isse", "issent", "isses", "issez",
		"issiez", "issions", "issons", "it":
		return i
	}
	return -1
}
