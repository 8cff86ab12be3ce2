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
	return &Shared{seed: maphash.MakeSeed(), shards: make([]shard, sharedShards)}
}

// AddDoc adds the counts of doc as one more document: each of its terms
// counts in one more document. The shared table keeps copies of the
// terms. Batches holds scratch space between calls (nil is fine); give
// each goroutine its own.
func (s *Shared) AddDoc(doc *Table, batches [][]int32) [][]int32 {
	s.docs.Add(1)
	if len(batches) != len(s.shards) {
		batches = make([][]int32, len(s.shards))
	}
	for i := range doc.n {
		k := maphash.String(s.seed, doc.TermAt(i)) % uint64(len(s.shards))
		batches[k] = append(batches[k], int32(i))
	}
	for k, batch := range batches {
		if len(batch) == 0 {
			continue
		}
		sh := &s.shards[k]
		sh.mu.Lock()
		sh.t.StartDoc()
		for _, i := range batch {
			sh.t.Intern(doc.TermAt(int(i)), doc.CountAt(int(i)))
		}
		sh.mu.Unlock()
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
	for k := range s.shards {
		t.Merge(&s.shards[k].t)
		s.shards[k].t = Table{}
	}
	t.nDocs = int(s.docs.Load()) // the shards count the documents that reached them
	return t
}
