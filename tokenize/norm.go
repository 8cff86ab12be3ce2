package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/analyze-fr/analyze/internal/runes"
	"golang.org/x/text/unicode/norm"
)

// Normalize returns the counting form of a token's text: lower case, NFC,
// typographic apostrophes (’ ʼ) folded to ', and, in numbers, the spaces
// between groups of digits removed. It returns text itself, without
// allocating, when nothing changes.
func Normalize(text string, kind Kind) string {
	upper, ascii := false, true
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z' || c == ' '
	}
	if ascii {
		if !upper {
			return text
		}
		return lowerASCII(text, kind)
	}
	if !needsNorm(text) {
		return text
	}
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	var b strings.Builder
	b.Grow(len(text))
	for _, r := range text {
		switch {
		case r == '’' || r == 'ʼ':
			b.WriteByte('\'')
		case kind == Number && isSpaceRune(r):
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// lowerASCII lower-cases ASCII text, dropping spaces in numbers.
func lowerASCII(text string, kind Kind) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ' && kind == Number:
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// needsNorm reports whether Normalize would change text.
func needsNorm(text string) bool {
	high := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' || c == ' ' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsUpper(r) || unicode.IsTitle(r) || r == '’' || r == 'ʼ' || isSpaceRune(r) {
			return true
		}
		high = high || r >= 0x300
		i += size
	}
	return high && !norm.NFC.IsNormalString(text)
}

// isNormal reports whether Normalize would return text unchanged.
func isNormal(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			// A small letter of Latin-1 (à to ÿ) is normal; what follows
			// it is checked in turn.
			if runes.SmallLatin1At(text, i) {
				i++
				continue
			}
			return !needsNorm(text)
		}
		if 'A' <= c && c <= 'Z' || c == ' ' {
			return false
		}
	}
	return true
}
