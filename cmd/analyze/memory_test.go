package main

import "testing"

func TestHeapLimit(t *testing.T) {
	for _, tt := range []struct {
		live uint64
		want int64
	}{
		{0, 256 << 20},
		{100 << 20, 256 << 20},
		{200 << 20, 276 << 20},
		{1000 << 20, 1316 << 20},
	} {
		if got := heapLimit(tt.live); got != tt.want {
			t.Errorf("heapLimit(%d MB) = %d MB, want %d MB", tt.live>>20, got>>20, tt.want>>20)
		}
	}
}
