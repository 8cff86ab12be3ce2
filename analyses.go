package analyze

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/analyze-fr/analyze/internal/runes"
	"github.com/analyze-fr/analyze/stats"
	"github.com/analyze-fr/analyze/tokenize"
	"github.com/analyze-fr/analyze/tokenize/ner"
)

// units returns the table of the unit of Options.By: forms or stems.
func (r *Result) units() *stats.Table {
	if r.Options.By == "stem" {
		return r.Stems
	}
	return r.Forms
}

// Keyness compares the words of target with those of ref (analysed with
// the same options) and returns the keywords of target, stop words out,
// seen at least minFreq times in both together: positive ones first.
func Keyness(target, ref *Result, minFreq int) []stats.Keyword {
	all := stats.Keyness(target.units(), ref.units(), minFreq)
	out := all[:0]
	for _, k := range all {
		if !target.StopWords.Contains(k.Term) {
			out = append(out, k)
		}
	}
	return out
}

// DocKeyword is a keyword of one document against the rest of the corpus.
type DocKeyword struct {
	Doc string `json:"doc"`
	stats.Keyword
}

// KeynessEach compares each document with the rest of the corpus and
// returns, for each, its top positive keywords (all when top is 0) seen
// at least minFreq times in the corpus, stop words out.
func (r *Result) KeynessEach(minFreq, top int) []DocKeyword {
	var out []DocKeyword
	total := r.Forms.Total()
	units := r.units()
	var pairs []idCount
	for _, d := range r.Documents {
		c := d.Stats.Words
		if c == 0 || c == total {
			continue
		}
		var kws []stats.Keyword
		pairs = d.pairs(pairs[:0])
		for _, p := range pairs {
			f, count := units.CountAt(int(p.id)), int(p.count)
			if f < max(minFreq, 1) {
				continue
			}
			k := stats.KeynessCounts(count, c, f-count, total-c)
			if !k.Positive {
				continue
			}
			k.Term = units.TermAt(int(p.id))
			kws = append(kws, k)
		}
		slices.SortFunc(kws, func(a, b stats.Keyword) int {
			if d := cmp.Compare(b.G2, a.G2); d != 0 {
				return d
			}
			return cmp.Compare(a.Term, b.Term)
		})
		for _, k := range limit(kws, top) {
			out = append(out, DocKeyword{Doc: d.Name, Keyword: k})
		}
	}
	return out
}

// SpecificityRow is a term's specificity in each document.
type SpecificityRow struct {
	Term  string    `json:"term"`
	Count int       `json:"count"`
	Parts []float64 `json:"parts"` // one per document, in order
	peak  float64   // the largest absolute part, which the rows sort by
}

// Specificities returns Lafon's specificities of the terms (by
// Options.By, stop words out) seen at least minFreq times, each document
// being a part, sorted by the largest absolute value, then by term.
func (r *Result) Specificities(minFreq int) []SpecificityRow {
	n := r.Forms.Total()
	units := r.units()
	// A row for each term kept, found by the term's index; then each
	// document's counts fill in their cells.
	row := make([]int32, units.Len())
	var out []SpecificityRow
	for id := range units.Len() {
		term, f := units.TermAt(id), units.CountAt(id)
		row[id] = -1
		if f < max(minFreq, 1) || r.StopWords.Contains(term) {
			continue
		}
		parts := make([]float64, len(r.Documents))
		for i, d := range r.Documents {
			parts[i] = stats.Specificity(0, f, d.Stats.Words, n)
		}
		row[id] = int32(len(out))
		out = append(out, SpecificityRow{Term: term, Count: f, Parts: parts})
	}
	var pairs []idCount
	for i, d := range r.Documents {
		pairs = d.pairs(pairs[:0])
		for _, p := range pairs {
			if k := row[p.id]; k >= 0 {
				out[k].Parts[i] = stats.Specificity(int(p.count), out[k].Count, d.Stats.Words, n)
			}
		}
	}
	for k := range out {
		for _, x := range out[k].Parts {
			out[k].peak = math.Max(out[k].peak, math.Abs(x))
		}
	}
	slices.SortFunc(out, func(a, b SpecificityRow) int {
		if d := cmp.Compare(b.peak, a.peak); d != 0 {
			return d
		}
		return cmp.Compare(a.Term, b.Term)
	})
	return out
}

// KWICOptions say what a concordance looks for and shows.
type KWICOptions struct {
	Term   string // a word, matched on its normalized form
	Stem   string // or a stem
	Entity string // or a named entity, matched as the entity counts do
	Chars  int    // context on each side in characters; 0 means 40
	Words  int    // or in words, when not 0
	Sort   string // "position" (the default), "left" or "right"
	// Max keeps the first Max lines, 0 all of them. In position order the
	// inputs after the Max-th line are not read, nor listed as skipped.
	Max int
}

// Line is a line of a concordance: the match, its context, and where it
// stands (byte offsets into the decoded document).
type Line struct {
	Doc        string `json:"doc"`
	Start, End int    `json:"-"`
	Left       string `json:"left"`
	Match      string `json:"match"`
	Right      string `json:"right"`
}

// KWIC returns the concordance of the inputs: each occurrence of the term,
// stem or entity with its left and right context, in the order of the
// inputs, or sorted by the words to the left (nearest first) or right.
// Inputs that cannot be read are listed in the second result.
func KWIC(paths []string, opts Options, k KWICOptions) ([]Line, []Skipped, error) {
	a, err := newAnalyzer(Options{StopWords: "none", NoEntities: k.Entity == "", Stdin: opts.Stdin})
	if err != nil {
		return nil, nil, err
	}
	if k.Chars == 0 {
		k.Chars = 40
	}
	term := tokenize.Normalize(k.Term, tokenize.Word)
	entityKey, entityText := ner.Key(k.Entity, ner.PER), ner.Key(k.Entity, 0)
	byPosition := k.Sort == "" || k.Sort == "position"
	var lines []Line
	skipped := eachSource(paths, opts, func(src Source) bool {
		toks := tokenize.Tokenize(src.Text)
		var spans [][2]int // token index ranges of the matches
		switch {
		case k.Entity != "":
			for _, e := range a.ner.Recognize(src.Text, toks) {
				if ner.Key(e.Text, e.Label) == entityKey || ner.Key(e.Text, 0) == entityText {
					spans = append(spans, [2]int{e.FirstToken, e.EndToken})
				}
			}
		default:
			for i, t := range toks {
				if !t.IsWord() {
					continue
				}
				if k.Stem != "" && a.stemmer.Stem(t.Norm) == k.Stem || k.Stem == "" && t.Norm == term {
					spans = append(spans, [2]int{i, i + 1})
				}
			}
		}
		for _, sp := range spans {
			start, end := toks[sp[0]].Start, toks[sp[1]-1].End
			l := Line{Doc: src.Name, Start: start, End: end, Match: src.Text[start:end]}
			if k.Words > 0 {
				lo := max(0, sp[0]-k.Words)
				hi := min(len(toks), sp[1]+k.Words)
				l.Left = src.Text[toks[lo].Start:start]
				l.Right = src.Text[end:toks[hi-1].End]
			} else {
				l.Left = runes.Last(src.Text[:start], k.Chars)
				l.Right = runes.First(src.Text[end:], k.Chars)
			}
			l.Left, l.Right = oneLine(l.Left), oneLine(l.Right)
			lines = append(lines, l)
		}
		return !byPosition || k.Max == 0 || len(lines) < k.Max
	})
	switch k.Sort {
	case "left":
		slices.SortStableFunc(lines, func(a, b Line) int { return cmp.Compare(reverseWords(a.Left), reverseWords(b.Left)) })
	case "right":
		slices.SortStableFunc(lines, func(a, b Line) int { return cmp.Compare(strings.ToLower(a.Right), strings.ToLower(b.Right)) })
	}
	if k.Max > 0 && len(lines) > k.Max {
		lines = lines[:k.Max]
	}
	return lines, skipped, nil
}

// reverseWords returns the words of s, last first, in lower case: the key
// for sorting a concordance on its left context.
func reverseWords(s string) string {
	w := strings.Fields(strings.ToLower(s))
	slices.Reverse(w)
	return strings.Join(w, " ")
}

// oneLine puts line breaks and tabs as spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// Collocation is a pair of words seen near each other more than chance
// would have it.
type Collocation struct {
	Node      string  `json:"node"`
	Collocate string  `json:"collocate"`
	Count     int     `json:"count"`     // co-occurrences within the window
	NodeFreq  int     `json:"node_freq"` // occurrences of the node
	CollFreq  int     `json:"coll_freq"` // occurrences of the collocate
	PMI       float64 `json:"pmi"`       // log2(O / E)
	LL        float64 `json:"ll"`        // log-likelihood G2: the node's windows against the rest
	TScore    float64 `json:"t_score"`   // (O − E) / √O
	LogDice   float64 `json:"log_dice"`  // 14 + log2(2 O / (f(node) + f(collocate)))
}

// CollocationOptions say which pairs to count.
type CollocationOptions struct {
	Node    string // the word whose collocates are wanted; "" for all adjacent pairs
	Window  int    // words on each side, inside a sentence; 0 means 5 (1 without a node)
	MinFreq int    // co-occurrences at the least; 0 means 3
	Sort    string // "ll" (the default), "pmi", "t_score", "log_dice" or "count"
}

// Collocations counts, over the inputs, the words found within a window of
// the node (or, with no node, the adjacent pairs of words) inside
// sentences, by Options.By, stop words out, and scores them with
// stats.CollocationScores, span being the positions the window covers
// (2 × window, or 1 for adjacent pairs).
func Collocations(paths []string, opts Options, co CollocationOptions) ([]Collocation, []Skipped, error) {
	opts.NoEntities = true
	a, err := newAnalyzer(opts)
	if err != nil {
		return nil, nil, err
	}
	if co.Window <= 0 {
		co.Window = 5
		if co.Node == "" {
			co.Window = 1
		}
	}
	if co.MinFreq <= 0 {
		co.MinFreq = 3
	}
	node := tokenize.Normalize(co.Node, tokenize.Word)
	if a.opts.By == "stem" && node != "" {
		node = a.stemmer.Stem(node)
	}
	freq := map[string]int{}
	pairs := map[[2]string]int{}
	n := 0
	skipped := eachSource(paths, opts, func(src Source) bool {
		// The words of each sentence, stop words kept as gaps.
		var sent []string
		flush := func() {
			for i, w := range sent {
				if w == "" {
					continue
				}
				if co.Node != "" {
					if w != node {
						continue
					}
					for j := max(0, i-co.Window); j < min(len(sent), i+co.Window+1); j++ {
						if j != i && sent[j] != "" {
							pairs[[2]string{w, sent[j]}]++
						}
					}
				} else if i+1 < len(sent) && sent[i+1] != "" {
					pairs[[2]string{w, sent[i+1]}]++
				}
			}
			sent = sent[:0]
		}
		cur := -1
		for t := range tokenize.All(src.Text) {
			if t.Sentence != cur {
				flush()
				cur = t.Sentence
			}
			if !t.IsWord() {
				if t.Kind != tokenize.Markup {
					sent = append(sent, "") // punctuation separates
				}
				continue
			}
			n++
			w := t.Norm
			if a.opts.By == "stem" && t.Kind == tokenize.Word {
				w = a.stemmer.Stem(w)
			}
			if a.stop.Contains(t.Norm) {
				sent = append(sent, "")
				continue
			}
			freq[w]++
			sent = append(sent, w)
		}
		flush()
		return true
	})
	span := 2 * co.Window
	if co.Node == "" {
		span = 1
	}
	var out []Collocation
	for p, o := range pairs {
		if o < co.MinFreq {
			continue
		}
		fx, fy := freq[p[0]], freq[p[1]]
		c := Collocation{Node: p[0], Collocate: p[1], Count: o, NodeFreq: fx, CollFreq: fy}
		c.PMI, c.LL, c.TScore, c.LogDice = stats.CollocationScores(o, fx, fy, span, n)
		out = append(out, c)
	}
	score := func(c Collocation) float64 {
		switch co.Sort {
		case "pmi":
			return c.PMI
		case "t_score":
			return c.TScore
		case "log_dice":
			return c.LogDice
		case "count":
			return float64(c.Count)
		}
		return c.LL
	}
	slices.SortFunc(out, func(a, b Collocation) int {
		if d := cmp.Compare(score(b), score(a)); d != 0 {
			return d
		}
		if d := cmp.Compare(a.Node, b.Node); d != 0 {
			return d
		}
		return cmp.Compare(a.Collocate, b.Collocate)
	})
	return out, skipped, nil
}

// eachSource reads the inputs that paths name, as Corpus does, calls f for
// each one read, in order, until f returns false, and returns the ones
// that could not be read.
func eachSource(paths []string, opts Options, f func(Source) bool) []Skipped {
	var skipped []Skipped
	for _, in := range expandPaths(paths, opts.Filter) {
		if in.Err != nil {
			skipped = append(skipped, Skipped{in.Err.Path, in.Err.Err.Error()})
			continue
		}
		src, ierr := ReadSourceEncoding(in.Path, opts.Stdin, opts.Encoding)
		if ierr != nil {
			skipped = append(skipped, Skipped{ierr.Path, ierr.Err.Error()})
			continue
		}
		if !f(src) {
			break
		}
	}
	return skipped
}
