package analyze_test

import (
	"fmt"
	"os"
	"strings"

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
	res, err := analyze.Corpus([]string{"testdata/alep-treve-humanitaire.txt", "testdata/bad/latin1.txt"}, analyze.Options{Workers: 2})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(res.Documents), "document(s),", len(res.Skipped), "skipped")
	// Output: 2 document(s), 0 skipped
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

func ExampleKWIC() {
	lines, _, err := analyze.KWIC([]string{"testdata/alep-treve-humanitaire.txt"}, analyze.Options{},
		analyze.KWICOptions{Term: "cessez-le-feu", Chars: 25})
	if err != nil {
		panic(err)
	}
	for _, l := range lines {
		fmt.Printf("%25s [%s] %s\n", l.Left, l.Match, l.Right)
	}
	// Output:
	// r Es-Zor lors du dernier  [cessez-le-feu] . La Russie a fait pressi
	// pitent pour instaurer un  [cessez-le-feu]  ainsi qu'une trêve human
}

func ExampleCollocations() {
	cols, _, err := analyze.Collocations([]string{"testdata/alep-treve-humanitaire.txt"}, analyze.Options{},
		analyze.CollocationOptions{MinFreq: 4})
	if err != nil {
		panic(err)
	}
	for _, c := range cols {
		fmt.Printf("%s %s %d logDice %.2f\n", c.Node, c.Collocate, c.Count, c.LogDice)
	}
	// Output:
	// etat syrien 5 logDice 13.62
	// antoine charpentier 4 logDice 13.83
	// armée syrienne 4 logDice 13.83
}

func ExampleKeyness() {
	target, _ := analyze.Text("La trêve à Alep. La trêve tient. Alep respire.", analyze.Options{NoEntities: true})
	ref, _ := analyze.Text("La guerre à Paris. La guerre reprend. Paris attend.", analyze.Options{NoEntities: true})
	for _, k := range analyze.Keyness(target, ref, 2) {
		fmt.Println(k.Term, k.Positive)
	}
	// Output:
	// alep true
	// trêve true
	// guerre false
	// paris false
}

func ExampleResult_KeynessEach() {
	res, _ := analyze.Corpus([]string{"testdata/alep-treve-humanitaire.txt", "testdata/bad/crlf.txt"}, analyze.Options{NoEntities: true})
	for _, k := range res.KeynessEach(1, 2) {
		fmt.Println(k.Doc, k.Term)
	}
	// Output:
	// testdata/alep-treve-humanitaire.txt est
	// testdata/alep-treve-humanitaire.txt a
	// testdata/bad/crlf.txt armée
	// testdata/bad/crlf.txt syrie
}

func ExampleResult_SimilarityMatrix() {
	res, _ := analyze.Corpus([]string{"testdata/bad/crlf.txt", "testdata/bad/cr-only.txt"}, analyze.Options{NoEntities: true})
	m := res.SimilarityMatrix()
	fmt.Printf("%.3f %.3f\n", m[0][0], m[0][1])
	// "Fin" is in the second only: 0.1 / (0.3536 × 0.3988), by hand.

	// Output: 1.000 0.709
}

func ExampleResult_Specificities() {
	res, _ := analyze.Text("Alep, Alep, Alep et la Syrie.", analyze.Options{NoEntities: true})
	for _, r := range res.Specificities(1) {
		fmt.Printf("%s %d %.1f\n", r.Term, r.Count, r.Parts[0])
	}
	// One document is the whole corpus: nothing is specific to it.

	// Output:
	// alep 3 0.0
	// syrie 1 0.0
}

func ExampleResult_String() {
	res, _ := analyze.Text("La trêve humanitaire échoue. La trêve reprend.", analyze.Options{NoEntities: true})
	lines := strings.Split(res.String(), "\n")
	fmt.Println(strings.TrimSpace(lines[2]))
	fmt.Println(strings.TrimSpace(lines[5]))
	// Output:
	// Documents      1
	// Words      7
}

func ExampleResult_Report_rows() {
	res, _ := analyze.File("testdata/alep-treve-humanitaire.txt")
	rep := res.Report(0)
	fmt.Print(rep.Entities.Top(3))
	rep.Terms.Top(2).WriteCSV(os.Stdout)
	// Output:
	// entity             label  count  docs  rank  variants
	// Alep               LOC    11     1     1     Alep 11
	// Syrie              LOC    7      1     2     Syrie 6; SYRIE 1
	// Mondialisation.ca  ORG    6      1     3     Mondialisation.ca 6
	// term,count,freq_per_10k,docs,rank
	// est,17,144.8041,1,1
	// a,14,119.2504,1,2
}

func ExampleReadSourceEncoding() {
	src, err := analyze.ReadSourceEncoding("testdata/bad/latin1.txt", nil, "iso-8859-15")
	if err != nil {
		panic(err)
	}
	fmt.Println(src.Text, src.Encoding)
	// Output: L'été à Alep, la trêve. iso-8859-15
}

func ExampleInputs() {
	for _, in := range analyze.Inputs([]string{"testdata/alep-treve-humanitaire.txt", "testdata/missing.txt"}) {
		fmt.Println(in.Path, in.Err)
	}
	// Output:
	// testdata/alep-treve-humanitaire.txt <nil>
	// testdata/missing.txt testdata/missing.txt: no such file or folder
}

func ExampleFilteredInputs() {
	for _, in := range analyze.FilteredInputs([]string{"testdata/bad"}, analyze.Filter{Include: []string{"c*.txt"}}) {
		fmt.Println(in.Path, in.Err)
	}
	// Output:
	// testdata/bad/cr-only.txt <nil>
	// testdata/bad/crlf.txt <nil>
}

func ExampleDocument_Terms() {
	res, _ := analyze.Text("La trêve d'Alep. Une trêve humanitaire à Alep.", analyze.Options{NoEntities: true})
	for _, tc := range res.Documents[0].Terms() {
		fmt.Println(tc.Term, tc.Count)
	}
	// Output:
	// alep 2
	// humanitaire 1
	// trêve 2
}

func ExampleResult_AddKeywords() {
	target, _ := analyze.Text("La trêve à Alep. La trêve tient. Alep respire.", analyze.Options{NoEntities: true})
	ref, _ := analyze.Text("La guerre à Paris. La guerre reprend. Paris attend.", analyze.Options{NoEntities: true})
	rep := target.Report(10)
	target.AddKeywords(rep, ref, 2, 1) // the top positive and the top negative one
	for _, k := range rep.Keywords {
		fmt.Println(k.Term, k.Target, k.Ref, k.Positive)
	}
	// Output:
	// alep 2 0 true
	// guerre 0 2 false
}

func ExampleReadList() {
	list := "# the debates of the week\ntestdata/alep-treve-humanitaire.txt\n\ntestdata/bad/crlf.txt\n"
	paths, _ := analyze.ReadList("-", strings.NewReader(list))
	fmt.Println(paths)
	// Output:
	// [testdata/alep-treve-humanitaire.txt testdata/bad/crlf.txt]
}
