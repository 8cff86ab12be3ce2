// Package runes cuts strings by characters (runes) rather than bytes.
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
