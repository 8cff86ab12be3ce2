package reports

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/analyze-fr/analyze/stats"
)

func sampleReport() *Report {
	return &Report{
		Tool: "analyze", Version: "test",
		Parameters: Parameters{StopWords: "snowball", By: "form", NGrams: 2},
		Inputs:     []Input{{Path: "a.txt", Size: 10, SHA256: "ab", Encoding: "utf-8"}},
		Skipped:    []Skipped{{Path: "b.bin", Reason: "binary data"}},
		Corpus:     Corpus{Documents: 1, Sentences: 2, Tokens: 12, Words: 10, Types: 8},
		Documents:  []Document{{Doc: "a.txt", DocStats: stats.DocStats{Tokens: 12, Words: 10, Types: 8, Sentences: 2, Hapax: 6, MeanSentenceLength: 5, TTR: 0.8}}},
		Terms: []Term{
			{Term: "alep", Count: 2, Freq: 2000, Docs: 1, Rank: 1},
			{Term: "a,b \"c\"", Count: 1, Freq: 1000, Docs: 1, Rank: 2},
			{Term: "x|y", Count: 1, Freq: 1000, Docs: 1, Rank: 3},
		},
		Stems:      []Stem{{Stem: "syrien", Label: "syrien", Count: 3, Freq: 3000, Docs: 1, Rank: 1, Forms: "syrien 2; syrienne 1"}},
		NGrams:     []NGram{{NGram: "armée syrienne", N: 2, Count: 1, Freq: 1000, Docs: 1, Rank: 1}},
		Entities:   []Entity{{Entity: "Alep", Label: "LOC", Count: 2, Docs: 1, Rank: 1, Variants: "Alep 2"}},
		Similarity: []Pair{{DocA: "a.txt", DocB: "c.txt", Cosine: 0.25}},
		DocTerms:   []DocTerm{{Doc: "a.txt", Term: "alep", Count: 2, TFIDF: 0.2}},
	}
}

// TestCSVRoundTrip writes every table and reads it back with encoding/csv.
func TestCSVRoundTrip(t *testing.T) {
	r := sampleReport()
	for _, name := range TableNames {
		tb, err := r.Table(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, opts := range []CSVOptions{{Raw: true}, {Comma: ';', BOM: true, Raw: true}} {
			var buf bytes.Buffer
			if err := WriteCSV(&buf, tb, opts); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			if opts.BOM {
				if !bytes.HasPrefix(data, []byte("\ufeff")) {
					t.Fatalf("%s: no BOM", name)
				}
				data = data[3:]
			}
			cr := csv.NewReader(bytes.NewReader(data))
			if opts.Comma != 0 {
				cr.Comma = opts.Comma
			}
			records, err := cr.ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !slices.Equal(records[0], tb.Columns) || len(records) != len(tb.Rows)+1 {
				t.Fatalf("%s: header %v, %d records", name, records[0], len(records))
			}
			for i, row := range tb.Rows {
				if !slices.Equal(records[i+1], row) {
					t.Errorf("%s row %d: read %q, wrote %q", name, i, records[i+1], row)
				}
			}
		}
	}
	if _, err := r.Table("nope"); err == nil {
		t.Error("no error for an unknown table")
	}
}

// TestJSONStreamsAsEncodingJSON checks that the report written a row at a
// time is, byte for byte, what encoding/json writes of the whole: with
// every table, with empty and left-out ones, and with characters that
// encoding/json would escape for HTML by default.
func TestJSONStreamsAsEncodingJSON(t *testing.T) {
	full := sampleReport()
	full.Keywords = Rows[Keyword]{{Term: "<alep> & co", G2: 12.5, Positive: true}}
	full.Terms[0].Term = "l'« armée » <b>&</b>"
	empty := &Report{Tool: "analyze", Inputs: []Input{}}
	for _, r := range []*Report{full, empty} {
		var got, want bytes.Buffer
		if err := WriteJSON(&got, r); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("streamed JSON differs:\n got %s\nwant %s", got.String(), want.String())
		}
	}
}

// TestJSONFieldsAreCSVColumns checks that each JSON table's objects have
// exactly the CSV columns as fields.
func TestJSONFieldsAreCSVColumns(t *testing.T) {
	r := sampleReport()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	for _, name := range TableNames {
		var rows []map[string]any
		if err := json.Unmarshal(doc[name], &rows); err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v", name, err)
		}
		tb, _ := r.Table(name)
		var keys []string
		for k := range rows[0] {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		cols := slices.Clone(tb.Columns)
		slices.Sort(cols)
		if !slices.Equal(keys, cols) {
			t.Errorf("%s: JSON fields %v, CSV columns %v", name, keys, cols)
		}
	}
	if !strings.Contains(buf.String(), `"term": "a,b \"c\""`) {
		t.Error("JSON does not keep the term as it is")
	}
}

func TestMarkdownEscapesPipes(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, sampleReport()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"| x\\|y | 1 |", "## Stems", "| syrien | syrien | 3 |", "## Entities", "| Alep | LOC | 2 |", "- `b.bin`: binary data"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}

func TestText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, sampleReport()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Documents   1", "1     alep", "syrien 2; syrienne 1", "armée syrienne", "Named entities", "1     Alep    LOC", "b.bin: binary data"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestNeutralize(t *testing.T) {
	tests := map[string]string{
		"=HYPERLINK(\"x\")":  "'=HYPERLINK(\"x\")",
		"+cmd|' /C calc'!A0": "'+cmd|' /C calc'!A0",
		"@SUM(1)":            "'@SUM(1)",
		"\tx":                "'\tx",
		"\rx":                "'\rx",
		"-2+3":               "'-2+3",
		"-il":                "-il",
		"-t-elle":            "-t-elle",
		"-1.5":               "-1.5",
		"+3":                 "+3",
		"alep":               "alep",
		"":                   "",
	}
	for in, want := range tests {
		if got := Neutralize(in); got != want {
			t.Errorf("Neutralize(%q) = %q, want %q", in, got, want)
		}
	}
	var buf bytes.Buffer
	tb := Table{Columns: []string{"term", "count"}, Rows: [][]string{{"=1+1", "-2"}, {"-il", "3"}}}
	WriteCSV(&buf, tb, CSVOptions{})
	if buf.String() != "term,count\n'=1+1,-2\n-il,3\n" {
		t.Errorf("neutralized CSV %q", buf.String())
	}
	buf.Reset()
	WriteCSV(&buf, tb, CSVOptions{Raw: true})
	if buf.String() != "term,count\n=1+1,-2\n-il,3\n" {
		t.Errorf("raw CSV %q", buf.String())
	}
}
