// Package reports holds the report model of an analysis and writes it as
// text, JSON, CSV and Markdown.
//
// Every table of the report has the same columns in every format: the
// JSON objects' fields are the CSV columns.
package reports

import (
	"fmt"
	"strconv"

	"github.com/analyze-fr/analyze/stats"
)

// Report is the whole analysis of a corpus.
type Report struct {
	Tool       string         `json:"tool"`
	Version    string         `json:"version"`
	Parameters Parameters     `json:"parameters"`
	Inputs     []Input        `json:"inputs"`
	Skipped    []Skipped      `json:"skipped"`
	Corpus     Corpus         `json:"corpus"`
	Documents  Rows[Document] `json:"documents"`
	Terms      Rows[Term]     `json:"terms"`
	Stems      Rows[Stem]     `json:"stems"`
	NGrams     Rows[NGram]    `json:"ngrams"`
	Entities   Rows[Entity]   `json:"entities"`
	Similarity Rows[Pair]     `json:"similarity"`
	// Keywords against a reference corpus, when one was given.
	Keywords Rows[Keyword] `json:"keywords,omitempty"`
	// Concordance lines of the most frequent entities, for the HTML page.
	Concordance Rows[ConcordanceLine] `json:"concordance,omitempty"`
	// RankFrequency holds (rank, count) points of the corpus's words, for
	// the Zipf chart: every rank up to 100, then log-spaced ones.
	RankFrequency [][2]int      `json:"-"`
	DocTerms      Rows[DocTerm] `json:"doc_terms"`
}

// Parameters are the options the report was made with.
type Parameters struct {
	StopWords string `json:"stopwords"`
	By        string `json:"by"`
	NGrams    int    `json:"ngrams"`
	Top       int    `json:"top"`      // rows kept in each table; 0 for all
	Entities  bool   `json:"entities"` // whether named entities were recognized
}

// Input is a file that was analysed.
type Input struct {
	Path     string `json:"path"`
	Size     int64  `json:"size"`
	SHA256   string `json:"sha256"`
	Encoding string `json:"encoding"`
}

// Skipped is an input that could not be analysed.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Corpus sums up all documents.
type Corpus struct {
	Documents int `json:"documents"`
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
	Words     int `json:"words"`
	Types     int `json:"types"`
	// The fit of the corpus's word frequencies to Zipf's law.
	ZipfExponent float64 `json:"zipf_exponent"`
	ZipfR2       float64 `json:"zipf_r2"`
}

// Document is a document's statistics.
type Document struct {
	Doc string `json:"doc"`
	stats.DocStats
	stats.Diversity
	stats.Readability
}

// Term is a row of the terms table: a normalized word form.
type Term struct {
	Term  string  `json:"term"`
	Count int     `json:"count"`
	Freq  float64 `json:"freq_per_10k"`
	Docs  int     `json:"docs"`
	Rank  int     `json:"rank"`
}

// Stem is a row of the stems table, with the forms seen for the stem.
type Stem struct {
	Stem  string  `json:"stem"`
	Label string  `json:"label"` // the most frequent form
	Count int     `json:"count"`
	Freq  float64 `json:"freq_per_10k"`
	Docs  int     `json:"docs"`
	Rank  int     `json:"rank"`
	Forms string  `json:"forms"` // "armée 5; armées 3", most frequent first
}

// NGram is a row of the n-grams table.
type NGram struct {
	NGram string  `json:"ngram"`
	N     int     `json:"n"`
	Count int     `json:"count"`
	Freq  float64 `json:"freq_per_10k"`
	Docs  int     `json:"docs"`
	Rank  int     `json:"rank"`
}

// Entity is a row of the named-entities table: mentions of one entity
// counted together, with the variants seen.
type Entity struct {
	Entity   string `json:"entity"` // the most frequent variant
	Label    string `json:"label"`  // PER, LOC, ORG or MISC
	Count    int    `json:"count"`
	Docs     int    `json:"docs"`
	Rank     int    `json:"rank"`
	Variants string `json:"variants"` // "Etats-Unis 3; États-Unis 1"
}

// Pair is the cosine similarity of two documents' TF-IDF vectors.
type Pair struct {
	DocA   string  `json:"doc_a"`
	DocB   string  `json:"doc_b"`
	Cosine float64 `json:"cosine"`
}

// Keyword is a keyword of the corpus against a reference.
type Keyword struct {
	Term     string  `json:"term"`
	Target   int     `json:"target"`
	Ref      int     `json:"ref"`
	G2       float64 `json:"g2"`
	P        float64 `json:"p"`
	LogRatio float64 `json:"log_ratio"`
	Positive bool    `json:"positive"`
}

// ConcordanceLine is an occurrence of an entity in its context.
type ConcordanceLine struct {
	Entity string `json:"entity"`
	Doc    string `json:"doc"`
	Left   string `json:"left"`
	Match  string `json:"match"`
	Right  string `json:"right"`
}

// DocTerm is a term's count and TF-IDF in one document (long format).
type DocTerm struct {
	Doc   string  `json:"doc"`
	Term  string  `json:"term"`
	Count int     `json:"count"`
	TFIDF float64 `json:"tfidf"`
}

// TableNames lists the report's tables, in the order they are written.
var TableNames = []string{"documents", "terms", "stems", "ngrams", "entities", "similarity", "doc_terms"}

// Table is one table of the report as text cells.
type Table struct {
	Name    string
	Columns []string
	Rows    [][]string
}

// Table returns the named table (one of TableNames) as text cells.
func (r *Report) Table(name string) (Table, error) {
	switch name {
	case "documents":
		return r.Documents.Table(name), nil
	case "terms":
		return r.Terms.Table(name), nil
	case "stems":
		return r.Stems.Table(name), nil
	case "ngrams":
		return r.NGrams.Table(name), nil
	case "entities":
		return r.Entities.Table(name), nil
	case "similarity":
		return r.Similarity.Table(name), nil
	case "doc_terms":
		return r.DocTerms.Table(name), nil
	}
	return Table{Name: name}, fmt.Errorf("no table %q: want one of documents, terms, stems, ngrams, entities, similarity, doc_terms", name)
}

// ftoa formats a statistic with four decimals.
func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 4, 64) }
