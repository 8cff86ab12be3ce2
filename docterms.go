package analyze

import (
	"cmp"
	"encoding/binary"
	"slices"

	"github.com/analyze-fr/analyze/internal/radix"
	"github.com/analyze-fr/analyze/stats"
)

// termList is a document's terms: indices of the unit table (forms or
// stems) with their counts, in increasing order of index, each pair coded
// as two uvarints (the gap from the previous index, and the count). A
// novel's 10,000 terms take about 25 KB this way, against 240 KB as
// TermCounts: what a document keeps for TF-IDF stays small beside the
// vocabulary, however many documents there are.
type termList []byte

// idCount is a term's index in the unit table and its count.
type idCount struct{ id, count int32 }

// appendTerms codes pairs onto buf, sorting them by index and adding up
// the counts of equal indices.
func appendTerms(buf []byte, pairs []idCount) []byte {
	pairs = radix.SortBy(pairs, func(p idCount) int32 { return p.id })
	prev := int32(0)
	for i := 0; i < len(pairs); {
		p := pairs[i]
		for i++; i < len(pairs) && pairs[i].id == p.id; i++ {
			p.count += pairs[i].count
		}
		buf = binary.AppendUvarint(buf, uint64(p.id-prev))
		buf = binary.AppendUvarint(buf, uint64(p.count))
		prev = p.id
	}
	return buf
}

// appendPairs appends the pairs of l to pairs, in increasing index order.
func (l termList) appendPairs(pairs []idCount) []idCount {
	id := int32(0)
	for len(l) > 0 {
		gap, n := binary.Uvarint(l)
		count, m := binary.Uvarint(l[n:])
		l = l[n+m:]
		id += int32(gap)
		pairs = append(pairs, idCount{id, int32(count)})
	}
	return pairs
}

// pairs appends d's terms to buf: their indices in d.units and their
// counts, in no set order.
func (d *Document) pairs(buf []idCount) []idCount { return d.terms.appendPairs(buf) }

// Terms returns the document's terms (forms or stems, as Options.By
// says), stop words out, with their counts, sorted by term: what TF-IDF
// weighs.
func (d *Document) Terms() []stats.TermCount {
	pairs := d.pairs(nil)
	out := make([]stats.TermCount, len(pairs))
	for i, p := range pairs {
		out[i] = stats.TermCount{Term: d.units.TermAt(int(p.id)), Count: int(p.count)}
	}
	slices.SortFunc(out, func(a, b stats.TermCount) int { return cmp.Compare(a.Term, b.Term) })
	return out
}
