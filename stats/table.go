package stats

import (
	"cmp"
	"container/heap"
	"fmt"
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/analyze-fr/analyze/internal/mem"
)

// Table counts terms: how often each occurs and in how many documents.
//
// A table counts one document after another: StartDoc begins a document,
// Add counts a term in it. Tables also merge, associatively and
// commutatively, so documents can be counted apart (a table per worker,
// say) and added up in any order with the same result.
//
// A table is built for millions of terms: about 70 bytes a short term
// (a Go map beside a slice of cells took 100), with the terms' bytes
// packed in blocks, the cells in blocks that never move, and an
// open-addressing index of 8 bytes a slot.
//
// The zero value is an empty table whose first Add starts a document.
type Table struct {
	seed   maphash.Seed
	slots  []uint64 // hash<<32 | index+1 of a term, 0 for an empty slot
	shift  uint     // a hash's slot is hash>>shift
	blocks [][]cell // cells by index: cellBlock of them a block
	n      int      // terms
	bytes  []byte   // the block the terms' bytes are copied to
	total  int
	nDocs  int
	// index, when not nil, builds the slots on the first lookup: the
	// terms of a table from Counted are listed far more often than
	// looked up.
	index *sync.Once
	later *later // the terms of a table from CountedParts, until written
	seen  uint64 // written by InternAll, so that its first reads are not left out
}

type cell struct {
	term       string
	count      int
	docs, last int32 // last: the last document that counted the term, from 1
}

// cellBlock is the number of cells in a block: blocks are allocated whole
// (but for the first one, which grows), so cells never move.
const cellBlock = 1 << 12

// byteBlock is the size of a block of terms' bytes; longer terms get an
// allocation of their own.
const byteBlock = 1 << 16

// NewTable returns an empty table with room for n terms.
func NewTable(n int) *Table {
	t := &Table{}
	t.init(n)
	return t
}

func (t *Table) init(n int) {
	t.seed = maphash.MakeSeed()
	size := 8
	for size*3/4 < n {
		size *= 2
	}
	t.slots = mem.Zeroed[uint64](size)
	t.shift = 32 - uint(bits.Len(uint(size-1))) // log2 of size bits of hash
}

// find returns the index of term, or -1 and the slot where it would go.
func (t *Table) find(term string) (index int, slot int, hash uint32) {
	t.ready(0)
	return t.findHashed(term, uint32(maphash.String(t.seed, term)))
}

// findHashed is find for a term of the given hash, t being ready.
func (t *Table) findHashed(term string, hash uint32) (index int, slot int, _ uint32) {
	mask := len(t.slots) - 1
	for s := int(hash >> t.shift); ; s = (s + 1) & mask {
		v := t.slots[s]
		if v == 0 {
			return -1, s, hash
		}
		if uint32(v>>32) == hash {
			if i := int(uint32(v)) - 1; t.cell(i).term == term {
				return i, s, hash
			}
		}
	}
}

// ready makes sure t has its slots, with room for n terms if it has none.
func (t *Table) ready(n int) {
	t.settle()
	if t.index != nil {
		t.index.Do(t.buildIndex)
	}
	if t.slots == nil {
		t.init(n)
	}
}

// buildIndex puts the terms of t, which has no slots yet, in slots.
func (t *Table) buildIndex() {
	t.init(t.n)
	for i := range t.n {
		t.place(uint64(uint32(maphash.String(t.seed, t.cell(i).term)))<<32 | uint64(i+1))
	}
}

func (t *Table) cell(i int) *cell { return &t.blocks[i/cellBlock][i%cellBlock] }

// StartDoc begins a new document: the terms added next count once each
// in the documents column.
func (t *Table) StartDoc() { t.nDocs++ }

// Add counts n more occurrences of term in the current document. The
// table keeps its own copy of a new term, so term may be a slice of a
// large text.
func (t *Table) Add(term string, n int) { t.Intern(term, n) }

// AddBytes is Add for a term held in a byte slice, which is copied only
// when the term is new: counting a known term does not allocate.
func (t *Table) AddBytes(term []byte, n int) {
	t.Intern(unsafe.String(unsafe.SliceData(term), len(term)), n)
}

// AddShared is Add without the copy, returning the term's index (see
// TermAt): term must not change while the table lives. Keys that are
// slices of a document keep the whole document in memory, so use it for
// tables that die with their document.
func (t *Table) AddShared(term string, n int) int {
	i, slot, hash := t.find(term)
	if i >= 0 {
		t.bump(i, n)
		return i
	}
	return t.add(term, n, slot, hash)
}

// Intern is Add, returning the term's index (see TermAt): documents
// that keep the table's copy of their terms cost no memory for them.
// It is not AddShared with a copy: term must not reach the table, or the
// compiler lets every term passed to AddBytes escape to the heap.
func (t *Table) Intern(term string, n int) int {
	t.ready(0)
	return t.internHashed(term, n, uint32(maphash.String(t.seed, term)))
}

// internHashed is Intern for a term of the given hash, t being ready.
func (t *Table) internHashed(term string, n int, hash uint32) int {
	i, slot, _ := t.findHashed(term, hash)
	if i >= 0 {
		t.bump(i, n)
		return i
	}
	return t.add(t.copyTerm(term), n, slot, hash)
}

// InternAll is Intern for each of terms, counted counts[k] times, its
// index put in idx[k], in order. It finds a large table's terms faster
// than one Intern after the other: the slots and cells of all the terms
// are read first, each read apart from the others, so that the processor
// waits for them all at once. It takes at most 64 terms at a time.
func (t *Table) InternAll(terms []string, counts []int, idx []int) {
	var hashes [64]uint32
	t.ready(0)
	var seen uint64
	for k, term := range terms {
		hashes[k] = uint32(maphash.String(t.seed, term))
		seen |= t.slots[hashes[k]>>t.shift]
	}
	for k := range terms {
		if v := t.slots[hashes[k]>>t.shift]; v != 0 {
			seen |= uint64(len(t.cell(int(uint32(v)) - 1).term))
		}
	}
	t.seen = seen
	for k, term := range terms {
		idx[k] = t.internHashed(term, counts[k], hashes[k])
	}
}

// copyTerm returns a copy of term in the table's blocks of bytes.
func (t *Table) copyTerm(term string) string { return copyInto(&t.bytes, term) }

// copyInto returns a copy of term in *block, a block of bytes that is
// replaced by a new one when full.
func copyInto(block *[]byte, term string) string {
	if len(term) == 0 {
		return ""
	}
	if len(term) > byteBlock/16 {
		return strings.Clone(term)
	}
	if len(*block)+len(term) > cap(*block) {
		*block = make([]byte, 0, byteBlock)
	}
	start := len(*block)
	*block = append(*block, term...)
	return unsafe.String(&(*block)[start], len(term))
}

// Counted returns a table of terms counted elsewhere, under other keys,
// in nDocs documents: fill gives each term once to add, which copies it,
// with how often it occurs and in how many of the documents. The table
// is listed (Top, Rows, Terms) without hashing its terms: that is done
// on the first lookup.
func Counted(nDocs int, fill func(add func(term []byte, count, docs int))) *Table {
	t := &Table{index: new(sync.Once), nDocs: nDocs}
	fill(func(term []byte, count, docs int) {
		s := unsafe.String(unsafe.SliceData(term), len(term))
		t.appendCell(cell{term: t.copyTerm(s), count: count, docs: int32(docs)})
		t.total += count
	})
	return t
}

// Parts describes terms counted elsewhere, under other keys, listed in
// parts (see CountedParts).
type Parts struct {
	Docs  int   // the documents the terms were counted in
	Total int   // the sum of their counts
	Sizes []int // the number of terms of each part
	// Run calls f(p) for every part p and returns when all have
	// returned; it may call them at once, on several goroutines.
	Run func(f func(p int))
	// Each calls f for every term of part p, in the same order every
	// time, with its counts and at, by which Text appends the term to buf.
	Each func(p int, f func(at, count, docs int))
	Text func(p, at int, buf []byte) []byte
}

// CountedParts returns a table of the terms of parts, whose text is only
// written when first needed: Len, Total and NDocs need none, and Top of
// fewer rows than the table has, without skip, writes only the text of
// the terms that may be among them. Anything else first writes every
// term, in the order of the parts, each part into its own cells on the
// goroutines of parts.Run.
func CountedParts(parts Parts) *Table {
	n := 0
	for _, size := range parts.Sizes {
		n += size
	}
	return &Table{index: new(sync.Once), nDocs: parts.Docs, total: parts.Total, n: n,
		later: &later{parts: parts}}
}

// later is the state of a table from CountedParts until its terms are
// written.
type later struct {
	mu      sync.Mutex
	written atomic.Bool
	parts   Parts // let go once written
}

// settle writes the terms of a table from CountedParts, if not done yet.
func (t *Table) settle() {
	if l := t.later; l != nil && !l.written.Load() {
		l.mu.Lock()
		defer l.mu.Unlock()
		if !l.written.Load() {
			t.writeParts(l.parts)
			l.parts = Parts{}
			l.written.Store(true)
		}
	}
}

// writeParts makes the cells of the terms of parts, each part writing
// its own.
func (t *Table) writeParts(parts Parts) {
	start := make([]int, len(parts.Sizes)+1)
	for p, n := range parts.Sizes {
		start[p+1] = start[p] + n
	}
	for k := 0; k < t.n; k += cellBlock {
		t.blocks = append(t.blocks, make([]cell, min(cellBlock, t.n-k), cellBlock))
	}
	parts.Run(func(p int) {
		var bytes, buf []byte
		i := start[p]
		parts.Each(p, func(at, count, docs int) {
			if i == start[p+1] {
				panic(fmt.Sprintf("stats: CountedParts: part %d has more than %d terms", p, parts.Sizes[p]))
			}
			buf = parts.Text(p, at, buf[:0])
			s := unsafe.String(unsafe.SliceData(buf), len(buf))
			*t.cell(i) = cell{term: copyInto(&bytes, s), count: count, docs: int32(docs)}
			i++
		})
		if i != start[p+1] {
			panic(fmt.Sprintf("stats: CountedParts: part %d has %d terms, not %d", p, i-start[p], parts.Sizes[p]))
		}
	})
}

// topLater is Top for a table whose terms are not written yet, k being
// between 1 and Len()-1: the k-th count is found from the counts alone,
// and only the terms counted as often as that or more are written, to be
// sorted. It reports false if the terms are written already.
func (t *Table) topLater(k int) ([]Row, bool) {
	l := t.later
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.written.Load() {
		return nil, false
	}
	parts := l.parts
	counts := make(rowHeap, 0, k+1) // rows of counts alone
	for p := range parts.Sizes {
		parts.Each(p, func(_, count, _ int) {
			if len(counts) < k || count > counts[0].Count {
				counts.keep(Row{Count: count}, k)
			}
		})
	}
	least := counts[0].Count
	var rows []Row
	var buf []byte
	for p := range parts.Sizes {
		parts.Each(p, func(at, count, docs int) {
			if count >= least {
				buf = parts.Text(p, at, buf[:0])
				rows = append(rows, Row{Term: string(buf), Count: count, Docs: docs})
			}
		})
	}
	SortRows(rows)
	return rows[:k], true
}

// AddAt is Add for the term of index i (see TermAt), found without
// hashing it again.
func (t *Table) AddAt(i, n int) {
	t.settle()
	t.bump(i, n)
}

// TermAt returns the term of index i: the terms of a table are numbered
// from 0 in the order they were first added, until Reset.
func (t *Table) TermAt(i int) string {
	t.settle()
	return t.cell(i).term
}

// Reset empties the table, keeping its memory for the next use (but for
// the terms' bytes, which the strings it returned may still use). Slots
// far more than the last use needed are given up for fewer: short texts
// after a long one do not each clear the long one's.
func (t *Table) Reset() {
	t.settle() // a table from CountedParts becomes an ordinary one
	if len(t.slots) > 1<<10 && t.n < len(t.slots)/16 {
		t.init(2 * t.n)
	} else {
		clear(t.slots)
	}
	for _, b := range t.blocks {
		clear(b) // drop the references to the old terms
	}
	t.blocks = t.blocks[:0]
	t.bytes = nil
	t.n, t.total, t.nDocs = 0, 0, 0
	t.index = nil
}

func (t *Table) bump(i int, n int) {
	c := t.cell(i)
	c.count += n
	if int(c.last) != t.nDocs {
		c.docs++
		c.last = int32(t.nDocs)
	}
	t.total += n
}

// add inserts a new term counted n times in the current document.
func (t *Table) add(term string, n int, slot int, hash uint32) int {
	if t.nDocs == 0 {
		t.nDocs = 1
	}
	t.total += n
	return t.insert(cell{term: term, count: n, docs: 1, last: int32(t.nDocs)}, slot, hash)
}

// insert adds a new cell at slot, returning its index.
func (t *Table) insert(c cell, slot int, hash uint32) int {
	i := t.appendCell(c)
	t.slots[slot] = uint64(hash)<<32 | uint64(i+1)
	if t.n > len(t.slots)*3/4 {
		t.grow()
	}
	return i
}

// appendCell adds c as the last cell and returns its index.
func (t *Table) appendCell(c cell) int {
	if k := len(t.blocks) - 1; k < 0 || len(t.blocks[k]) == cellBlock {
		// The next block: one kept by Reset, or a new one. The first
		// block grows by appending, so that small tables stay small.
		k++
		if k < cap(t.blocks) {
			t.blocks = t.blocks[:k+1]
		} else {
			t.blocks = append(t.blocks, nil)
		}
		if k > 0 && cap(t.blocks[k]) < cellBlock {
			t.blocks[k] = make([]cell, 0, cellBlock)
		}
		t.blocks[k] = t.blocks[k][:0]
	}
	k := len(t.blocks) - 1
	t.blocks[k] = append(t.blocks[k], c)
	t.n++
	return t.n - 1
}

// grow doubles the slots.
func (t *Table) grow() {
	old := t.slots
	t.slots = mem.Zeroed[uint64](2 * len(old))
	t.shift--
	for _, v := range old {
		if v != 0 {
			t.place(v)
		}
	}
}

// place puts v, a slot's hash<<32 | index+1, in the first free slot from
// its hash's: for a term known not to be in t, without comparing terms.
func (t *Table) place(v uint64) {
	mask := len(t.slots) - 1
	s := int(uint32(v>>32) >> t.shift)
	for t.slots[s] != 0 {
		s = (s + 1) & mask
	}
	t.slots[s] = v
}

// TermCount is a term and how often it occurs.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Index returns the index of term (see TermAt), or -1 if the table does
// not have it.
func (t *Table) Index(term string) int {
	if t.n == 0 {
		return -1
	}
	i, _, _ := t.find(term)
	return i
}

// Count returns how often term occurs.
func (t *Table) Count(term string) int {
	if i := t.Index(term); i >= 0 {
		return t.cell(i).count
	}
	return 0
}

// Docs returns in how many documents term occurs.
func (t *Table) Docs(term string) int {
	if i := t.Index(term); i >= 0 {
		return int(t.cell(i).docs)
	}
	return 0
}

// CountAt returns how often the term of index i (see TermAt) occurs.
func (t *Table) CountAt(i int) int {
	t.settle()
	return t.cell(i).count
}

// DocsAt returns in how many documents the term of index i occurs.
func (t *Table) DocsAt(i int) int {
	t.settle()
	return int(t.cell(i).docs)
}

// Total returns the number of occurrences counted.
func (t *Table) Total() int { return t.total }

// Len returns the number of distinct terms.
func (t *Table) Len() int { return t.n }

// NDocs returns the number of documents the table counts.
func (t *Table) NDocs() int { return t.nDocs }

// Merge adds the counts of o to t; o is not changed. The documents of o
// are taken to be others than those of t. New terms share o's strings.
// The terms of t keep their indices.
func (t *Table) Merge(o *Table) { t.merge(o, nil) }

// MergeIndices is Merge, returning the index in t of each term of o, by
// o's index: what o's numbering becomes.
func (t *Table) MergeIndices(o *Table) []int32 {
	if o == nil {
		return nil
	}
	return t.merge(o, make([]int32, 0, o.n))
}

// merge merges o into t, appending the new index of each of o's terms to
// to when it is not nil.
func (t *Table) merge(o *Table, to []int32) []int32 {
	if o == nil {
		return to
	}
	o.settle()
	t.ready(o.n)
	for _, b := range o.blocks {
		for _, oc := range b {
			i, slot, hash := t.find(oc.term)
			if i >= 0 {
				c := t.cell(i)
				c.count += oc.count
				c.docs += oc.docs
			} else {
				i = t.insert(cell{term: oc.term, count: oc.count, docs: oc.docs}, slot, hash)
			}
			if to != nil {
				to = append(to, int32(i))
			}
		}
	}
	t.total += o.total
	t.nDocs += o.nDocs
	return to
}

// Terms calls f for every term and its count, in the order terms were
// first added.
func (t *Table) Terms(f func(term string, count int)) {
	t.settle()
	for _, b := range t.blocks {
		for _, c := range b {
			f(c.term, c.count)
		}
	}
}

// Row is a line of a frequency table.
type Row struct {
	Term  string  `json:"term"`
	Count int     `json:"count"`
	Freq  float64 `json:"freq_per_10k"` // occurrences per 10,000 counted tokens
	Docs  int     `json:"docs"`         // documents the term occurs in
	Rank  int     `json:"rank"`         // 1 for the most frequent
}

// Rows returns the table's rows, most frequent first, ties broken by
// term, with their frequency per 10,000 of perTotal tokens (the table's
// own total when perTotal is 0). It costs a sort of the vocabulary.
func (t *Table) Rows(perTotal int) []Row {
	return t.Top(0, perTotal, nil)
}

// Top returns the first k rows that Rows would return (all of them when k
// is 0), skipping terms for which skip, if not nil, is true. Keeping k
// rows of n costs n log k, not a sort of the whole table.
func (t *Table) Top(k, perTotal int, skip func(term string) bool) []Row {
	if perTotal == 0 {
		perTotal = t.total
	}
	if t.later != nil && skip == nil && 0 < k && k < t.n {
		if rows, ok := t.topLater(k); ok {
			return ranked(rows, perTotal)
		}
	}
	t.settle()
	var rows []Row
	if k <= 0 || k >= t.n {
		rows = make([]Row, 0, t.n)
		for _, b := range t.blocks {
			for _, c := range b {
				if skip == nil || !skip(c.term) {
					rows = append(rows, Row{Term: c.term, Count: c.count, Docs: int(c.docs)})
				}
			}
		}
	} else {
		h := make(rowHeap, 0, k+1)
		for _, b := range t.blocks {
			for _, c := range b {
				if len(h) == k && !before(c.term, c.count, h[0]) {
					continue
				}
				if skip != nil && skip(c.term) {
					continue
				}
				h.keep(Row{Term: c.term, Count: c.count, Docs: int(c.docs)}, k)
			}
		}
		rows = h
	}
	SortRows(rows)
	return ranked(rows, perTotal)
}

// ranked sets the ranks of rows, sorted, and their frequency per 10,000
// of perTotal tokens.
func ranked(rows []Row, perTotal int) []Row {
	for i := range rows {
		rows[i].Rank = i + 1
		if perTotal > 0 {
			rows[i].Freq = float64(rows[i].Count) * 10000 / float64(perTotal)
		}
	}
	return rows
}

// before reports whether a term with count comes before row r in a table.
func before(term string, count int, r Row) bool {
	return count > r.Count || count == r.Count && term < r.Term
}

// rowHeap keeps the rows that come last on top, to be dropped first.
type rowHeap []Row

// keep adds r to the k rows of h that come first, dropping the last.
func (h *rowHeap) keep(r Row, k int) {
	heap.Push(h, r)
	if len(*h) > k {
		heap.Pop(h)
	}
}

func (h rowHeap) Len() int           { return len(h) }
func (h rowHeap) Less(i, j int) bool { return before(h[j].Term, h[j].Count, h[i]) }
func (h rowHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *rowHeap) Push(x any)        { *h = append(*h, x.(Row)) }
func (h *rowHeap) Pop() any {
	old := *h
	r := old[len(old)-1]
	*h = old[:len(old)-1]
	return r
}

// SortRows sorts rows by count, descending, then by term.
func SortRows(rows []Row) {
	slices.SortFunc(rows, func(a, b Row) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Term, b.Term)
	})
}
