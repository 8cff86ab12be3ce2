package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/analyze-fr/analyze"
	"github.com/analyze-fr/analyze/reports"
	"github.com/analyze-fr/analyze/stats"
)

const keynessUsage = `Usage: analyze keyness [--ref FILE|DIR]... [flags] FILE|DIR...

Keywords: the words a target uses more (or less) than a reference.
With --ref, the inputs together are the target, the --ref inputs the
reference; without it, each document is compared with the rest.
Measures: log-likelihood G2, its p-value, chi-square with Yates'
correction, Log Ratio and %DIFF. Stop words are left out.

Examples:
  analyze keyness --ref corpus/2015 corpus/2016
  analyze keyness --format csv --min 10 articles/
`

const specificitiesUsage = `Usage: analyze specificities [flags] FILE|DIR...
       analyze specificities --table counts.csv

Lafon's specificities (as in TXM, IRaMuTeQ and R's textometry): for each
word and each part, the signed log10 probability of its count under the
hypergeometric model; above 2, over-used; below -2, under-used. The parts
are the documents, or the columns of a CSV table of counts whose first
column is the form.

Examples:
  analyze specificities --min 20 speeches/
  analyze specificities --table counts.csv --format csv
`

const collocationsUsage = `Usage: analyze collocations [--node WORD] [flags] FILE|DIR...

Words found together more than chance would have it: with --node, the
words within --window words of WORD inside a sentence; without it,
adjacent pairs. Scores: log-likelihood, PMI, t-score and logDice. Stop
words are left out.

Examples:
  analyze collocations --node guerre articles/
  analyze collocations --sort log_dice --min 5 articles/
`

const kwicUsage = `Usage: analyze kwic TERM [flags] FILE|DIR...
       analyze kwic --stem STEM | --entity NAME [flags] FILE|DIR...

A concordance: every occurrence of the word (by its normalized form), of
the stem, or of the named entity, with its context, aligned.

Examples:
  analyze kwic trêve article.txt
  analyze kwic --stem syrien --sort right articles/
  analyze kwic --entity "Antoine Charpentier" --words 8 article.txt
`

// common are the flags the analyses share.
type common struct {
	format, out, by, stop string
	top, min              int
	delim                 string
	comma                 rune // of delim, once checked
	bom, raw              bool
	in                    inputFlags
}

func (c *common) register(fs *flag.FlagSet, top, min int) {
	fs.StringVar(&c.format, "format", "text", "output format: text, csv, json or md")
	fs.StringVar(&c.out, "o", "", "write to this file instead of standard output")
	fs.StringVar(&c.by, "by", "form", "unit: form or stem")
	fs.StringVar(&c.stop, "stopwords", "snowball", "stop list: snowball, iso, none, or a file")
	fs.IntVar(&c.top, "top", top, "rows to keep (0 for all)")
	fs.IntVar(&c.min, "min", min, "minimum frequency")
	fs.StringVar(&c.delim, "delimiter", ",", "csv field delimiter")
	fs.BoolVar(&c.bom, "bom", false, "start csv with a UTF-8 byte-order mark")
	fs.BoolVar(&c.raw, "raw-csv", false, "write csv cells as they are (no ' before = + - @)")
	c.in.register(fs)
}

// parse parses the command line, checks the common flags and gathers the
// inputs (--files-from included), none of them the -o file. It returns the exit code to stop with,
// or -1 to go on.
func (c *common) parse(fs *flag.FlagSet, args []string, stdin io.Reader, stderr io.Writer) ([]string, int) {
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return nil, code
	}
	if code := c.check(stderr); code >= 0 {
		return nil, code
	}
	if files, code = c.in.files(files, stdin, stderr); code >= 0 {
		return nil, code
	}
	return files, checkOutput(stderr, c.out, files)
}

func (c *common) check(stderr io.Writer) int {
	if err := oneOf("format", c.format, "text", "csv", "json", "md"); err != nil {
		return usageError(stderr, "%v", err)
	}
	var err error
	if c.comma, err = delimiter(c.delim); err != nil {
		return usageError(stderr, "%v", err)
	}
	return -1
}

// write writes a table, to -o or stdout.
func (c *common) write(stdout, stderr io.Writer, t reports.Table, numeric map[string]bool, skipped []analyze.Skipped) int {
	opts := reports.CSVOptions{Comma: c.comma, BOM: c.bom, Raw: c.raw}
	return c.emit(stdout, stderr, skipped, func(w io.Writer) error {
		return reports.WriteTable(w, t, c.format, numeric, opts)
	})
}

// emit reports the skipped inputs, then writes what render writes, whole,
// to -o or stdout. It returns the exit code: 1 if an input was skipped or
// the output failed.
func (c *common) emit(stdout, stderr io.Writer, skipped []analyze.Skipped, render func(io.Writer) error) int {
	for _, s := range skipped {
		fmt.Fprintf(stderr, "analyze: skipped %s: %s\n", s.Path, s.Reason)
	}
	write := func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		if err := render(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	var err error
	if c.out == "" {
		err = write(stdout)
	} else {
		err = writeAtomic(c.out, write)
	}
	if err != nil {
		fmt.Fprintf(stderr, "analyze: writing: %v\n", err)
		return exitFailure
	}
	if len(skipped) > 0 {
		return exitFailure
	}
	return exitOK
}

func (c *common) options(stdin io.Reader) analyze.Options {
	o := analyze.Options{StopWords: c.stop, By: c.by, NGrams: 1, NoEntities: true, Stdin: stdin}
	c.in.apply(&o)
	return o
}

func numericCols(cols ...string) map[string]bool {
	m := map[string]bool{}
	for _, c := range cols {
		m[c] = true
	}
	return m
}

// f4 formats a number with four decimals, or in scientific notation when
// it is huge (%DIFF of a word the reference lacks).
func f4(x float64) string {
	if x > 1e9 || x < -1e9 {
		return strconv.FormatFloat(x, 'e', 3, 64)
	}
	return strconv.FormatFloat(x, 'f', 4, 64)
}

// pValue formats a p-value in scientific notation.
func pValue(p float64) string { return strconv.FormatFloat(p, 'e', 3, 64) }

func runKeyness(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("keyness", keynessUsage, stderr)
	var c common
	c.register(fs, 50, 3)
	var refs multiFlag
	fs.Var(&refs, "ref", "a reference file or folder (repeat for more)")
	files, code := c.parse(fs, args, stdin, stderr)
	if code >= 0 {
		return code
	}
	if code := checkOutput(stderr, c.out, refs); code >= 0 {
		return code
	}
	target, err := analyze.Corpus(files, c.options(stdin))
	if err != nil {
		return optionsError(stderr, err)
	}
	skipped := target.Skipped
	t := reports.Table{Name: "keyness"}
	kwRow := func(k stats.Keyword, cw, rw int) []string {
		sign := "positive"
		if !k.Positive {
			sign = "negative"
		}
		return []string{k.Term, sign, strconv.Itoa(k.Target), strconv.Itoa(k.Ref),
			f4(float64(k.Target) * 1e4 / float64(max(cw, 1))), f4(float64(k.Ref) * 1e4 / float64(max(rw, 1))),
			f4(k.G2), pValue(k.P), f4(k.Chi2), f4(k.LogRatio), f4(k.PctDiff)}
	}
	cols := []string{"term", "direction", "target", "ref", "target_per_10k", "ref_per_10k", "g2", "p", "chi2", "log_ratio", "pct_diff"}
	if len(refs) > 0 {
		ref, err := analyze.Corpus(refs, c.options(stdin))
		if err != nil {
			return optionsError(stderr, err)
		}
		skipped = append(skipped, ref.Skipped...)
		t.Columns = cols
		kws := analyze.Keyness(target, ref, c.min)
		pos := 0
		for _, k := range kws {
			if k.Positive {
				pos++
			}
		}
		// The top positive and the top negative keywords.
		for i, k := range kws {
			if c.top > 0 && (k.Positive && i >= c.top || !k.Positive && i-pos >= c.top) {
				continue
			}
			t.Rows = append(t.Rows, kwRow(k, target.Forms.Total(), ref.Forms.Total()))
		}
	} else {
		t.Columns = append([]string{"doc"}, cols...)
		words := make(map[string]int, len(target.Documents))
		for _, d := range target.Documents {
			words[d.Name] = d.Stats.Words
		}
		for _, dk := range target.KeynessEach(c.min, c.top) {
			w := words[dk.Doc]
			t.Rows = append(t.Rows, append([]string{dk.Doc}, kwRow(dk.Keyword, w, target.Forms.Total()-w)...))
		}
	}
	return c.write(stdout, stderr, t, numericCols("target", "ref", "target_per_10k", "ref_per_10k", "g2", "p", "chi2", "log_ratio", "pct_diff"), skipped)
}

func runSpecificities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("specificities", specificitiesUsage, stderr)
	var c common
	c.register(fs, 50, 10)
	tablePath := fs.String("table", "", "a CSV table of counts: first column the form, one column per part")
	files, code := c.parse(fs, args, stdin, stderr)
	if code >= 0 {
		return code
	}
	var t reports.Table
	var skipped []analyze.Skipped
	if *tablePath != "" {
		forms, parts, counts, err := readCountTable(*tablePath)
		if err != nil {
			fmt.Fprintf(stderr, "analyze: %s: %v\n", *tablePath, err)
			return exitFailure
		}
		t.Columns = append([]string{"form"}, parts...)
		for i, row := range stats.Specificities(counts) {
			cells := []string{forms[i]}
			for _, x := range row {
				cells = append(cells, f4(x))
			}
			t.Rows = append(t.Rows, cells)
		}
		return c.write(stdout, stderr, t, numericCols(parts...), nil)
	}
	res, err := analyze.Corpus(files, c.options(stdin))
	if err != nil {
		return optionsError(stderr, err)
	}
	skipped = res.Skipped
	t.Columns = []string{"term", "count"}
	for _, d := range res.Documents {
		t.Columns = append(t.Columns, d.Name)
	}
	rows := res.Specificities(c.min)
	if c.top > 0 && len(rows) > c.top {
		rows = rows[:c.top]
	}
	for _, r := range rows {
		cells := []string{r.Term, strconv.Itoa(r.Count)}
		for _, x := range r.Parts {
			cells = append(cells, f4(x))
		}
		t.Rows = append(t.Rows, cells)
	}
	return c.write(stdout, stderr, t, numericCols(t.Columns[1:]...), skipped)
}

// readCountTable reads a CSV of counts: a header (first cell the form
// column's name, then the parts), then a form and its counts a line.
func readCountTable(path string) (forms, parts []string, counts [][]int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("reading the header: %w", err)
	}
	if len(header) < 3 {
		return nil, nil, nil, fmt.Errorf("want a form column and at least two parts, got %d columns", len(header))
	}
	parts = header[1:]
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, nil, err
		}
		row := make([]int, len(parts))
		for j, cell := range rec[1:] {
			n, err := strconv.Atoi(strings.TrimSpace(cell))
			if err != nil || n < 0 {
				return nil, nil, nil, fmt.Errorf("line %d, column %q: %q is not a count", line, parts[j], cell)
			}
			row[j] = n
		}
		forms = append(forms, rec[0])
		counts = append(counts, row)
	}
	if len(counts) == 0 {
		return nil, nil, nil, fmt.Errorf("no rows")
	}
	return forms, parts, counts, nil
}

func runCollocations(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("collocations", collocationsUsage, stderr)
	var c common
	c.register(fs, 50, 3)
	node := fs.String("node", "", "the word whose collocates to find (default: all adjacent pairs)")
	window := fs.Int("window", 0, "words on each side of the node (default 5)")
	sort := fs.String("sort", "ll", "order: ll, pmi, t_score, log_dice or count")
	files, code := c.parse(fs, args, stdin, stderr)
	if code >= 0 {
		return code
	}
	if err := oneOf("sort", *sort, "ll", "pmi", "t_score", "log_dice", "count"); err != nil {
		return usageError(stderr, "%v", err)
	}
	cols, skipped, err := analyze.Collocations(files, c.options(stdin), analyze.CollocationOptions{Node: *node, Window: *window, MinFreq: c.min, Sort: *sort})
	if err != nil {
		return optionsError(stderr, err)
	}
	t := reports.Table{Name: "collocations", Columns: []string{"node", "collocate", "count", "node_freq", "coll_freq", "ll", "pmi", "t_score", "log_dice"}}
	for i, x := range cols {
		if c.top > 0 && i >= c.top {
			break
		}
		t.Rows = append(t.Rows, []string{x.Node, x.Collocate, strconv.Itoa(x.Count), strconv.Itoa(x.NodeFreq), strconv.Itoa(x.CollFreq),
			f4(x.LL), f4(x.PMI), f4(x.TScore), f4(x.LogDice)})
	}
	return c.write(stdout, stderr, t, numericCols("count", "node_freq", "coll_freq", "ll", "pmi", "t_score", "log_dice"), skipped)
}

func runKWIC(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("kwic", kwicUsage, stderr)
	var c common
	c.register(fs, 0, 0)
	stemFlag := fs.String("stem", "", "find a stem instead of a word")
	entity := fs.String("entity", "", "find a named entity instead of a word")
	chars := fs.Int("chars", 40, "context on each side, in characters")
	words := fs.Int("words", 0, "context on each side, in words (instead of characters)")
	sort := fs.String("sort", "position", "order: position, left or right")
	files, code := c.parse(fs, args, stdin, stderr)
	if code >= 0 {
		return code
	}
	if err := oneOf("sort", *sort, "position", "left", "right"); err != nil {
		return usageError(stderr, "%v", err)
	}
	term := ""
	if *stemFlag == "" && *entity == "" {
		if len(files) == 0 {
			return usageError(stderr, "kwic: give a TERM, --stem or --entity")
		}
		term, files = files[0], files[1:]
	}
	lines, skipped, err := analyze.KWIC(files, c.options(stdin),
		analyze.KWICOptions{Term: term, Stem: *stemFlag, Entity: *entity, Chars: *chars, Words: *words, Sort: *sort})
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	if c.top > 0 && len(lines) > c.top {
		lines = lines[:c.top]
	}
	if c.format == "text" {
		return c.emit(stdout, stderr, skipped, func(w io.Writer) error {
			width := 0
			for _, l := range lines {
				width = max(width, len([]rune(l.Left)))
			}
			for _, l := range lines {
				if _, err := fmt.Fprintf(w, "%*s [%s] %s\n", width, l.Left, l.Match, l.Right); err != nil {
					return err
				}
			}
			return nil
		})
	}
	t := reports.Table{Name: "kwic", Columns: []string{"doc", "start", "end", "left", "match", "right"}}
	for _, l := range lines {
		t.Rows = append(t.Rows, []string{l.Doc, strconv.Itoa(l.Start), strconv.Itoa(l.End), l.Left, l.Match, l.Right})
	}
	return c.write(stdout, stderr, t, numericCols("start", "end"), skipped)
}

const similarityUsage = `Usage: analyze similarity [flags] FILE|DIR...

The cosine similarity of the documents' TF-IDF vectors (stop words out),
as a matrix: a row and a column per document, 1 on the diagonal.

Examples:
  analyze similarity articles/
  analyze similarity --format csv articles/ > similarity.csv
`

func runSimilarity(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("similarity", similarityUsage, stderr)
	var c common
	c.register(fs, 0, 0)
	files, code := c.parse(fs, args, stdin, stderr)
	if code >= 0 {
		return code
	}
	res, err := analyze.Corpus(files, c.options(stdin))
	if err != nil {
		return optionsError(stderr, err)
	}
	m := res.SimilarityMatrix()
	if m == nil {
		fmt.Fprintf(stderr, "analyze: %d documents: too many for a matrix (1,000 at most)\n", len(res.Documents))
		return exitFailure
	}
	t := reports.Table{Name: "similarity", Columns: []string{"doc"}}
	for _, d := range res.Documents {
		t.Columns = append(t.Columns, d.Name)
	}
	for i, d := range res.Documents {
		row := []string{d.Name}
		for _, x := range m[i] {
			row = append(row, f4(x))
		}
		t.Rows = append(t.Rows, row)
	}
	return c.write(stdout, stderr, t, numericCols(t.Columns[1:]...), res.Skipped)
}

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
