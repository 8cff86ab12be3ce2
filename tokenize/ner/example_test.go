package ner_test

import (
	"fmt"

	"github.com/analyze-fr/analyze/tokenize"
	"github.com/analyze-fr/analyze/tokenize/ner"
)

func ExampleRecognize() {
	src := "La Russie et les Etats-Unis discutent de la Syrie, a dit Antoine Charpentier."
	for _, e := range ner.Recognize(src) {
		fmt.Println(e.Label, e.Text, e.Start, e.End)
	}
	// Output:
	// LOC Russie 3 9
	// LOC Etats-Unis 17 27
	// LOC Syrie 44 49
	// PER Antoine Charpentier 57 76
}

func ExampleRecognizer_Recognize() {
	r, err := ner.Default()
	if err != nil {
		panic(err)
	}
	src := "Le président de la France est à Paris."
	toks := tokenize.Tokenize(src)
	for _, e := range r.Recognize(src, toks) {
		fmt.Println(e.Label, e.Text, toks[e.FirstToken].Text)
	}
	// Output:
	// LOC France France
	// LOC Paris Paris
}

func ExampleSession() {
	r, err := ner.Default()
	if err != nil {
		panic(err)
	}
	// The paragraphs of a long text, recognized one after another: the
	// second reuses what the first worked out of "à", "la" or "Russie".
	s := r.Session()
	for _, src := range []string{"L'armée de la Russie entre à Alep.", "Les Etats-Unis et la Russie négocient à Genève."} {
		for _, e := range s.Recognize(src, tokenize.Tokenize(src)) {
			fmt.Println(e.Label, e.Text)
		}
	}
	// Output:
	// LOC Russie
	// LOC Alep
	// LOC Etats-Unis
	// LOC Russie
	// LOC Genève
}

func ExampleCounter() {
	var c ner.Counter
	c.AddDoc([]ner.Entity{
		{Text: "Antoine Charpentier", Label: ner.PER},
		{Text: "États-Unis", Label: ner.LOC},
		{Text: "Charpentier", Label: ner.PER},
		{Text: "les Etats-Unis", Label: ner.LOC},
	})
	for _, r := range c.Rows() {
		fmt.Printf("%s %s %d (%s)\n", r.Label, r.Entity, r.Count, r.Variants)
	}
	// Output:
	// PER Antoine Charpentier 2 (Antoine Charpentier 1; Charpentier 1)
	// LOC Etats-Unis 2 (Etats-Unis 1; États-Unis 1)
}

func ExampleKey() {
	fmt.Println(ner.Key("l’Union Européenne", ner.ORG))
	fmt.Println(ner.Key("M. de Mistura", ner.PER))
	// Output:
	// union europeenne
	// de mistura
}

func ExampleParseLabel() {
	l, ok := ner.ParseLabel("LOC")
	fmt.Println(l, ok)
	// Output: LOC true
}
