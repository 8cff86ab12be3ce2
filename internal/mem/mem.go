// Package mem allocates the slots of hash tables, which are read before
// they are written.
package mem

import "unsafe"

// pageSize is the smallest page size of the systems Go runs on; writing
// once every pageSize bytes writes every page.
const pageSize = 4096

// Zeroed returns a slice of n zero values, every page of which has been
// written.
//
// A large slice is made of pages the kernel has not handed out yet, which
// Go does not clear. A hash table reads a slot before it writes it: a page
// read first is mapped to the kernel's shared page of zeros, and the
// first write then copies it and flushes the old mapping from every core
// the process runs on. With two workers filling their tables, those
// flushes took a tenth of the run. A page written first is mapped once.
func Zeroed[T any](n int) []T {
	s := make([]T, n)
	var zero T
	step := max(1, pageSize/int(unsafe.Sizeof(zero)))
	for i := 0; i < n; i += step {
		s[i] = zero
	}
	return s
}
