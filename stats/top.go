package stats

import (
	"cmp"
	"container/heap"
	"slices"
)

// TopIndices returns the indices of the k largest weights (all of them
// when k is 0), largest first, ties broken by term. terms[i] is the term
// of weights[i]. It costs n log k.
func TopIndices(weights []float64, terms []TermCount, k int) []int {
	return TopIndicesFunc(weights, func(i int) string { return terms[i].Term }, k)
}

// TopIndicesFunc is TopIndices with term(i) the term of weights[i], asked
// for only to break ties among the largest weights.
func TopIndicesFunc(weights []float64, term func(i int) string, k int) []int {
	less := func(i, j int) bool { // i ranks after j
		if weights[i] != weights[j] {
			return weights[i] < weights[j]
		}
		return term(i) > term(j)
	}
	var idx []int
	if k <= 0 || k >= len(weights) {
		idx = make([]int, len(weights))
		for i := range idx {
			idx[i] = i
		}
	} else {
		h := &indexHeap{less: less}
		for i := range weights {
			if h.Len() == k && !less(h.idx[0], i) {
				continue
			}
			heap.Push(h, i)
			if h.Len() > k {
				heap.Pop(h)
			}
		}
		idx = h.idx
	}
	slices.SortFunc(idx, func(a, b int) int {
		if less(a, b) {
			return 1
		}
		if less(b, a) {
			return -1
		}
		return cmp.Compare(a, b)
	})
	return idx
}

// indexHeap keeps the index that ranks last on top.
type indexHeap struct {
	idx  []int
	less func(i, j int) bool
}

func (h *indexHeap) Len() int           { return len(h.idx) }
func (h *indexHeap) Less(i, j int) bool { return h.less(h.idx[i], h.idx[j]) }
func (h *indexHeap) Swap(i, j int)      { h.idx[i], h.idx[j] = h.idx[j], h.idx[i] }
func (h *indexHeap) Push(x any)         { h.idx = append(h.idx, x.(int)) }
func (h *indexHeap) Pop() any {
	x := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return x
}
