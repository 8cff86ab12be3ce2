package analyze_test

import (
	"fmt"
	"os"

	"github.com/analyze-fr/analyze"
	"github.com/analyze-fr/analyze/reports"
)

func ExampleText() {
	res, err := analyze.Text("L'armée syrienne est entrée à Alep. L'armée syrienne tient Alep.", analyze.Options{})
	if err != nil {
		panic(err)
	}
	for _, r := range res.Forms.Top(3, 0, res.StopWords.Contains) {
		fmt.Println(r.Term, r.Count)
	}
	fmt.Println(res.Bigrams.Count("armée syrienne"), "× armée syrienne")
	// Output:
	// alep 2
	// armée 2
	// syrienne 2
	// 2 × armée syrienne
}

func ExampleFile() {
	res, err := analyze.File("testdata/alep-treve-humanitaire.txt", analyze.Options{})
	if err != nil {
		panic(err)
	}
	d := res.Documents[0]
	fmt.Println(d.Stats.Words, "words,", d.Stats.Sentences, "sentences,", res.Forms.Count("alep"), "× alep")
	// Output: 1174 words, 59 sentences, 11 × alep
}

func ExampleCorpus() {
	res, err := analyze.Corpus([]string{"testdata"}, analyze.Options{Workers: 2})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(res.Documents), "document(s),", len(res.Skipped), "skipped")
	// Output: 1 document(s), 0 skipped
}

func ExampleResult_Report() {
	res, _ := analyze.Text("La trêve d'Alep. Une trêve humanitaire à Alep.", analyze.Options{})
	t, _ := res.Report(2).Table("terms")
	reports.WriteCSV(os.Stdout, t, reports.CSVOptions{})
	// 9 words: La trêve d' Alep Une trêve humanitaire à Alep
	// Output:
	// term,count,freq_per_10k,docs,rank
	// alep,2,2222.2222,1,1
	// trêve,2,2222.2222,1,2
}

func ExampleReadSource() {
	src, err := analyze.ReadSource("testdata/alep-treve-humanitaire.txt", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(src.Encoding, src.Size, len(src.SHA256))
	// Output: utf-8 7577 64
}
