package runes

import "testing"

func TestFirstLast(t *testing.T) {
	for _, tt := range []struct {
		s           string
		n           int
		first, last string
	}{
		{"armée", 2, "ar", "ée"},
		{"été", 3, "été", "été"},
		{"été", 9, "été", "été"},
		{"Œuvre", 1, "Œ", "e"},
		{"", 2, "", ""},
		{"abc", 0, "", ""},
	} {
		if got := First(tt.s, tt.n); got != tt.first {
			t.Errorf("First(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.first)
		}
		if got := Last(tt.s, tt.n); got != tt.last {
			t.Errorf("Last(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.last)
		}
	}
}

func TestSmallLatin1At(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int
		want bool
	}{
		{"été", 0, true}, {"été", 3, true}, {"ÿ", 0, true}, {"à", 0, true},
		{"École", 0, false}, {"ß", 0, false}, {"a", 0, false}, {"œ", 0, false},
		{"\xc3", 0, false}, {"e\u0301", 1, false},
	} {
		if got := SmallLatin1At(c.s, c.i); got != c.want {
			t.Errorf("SmallLatin1At(%q, %d) = %v, want %v", c.s, c.i, got, c.want)
		}
	}
}
