package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/analyze-fr/analyze"
	"github.com/analyze-fr/analyze/reports"
)

const reportUsage = `Usage: analyze [flags] [FILE|DIR|-]...

Analyses the inputs and writes a report: corpus and per-document
statistics (diversity, readability), word frequencies, stems with the
forms they group, n-grams, named entities (people, places,
organisations), document similarity and TF-IDF per document. Stop words
are left out of the word, stem and n-gram tables (an n-gram may hold one
inside, as in "droit d'auteur").

Formats:
  text   a readable summary (the default)
  json   the whole report: parameters, inputs with size and SHA-256,
         documents, terms, stems, ngrams, entities, similarity, doc_terms
  jsonl  JSON Lines: one object per row of every table, with a "table"
         field, for tools that stream
  csv    one table (--table) on standard output, or every table as
         TABLE.csv in the folder -o names
  md     Markdown tables, to paste into notes
  html   one self-contained page with charts (no network needed)

Examples:
  analyze testdata/alep-treve-humanitaire.txt
  analyze --format json -o report.json articles/
  analyze --format csv --table stems --delimiter ';' --bom articles/ > stems.csv
  analyze --format csv -o tables/ articles/
  analyze --by stem --stopwords iso --top 50 articles/
  analyze --format html -o report.html --ref corpus/2015 corpus/2016
  analyze --plot charts/ articles/
`

func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("analyze", usage+"\n"+reportUsage, stderr)
	format := fs.String("format", "text", "report format: text, json, jsonl, csv, md or html")
	plotDir := fs.String("plot", "", "also write the charts as PNG and SVG files in this folder")
	var refs multiFlag
	fs.Var(&refs, "ref", "a reference file or folder for keywords (repeat for more)")
	out := fs.String("o", "", "write to this file (or, for csv, this folder) instead of standard output")
	by := fs.String("by", "form", "unit of n-grams and per-document terms: form or stem")
	top := fs.Int("top", -1, "rows kept in each table (default 20 for text and md, all for json and csv; 0 for all)")
	ngrams := fs.Int("ngrams", 2, "longest n-gram counted: 1 (none), 2 or 3")
	stop := fs.String("stopwords", "snowball", "stop list: snowball, iso, none, or a file with one word a line")
	table := fs.String("table", "terms", "csv table on standard output: documents, terms, stems, ngrams, entities or doc_terms")
	delim := fs.String("delimiter", ",", "csv field delimiter, for example ';' for French spreadsheets")
	bom := fs.Bool("bom", false, "start csv with a UTF-8 byte-order mark, for spreadsheets")
	rawCSV := fs.Bool("raw-csv", false, "write csv cells as they are (by default a cell starting with = + - @ gets a leading ' so that spreadsheets do not run it)")
	workers := fs.Int("j", 0, "documents analysed at once (default: one per CPU)")
	noEntities := fs.Bool("no-entities", false, "skip named-entity recognition (faster)")
	quiet := fs.Bool("quiet", false, "no progress bar (shown only when standard error is a terminal)")
	var in inputFlags
	in.register(fs)
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if files, code = in.files(files, stdin, stderr); code >= 0 {
		return code
	}
	if err := oneOf("format", *format, "text", "json", "jsonl", "csv", "md", "html"); err != nil {
		return usageError(stderr, "%v", err)
	}
	if err := oneOf("table", *table, reports.TableNames...); err != nil {
		return usageError(stderr, "%v", err)
	}
	comma, err := delimiter(*delim)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	if *top < -1 {
		return usageError(stderr, "--top %d: want 0 or more", *top)
	}
	if *top == -1 {
		*top = 0
		if *format == "text" || *format == "md" || *format == "html" {
			*top = 20
		}
	}
	if code := checkOutput(stderr, *out, files, refs); code >= 0 {
		return code
	}
	opts := analyze.Options{StopWords: *stop, By: *by, NGrams: *ngrams, Workers: *workers, Stdin: stdin, NoEntities: *noEntities}
	in.apply(&opts)
	bar := progressBar(stderr, *quiet)
	if bar != nil {
		opts.Progress = func(p analyze.Progress) {
			bar.ChangeMax64(max(p.BytesTotal, p.BytesDone))
			bar.Set64(p.BytesDone)
			bar.Describe(fmt.Sprintf("%d/%d files", p.Done, p.Total))
		}
	}
	res, err := analyze.Corpus(files, opts)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return optionsError(stderr, err)
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(stderr, "analyze: skipped %s: %s\n", s.Path, s.Reason)
	}
	rep := res.Report(*top)
	failed := len(res.Skipped) > 0
	if len(refs) > 0 {
		refOpts := analyze.Options{StopWords: *stop, By: *by, NGrams: 1, NoEntities: true}
		in.apply(&refOpts)
		ref, err := analyze.Corpus(refs, refOpts)
		if err != nil {
			return optionsError(stderr, err)
		}
		for _, s := range ref.Skipped {
			fmt.Fprintf(stderr, "analyze: skipped reference %s: %s\n", s.Path, s.Reason)
		}
		failed = failed || len(ref.Skipped) > 0
		res.AddKeywords(rep, ref, 3, max(*top, 25))
	}
	if *format == "html" {
		addConcordance(rep, files, opts)
	}
	if *plotDir != "" {
		if err := writePlots(*plotDir, rep, *top); err != nil {
			fmt.Fprintf(stderr, "analyze: writing the charts: %v\n", err)
			return exitFailure
		}
	}
	csvOpts := reports.CSVOptions{Comma: comma, BOM: *bom, Raw: *rawCSV}

	write := func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 64<<10)
		var err error
		switch *format {
		case "json":
			err = reports.WriteJSON(bw, rep)
		case "jsonl":
			err = reports.WriteJSONLines(bw, rep)
		case "md":
			err = reports.WriteMarkdown(bw, rep)
		case "html":
			err = reports.WriteHTML(bw, rep, *top)
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
	if failed {
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

// addConcordance puts a few lines of context of the three most mentioned
// entities in the report, reading the files again until it has them (not
// standard input, which is spent).
func addConcordance(rep *reports.Report, files []string, opts analyze.Options) {
	var paths []string
	for _, f := range files {
		if f != "-" {
			paths = append(paths, f)
		}
	}
	if len(paths) == 0 {
		return
	}
	for _, e := range rep.Entities[:min(3, len(rep.Entities))] {
		lines, _, err := analyze.KWIC(paths, opts, analyze.KWICOptions{Entity: e.Entity, Chars: 50, Max: 5})
		if err != nil {
			return
		}
		for _, l := range lines {
			rep.Concordance = append(rep.Concordance, reports.ConcordanceLine{Entity: e.Entity, Doc: l.Doc, Left: l.Left, Match: l.Match, Right: l.Right})
		}
	}
}

// writePlots writes each chart as NAME.png and NAME.svg in dir.
func writePlots(dir string, rep *reports.Report, top int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	charts, err := rep.Charts(top)
	if err != nil {
		return err
	}
	for _, c := range charts {
		for _, kind := range []string{"svg", "png"} {
			var data []byte
			if kind == "svg" {
				data, err = c.SVG()
			} else {
				data, err = c.PNG()
			}
			if err != nil {
				return err
			}
			err = writeAtomic(filepath.Join(dir, c.Name+"."+kind), func(w io.Writer) error {
				_, err := w.Write(data)
				return err
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// progressBar returns a progress bar on stderr when it is a terminal and
// the user did not ask for quiet, or nil.
func progressBar(stderr io.Writer, quiet bool) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
	)
}
