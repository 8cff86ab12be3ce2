package analyze

import (
	"math/bits"
	"math/rand/v2"

	"github.com/analyze-fr/analyze/internal/mem"
	"github.com/analyze-fr/analyze/stats"
)

// gramKey is an n-gram written as the indices of its words in a table of
// terms: the n-grams are counted by index, and their text is joined once,
// at the end, for each distinct n-gram of the corpus.
type gramKey[K any] interface {
	comparable
	hash(seed uint64) uint64
	// mapped returns the key with each index i replaced by to[i].
	mapped(to []int32) K
	// words returns the indices, in ids.
	words(ids *[3]int32) []int32
	// first returns the index of the first word.
	first() int32
}

// pairKey is a bigram: the first word's index in the high 32 bits.
type pairKey uint64

func pairOf(a, b int32) pairKey { return pairKey(uint64(uint32(a))<<32 | uint64(uint32(b))) }

func (k pairKey) hash(seed uint64) uint64 { return mix(uint64(k) ^ seed) }

// mix is the finalizer of SplitMix64: every bit of x moves every bit of
// the result.
func mix(x uint64) uint64 {
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

func (k pairKey) mapped(to []int32) pairKey { return pairOf(to[k>>32], to[uint32(k)]) }

func (k pairKey) first() int32 { return int32(k >> 32) }

func (k pairKey) words(ids *[3]int32) []int32 {
	ids[0], ids[1] = int32(k>>32), int32(uint32(k))
	return ids[:2]
}

// tripleKey is a trigram: its first two words as a pairKey, and the third.
type tripleKey struct {
	ab pairKey
	c  int32
}

func tripleOf(a, b, c int32) tripleKey { return tripleKey{pairOf(a, b), c} }

func (k tripleKey) hash(seed uint64) uint64 {
	return mix(uint64(k.ab) ^ seed ^ uint64(uint32(k.c))*0x9e3779b97f4a7c15)
}

func (k tripleKey) mapped(to []int32) tripleKey { return tripleKey{k.ab.mapped(to), to[k.c]} }

func (k tripleKey) first() int32 { return k.ab.first() }

func (k tripleKey) words(ids *[3]int32) []int32 {
	k.ab.words(ids)
	ids[2] = k.c
	return ids[:3]
}

// gramTable counts n-grams by key, and the documents they occur in. Its
// cells are the open-addressed slots themselves: a key is hashed by a few
// multiplications and found in one memory access, where a table of the
// n-grams' text would hash and compare strings, and hold them.
type gramTable[K gramKey[K]] struct {
	cells []gramCell[K] // a count of 0 marks an empty cell
	shift uint          // a hash's cell is hash>>shift
	// seed is the table's own: a table filled from another in the
	// order of its cells would otherwise get its keys in the order of
	// their hashes, and pile them up.
	seed uint64
	n    int
}

type gramCell[K any] struct {
	key         K
	count, docs int32
}

// add counts n more occurrences of k, in no more documents.
func (t *gramTable[K]) add(k K, n int32) { t.addCell(k, n, 0) }

// addCell counts k count more times in docs more documents.
func (t *gramTable[K]) addCell(k K, count, docs int32) {
	c := t.cell(k)
	if c.count == 0 {
		c.key = k
		t.n++
	}
	c.count += count
	c.docs += docs
	if t.n > len(t.cells)*3/4 {
		t.grow()
	}
}

// cell returns the cell of k: its own, or the empty one where it goes.
func (t *gramTable[K]) cell(k K) *gramCell[K] {
	if t.cells == nil {
		t.resize(1 << 10)
	}
	mask := len(t.cells) - 1
	for i := int(k.hash(t.seed) >> t.shift); ; i = (i + 1) & mask {
		c := &t.cells[i]
		if c.count == 0 || c.key == k {
			return c
		}
	}
}

func (t *gramTable[K]) grow() { t.resize(2 * len(t.cells)) }

// resize moves the cells to a table of size cells, a power of two.
func (t *gramTable[K]) resize(size int) {
	old := t.cells
	t.cells = mem.Zeroed[gramCell[K]](size)
	t.shift = uint(64 - bits.Len(uint(size-1)))
	if old == nil {
		t.seed = rand.Uint64()
	}
	for _, c := range old {
		if c.count != 0 {
			*t.cell(c.key) = c
		}
	}
}

// reserve makes room for n keys in all.
func (t *gramTable[K]) reserve(n int) {
	size := max(len(t.cells), 1<<10)
	for n > size*3/4 {
		size *= 2
	}
	if size > len(t.cells) {
		t.resize(size)
	}
}

// addMapped adds the counts of o, its keys' indices mapped by to.
func (t *gramTable[K]) addMapped(o *gramTable[K], to []int32) {
	for _, c := range o.cells {
		if c.count != 0 {
			t.addCell(c.key.mapped(to), c.count, c.docs)
		}
	}
}

// reset empties t, keeping its memory unless it grew large. A table
// much larger than its last keys needed is given up for one with room
// for twice their number, as stats.Table.Reset does: a document's table
// is not cleared and read whole for each of the short documents after a
// long one.
func (t *gramTable[K]) reset() {
	n := t.n
	switch {
	case len(t.cells) > 1<<16:
		t.cells, t.n = nil, 0
	case len(t.cells) > 1<<10 && n < len(t.cells)/8:
		t.cells, t.n = nil, 0
		t.reserve(2 * n)
	default:
		t.clear()
	}
}

// clear empties t, keeping all its memory.
func (t *gramTable[K]) clear() {
	clear(t.cells)
	t.n = 0
}

// text appends to buf the text of the n-gram of cell at, the words
// joined as appendGram does, the indices being those of units.
func (t *gramTable[K]) text(at int, units *stats.Table, buf []byte) []byte {
	var ids [3]int32
	var words [3]string
	w := t.cells[at].key.words(&ids)
	for i, id := range w {
		words[i] = units.TermAt(int(id))
	}
	return appendGram(buf, words[:len(w)])
}

// gramParts is the number of tables a gramSet splits its n-grams in.
const gramParts = 4

// gramSet counts the n-grams of many documents, split by the index of
// their first word in tables that get their text at once on every core.
type gramSet[K gramKey[K]] struct {
	parts [gramParts]gramTable[K]
	docs  int          // the documents counted
	total int          // the n-grams counted
	doc   gramTable[K] // scratch space for a document's n-grams
	seen  int32        // written by addKeys, so that its first reads are not left out
}

// part returns the table of k.
func (s *gramSet[K]) part(k K) *gramTable[K] { return &s.parts[k.first()%gramParts] }

// addDoc adds o, the n-grams of one document, as one more document of s,
// their indices mapped by to. With merges, to may map two indices to one
// (two forms to their stem): o's keys are first mapped in a table of
// their own, where two n-grams may become one.
func (s *gramSet[K]) addDoc(o *gramTable[K], to []int32, merges bool) {
	if merges {
		s.doc.addMapped(o, to)
		o, to = &s.doc, nil
		defer s.doc.reset()
	}
	s.docs++
	var keys [addBatch]K
	var counts [addBatch]int32
	n := 0
	for _, c := range o.cells {
		if c.count == 0 {
			continue
		}
		k := c.key
		if to != nil {
			k = k.mapped(to)
		}
		keys[n], counts[n] = k, c.count
		if n++; n == addBatch {
			s.addKeys(keys[:], counts[:])
			n = 0
		}
	}
	s.addKeys(keys[:n], counts[:n])
}

// addBatch is the number of n-grams addDoc looks up at once.
const addBatch = 16

// addKeys adds keys, counted counts times each in one more document. The
// cells of all the keys are read first, each read apart from the others,
// so that the processor waits for all of them at once rather than for
// one after the other: the tables of a corpus's n-grams are far larger
// than its caches.
func (s *gramSet[K]) addKeys(keys []K, counts []int32) {
	var seen int32
	for _, k := range keys {
		if t := s.part(k); t.cells != nil {
			seen |= t.cells[k.hash(t.seed)>>t.shift].count
		}
	}
	s.seen = seen
	for i, k := range keys {
		s.part(k).addCell(k, counts[i], 1)
		s.total += int(counts[i])
	}
}

// table returns the n-grams as a table of their text (see
// gramTable.text), written when first needed (see stats.CountedParts):
// the parts' at once on every core. The table keeps the parts, not s.
func (s *gramSet[K]) table(units *stats.Table, workers int) *stats.Table {
	parts := s.parts
	sizes := make([]int, gramParts)
	for p := range parts {
		sizes[p] = parts[p].n
	}
	return stats.CountedParts(stats.Parts{
		Docs: s.docs, Total: s.total, Sizes: sizes,
		Run: func(f func(p int)) { parallel(gramParts, workers, f) },
		Each: func(p int, f func(at, count, docs int)) {
			for at, c := range parts[p].cells {
				if c.count != 0 {
					f(at, int(c.count), int(c.docs))
				}
			}
		},
		Text: func(p, at int, buf []byte) []byte { return parts[p].text(at, units, buf) },
	})
}
