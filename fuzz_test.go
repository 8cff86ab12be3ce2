package analyze

import (
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
