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
