package stats

import (
	"cmp"
	"container/heap"
	"slices"
	"strings"
)

// Table counts terms: how often each occurs and in how many documents.
//
// A table counts one document after another: StartDoc begins a document,
// Add counts a term in it. Tables also merge, associatively and
// commutatively, so documents can be counted apart (a table per worker,
// say) and added up in any order with the same result.
//
// The zero value is an empty table whose first Add starts a document.
type Table struct {
	index map[string]int32
	cells []cell
	total int
	nDocs int
}

type cell struct {
	term        string
	count, docs int
	last        int // the last document that counted the term, from 1
}

// NewTable returns an empty table with room for n terms.
func NewTable(n int) *Table {
	return &Table{index: make(map[string]int32, n), cells: make([]cell, 0, n)}
}

// StartDoc begins a new document: the terms added next count once each
// in the documents column.
func (t *Table) StartDoc() { t.nDocs++ }

// Add counts n more occurrences of term in the current document. The
// table keeps its own copy of a new term, so term may be a slice of a
// large text.
func (t *Table) Add(term string, n int) {
	if i, ok := t.index[term]; ok {
		t.bump(i, n)
		return
	}
	t.insert(strings.Clone(term), n)
}

// AddBytes is Add for a term held in a byte slice, which is copied only
// when the term is new: counting a known term does not allocate.
func (t *Table) AddBytes(term []byte, n int) {
	if i, ok := t.index[string(term)]; ok {
		t.bump(i, n)
		return
	}
	t.insert(string(term), n)
}

// AddShared is Add without the copy, returning the term's index (see
// TermAt): term must not change while the table lives. Keys that are
// slices of a document keep the whole document in memory, so use it for
// tables that die with their document.
func (t *Table) AddShared(term string, n int) int {
	if i, ok := t.index[term]; ok {
		t.bump(i, n)
		return int(i)
	}
	t.insert(term, n)
	return len(t.cells) - 1
}

// TermAt returns the term of index i: the terms of a table are numbered
// from 0 in the order they were first added, until Reset.
func (t *Table) TermAt(i int) string { return t.cells[i].term }

// Reset empties the table, keeping its memory for the next use.
func (t *Table) Reset() {
	clear(t.index)
	clear(t.cells) // drop the references to the old terms
	t.cells = t.cells[:0]
	t.total, t.nDocs = 0, 0
}

func (t *Table) bump(i int32, n int) {
	c := &t.cells[i]
	c.count += n
	if c.last != t.nDocs {
		c.docs++
		c.last = t.nDocs
	}
	t.total += n
}

func (t *Table) insert(term string, n int) {
	if t.nDocs == 0 {
		t.nDocs = 1
	}
	if t.index == nil {
		t.index = make(map[string]int32)
	}
	t.index[term] = int32(len(t.cells))
	t.cells = append(t.cells, cell{term: term, count: n, docs: 1, last: t.nDocs})
	t.total += n
}

// Intern is Add, returning the term's index (see TermAt): documents
// that keep the table's copy of their terms cost no memory for them.
func (t *Table) Intern(term string, n int) int {
	if i, ok := t.index[term]; ok {
		t.bump(i, n)
		return int(i)
	}
	t.insert(strings.Clone(term), n)
	return len(t.cells) - 1
}

// TermCount is a term and how often it occurs.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Index returns the index of term (see TermAt), or -1 if the table does
// not have it.
func (t *Table) Index(term string) int {
	if i, ok := t.index[term]; ok {
		return int(i)
	}
	return -1
}

// Count returns how often term occurs.
func (t *Table) Count(term string) int {
	if i, ok := t.index[term]; ok {
		return t.cells[i].count
	}
	return 0
}

// Docs returns in how many documents term occurs.
func (t *Table) Docs(term string) int {
	if i, ok := t.index[term]; ok {
		return t.cells[i].docs
	}
	return 0
}

// CountAt returns how often the term of index i (see TermAt) occurs.
func (t *Table) CountAt(i int) int { return t.cells[i].count }

// DocsAt returns in how many documents the term of index i occurs.
func (t *Table) DocsAt(i int) int { return t.cells[i].docs }

// Total returns the number of occurrences counted.
func (t *Table) Total() int { return t.total }

// Len returns the number of distinct terms.
func (t *Table) Len() int { return len(t.cells) }

// NDocs returns the number of documents the table counts.
func (t *Table) NDocs() int { return t.nDocs }

// Merge adds the counts of o to t; o is not changed. The documents of o
// are taken to be others than those of t.
func (t *Table) Merge(o *Table) {
	if o == nil {
		return
	}
	if t.index == nil {
		t.index = make(map[string]int32, len(o.cells))
	}
	for _, oc := range o.cells {
		if i, ok := t.index[oc.term]; ok {
			c := &t.cells[i]
			c.count += oc.count
			c.docs += oc.docs
			continue
		}
		t.index[oc.term] = int32(len(t.cells))
		t.cells = append(t.cells, cell{term: oc.term, count: oc.count, docs: oc.docs})
	}
	t.total += o.total
	t.nDocs += o.nDocs
}

// Terms calls f for every term and its count, in the order terms were
// first added.
func (t *Table) Terms(f func(term string, count int)) {
	for _, c := range t.cells {
		f(c.term, c.count)
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
	var rows []Row
	if k <= 0 || k >= len(t.cells) {
		rows = make([]Row, 0, len(t.cells))
		for _, c := range t.cells {
			if skip == nil || !skip(c.term) {
				rows = append(rows, Row{Term: c.term, Count: c.count, Docs: c.docs})
			}
		}
		SortRows(rows)
	} else {
		h := make(rowHeap, 0, k+1)
		for _, c := range t.cells {
			if len(h) == k && !before(c.term, c.count, h[0]) {
				continue
			}
			if skip != nil && skip(c.term) {
				continue
			}
			heap.Push(&h, Row{Term: c.term, Count: c.count, Docs: c.docs})
			if len(h) > k {
				heap.Pop(&h)
			}
		}
		rows = []Row(h)
		SortRows(rows)
	}
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
