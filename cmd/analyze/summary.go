package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/analyze-fr/analyze/tokenize"
)

const summaryUsage = `Usage: analyze [--top N] [FILE|DIR|-]...

Prints a summary of the inputs: documents, sentences, tokens, words,
distinct words, and the most frequent words.

Examples:
  analyze testdata/alep-treve-humanitaire.txt
  analyze --top 30 articles/
`

// counts is what the summary keeps of one document or of all of them.
type counts struct {
	sentences, tokens, words int
	freq                     map[string]int
}

func runSummary(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("analyze", usage+"\n"+summaryUsage, stderr)
	top := fs.Int("top", 20, "how many of the most frequent words to list")
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if *top < 0 {
		return usageError(stderr, "--top %d: want 0 or more", *top)
	}
	total := counts{freq: map[string]int{}}
	docs, failed := 0, 0
	for _, in := range expandPaths(files) {
		ierr := in.Err
		if ierr == nil {
			var doc document
			if doc, ierr = readDocument(in.Path, stdin); ierr == nil {
				docs++
				total.add(doc.Text)
				continue
			}
		}
		failed++
		fmt.Fprintf(stderr, "analyze: skipped %v\n", ierr)
	}
	w := bufio.NewWriter(stdout)
	writeSummary(w, docs, total, *top)
	if failed > 0 {
		fmt.Fprintf(w, "Skipped inputs:  %d (see the messages on standard error)\n", failed)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "analyze: writing the summary: %v\n", err)
		return exitFailure
	}
	if failed > 0 {
		return exitFailure
	}
	return exitOK
}

// add counts the tokens of text.
func (c *counts) add(text string) {
	sentences := 0
	for t := range tokenize.All(text) {
		sentences = t.Sentence + 1
		if t.Kind == tokenize.Markup {
			continue
		}
		c.tokens++
		if t.IsWord() {
			c.words++
			c.freq[t.Norm]++
		}
	}
	c.sentences += sentences
}

type termCount struct {
	term  string
	count int
}

// topTerms returns the n most frequent terms, ties broken by term.
func topTerms(freq map[string]int, n int) []termCount {
	all := make([]termCount, 0, len(freq))
	for t, c := range freq {
		all = append(all, termCount{t, c})
	}
	slices.SortFunc(all, func(a, b termCount) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.term, b.term)
	})
	return all[:min(n, len(all))]
}

func writeSummary(w io.Writer, docs int, c counts, top int) {
	fmt.Fprintf(w, "Documents:       %d\n", docs)
	fmt.Fprintf(w, "Sentences:       %d\n", c.sentences)
	fmt.Fprintf(w, "Tokens:          %d\n", c.tokens)
	fmt.Fprintf(w, "Words:           %d\n", c.words)
	fmt.Fprintf(w, "Distinct words:  %d\n", len(c.freq))
	if top == 0 || len(c.freq) == 0 {
		return
	}
	fmt.Fprintf(w, "\nMost frequent words:\n")
	for i, tc := range topTerms(c.freq, top) {
		fmt.Fprintf(w, "%4d  %-20s %6d\n", i+1, tc.term, tc.count)
	}
}
