package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/analyze-fr/analyze"
	"github.com/analyze-fr/analyze/stem"
	"github.com/analyze-fr/analyze/tokenize"
)

const tokensUsage = `Usage: analyze tokens [--format jsonl|tsv] [FILE|-]

Prints every token of the input with its byte offsets into the decoded
UTF-8 text (start, end: half-open), the index of its sentence, its kind
(word, number, punct, symbol, url, email, markup), its normalized form
and its Snowball stem (words only; other tokens repeat the norm).

  jsonl  one JSON object a line:
         {"start":0,"end":4,"text":"Alep","sentence":0,"kind":"word","norm":"alep","stem":"alep"}
  tsv    a header line, then start, end, sentence, kind, text, norm, stem

Examples:
  analyze tokens article.txt
  echo "L'armée est-elle à Alep ?" | analyze tokens --format tsv
`

func runTokens(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("tokens", tokensUsage, stderr)
	format := fs.String("format", "jsonl", "output format: jsonl or tsv")
	encoding := fs.String("encoding", "", "force the input's encoding: utf-8, windows-1252, utf-16le... (default: detect)")
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if err := oneOf("format", *format, "jsonl", "tsv"); err != nil {
		return usageError(stderr, "tokens: %v", err)
	}
	if len(files) > 1 {
		return usageError(stderr, "tokens: one input at a time (got %d)", len(files))
	}
	name := "-"
	if len(files) == 1 {
		name = files[0]
	}
	doc, ierr := analyze.ReadSourceEncoding(name, stdin, *encoding)
	if ierr != nil {
		fmt.Fprintf(stderr, "analyze: %v\n", ierr)
		return exitFailure
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	if *format == "tsv" {
		w.WriteString("start\tend\tsentence\tkind\ttext\tnorm\tstem\n")
	}
	var buf []byte
	var stemmer stem.Stemmer
	for t := range tokenize.All(doc.Text) {
		st := t.Norm
		if t.Kind == tokenize.Word {
			st = stemmer.Stem(t.Norm)
		}
		buf = buf[:0]
		if *format == "tsv" {
			buf = appendTSVToken(buf, t, st)
		} else {
			buf = appendJSONToken(buf, t, st)
		}
		w.Write(buf)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "analyze: writing tokens: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// appendJSONToken appends t and its stem as one line of JSON.
func appendJSONToken(b []byte, t tokenize.Token, stem string) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(t.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(t.End), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, t.Text)
	b = append(b, `,"sentence":`...)
	b = strconv.AppendInt(b, int64(t.Sentence), 10)
	b = append(b, `,"kind":"`...)
	b = append(b, t.Kind.String()...)
	b = append(b, `","norm":`...)
	b = appendJSONString(b, t.Norm)
	b = append(b, `,"stem":`...)
	b = appendJSONString(b, stem)
	return append(b, "}\n"...)
}

// appendTSVToken appends t and its stem as one line of tab-separated
// values; tabs, line breaks and backslashes are escaped as \t \n \r \\.
func appendTSVToken(b []byte, t tokenize.Token, stem string) []byte {
	b = strconv.AppendInt(b, int64(t.Start), 10)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(t.End), 10)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(t.Sentence), 10)
	b = append(b, '\t')
	b = append(b, t.Kind.String()...)
	b = append(b, '\t')
	b = append(b, tsvEscaper.Replace(t.Text)...)
	b = append(b, '\t')
	b = append(b, tsvEscaper.Replace(t.Norm)...)
	b = append(b, '\t')
	b = append(b, tsvEscaper.Replace(stem)...)
	return append(b, '\n')
}

var tsvEscaper = strings.NewReplacer("\\", `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Bytes that are not valid
// UTF-8 become U+FFFD, so the output is always valid JSON.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			default:
				b = append(b, `\u00`...)
				b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			switch r {
			case '\u2028':
				b = append(b, `\u2028`...)
			case '\u2029':
				b = append(b, `\u2029`...)
			default:
				b = append(b, `\ufffd`...)
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
