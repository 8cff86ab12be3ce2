package mem

import "testing"

func TestZeroed(t *testing.T) {
	type big [5000]byte // larger than a page: every element is written
	for _, n := range []int{0, 1, 511, 512, 513, 1 << 20} {
		s := Zeroed[uint64](n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("Zeroed(%d): len %d cap %d", n, len(s), cap(s))
		}
		for i, v := range s {
			if v != 0 {
				t.Fatalf("Zeroed(%d)[%d] = %d", n, i, v)
			}
		}
	}
	if s := Zeroed[big](3); len(s) != 3 || s[2] != (big{}) {
		t.Fatalf("Zeroed[big](3) = %d elements", len(s))
	}
}
