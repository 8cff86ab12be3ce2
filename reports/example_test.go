package reports_test

import (
	"os"

	"github.com/analyze-fr/analyze/reports"
)

func ExampleWriteCSV() {
	r := &reports.Report{Terms: []reports.Term{{Term: "alep", Count: 11, Freq: 93.7, Docs: 1, Rank: 1}}}
	t, _ := r.Table("terms")
	reports.WriteCSV(os.Stdout, t, reports.CSVOptions{Comma: ';'})
	// Output:
	// term;count;freq_per_10k;docs;rank
	// alep;11;93.7000;1;1
}

func ExampleWriteJSON() {
	r := &reports.Report{Tool: "analyze", Version: "1", Terms: []reports.Term{{Term: "alep", Count: 11, Docs: 1, Rank: 1}}}
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
	r := &reports.Report{Tool: "analyze", Version: "1", Terms: []reports.Term{{Term: "alep", Count: 11, Docs: 1, Rank: 1}}}
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
		Terms:      []reports.Term{{Term: "alep", Count: 2, Freq: 6666.7, Docs: 1, Rank: 1}}}
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
	r := &reports.Report{NGrams: []reports.NGram{{NGram: "armée syrienne", N: 2, Count: 4, Docs: 1, Rank: 1}}}
	t, _ := r.Table("ngrams")
	reports.WriteCSV(os.Stdout, t, reports.CSVOptions{})
	// Output:
	// ngram,n,count,freq_per_10k,docs,rank
	// armée syrienne,2,4,0.0000,1,1
}
