package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/analyze-fr/analyze"
	"github.com/analyze-fr/analyze/reports"
	"github.com/analyze-fr/analyze/tokenize"
	"github.com/analyze-fr/analyze/tokenize/ner"
)

const entitiesUsage = `Usage: analyze entities [--mentions] [--format F] [FILE|DIR|-]...

Finds the named entities of the inputs: people (PER), places (LOC),
organisations (ORG) and other names (MISC).

Without --mentions: one row per distinct entity, mentions of the same
entity counted together (case and accents, a leading article, a person's
title, a surname alone after the full name), with the variants seen.
Formats: text (default), csv, jsonl.

With --mentions: one row per mention, with its byte offsets into the
decoded text: {"doc":"a.txt","start":0,"end":4,"text":"Alep","label":"LOC"}
Formats: jsonl (default), csv, tsv.

Examples:
  analyze entities article.txt
  analyze entities --mentions --format jsonl article.txt
  cat article.txt | analyze entities --mentions
`

func runEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("entities", entitiesUsage, stderr)
	mentions := fs.Bool("mentions", false, "one row per mention instead of per entity")
	format := fs.String("format", "", "text, csv or jsonl (default text, or jsonl with --mentions); tsv with --mentions")
	var in inputFlags
	in.register(fs)
	rawCSV := fs.Bool("raw-csv", false, "write csv cells as they are (no ' before = + - @)")
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if files, code = in.files(files, stdin, stderr); code >= 0 {
		return code
	}
	var opts analyze.Options
	in.apply(&opts)
	if *format == "" {
		*format = "text"
		if *mentions {
			*format = "jsonl"
		}
	}
	choices := []string{"text", "csv", "jsonl"}
	if *mentions {
		choices = []string{"jsonl", "csv", "tsv"}
	}
	if err := oneOf("format", *format, choices...); err != nil {
		return usageError(stderr, "entities: %v", err)
	}
	rec, err := ner.Default()
	if err != nil {
		fmt.Fprintf(stderr, "analyze: %v\n", err)
		return exitFailure
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	cw := &cellWriter{csv.NewWriter(w), !*rawCSV}
	if *format == "tsv" {
		cw.Comma = '\t'
	}
	switch {
	case *mentions && *format != "jsonl":
		cw.Write([]string{"doc", "start", "end", "text", "label"})
	case !*mentions && *format == "csv":
		cw.Write([]string{"entity", "label", "count", "docs", "variants"})
	}
	var counter ner.Counter
	failed := 0
	for _, input := range analyze.FilteredInputs(files, opts.Filter) {
		if input.Err != nil {
			fmt.Fprintf(stderr, "analyze: skipped %v\n", input.Err)
			failed++
			continue
		}
		src, ierr := analyze.ReadSourceEncoding(input.Path, stdin, opts.Encoding)
		if ierr != nil {
			fmt.Fprintf(stderr, "analyze: skipped %v\n", ierr)
			failed++
			continue
		}
		ents := rec.Recognize(src.Text, tokenize.Tokenize(src.Text))
		if !*mentions {
			counter.AddDoc(ents)
			continue
		}
		var buf []byte
		for _, e := range ents {
			if *format == "jsonl" {
				buf = append(buf[:0], `{"doc":`...)
				buf = appendJSONString(buf, src.Name)
				buf = append(buf, `,"start":`...)
				buf = strconv.AppendInt(buf, int64(e.Start), 10)
				buf = append(buf, `,"end":`...)
				buf = strconv.AppendInt(buf, int64(e.End), 10)
				buf = append(buf, `,"text":`...)
				buf = appendJSONString(buf, e.Text)
				buf = append(buf, `,"label":"`...)
				buf = append(buf, e.Label.String()...)
				buf = append(buf, "\"}\n"...)
				w.Write(buf)
			} else {
				cw.Write([]string{src.Name, strconv.Itoa(e.Start), strconv.Itoa(e.End), e.Text, e.Label.String()})
			}
		}
	}
	if !*mentions {
		rows := counter.Rows()
		switch *format {
		case "csv":
			for _, r := range rows {
				cw.Write([]string{r.Entity, r.Label.String(), strconv.Itoa(r.Count), strconv.Itoa(r.Docs), r.Variants})
			}
		case "jsonl":
			for _, r := range rows {
				b := append([]byte(`{"entity":`), appendJSONString(nil, r.Entity)...)
				b = fmt.Appendf(b, `,"label":"%s","count":%d,"docs":%d,"variants":`, r.Label, r.Count, r.Docs)
				b = appendJSONString(b, r.Variants)
				w.Write(append(b, "}\n"...))
			}
		default:
			writeEntityText(w, rows)
		}
	}
	cw.Flush()
	if err = cw.Error(); err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "analyze: writing entities: %v\n", err)
		return exitFailure
	}
	if failed > 0 {
		return exitFailure
	}
	return exitOK
}

func writeEntityText(w io.Writer, rows []ner.EntityCount) {
	fmt.Fprintf(w, "%-5s  %-5s  %-4s  %-30s  %s\n", "count", "label", "docs", "entity", "variants")
	for _, r := range rows {
		fmt.Fprintf(w, "%5d  %-5s  %4d  %-30s  %s\n", r.Count, r.Label, r.Docs, r.Entity, r.Variants)
	}
}

// cellWriter is a csv.Writer that neutralizes formula-like cells.
type cellWriter struct {
	*csv.Writer
	neutralize bool
}

func (c *cellWriter) Write(row []string) error {
	if c.neutralize {
		for i, cell := range row {
			row[i] = reports.Neutralize(cell)
		}
	}
	return c.Writer.Write(row)
}
