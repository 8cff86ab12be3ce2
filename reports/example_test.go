package reports_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/analyze-fr/analyze/reports"
)

func ExampleWriteCSV() {
	r := &reports.Report{Terms: reports.Rows[reports.Term]{{Term: "alep", Count: 11, Freq: 93.7, Docs: 1, Rank: 1}}}
	t, _ := r.Table("terms")
	reports.WriteCSV(os.Stdout, t, reports.CSVOptions{Comma: ';'})
	// Output:
	// term;count;freq_per_10k;docs;rank
	// alep;11;93.7000;1;1
}

func ExampleWriteJSON() {
	r := &reports.Report{Tool: "analyze", Version: "1", Terms: reports.Rows[reports.Term]{{Term: "alep", Count: 11, Docs: 1, Rank: 1}}}
	reports.WriteJSON(os.Stdout, r)
	// Output:
	// {
	//   "tool": "analyze",
	//   "version": "1",
	//   "parameters": {
	//     "stopwords": "",
	//     "by": "",
	//     "ngrams": 0,
	//     "top": 0,
	//     "entities": false
	//   },
	//   "inputs": null,
	//   "skipped": null,
	//   "corpus": {
	//     "documents": 0,
	//     "sentences": 0,
	//     "tokens": 0,
	//     "words": 0,
	//     "types": 0,
	//     "zipf_exponent": 0,
	//     "zipf_r2": 0
	//   },
	//   "documents": null,
	//   "terms": [
	//     {
	//       "term": "alep",
	//       "count": 11,
	//       "freq_per_10k": 0,
	//       "docs": 1,
	//       "rank": 1
	//     }
	//   ],
	//   "stems": null,
	//   "ngrams": null,
	//   "entities": null,
	//   "similarity": null,
	//   "doc_terms": null
	// }
}

func ExampleWriteMarkdown() {
	r := &reports.Report{Tool: "analyze", Version: "1", Terms: reports.Rows[reports.Term]{{Term: "alep", Count: 11, Docs: 1, Rank: 1}}}
	reports.WriteMarkdown(os.Stdout, r)
	// Output:
	// # analyze report
	//
	// analyze 1 · stop words:  · by:  · n-grams up to 0
	//
	// | documents | sentences | tokens | words | distinct words |
	// |---:|---:|---:|---:|---:|
	// | 0 | 0 | 0 | 0 | 0 |
	//
	// ## Documents
	//
	// | doc | tokens | words | types | sentences | hapax | mean_sentence_length | sd_sentence_length | ttr | guiraud | herdan | yule_k | mattr | mtld | kandel_moles | lix |
	// |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
	//
	// ## Terms
	//
	// | term | count | freq_per_10k | docs | rank |
	// |---|---|---|---|---|
	// | alep | 11 | 0.0000 | 1 | 1 |
	//
	// ## Stems
	//
	// | stem | label | count | freq_per_10k | docs | rank | forms |
	// |---|---|---|---|---|---|---|
	//
	// ## Ngrams
	//
	// | ngram | n | count | freq_per_10k | docs | rank |
	// |---|---|---|---|---|---|
	//
	// ## Entities
	//
	// | entity | label | count | docs | rank | variants |
	// |---|---|---|---|---|---|
	//
	// ## Similarity
	//
	// | doc_a | doc_b | cosine |
	// |---|---|---|
}

func ExampleWriteText() {
	r := &reports.Report{Tool: "analyze", Version: "1", Corpus: reports.Corpus{Documents: 1, Words: 3, Types: 2},
		Parameters: reports.Parameters{StopWords: "snowball", By: "form"},
		Terms:      reports.Rows[reports.Term]{{Term: "alep", Count: 2, Freq: 6666.7, Docs: 1, Rank: 1}}}
	reports.WriteText(os.Stdout, r)
	// Output:
	// analyze 1 · stop words: snowball · by: form
	//
	//        Documents  1
	//        Sentences  0
	//           Tokens  0
	//            Words  3
	//   Distinct words  2
	//
	// Most frequent words
	// rank  term  count  per 10k  docs
	// 1     alep  2      6666.7   1
}

func ExampleReport_Table() {
	r := &reports.Report{NGrams: reports.Rows[reports.NGram]{{NGram: "armée syrienne", N: 2, Count: 4, Docs: 1, Rank: 1}}}
	t, _ := r.Table("ngrams")
	reports.WriteCSV(os.Stdout, t, reports.CSVOptions{})
	// Output:
	// ngram,n,count,freq_per_10k,docs,rank
	// armée syrienne,2,4,0.0000,1,1
}

func ExampleRows() {
	terms := reports.Rows[reports.Term]{
		{Term: "alep", Count: 11, Freq: 93.7, Docs: 1, Rank: 1},
		{Term: "=cmd", Count: 1, Freq: 8.5, Docs: 1, Rank: 2},
	}
	fmt.Print(terms)
	terms.WriteCSV(os.Stdout) // formula-like cells neutralized
	terms.Top(1).WriteJSON(os.Stdout)
	// Output:
	// term  count  freq_per_10k  docs  rank
	// alep  11     93.7000       1     1
	// =cmd  1      8.5000        1     2
	// term,count,freq_per_10k,docs,rank
	// alep,11,93.7000,1,1
	// '=cmd,1,8.5000,1,2
	// [
	//   {
	//     "term": "alep",
	//     "count": 11,
	//     "freq_per_10k": 93.7,
	//     "docs": 1,
	//     "rank": 1
	//   }
	// ]
}

func ExampleNeutralize() {
	fmt.Println(reports.Neutralize("=HYPERLINK(1)"), reports.Neutralize("-il"), reports.Neutralize("-1.5"))
	// Output: '=HYPERLINK(1) -il -1.5
}

func ExampleReport_Charts() {
	r := &reports.Report{Terms: reports.Rows[reports.Term]{{Term: "alep", Count: 11}, {Term: "syrie", Count: 7}}}
	charts, err := r.Charts(10)
	if err != nil {
		panic(err)
	}
	for _, c := range charts {
		svg, _ := c.SVG()
		png, _ := c.PNG()
		fmt.Println(c.Name, c.Title, strings.Contains(string(svg), "<svg"), string(png[1:4]))
	}
	// Output: terms Most frequent words true PNG
}

func ExampleWriteHTML() {
	r := &reports.Report{Tool: "analyze", Terms: reports.Rows[reports.Term]{{Term: "alep", Count: 11, Rank: 1}}}
	var b strings.Builder
	reports.WriteHTML(&b, r, 10)
	fmt.Println(strings.Contains(b.String(), "<td>alep</td>"), strings.Count(b.String(), "<svg"))
	// Output: true 1
}

func ExampleWriteTable() {
	t := reports.Table{Columns: []string{"form", "D1"}, Rows: [][]string{{"peuple", "0.6161"}}}
	reports.WriteTable(os.Stdout, t, "md", nil, reports.CSVOptions{})
	// Output:
	// | form | D1 |
	// |---|---|
	// | peuple | 0.6161 |
}

func ExampleWriteJSONLines() {
	r := &reports.Report{Terms: reports.Rows[reports.Term]{{Term: "alep", Count: 11, Docs: 1, Rank: 1}}}
	reports.WriteJSONLines(os.Stdout, r)
	// Output: {"table":"terms","term":"alep","count":11,"freq_per_10k":0,"docs":1,"rank":1}
}
