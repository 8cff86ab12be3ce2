package stats

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

// Shared is a table that many goroutines count documents into at once.
// Each counts a document into a Table of its own and adds it whole with
// AddDoc, which locks one shard of the shared table at a time. Unlike a
// table per goroutine merged at the end, the corpus's terms are held once,
// however many goroutines count.
type Shared struct {
	seed   maphash.Seed
	shards []shard
	docs   atomic.Int64
}

type shard struct {
	mu sync.Mutex
	t  Table
	_  [64]byte // keeps the locks of neighbouring shards off one cache line
}

// sharedShards is the number of shards: enough that goroutines adding
// documents rarely wait for one another.
const sharedShards = 64

// NewShared returns an empty shared table.
func NewShared() *Shared {
	s := &Shared{seed: maphash.MakeSeed(), shards: make([]shard, sharedShards)}
	for k := range s.shards {
		s.emptyShard(k)
	}
	return s
}

// emptyShard makes shard k an empty table that hashes as s does: a term
// is hashed once, and the shards' tables join without hashing their terms
// again.
func (s *Shared) emptyShard(k int) {
	s.shards[k].t = Table{}
	s.shards[k].t.init(0)
	s.shards[k].t.seed = s.seed
}

// AddDoc adds the counts of doc as one more document: each of its terms
// counts in one more document. The shared table keeps copies of the
// terms. Batches holds scratch space between calls (nil is fine); give
// each goroutine its own.
func (s *Shared) AddDoc(doc *Table, batches [][]uint64) [][]uint64 {
	s.docs.Add(1)
	return s.add(doc, nil, batches)
}

// AddPart adds the counts of part, a part of a document, and returns
// batches (see AddDoc). A term counts in one more document the first time
// a part of that document has it: seen holds what the document's parts
// had so far, a few bytes a term, where a table of the whole document's
// terms would take ten times as much. Start each document with an empty
// seen (and call DocDone once it is all added); add its parts in turn
// from one goroutine.
func (s *Shared) AddPart(part *Table, seen *HashSet, batches [][]uint64) [][]uint64 {
	return s.add(part, seen, batches)
}

// DocDone counts one more document, whose parts AddPart added.
func (s *Shared) DocDone() { s.docs.Add(1) }

// add adds the counts of t; a term counts in one more document when seen
// is nil or does not have it yet. The batches hold, for each shard, the
// terms of t that go to it: the hash's low 32 bits above the index, whose
// sign bit is set for a term that counts in one more document.
func (s *Shared) add(t *Table, seen *HashSet, batches [][]uint64) [][]uint64 {
	if len(batches) != len(s.shards) {
		batches = make([][]uint64, len(s.shards))
	}
	for i := range t.n {
		h := maphash.String(s.seed, t.TermAt(i))
		x := int32(i)
		if seen == nil || seen.Add(h) {
			x = ^x
		}
		k := h % uint64(len(s.shards))
		batches[k] = append(batches[k], h<<32|uint64(uint32(x)))
	}
	for k, batch := range batches {
		if len(batch) == 0 {
			continue
		}
		sh := &s.shards[k].t
		s.shards[k].mu.Lock()
		for _, b := range batch {
			x := int32(uint32(b))
			newDoc := x < 0
			if newDoc {
				x = ^x
			}
			sh.addPart(t.TermAt(int(x)), uint32(b>>32), t.CountAt(int(x)), newDoc)
		}
		s.shards[k].mu.Unlock()
		batches[k] = batch[:0]
	}
	return batches
}

// Table returns the counts as one Table, once every AddDoc has returned,
// and empties s: each shard is let go once copied, so that the corpus's
// counts are not all held twice.
func (s *Shared) Table() *Table {
	n := 0
	for k := range s.shards {
		n += s.shards[k].t.n
	}
	t := NewTable(n)
	t.seed = s.seed
	for k := range s.shards {
		t.absorb(&s.shards[k].t)
		s.emptyShard(k)
	}
	t.nDocs = int(s.docs.Swap(0)) // counted here: the shards count none
	return t
}

// addPart counts n more occurrences of term, of the given hash, and one
// more document if newDoc: a shard's documents are counted by the caller.
func (t *Table) addPart(term string, hash uint32, n int, newDoc bool) {
	i, slot, _ := t.findHash(term, hash)
	if i < 0 {
		i = t.insert(cell{term: t.copyTerm(term)}, slot, hash)
	}
	c := t.cell(i)
	c.count += n
	if newDoc {
		c.docs++
	}
	t.total += n
}

// HashSet is a set of 64-bit hashes: what a document's parts have had.
// The zero value is empty.
type HashSet struct {
	slots []uint64 // 0 for an empty slot; the hash 0 is kept as 1
	n     int
}

// Add adds h and reports whether it was not in the set.
func (s *HashSet) Add(h uint64) bool {
	h = max(h, 1)
	if s.n >= len(s.slots)*3/4 {
		s.grow()
	}
	mask := uint64(len(s.slots) - 1)
	for i := (h >> 32) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return false
		case 0:
			s.slots[i] = h
			s.n++
			return true
		}
	}
}

// Len returns the number of hashes in the set.
func (s *HashSet) Len() int { return s.n }

// Reset empties the set, keeping its memory.
func (s *HashSet) Reset() {
	clear(s.slots)
	s.n = 0
}

func (s *HashSet) grow() {
	old := s.slots
	s.slots = make([]uint64, max(64, 2*len(old)))
	s.n = 0
	for _, h := range old {
		if h != 0 {
			s.Add(h)
		}
	}
}

// absorb adds the terms of o, which t has none of and which hashes with
// t's seed, keeping their order: their cells are copied and their slots
// placed by the hashes o keeps, without hashing or comparing a term.
func (t *Table) absorb(o *Table) {
	base := t.n
	for _, b := range o.blocks {
		for _, c := range b {
			t.appendCell(c)
		}
	}
	for t.n > len(t.slots)*3/4 {
		t.grow()
	}
	for _, v := range o.slots {
		if v != 0 {
			t.place(v + uint64(base)) // the index moves by base, the hash stays
		}
	}
	t.total += o.total
}
