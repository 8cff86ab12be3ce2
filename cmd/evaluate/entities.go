package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/analyze-fr/analyze/internal/nerdata"
)

// mention is the part of "analyze entities --mentions" the scorer reads.
type mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

func evalEntities(data, split, command string, stdout, stderr io.Writer) int {
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
	args := append(strings.Fields(command), "entities", "--mentions", "--format", "jsonl", "-")
	c := exec.Command(args[0], args[1:]...)
	c.Stdin = strings.NewReader(text.String())
	c.Stderr = stderr
	out, err := c.Output()
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %s: %v\n", command, err)
		return 1
	}
	var pred []nerdata.Span
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var m mention
		if err := dec.Decode(&m); err != nil {
			fmt.Fprintf(stderr, "evaluate: reading the mentions: %v\n", err)
			return 1
		}
		pred = append(pred, nerdata.Span{Start: m.Start, End: m.End, Label: m.Label})
	}
	fmt.Fprintf(stdout, "newseye-fr %s: %d documents, %d bytes, %d gold entities\n", split, len(docs), text.Len(), len(gold))
	nerdata.WriteScores(stdout, nerdata.Score(gold, pred))
	return 0
}
