package reports

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"
)

// WriteJSON writes the whole report as one indented JSON object.
//
// The tables are written a row at a time, so that a report with millions
// of rows is never held whole in memory as JSON; the bytes are the same as
// encoding/json's with two-space indentation.
func WriteJSON(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// put writes the JSON of v at the given depth, without a final newline.
	put := func(v any, prefix string) error {
		buf.Reset()
		enc.SetIndent(prefix, "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	v := reflect.ValueOf(r).Elem()
	bw.WriteString("{")
	first := true
	for i := range v.NumField() {
		name, opts, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
		f := v.Field(i)
		if name == "-" || opts == "omitempty" && f.Len() == 0 {
			continue
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		bw.WriteString("\n  " + strconv.Quote(name) + ": ")
		if f.Kind() != reflect.Slice || f.Len() == 0 {
			if err := put(f.Interface(), "  "); err != nil {
				return err
			}
			continue
		}
		bw.WriteString("[")
		for k := range f.Len() {
			if k > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			if err := put(f.Index(k).Interface(), "    "); err != nil {
				return err
			}
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

func writeJSONValue(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// WriteJSONLines writes every table of the report as JSON Lines: one
// object per row, each with a "table" field (documents, terms, stems,
// ngrams, entities, similarity, doc_terms), for tools that stream.
func WriteJSONLines(w io.Writer, r *Report) error {
	for _, err := range []error{
		r.Documents.WriteJSONLines(w, "documents"), r.Terms.WriteJSONLines(w, "terms"),
		r.Stems.WriteJSONLines(w, "stems"), r.NGrams.WriteJSONLines(w, "ngrams"),
		r.Entities.WriteJSONLines(w, "entities"), r.Similarity.WriteJSONLines(w, "similarity"),
		r.DocTerms.WriteJSONLines(w, "doc_terms"),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

// CSVOptions are the choices of spreadsheet users.
type CSVOptions struct {
	Comma rune // the field delimiter; 0 means ','
	BOM   bool // start with a UTF-8 byte-order mark (Excel reads accents then)
	// Raw leaves cells as they are. By default a cell that a spreadsheet
	// would run as a formula (see Neutralize) gets a leading apostrophe.
	Raw bool
}

// Neutralize returns a CSV cell safe from formula injection, as OWASP
// recommends: a cell starting with =, +, @, a tab or a carriage return,
// or with - followed by something other than a letter, gets a leading
// apostrophe, so that a spreadsheet shows it as text instead of running
// it. Numbers (-1.5, +3) and words such as the clitic -il stay as they are.
func Neutralize(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '@', '\t', '\r':
		return "'" + cell
	case '+', '-':
		if _, err := strconv.ParseFloat(cell, 64); err == nil {
			return cell
		}
		if r, _ := utf8.DecodeRuneInString(cell[1:]); cell[0] == '-' && unicode.IsLetter(r) {
			return cell
		}
		return "'" + cell
	}
	return cell
}

// WriteCSV writes one table of the report as RFC 4180 CSV with a header.
func WriteCSV(w io.Writer, t Table, opts CSVOptions) error {
	if opts.BOM {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if opts.Comma != 0 {
		cw.Comma = opts.Comma
	}
	if err := cw.Write(t.Columns); err != nil {
		return err
	}
	row := make([]string, len(t.Columns))
	for _, r := range t.Rows {
		row = row[:0]
		for _, cell := range r {
			if !opts.Raw {
				cell = Neutralize(cell)
			}
			row = append(row, cell)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteMarkdown writes the report as Markdown: a summary and a table for
// each of its tables, doc_terms aside.
func WriteMarkdown(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s report\n\n", r.Tool)
	fmt.Fprintf(bw, "%s %s · stop words: %s · by: %s · n-grams up to %d\n\n", r.Tool, r.Version, r.Parameters.StopWords, r.Parameters.By, r.Parameters.NGrams)
	fmt.Fprintln(bw, "| documents | sentences | tokens | words | distinct words |")
	fmt.Fprintln(bw, "|---:|---:|---:|---:|---:|")
	c := r.Corpus
	fmt.Fprintf(bw, "| %d | %d | %d | %d | %d |\n", c.Documents, c.Sentences, c.Tokens, c.Words, c.Types)
	for _, name := range []string{"documents", "terms", "stems", "ngrams", "entities", "similarity"} {
		t, _ := r.Table(name)
		fmt.Fprintf(bw, "\n## %s\n\n", strings.ToUpper(name[:1])+name[1:])
		fmt.Fprintf(bw, "| %s |\n", strings.Join(t.Columns, " | "))
		fmt.Fprintf(bw, "|%s\n", strings.Repeat("---|", len(t.Columns)))
		for _, row := range t.Rows {
			cells := make([]string, len(row))
			for i, cell := range row {
				cells[i] = mdEscaper.Replace(cell)
			}
			fmt.Fprintf(bw, "| %s |\n", strings.Join(cells, " | "))
		}
	}
	if len(r.Skipped) > 0 {
		fmt.Fprint(bw, "\n## Skipped inputs\n\n")
		for _, s := range r.Skipped {
			fmt.Fprintf(bw, "- `%s`: %s\n", s.Path, s.Reason)
		}
	}
	return bw.Flush()
}

var mdEscaper = strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ")

// WriteText writes the report as a readable summary for a terminal.
func WriteText(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	c := r.Corpus
	fmt.Fprintf(bw, "%s %s · stop words: %s · by: %s\n\n", r.Tool, r.Version, r.Parameters.StopWords, r.Parameters.By)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "Documents\t%d\t\n", c.Documents)
	fmt.Fprintf(tw, "Sentences\t%d\t\n", c.Sentences)
	fmt.Fprintf(tw, "Tokens\t%d\t\n", c.Tokens)
	fmt.Fprintf(tw, "Words\t%d\t\n", c.Words)
	fmt.Fprintf(tw, "Distinct words\t%d\t\n", c.Types)
	if c.ZipfR2 > 0 {
		fmt.Fprintf(tw, "Zipf exponent\t%.3f\t\n", c.ZipfExponent)
		fmt.Fprintf(tw, "Zipf fit R²\t%.3f\t\n", c.ZipfR2)
	}
	tw.Flush()
	if len(r.Documents) == 1 {
		d := r.Documents[0]
		fmt.Fprintf(bw, "\nLexical diversity: TTR %.3f, Guiraud %.2f, Herdan %.3f, Yule K %.1f, MATTR %.3f, MTLD %.1f\n",
			d.TTR, d.Guiraud, d.Herdan, d.YuleK, d.MATTR, d.MTLD)
		fmt.Fprintf(bw, "Readability: Kandel-Moles %.1f, LIX %.1f\n", d.KandelMoles, d.LIX)
	}

	section := func(title string, header []string, rows [][]string) {
		if len(rows) == 0 {
			return
		}
		fmt.Fprintf(bw, "\n%s\n", title)
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "%s\n", strings.Join(header, "\t"))
		for _, row := range rows {
			fmt.Fprintf(tw, "%s\n", strings.Join(row, "\t"))
		}
		tw.Flush()
	}
	var rows [][]string
	for _, t := range r.Terms {
		rows = append(rows, []string{fmt.Sprint(t.Rank), t.Term, fmt.Sprint(t.Count), fmt.Sprintf("%.1f", t.Freq), fmt.Sprint(t.Docs)})
	}
	section("Most frequent words", []string{"rank", "term", "count", "per 10k", "docs"}, rows)
	rows = nil
	for _, s := range r.Stems {
		rows = append(rows, []string{fmt.Sprint(s.Rank), s.Stem, s.Label, fmt.Sprint(s.Count), clip(s.Forms, 50)})
	}
	section("Most frequent stems", []string{"rank", "stem", "label", "count", "forms"}, rows)
	rows = nil
	for _, g := range r.NGrams {
		rows = append(rows, []string{fmt.Sprint(g.Rank), g.NGram, fmt.Sprint(g.N), fmt.Sprint(g.Count)})
	}
	section("Most frequent n-grams", []string{"rank", "n-gram", "n", "count"}, rows)
	rows = nil
	for _, e := range r.Entities {
		rows = append(rows, []string{fmt.Sprint(e.Rank), e.Entity, e.Label, fmt.Sprint(e.Count), clip(e.Variants, 50)})
	}
	section("Named entities", []string{"rank", "entity", "label", "count", "variants"}, rows)
	if len(r.Documents) > 1 {
		rows = nil
		for _, d := range r.Documents {
			rows = append(rows, []string{d.Doc, fmt.Sprint(d.Words), fmt.Sprint(d.Sentences), fmt.Sprint(d.Types),
				fmt.Sprintf("%.3f", d.TTR), fmt.Sprintf("%.1f", d.MeanSentenceLength)})
		}
		section("Documents", []string{"doc", "words", "sentences", "types", "ttr", "words/sentence"}, rows)
	}
	if len(r.Similarity) > 0 {
		rows = nil
		for _, p := range r.Similarity[:min(len(r.Similarity), 10)] {
			rows = append(rows, []string{fmt.Sprintf("%.3f", p.Cosine), p.DocA, p.DocB})
		}
		section("Most similar documents (cosine of TF-IDF)", []string{"cosine", "document", "document"}, rows)
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintf(bw, "\nSkipped inputs (%d)\n", len(r.Skipped))
		for _, s := range r.Skipped {
			fmt.Fprintf(bw, "  %s: %s\n", s.Path, s.Reason)
		}
	}
	return bw.Flush()
}

// clip shortens s to at most n characters, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
