package analyze

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that any bytes decode to valid UTF-8 or give an
// error, and that HTML extraction never fails on decoded text.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "L'été", "\xef\xbb\xbfAlep", "L'\xe9t\xe9", "\xff\xfeA\x00", "\xfe\xff\x00A", "A\x00l\x00",
		"\x89PNG\r\n\x1a\n\x00", "\xff\xfe\x00", "\xfe\xff\xd8\x00", "<p>a</p>", "\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := decode(append([]byte(nil), data...))
		if err != nil {
			return
		}
		if !utf8.ValidString(text) || enc == "" {
			t.Fatalf("decode(%q) = %q (%s): not valid UTF-8", data, text, enc)
		}
		if _, err := htmlText(text); err != nil {
			t.Fatalf("htmlText: %v", err)
		}
	})
}

// FuzzChunks cuts any text in chunks of a few bytes, checking that each
// cut falls inside the text and on a rune boundary, and counts the text
// whole and in chunks: when every cut is at white space, no word is lost
// or gained.
func FuzzChunks(f *testing.F) {
	for _, s := range []string{"", "Alep.\n\nLa trêve. Une autre.", "a b c d e f g h", "\n\n\n", "été été été", "É\nÉ\nÉ\n", "x"} {
		f.Add(s, 8)
	}
	f.Fuzz(func(t *testing.T, text string, size int) {
		size = 1 + abs(size)%64
		rest := text
		atSpace := true // every cut is after white space, not inside a word
		for len(rest) > 0 {
			n := cutAt(rest, size)
			if n < len(rest) && !strings.ContainsAny(rest[n-1:n], " \n") {
				atSpace = false
			}
			_, first := utf8.DecodeRuneInString(rest)
			if n <= 0 || n > len(rest) || n > max(size, first) && n != len(rest) {
				t.Fatalf("cutAt(%q, %d) = %d", rest, size, n)
			}
			if utf8.ValidString(text) && !utf8.ValidString(rest[:n]) {
				t.Fatalf("cutAt(%q, %d) = %d: inside a rune", rest, size, n)
			}
			rest = rest[n:]
		}
		// A cut inside a word (a text with no space to cut at) splits it;
		// numbers with spaces and abbreviations may span a space.
		if !utf8.ValidString(text) || !atSpace || strings.ContainsAny(text, "'’-.0123456789") {
			return
		}
		a, err := newAnalyzer(Options{NoEntities: true, NGrams: 3, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		words := make([]int, 2)
		for k, chunk := range []int{len(text) + 1, size} {
			a.chunkSize, a.longSize = chunk, chunk
			d := a.document(Source{Name: "x", Text: text}, newTally())
			words[k] = d.Stats.Words
		}
		if words[0] != words[1] {
			t.Fatalf("%d words whole, %d in chunks of %d", words[0], words[1], size)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
