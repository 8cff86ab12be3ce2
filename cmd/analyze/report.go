package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/analyze-fr/analyze"
	"github.com/analyze-fr/analyze/reports"
)

const reportUsage = `Usage: analyze [flags] [FILE|DIR|-]...

Analyses the inputs and writes a report: corpus and per-document
statistics, word frequencies, stems with the forms they group, n-grams,
named entities (people, places, organisations) and TF-IDF per document. Stop words are left out of the word, stem and
n-gram tables (an n-gram may hold one inside, as in "droit d'auteur").

Formats:
  text   a readable summary (the default)
  json   the whole report: parameters, inputs with size and SHA-256,
         documents, terms, stems, ngrams, entities, doc_terms
  csv    one table (--table) on standard output, or every table as
         TABLE.csv in the folder -o names
  md     Markdown tables, to paste into notes

Examples:
  analyze testdata/alep-treve-humanitaire.txt
  analyze --format json -o report.json articles/
  analyze --format csv --table stems --delimiter ';' --bom articles/ > stems.csv
  analyze --format csv -o tables/ articles/
  analyze --by stem --stopwords iso --top 50 articles/
`

func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("analyze", usage+"\n"+reportUsage, stderr)
	format := fs.String("format", "text", "report format: text, json, csv or md")
	out := fs.String("o", "", "write to this file (or, for csv, this folder) instead of standard output")
	by := fs.String("by", "form", "unit of n-grams and per-document terms: form or stem")
	top := fs.Int("top", -1, "rows kept in each table (default 20 for text and md, all for json and csv; 0 for all)")
	ngrams := fs.Int("ngrams", 2, "longest n-gram counted: 1 (none), 2 or 3")
	stop := fs.String("stopwords", "snowball", "stop list: snowball, iso, none, or a file with one word a line")
	table := fs.String("table", "terms", "csv table on standard output: documents, terms, stems, ngrams, entities or doc_terms")
	delim := fs.String("delimiter", ",", "csv field delimiter, for example ';' for French spreadsheets")
	bom := fs.Bool("bom", false, "start csv with a UTF-8 byte-order mark, for spreadsheets")
	workers := fs.Int("j", 0, "documents analysed at once (default: one per CPU)")
	noEntities := fs.Bool("no-entities", false, "skip named-entity recognition (faster)")
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if err := oneOf("format", *format, "text", "json", "csv", "md"); err != nil {
		return usageError(stderr, "%v", err)
	}
	if err := oneOf("table", *table, reports.TableNames...); err != nil {
		return usageError(stderr, "%v", err)
	}
	comma, size := utf8.DecodeRuneInString(*delim)
	if size == 0 || size != len(*delim) || comma == '"' || comma == '\n' || comma == '\r' {
		return usageError(stderr, "--delimiter %q: want a single character other than a quote or line break", *delim)
	}
	if *top < -1 {
		return usageError(stderr, "--top %d: want 0 or more", *top)
	}
	if *top == -1 {
		*top = 0
		if *format == "text" || *format == "md" {
			*top = 20
		}
	}
	for _, f := range files {
		if *out != "" && sameFile(f, *out) {
			return usageError(stderr, "-o %s is one of the inputs", *out)
		}
	}
	res, err := analyze.Corpus(files, analyze.Options{
		StopWords: *stop, By: *by, NGrams: *ngrams, Workers: *workers, Stdin: stdin, NoEntities: *noEntities,
	})
	if err != nil {
		return usageError(stderr, "%v", strings.TrimPrefix(err.Error(), "analyze: "))
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(stderr, "analyze: skipped %s: %s\n", s.Path, s.Reason)
	}
	rep := res.Report(*top)
	csvOpts := reports.CSVOptions{Comma: comma, BOM: *bom}

	write := func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 64<<10)
		var err error
		switch *format {
		case "json":
			err = reports.WriteJSON(bw, rep)
		case "md":
			err = reports.WriteMarkdown(bw, rep)
		case "csv":
			t, _ := rep.Table(*table)
			err = reports.WriteCSV(bw, t, csvOpts)
		default:
			err = reports.WriteText(bw, rep)
		}
		if err != nil {
			return err
		}
		return bw.Flush()
	}
	switch {
	case *out == "":
		err = write(stdout)
	case *format == "csv" && isDirTarget(*out):
		err = writeTables(*out, rep, csvOpts)
	default:
		err = writeAtomic(*out, write)
	}
	if err != nil {
		fmt.Fprintf(stderr, "analyze: writing the report: %v\n", err)
		return exitFailure
	}
	if len(res.Skipped) > 0 {
		return exitFailure
	}
	return exitOK
}

// isDirTarget reports whether -o names a folder: one that exists, or a
// path ending with a slash.
func isDirTarget(path string) bool {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return true
	}
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// writeTables writes every table of the report as TABLE.csv in dir.
func writeTables(dir string, rep *reports.Report, opts reports.CSVOptions) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, name := range reports.TableNames {
		t, _ := rep.Table(name)
		err := writeAtomic(filepath.Join(dir, name+".csv"), func(w io.Writer) error {
			bw := bufio.NewWriter(w)
			if err := reports.WriteCSV(bw, t, opts); err != nil {
				return err
			}
			return bw.Flush()
		})
		if err != nil {
			return err
		}
	}
	return nil
}
