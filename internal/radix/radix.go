// Package radix sorts values by a small unsigned key, a byte at a time
// from the lowest: a few passes over the values instead of n log n
// comparisons, and stable.
package radix

import (
	"cmp"
	"math/bits"
	"slices"
)

// Sort sorts s by key, whose values are below 2^width (width at most 64),
// using tmp, as long as s, for scratch space. It returns the sorted
// values: s or tmp.
func Sort[T any](s, tmp []T, width int, key func(T) uint64) []T {
	for shift := 0; shift < width; shift += 8 {
		var count [257]int
		for _, v := range s {
			count[(key(v)>>shift)&0xff+1]++
		}
		for b := 1; b < len(count); b++ {
			count[b] += count[b-1]
		}
		for _, v := range s {
			b := (key(v) >> shift) & 0xff
			tmp[count[b]] = v
			count[b]++
		}
		s, tmp = tmp, s
	}
	return s
}

// Width returns the width Sort needs for keys up to top.
func Width(top uint64) int { return bits.Len64(top) }

// SortBy sorts s stably by key and returns the sorted values (s, or a
// new slice of them): by radix when s is long and no key is negative, by
// comparisons otherwise.
func SortBy[T any](s []T, key func(T) int32) []T {
	top := int32(0)
	for _, v := range s {
		top |= key(v)
	}
	if top < 0 || len(s) < 64 {
		slices.SortStableFunc(s, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
		return s
	}
	return Sort(s, make([]T, len(s)), Width(uint64(top)), func(v T) uint64 { return uint64(key(v)) })
}
