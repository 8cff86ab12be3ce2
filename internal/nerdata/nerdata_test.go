package nerdata

import (
	"strings"
	"testing"
)

func TestReadRebuildsText(t *testing.T) {
	corpus := "# hipe2022:document_id = a\n" +
		"Celui\tO\n-\tO\nci\tO\nvoit\tO\nd\tO\n'\tO\nun\tO\nœil\tO\nM.\tB-PER\nCro¬\tI-PER\nmer\tB-PER\n(\tO\nParis\tB-LOC\n)\tO\n.\tO\n\n" +
		"Il\tO\npart\tO\npour\tO\nla\tB-LOC\nrue\tI-LOC\nLepic\tI-LOC\n,\tO\nM.\tO\nDupont\tI-PER\nJean\tI-PER\nMartin\tB-PER\n.\tO\n"
	docs, err := Read(strings.NewReader(corpus), "t", 0)
	if err != nil || len(docs) != 1 {
		t.Fatalf("%d docs, %v", len(docs), err)
	}
	d := docs[0]
	if want := "Celui-ci voit d'un œil M. Cromer (Paris). Il part pour la rue Lepic, M. Dupont Jean Martin."; d.Text != want {
		t.Errorf("text\n got %q\nwant %q", d.Text, want)
	}
	StripDeterminers(&d)
	IncludeTitles(&d)
	var got []string
	for _, e := range d.Entities {
		got = append(got, d.Text[e.Start:e.End]+"/"+e.Label)
	}
	// Cro¬ mer is one word cut at a line end; I-PER after O starts an entity
	// (IOB1); B-PER after I-PER starts another; a title before a name joins it.
	want := "M. Cromer/PER|Paris/LOC|rue Lepic/LOC|M. Dupont Jean/PER|Martin/PER"
	if strings.Join(got, "|") != want {
		t.Errorf("entities\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestScore(t *testing.T) {
	gold := []Span{{0, 4, "LOC"}, {10, 20, "PER"}, {30, 35, "ORG"}}
	pred := []Span{{0, 4, "LOC"}, {10, 19, "PER"}, {30, 35, "LOC"}}
	s := Score(gold, pred)
	if a := s["ALL"]; a.Correct != 1 || a.Gold != 3 || a.Pred != 3 {
		t.Errorf("ALL %+v", a)
	}
	if s["LOC"].Pred != 2 || s["LOC"].Correct != 1 || s["ORG"].Gold != 1 || s["ORG"].Correct != 0 {
		t.Errorf("by label %+v", s)
	}
	if f := s["ALL"].F1(); f < 0.333 || f > 0.334 {
		t.Errorf("F1 %.4f, want 1/3", f)
	}
}
