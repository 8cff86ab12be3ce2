package stats

import (
	"math"

	"gonum.org/v1/gonum/stat"
)

// DocStats describes one document.
type DocStats struct {
	Tokens    int `json:"tokens"`    // tokens, markup aside
	Words     int `json:"words"`     // word and number tokens
	Types     int `json:"types"`     // distinct normalized words
	Sentences int `json:"sentences"` // sentences with at least one word
	Hapax     int `json:"hapax"`     // words seen once
	// MeanSentenceLength and SDSentenceLength are the mean and standard
	// deviation of the number of words per sentence.
	MeanSentenceLength float64 `json:"mean_sentence_length"`
	SDSentenceLength   float64 `json:"sd_sentence_length"`
	TTR                float64 `json:"ttr"` // type/token ratio: Types / Words
}

// Describe computes a document's statistics from its token count, the
// number of words in each of its sentences, and the table of its word
// forms (all of them, stop words included).
func Describe(tokens int, sentenceWords []float64, forms *Table) DocStats {
	d := DocStats{Tokens: tokens, Words: forms.Total(), Types: forms.Len()}
	for _, n := range sentenceWords {
		if n > 0 {
			d.Sentences++
		}
	}
	if len(sentenceWords) > 0 {
		d.MeanSentenceLength, d.SDSentenceLength = stat.MeanStdDev(sentenceWords, nil)
		if math.IsNaN(d.SDSentenceLength) {
			d.SDSentenceLength = 0
		}
	}
	if d.Words > 0 {
		d.TTR = float64(d.Types) / float64(d.Words)
	}
	forms.Terms(func(_ string, c int) {
		if c == 1 {
			d.Hapax++
		}
	})
	return d
}

// IDF returns the smoothed inverse document frequency of a term found in
// df of nDocs documents: ln((1 + nDocs) / (1 + df)) + 1, as scikit-learn
// computes it. It is 1 for a term in every document and never 0.
func IDF(df, nDocs int) float64 {
	return math.Log(float64(1+nDocs)/float64(1+df)) + 1
}

// TFIDF returns count/words × IDF(df, nDocs): the term's relative
// frequency in a document of words words, weighted by its rarity in the
// corpus. It is 0 for an empty document.
func TFIDF(count, words, df, nDocs int) float64 {
	if words == 0 {
		return 0
	}
	return float64(count) / float64(words) * IDF(df, nDocs)
}
