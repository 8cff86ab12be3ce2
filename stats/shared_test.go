package stats

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestSharedCountsLikeOneTable adds documents to a shared table from
// several goroutines, whole or in parts, and checks every row against one table that counted
// the same documents in turn.
func TestSharedCountsLikeOneTable(t *testing.T) {
	words := strings.Fields("la trêve humanitaire échoue à alep et la trêve reprend à alep-est puis à mossoul la paix")
	var docs [][]string
	for i := range 200 {
		docs = append(docs, words[i%7:min(len(words), i%7+3+i%9)])
	}
	var want Table
	for _, d := range docs {
		want.StartDoc()
		for _, w := range d {
			want.Add(w, 1)
		}
	}
	shared := NewShared()
	var wg sync.WaitGroup
	next := make(chan []string)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var doc Table
			var batches [][]uint64
			var seen HashSet
			for d := range next {
				if len(d)%2 == 0 { // whole
					doc.Reset()
					for _, w := range d {
						doc.Add(w, 1)
					}
					batches = shared.AddDoc(&doc, batches)
					continue
				}
				for _, part := range [][]string{d[:len(d)/2], d[len(d)/2:]} { // in two parts
					doc.Reset()
					for _, w := range part {
						doc.Add(w, 1)
					}
					batches = shared.AddPart(&doc, &seen, batches)
				}
				shared.DocDone()
				seen.Reset()
			}
		}()
	}
	for _, d := range docs {
		next <- d
	}
	close(next)
	wg.Wait()
	got := shared.Table()
	if !slices.Equal(got.Rows(0), want.Rows(0)) {
		t.Errorf("rows:\n got %v\nwant %v", got.Rows(0), want.Rows(0))
	}
	if got.NDocs() != 200 || got.Total() != want.Total() || got.Docs("alep") != want.Docs("alep") || want.Docs("alep") < 50 {
		t.Errorf("%d documents, total %d (want %d), alep in %d (want %d)", got.NDocs(), got.Total(), want.Total(), got.Docs("alep"), want.Docs("alep"))
	}
}

// TestSharedEmptiedByTable checks that a shared table counts anew after
// Table has emptied it.
func TestSharedEmptiedByTable(t *testing.T) {
	s := NewShared()
	var doc Table
	doc.Add("trêve", 2)
	s.AddDoc(&doc, nil)
	if first := s.Table(); first.Count("trêve") != 2 || first.NDocs() != 1 {
		t.Fatalf("first: trêve %d, %d documents", first.Count("trêve"), first.NDocs())
	}
	s.AddDoc(&doc, nil)
	s.AddDoc(&doc, nil)
	second := s.Table()
	if second.Count("trêve") != 4 || second.Docs("trêve") != 2 || second.NDocs() != 2 || second.Len() != 1 {
		t.Errorf("second: trêve %d in %d documents of %d, %d terms", second.Count("trêve"), second.Docs("trêve"), second.NDocs(), second.Len())
	}
}
