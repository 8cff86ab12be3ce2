package stats

import (
	"strings"
	"testing"
)

// FuzzTable counts words of any text, in documents cut at '|', into a
// table and into plain maps, merges half the documents from a second
// table, and checks every count, document count and index against the
// maps: the table's own hashing, probing and growing must lose nothing.
func FuzzTable(f *testing.F) {
	for _, s := range []string{"", "a b a|b c", "|||", "x " + strings.Repeat("y", 5000) + " x", "é è e|é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var whole, left, right Table
		count, docs := map[string]int{}, map[string]int{}
		parts := strings.Split(text, "|")
		for k, part := range parts {
			half := &left
			if k%2 == 1 {
				half = &right
			}
			whole.StartDoc()
			half.StartDoc()
			seen := map[string]bool{}
			for _, w := range strings.Fields(part) {
				whole.Add(w, 1)
				half.AddBytes([]byte(w), 1)
				count[w]++
				if !seen[w] {
					seen[w] = true
					docs[w]++
				}
			}
		}
		left.Merge(&right)
		for _, tb := range []*Table{&whole, &left} {
			if tb.Len() != len(count) {
				t.Fatalf("%d terms, want %d", tb.Len(), len(count))
			}
			for w, n := range count {
				i := tb.Index(w)
				if i < 0 || tb.TermAt(i) != w || tb.CountAt(i) != n || tb.Count(w) != n || tb.Docs(w) != docs[w] {
					t.Fatalf("%q: index %d, count %d, docs %d; want count %d, docs %d", w, i, tb.Count(w), tb.Docs(w), n, docs[w])
				}
			}
		}
		whole.Reset()
		if whole.Len() != 0 || whole.Total() != 0 || len(count) > 0 && whole.Index(parts[0]) >= 0 && whole.Count(parts[0]) != 0 {
			t.Fatal("Reset left terms behind")
		}
	})
}
