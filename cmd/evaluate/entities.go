package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/analyze-fr/analyze/internal/nerdata"
	"github.com/jdkato/prose/v2"
)

// mention is the part of "analyze entities --mentions" the scorer reads.
type mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

func evalEntities(data, split, command, engine string, stdout, stderr io.Writer) int {
	path := filepath.Join(data, "ner", "newseye-fr", "HIPE-2022-v2.1-newseye-"+split+"-fr.conll")
	docs, err := nerdata.ReadFile(path, 0)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v (the gold data lives in ../shared/data)\n", err)
		return 1
	}
	var text strings.Builder
	var gold []nerdata.Span
	for i, d := range docs {
		if i > 0 {
			text.WriteString("\n\n")
		}
		base := text.Len()
		text.WriteString(d.Text)
		for _, e := range d.Entities {
			gold = append(gold, nerdata.Span{Start: base + e.Start, End: base + e.End, Label: e.Label})
		}
	}
	start := time.Now()
	var pred []nerdata.Span
	var err2 error
	if engine == "prose" {
		pred, err2 = proseEntities(text.String())
	} else {
		pred, err2 = analyzeEntities(command, text.String(), stderr)
	}
	if err2 != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err2)
		return 1
	}
	elapsed := time.Since(start)
	fmt.Fprintf(stdout, "newseye-fr %s: %d documents, %d bytes, %d gold entities\n", split, len(docs), text.Len(), len(gold))
	nerdata.WriteScores(stdout, nerdata.Score(gold, pred))
	fmt.Fprintf(stdout, "%s: %.2f s, %.3f MB/s (whole process, model loading included)\n", engine, elapsed.Seconds(), float64(text.Len())/1e6/elapsed.Seconds())
	return 0
}

// analyzeEntities runs "analyze entities --mentions" on text.
func analyzeEntities(command, text string, stderr io.Writer) ([]nerdata.Span, error) {
	args := append(strings.Fields(command), "entities", "--mentions", "--format", "jsonl", "-")
	c := exec.Command(args[0], args[1:]...)
	c.Stdin = strings.NewReader(text)
	c.Stderr = stderr
	out, err := c.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", command, err)
	}
	var pred []nerdata.Span
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var m mention
		if err := dec.Decode(&m); err != nil {
			return nil, fmt.Errorf("reading the mentions: %v", err)
		}
		pred = append(pred, nerdata.Span{Start: m.Start, End: m.End, Label: m.Label})
	}
	return pred, nil
}

// proseEntities runs prose v2 with its English model on text. prose gives
// entities without offsets: each is looked for in the text after the
// previous one; one not found counts as a wrong guess.
func proseEntities(text string) ([]nerdata.Span, error) {
	doc, err := prose.NewDocument(text)
	if err != nil {
		return nil, err
	}
	var pred []nerdata.Span
	cursor := 0
	for _, e := range doc.Entities() {
		label := "MISC"
		switch e.Label {
		case "PERSON":
			label = "PER"
		case "GPE":
			label = "LOC"
		case "ORG":
			label = "ORG"
		}
		i := strings.Index(text[cursor:], e.Text)
		if i < 0 {
			pred = append(pred, nerdata.Span{Start: -1, End: -1, Label: label})
			continue
		}
		s := cursor + i
		pred = append(pred, nerdata.Span{Start: s, End: s + len(e.Text), Label: label})
		cursor = s + len(e.Text)
	}
	return pred, nil
}
