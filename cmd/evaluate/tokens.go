package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// span is a half-open byte range.
type span struct{ start, end int }

// udSentence is a sentence of a CoNLL-U file: its raw text and the forms
// of its surface tokens (a multiword token such as du counts once).
type udSentence struct {
	text  string
	forms []string
}

// readCoNLLU reads the sentences of a CoNLL-U file.
func readCoNLLU(r io.Reader) ([]udSentence, error) {
	var out []udSentence
	var cur udSentence
	skipTo := 0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# text = "):
			cur.text = strings.TrimPrefix(line, "# text = ")
		case strings.HasPrefix(line, "#"):
		case line == "":
			if cur.text != "" {
				out = append(out, cur)
			}
			cur, skipTo = udSentence{}, 0
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 2 || strings.Contains(cols[0], ".") {
				continue
			}
			if a, b, ok := strings.Cut(cols[0], "-"); ok {
				var lo, hi int
				fmt.Sscan(a, &lo)
				fmt.Sscan(b, &hi)
				skipTo = hi
				cur.forms = append(cur.forms, cols[1])
				continue
			}
			var id int
			fmt.Sscan(cols[0], &id)
			if id <= skipTo {
				continue
			}
			cur.forms = append(cur.forms, cols[1])
		}
	}
	if cur.text != "" {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// endsWithFinalPunct reports whether a sentence ends with . ! ? or …,
// possibly followed by closing quotes or brackets.
func endsWithFinalPunct(s string) bool {
	s = strings.TrimRight(s, " »\"')]”’")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// buildDocument joins the sentences as running prose and returns the text
// with the gold token and sentence spans.
func buildDocument(sents []udSentence) (string, []span, []span, error) {
	var b strings.Builder
	var toks, sspans []span
	for i, s := range sents {
		base := b.Len()
		b.WriteString(s.text)
		cursor := 0
		first := len(toks)
		for _, f := range s.forms {
			j := strings.Index(s.text[cursor:], f)
			if j < 0 || strings.TrimSpace(s.text[cursor:cursor+j]) != "" {
				return "", nil, nil, fmt.Errorf("sentence %d: token %q not found in %q", i+1, f, s.text)
			}
			st := base + cursor + j
			toks = append(toks, span{st, st + len(f)})
			cursor += j + len(f)
		}
		if len(toks) > first {
			sspans = append(sspans, span{toks[first].start, toks[len(toks)-1].end})
		}
		if endsWithFinalPunct(s.text) {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	return b.String(), toks, sspans, nil
}

// predToken is the part of "analyze tokens --format jsonl" the scorer reads.
type predToken struct {
	Start    int `json:"start"`
	End      int `json:"end"`
	Sentence int `json:"sentence"`
}

// runAnalyze feeds text to the analyze command and returns token and
// sentence spans.
func runAnalyze(command, text string, stderr io.Writer) ([]span, []span, error) {
	args := strings.Fields(command)
	args = append(args, "tokens", "--format", "jsonl", "-")
	c := exec.Command(args[0], args[1:]...)
	c.Stdin = strings.NewReader(text)
	c.Stderr = stderr
	out, err := c.Output()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", command, err)
	}
	var toks []span
	bySent := map[int]span{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var t predToken
		if err := dec.Decode(&t); err == io.EOF {
			break
		} else if err != nil {
			return nil, nil, fmt.Errorf("reading the tokens: %v", err)
		}
		toks = append(toks, span{t.Start, t.End})
		s, ok := bySent[t.Sentence]
		if !ok {
			s = span{t.Start, t.End}
		}
		s.start, s.end = min(s.start, t.Start), max(s.end, t.End)
		bySent[t.Sentence] = s
	}
	sents := make([]span, 0, len(bySent))
	for _, s := range bySent {
		sents = append(sents, s)
	}
	sort.Slice(sents, func(i, j int) bool { return sents[i].start < sents[j].start })
	return toks, sents, nil
}

// score returns precision, recall and F1 of exact span matches.
func score(gold, pred []span) (p, r, f float64, missed, extra []span) {
	g := map[span]bool{}
	for _, s := range gold {
		g[s] = true
	}
	pr := map[span]bool{}
	tp := 0
	for _, s := range pred {
		pr[s] = true
		if g[s] {
			tp++
		} else {
			extra = append(extra, s)
		}
	}
	for _, s := range gold {
		if !pr[s] {
			missed = append(missed, s)
		}
	}
	if len(pred) > 0 {
		p = float64(tp) / float64(len(pred))
	}
	if len(gold) > 0 {
		r = float64(tp) / float64(len(gold))
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f, missed, extra
}

func evalTokens(data, split, command string, show int, stdout, stderr io.Writer) int {
	path := filepath.Join(data, "ud-fr-gsd", "fr_gsd-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v (the gold data lives in ../shared/data)\n", err)
		return 1
	}
	sents, err := readCoNLLU(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %s: %v\n", path, err)
		return 1
	}
	text, goldToks, goldSents, err := buildDocument(sents)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %s: %v\n", path, err)
		return 1
	}
	predToks, predSents, err := runAnalyze(command, text, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	tp, tr, tf, tMissed, tExtra := score(goldToks, predToks)
	sp, sr, sf, sMissed, sExtra := score(goldSents, predSents)
	fmt.Fprintf(stdout, "UD French-GSD %s: %d sentences, %d tokens, %d bytes of text\n", split, len(goldSents), len(goldToks), len(text))
	fmt.Fprintf(stdout, "tokens     P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d)\n", tp, tr, tf, len(goldToks), len(predToks))
	fmt.Fprintf(stdout, "sentences  P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d)\n", sp, sr, sf, len(goldSents), len(predSents))
	if show > 0 {
		context := func(s span) string {
			a, b := max(0, s.start-30), min(len(text), s.end+30)
			return strings.ReplaceAll(text[a:s.start]+"⟦"+text[s.start:s.end]+"⟧"+text[s.end:b], "\n", "⏎")
		}
		for i, s := range tMissed {
			if i >= show {
				break
			}
			fmt.Fprintf(stdout, "token missed: %s\n", context(s))
		}
		for i, s := range tExtra {
			if i >= show {
				break
			}
			fmt.Fprintf(stdout, "token extra:  %s\n", context(s))
		}
		for i, s := range sMissed {
			if i >= show {
				break
			}
			fmt.Fprintf(stdout, "sentence missed: %s\n", sentContext(text, s))
		}
		for i, s := range sExtra {
			if i >= show {
				break
			}
			fmt.Fprintf(stdout, "sentence extra:  %s\n", sentContext(text, s))
		}
	}
	return 0
}

// sentContext shows the start and the end of sentence s in text.
func sentContext(text string, s span) string {
	clip := func(a, b int) string {
		a, b = max(0, a), min(len(text), b)
		for a > 0 && a < len(text) && text[a]&0xc0 == 0x80 {
			a--
		}
		for b < len(text) && text[b]&0xc0 == 0x80 {
			b++
		}
		return strings.ReplaceAll(text[a:b], "\n", "⏎")
	}
	if s.end-s.start < 100 {
		return clip(s.start-20, s.start) + "⟦" + clip(s.start, s.end) + "⟧" + clip(s.end, s.end+20)
	}
	return clip(s.start-20, s.start) + "⟦" + clip(s.start, s.start+40) + " … " + clip(s.end-40, s.end) + "⟧" + clip(s.end, s.end+20)
}
