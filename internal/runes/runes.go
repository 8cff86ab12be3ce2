// Package runes reads strings by characters (runes) rather than bytes.
package runes

import "unicode/utf8"

// First returns the first n characters of s (all of s if it has fewer).
func First(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// Last returns the last n characters of s (all of s if it has fewer).
func Last(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// SmallLatin1At reports whether s holds at i, which is below len(s), a
// small letter of Latin-1 (à to ÿ, and ÷) written precomposed: the bytes
// 0xC3 then 0xA0 to 0xBF. Such a letter is its own lower case and NFC,
// so a check for either can step over its two bytes.
func SmallLatin1At(s string, i int) bool {
	return s[i] == 0xC3 && i+1 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF
}
