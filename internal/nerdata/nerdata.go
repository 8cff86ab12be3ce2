// Package nerdata reads the named-entity corpora of ../shared/data/ner
// (CoNLL-style "token TAG" lines) and rebuilds natural text from their
// tokens, with the gold entities as byte spans of that text. The training
// and evaluation commands share it.
package nerdata

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Span is a gold entity: a half-open byte range of Doc.Text and its label.
type Span struct {
	Start, End int
	Label      string // PER, LOC, ORG or MISC
}

// Doc is a document rebuilt as natural text.
type Doc struct {
	ID       string
	Text     string
	Entities []Span
}

// token is a line of a corpus.
type token struct{ text, tag string }

// ReadFile reads a corpus file. Sentences (blank lines) are joined by a
// space; "# ... document_id" comments start a new document; a file with
// no such comment is cut into documents of about maxSentences sentences.
func ReadFile(path string, maxSentences int) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path, maxSentences)
}

// Read reads a corpus from r; name prefixes the documents' IDs.
func Read(r io.Reader, name string, maxSentences int) ([]Doc, error) {
	var docs []Doc
	var sents [][]token
	var cur []token
	id := name
	n := 0
	flush := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	emit := func() {
		flush()
		if len(sents) > 0 {
			docs = append(docs, build(id, sents))
			sents = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") {
			if strings.Contains(line, "document_id") {
				emit()
				_, v, _ := strings.Cut(line, "=")
				id = name + ":" + strings.TrimSpace(v)
			}
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			flush()
			if maxSentences > 0 && len(sents) >= maxSentences {
				n++
				emit()
			}
			continue
		}
		cur = append(cur, token{text: strings.Join(fields[:len(fields)-1], " "), tag: fields[len(fields)-1]})
	}
	emit()
	return docs, sc.Err()
}

// build joins sentences into text and turns tags into spans. A tag I-X
// after O or another label starts an entity, as in IOB1.
func build(id string, sents [][]token) Doc {
	var b strings.Builder
	var ents []Span
	open := -1 // index in ents of the entity being extended
	for si, s := range sents {
		if si > 0 {
			b.WriteByte(' ')
		}
		open = -1
		for i, t := range s {
			text := t.text
			glue := false
			if strings.HasSuffix(text, "¬") && len(text) > len("¬") {
				text = strings.TrimSuffix(text, "¬") // a word cut at a line end
				glue = true
			} else if strings.HasSuffix(text, "-") && len(text) > 1 && i+1 < len(s) && startsLower(s[i+1].text) {
				glue = true // Phi- lippe: the same, with the hyphen kept
			}
			if i > 0 && spaceBefore(s[i-1].text, text, s, i) {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(text)
			end := b.Len()
			prefix, label, _ := strings.Cut(t.tag, "-")
			// The second half of a word cut at a line end is tagged B- in
			// some files: it continues the entity.
			continued := i > 0 && strings.HasSuffix(s[i-1].text, "\x00glue")
			switch {
			case label == "" || prefix == "O" || t.tag == "O":
				open = -1
			case (prefix == "B" && !continued) || open < 0 || ents[open].Label != normLabel(label):
				ents = append(ents, Span{start, end, normLabel(label)})
				open = len(ents) - 1
			default:
				ents[open].End = end
			}
			if glue {
				s[i].text = text + "\x00glue"
			}
		}
	}
	return Doc{ID: id, Text: b.String(), Entities: ents}
}

// normLabel maps the corpora's labels to PER, LOC, ORG and MISC.
func normLabel(l string) string {
	switch {
	case strings.HasPrefix(l, "PER"):
		return "PER"
	case strings.HasPrefix(l, "LOC"):
		return "LOC"
	case strings.HasPrefix(l, "ORG"):
		return "ORG"
	}
	return "MISC"
}

// spaceBefore decides whether a space goes between the previous token and
// this one, as French is written: none before , . ) and closing quotes,
// none after ( and opening quotes, none around an elision's apostrophe
// (d ' un -> d'un) or a hyphen inside a word (Celui - ci -> Celui-ci).
func spaceBefore(prev, cur string, s []token, i int) bool {
	if strings.HasSuffix(prev, "\x00glue") {
		return false
	}
	switch cur {
	case ",", ".", ";", ":", "!", "?", ")", "]", "}", "»", "”", "…", "%", "...":
		return cur == ":" || cur == ";" || cur == "!" || cur == "?" || cur == "»"
	case "'", "’":
		return !isWordy(prev)
	case "-":
		return !(isWordy(prev) && i+1 < len(s) && isWordy(s[i+1].text))
	}
	switch prev {
	case "(", "[", "{", "“":
		return false
	case "'", "’":
		return i < 2 || !isWordy(s[i-2].text)
	case "-":
		return i < 2 || !(isWordy(s[i-2].text) && isWordy(cur))
	}
	if strings.HasSuffix(prev, "'") || strings.HasSuffix(prev, "’") {
		return false // l' étude from tokens already split after the apostrophe
	}
	return true
}

func startsLower(t string) bool {
	for _, r := range t {
		return r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0xFF && r != 0xF7
	}
	return false
}

// IncludeTitles moves the start of people's names back over a title
// written just before them (M. Dupont, Mme Roland), as most corpora and
// the test set count it in the name.
func IncludeTitles(d *Doc) {
	for i, e := range d.Entities {
		if e.Label != "PER" {
			continue
		}
		before := d.Text[:e.Start]
		for _, t := range []string{"M. ", "MM. ", "Mme ", "Mmes ", "Mlle ", "Mgr "} {
			if strings.HasSuffix(before, t) && (len(before) == len(t) || before[len(before)-len(t)-1] == ' ') {
				d.Entities[i].Start -= len(t)
				break
			}
		}
	}
}

// isWordy reports whether a token ends with a letter or a digit.
func isWordy(t string) bool {
	if t == "" {
		return false
	}
	r := []rune(t)
	c := r[len(r)-1]
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0 && c != 0xD7 && c != 0xF7
}

// StripDeterminers moves the start of entities past a leading lower-case
// article (la rue Lepic -> rue Lepic, l'avenue -> avenue), which some
// corpora include and others do not; capitalised ones stay (La Flèche).
func StripDeterminers(d *Doc) {
	for i, e := range d.Entities {
		s := d.Text[e.Start:e.End]
		for _, p := range []string{"la ", "le ", "les ", "l'", "l’", "un ", "une ", "des ", "du "} {
			if strings.HasPrefix(s, p) && len(s) > len(p) {
				d.Entities[i].Start += len(p)
				break
			}
		}
	}
}

// Scores are precision, recall and F1 of exact span and label matches.
type Scores struct {
	Gold, Pred, Correct int
}

// P returns the precision.
func (s Scores) P() float64 { return ratio(s.Correct, s.Pred) }

// R returns the recall.
func (s Scores) R() float64 { return ratio(s.Correct, s.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (s Scores) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score compares predicted entities with gold ones, in total (key "ALL")
// and by label.
func Score(gold, pred []Span) map[string]Scores {
	out := map[string]Scores{}
	inGold := map[Span]bool{}
	for _, g := range gold {
		inGold[g] = true
		for _, k := range []string{"ALL", g.Label} {
			s := out[k]
			s.Gold++
			out[k] = s
		}
	}
	for _, p := range pred {
		for _, k := range []string{"ALL", p.Label} {
			s := out[k]
			s.Pred++
			if inGold[p] {
				s.Correct++
			}
			out[k] = s
		}
	}
	return out
}

// WriteScores prints a table of scores by label.
func WriteScores(w io.Writer, scores map[string]Scores) {
	fmt.Fprintf(w, "%-5s %7s %7s %7s %6s %6s\n", "label", "P", "R", "F1", "gold", "pred")
	for _, k := range []string{"PER", "LOC", "ORG", "MISC", "ALL"} {
		s := scores[k]
		fmt.Fprintf(w, "%-5s %7.4f %7.4f %7.4f %6d %6d\n", k, s.P(), s.R(), s.F1(), s.Gold, s.Pred)
	}
}
