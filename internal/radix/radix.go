// Package radix sorts values by a small unsigned key, a digit at a time
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

// SortBy returns the values of s sorted stably by key, in a new slice
// (see Order).
func SortBy[T any](s []T, key func(T) int32) []T {
	keys := make([]int32, len(s))
	for i, v := range s {
		keys[i] = key(v)
	}
	out := make([]T, len(s))
	for k, x := range Order(keys) {
		out[k] = s[uint32(x)]
	}
	return out
}

// Order returns keys in increasing order, equal keys in the order of
// their positions, each as an 8-byte value: uint64(uint32(key))<<32 |
// position. Sorted whole, key and position, these values take two passes
// of 11-bit digits for keys below 2^22, half the bytes a key beside a
// value of eight bytes would move. Short or negative keys are sorted by
// comparisons.
func Order(keys []int32) []uint64 {
	n := len(keys)
	top := int32(0)
	for _, k := range keys {
		top |= k
	}
	s := make([]uint64, 2*n)
	s, tmp := s[:n], s[n:]
	for i, k := range keys {
		s[i] = uint64(uint32(k))<<32 | uint64(i)
	}
	if top < 0 || n < orderMin {
		slices.SortFunc(s, func(a, b uint64) int {
			if c := cmp.Compare(int32(a>>32), int32(b>>32)); c != 0 {
				return c
			}
			return cmp.Compare(uint32(a), uint32(b))
		})
		return s
	}
	const mask = 1<<orderDigit - 1
	for shift := 32; shift < 32+bits.Len32(uint32(top)); shift += orderDigit {
		var count [1<<orderDigit + 1]int
		for _, x := range s {
			count[(x>>shift)&mask+1]++
		}
		for b := 1; b < len(count); b++ {
			count[b] += count[b-1]
		}
		for _, x := range s {
			b := (x >> shift) & mask
			tmp[count[b]] = x
			count[b]++
		}
		s, tmp = tmp, s
	}
	return s
}

// orderDigit is the bits of a key Order sorts by at each pass; orderMin,
// the fewest keys it sorts by radix.
const (
	orderDigit = 11
	orderMin   = 64
)
