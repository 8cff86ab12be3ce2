package reports

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
)

// Row is a row of a report table: it names its columns and gives its
// cells as text, in the same order.
type Row interface {
	Columns() []string
	Cells() []string
}

// Rows is a table of the report: a slice of rows that prints as aligned
// columns, and writes itself as CSV or JSON.
type Rows[T Row] []T

// Top returns the first n rows (all of them when n is 0 or more than
// there are).
func (rs Rows[T]) Top(n int) Rows[T] {
	if n > 0 && n < len(rs) {
		return rs[:n]
	}
	return rs
}

// Table returns the rows as text cells, named name.
func (rs Rows[T]) Table(name string) Table {
	var zero T
	t := Table{Name: name, Columns: zero.Columns(), Rows: make([][]string, len(rs))}
	for i, r := range rs {
		t.Rows[i] = r.Cells()
	}
	return t
}

// String returns the rows as aligned text columns with a header.
func (rs Rows[T]) String() string {
	var b bytes.Buffer
	WriteTable(&b, rs.Table(""), "text", nil, CSVOptions{})
	return b.String()
}

// WriteCSV writes the rows as CSV with a header, cells that would run as
// spreadsheet formulas neutralized.
func (rs Rows[T]) WriteCSV(w io.Writer) error { return WriteCSV(w, rs.Table(""), CSVOptions{}) }

// WriteJSON writes the rows as an indented JSON array of objects.
func (rs Rows[T]) WriteJSON(w io.Writer) error { return writeJSONValue(w, rs) }

var (
	itoa = strconv.Itoa
)

// Columns and cells of each kind of row: the JSON fields, in order.

func (Document) Columns() []string {
	return []string{"doc", "tokens", "words", "types", "sentences", "hapax", "mean_sentence_length", "sd_sentence_length",
		"ttr", "guiraud", "herdan", "yule_k", "mattr", "mtld", "kandel_moles", "lix"}
}

func (d Document) Cells() []string {
	return []string{d.Doc, itoa(d.Tokens), itoa(d.Words), itoa(d.Types), itoa(d.Sentences),
		itoa(d.Hapax), ftoa(d.MeanSentenceLength), ftoa(d.SDSentenceLength), ftoa(d.TTR),
		ftoa(d.Guiraud), ftoa(d.Herdan), ftoa(d.YuleK), ftoa(d.MATTR), ftoa(d.MTLD), ftoa(d.KandelMoles), ftoa(d.LIX)}
}

func (Term) Columns() []string { return []string{"term", "count", "freq_per_10k", "docs", "rank"} }

func (x Term) Cells() []string {
	return []string{x.Term, itoa(x.Count), ftoa(x.Freq), itoa(x.Docs), itoa(x.Rank)}
}

func (Stem) Columns() []string {
	return []string{"stem", "label", "count", "freq_per_10k", "docs", "rank", "forms"}
}

func (x Stem) Cells() []string {
	return []string{x.Stem, x.Label, itoa(x.Count), ftoa(x.Freq), itoa(x.Docs), itoa(x.Rank), x.Forms}
}

func (NGram) Columns() []string {
	return []string{"ngram", "n", "count", "freq_per_10k", "docs", "rank"}
}

func (x NGram) Cells() []string {
	return []string{x.NGram, itoa(x.N), itoa(x.Count), ftoa(x.Freq), itoa(x.Docs), itoa(x.Rank)}
}

func (Entity) Columns() []string {
	return []string{"entity", "label", "count", "docs", "rank", "variants"}
}

func (x Entity) Cells() []string {
	return []string{x.Entity, x.Label, itoa(x.Count), itoa(x.Docs), itoa(x.Rank), x.Variants}
}

func (Pair) Columns() []string { return []string{"doc_a", "doc_b", "cosine"} }

func (x Pair) Cells() []string { return []string{x.DocA, x.DocB, ftoa(x.Cosine)} }

func (DocTerm) Columns() []string { return []string{"doc", "term", "count", "tfidf"} }

func (x DocTerm) Cells() []string {
	return []string{x.Doc, x.Term, itoa(x.Count), strconv.FormatFloat(x.TFIDF, 'f', 6, 64)}
}

func (Keyword) Columns() []string {
	return []string{"term", "target", "ref", "g2", "p", "log_ratio", "positive"}
}

func (x Keyword) Cells() []string {
	return []string{x.Term, itoa(x.Target), itoa(x.Ref), ftoa(x.G2), strconv.FormatFloat(x.P, 'e', 3, 64),
		ftoa(x.LogRatio), strconv.FormatBool(x.Positive)}
}

func (ConcordanceLine) Columns() []string { return []string{"entity", "doc", "left", "match", "right"} }

func (x ConcordanceLine) Cells() []string { return []string{x.Entity, x.Doc, x.Left, x.Match, x.Right} }

// WriteJSONLines writes each row as one JSON object on a line, with a
// "table" field naming its table first.
func (rs Rows[T]) WriteJSONLines(w io.Writer, table string) error {
	prefix := `{"table":` + strconv.Quote(table)
	var line []byte
	for _, r := range rs {
		obj, err := json.Marshal(r)
		if err != nil {
			return err
		}
		line = append(line[:0], prefix...)
		if len(obj) > 2 { // {"field":...}: the fields follow the table's name
			line = append(line, ',')
			line = append(line, obj[1:]...)
		} else {
			line = append(line, '}')
		}
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}
