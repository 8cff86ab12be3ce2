// Package stats holds the counts and the statistics of the analysis:
// mergeable count tables, per-document descriptions, TF-IDF, keyness,
// Lafon's specificities, collocation scores, lexical diversity,
// readability, Zipf's law and cosine similarity, computed with gonum
// where vectors and statistics are involved.
//
//	var t stats.Table
//	t.Add("alep", 1)
//	rows := t.Rows(0) // by count, then term
//
// Functions take plain values and return plain values; each doc comment
// gives its formula. A caller's mistake (counts out of range) panics with
// a message starting with "stats:".
package stats
