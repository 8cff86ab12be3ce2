// Package ner recognizes named entities in French text: people (PER),
// places (LOC), organisations (ORG) and other names (MISC).
//
// The recognizer is an averaged structured perceptron over BIO tags,
// decoded left to right with a beam of 4 hypotheses, with features of
// the word and its neighbours (forms, shapes, prefixes, suffixes,
// capitals at a sentence start) and of the gazetteers embedded in the
// package (countries, cities, regions, French communes, given names,
// surnames, organisations, demonyms). Rules then fit the names to the
// conventions of French newspapers (addresses, titles, listings) and
// give a name one label throughout a document. A name needs a capital,
// so a token with none among itself and the five tokens after it, after
// a token tagged O, is tagged O without being scored: most tokens of a
// text are. The model is trained by cmd/train-ner and embedded; it is
// loaded once, on first use.
//
//	for _, e := range ner.Recognize(text) {
//		fmt.Println(e.Label, e.Text, e.Start, e.End)
//	}
package ner

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/analyze-fr/analyze/tokenize"
)

// Label is the type of an entity.
type Label uint8

// The labels.
const (
	PER  Label = iota + 1 // people
	LOC                   // places
	ORG                   // organisations
	MISC                  // other names: events, works, products...
)

var labelNames = [...]string{"", "PER", "LOC", "ORG", "MISC"}

// String returns PER, LOC, ORG or MISC.
func (l Label) String() string {
	if int(l) < len(labelNames) {
		return labelNames[l]
	}
	return "?"
}

// ParseLabel returns the label named s (PER, LOC, ORG or MISC).
func ParseLabel(s string) (Label, bool) {
	for i, n := range labelNames {
		if i > 0 && n == s {
			return Label(i), true
		}
	}
	return 0, false
}

// Entity is a mention of a named entity: src[Start:End] == Text.
type Entity struct {
	Text       string
	Start, End int // byte offsets into the source
	Label      Label
	// Tokens are the indices of the entity's first and last-plus-one
	// tokens in the slice given to Recognizer.Tokens.
	FirstToken, EndToken int
}

// Recognizer finds entities with a trained model. It is safe for
// concurrent use.
type Recognizer struct {
	model *Model
	gaz   *Gazetteer
}

// NewRecognizer returns a recognizer with model and gazetteer.
func NewRecognizer(m *Model, g *Gazetteer) *Recognizer { return &Recognizer{model: m, gaz: g} }

var loadDefault = sync.OnceValues(func() (*Recognizer, error) {
	var g *Gazetteer
	var wg sync.WaitGroup
	wg.Go(func() { g = EmbeddedGazetteer() }) // beside the model: half the wait
	m, err := embeddedModel()
	wg.Wait()
	if err != nil {
		return nil, err
	}
	return &Recognizer{model: m, gaz: g}, nil
})

// Default returns the recognizer with the embedded model, loading it on the
// first call.
func Default() (*Recognizer, error) { return loadDefault() }

// Recognize tokenizes src and returns its entities with the embedded
// model. It panics if the embedded model is broken, which tests rule out.
func Recognize(src string) []Entity {
	r, err := Default()
	if err != nil {
		panic("ner: " + err.Error())
	}
	return r.Recognize(src, tokenize.Tokenize(src))
}

// Recognize returns the entities of src, whose tokens are toks (as
// tokenize.Tokenize returns them), in order.
func (r *Recognizer) Recognize(src string, toks []tokenize.Token) []Entity {
	return r.recognize(src, toks, r.newScratch())
}

// Session recognizes texts one after another, keeping for the next ones
// what it worked out of each distinct token text (a bounded number of
// them, copied: the texts themselves are not kept). Use one per goroutine.
type Session struct {
	r *Recognizer
	s *scratch
}

// Session returns a new session of r.
func (r *Recognizer) Session() *Session { return &Session{r, r.newScratch()} }

// Recognize is Recognizer.Recognize, with the session's lexicon.
func (s *Session) Recognize(src string, toks []tokenize.Token) []Entity {
	return s.r.recognize(src, toks, s.s)
}

func (r *Recognizer) recognize(src string, toks []tokenize.Token, s *scratch) []Entity {
	var out []Entity
	doc := newDocInfo(toks)
	var seq []tokenize.Token
	var index []int
	forSentences(toks, func(first int, sent []tokenize.Token) {
		// Markup (link brackets, footnote marks) is left out, as in training.
		seq, index = seq[:0], index[:0]
		for i, t := range sent {
			if t.Kind != tokenize.Markup {
				seq = append(seq, t)
				index = append(index, first+i)
			}
		}
		if len(seq) == 0 {
			return
		}
		tags := r.tagSentence(seq, doc, s)
		r.gaz.wholeEntries(s.starts, s.words, seq, tags)
		for j, t := range seq {
			// A site named by its address is an organisation, whether
			// the model saw a name there or not (Mondialisation.ca).
			if tags[j] == tagO && capitalized(t.Text) && isDomain(t.Text) {
				tags[j] = uint8(2*ORG - 1)
			}
		}
		out = appendEntities(out, src, seq, index, tags)
	})
	s.doc = nil // not kept for the next call
	out = newspaperSpans(out, src, toks)
	voteLabels(out)
	for i, e := range out {
		if l, ok := r.gaz.label(toks[e.FirstToken:e.EndToken]); ok {
			out[i].Label = l
		} else if isDomain(e.Text) {
			out[i].Label = ORG // a site, named by its address: Mondialisation.ca
		}
	}
	return r.gaz.propagate(out, src, toks)
}

// propagate adds the mentions the model left untagged of names it found
// elsewhere in the document, written the same, with their label: a text
// names one thing throughout. A name of one word is spread only if the
// corpora of the capitalisation lexicon never show it: a word they know
// (Etat, République, Paris) the model weighs in each context.
func (g *Gazetteer) propagate(out []Entity, src string, toks []tokenize.Token) []Entity {
	type name struct {
		text   string
		tokens int
		label  Label
	}
	byFirst := map[string][]name{}
	covered := make([]bool, len(toks))
	for _, e := range out {
		for k := e.FirstToken; k < e.EndToken; k++ {
			covered[k] = true
		}
		n, first := e.EndToken-e.FirstToken, toks[e.FirstToken]
		if n == 1 && g.caps[normalize(first.Norm)] != 0 {
			continue
		}
		if !slices.ContainsFunc(byFirst[first.Text], func(x name) bool { return x.text == e.Text }) {
			byFirst[first.Text] = append(byFirst[first.Text], name{e.Text, n, e.Label})
		}
	}
	added := len(out)
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		best := name{}
		for _, c := range byFirst[toks[i].Text] {
			end := i + c.tokens
			if c.tokens > best.tokens && end <= len(toks) && !slices.Contains(covered[i:end], true) &&
				src[toks[i].Start:toks[end-1].End] == c.text {
				best = c
			}
		}
		if best.tokens > 0 {
			end := i + best.tokens
			out = append(out, Entity{Text: best.text, Start: toks[i].Start, End: toks[end-1].End, Label: best.label,
				FirstToken: i, EndToken: end})
			i = end - 1
		}
	}
	if len(out) > added {
		slices.SortFunc(out, func(a, b Entity) int { return a.Start - b.Start })
	}
	return out
}

// voteLabels gives all the mentions of a name in a document the label
// most of them have: a text names one thing throughout, and the model's
// context-bound guesses disagree less often than they agree.
func voteLabels(ents []Entity) {
	votes := map[string]*[MISC + 1]int{}
	of := make([]*[MISC + 1]int, len(ents)) // the votes of each mention's name
	for i, e := range ents {
		k := Key(e.Text, 0)
		v := votes[k]
		if v == nil {
			v = new([MISC + 1]int)
			votes[k] = v
		}
		v[e.Label]++
		of[i] = v
	}
	for i, e := range ents {
		v := of[i]
		best := e.Label
		for l := PER; l <= MISC; l++ {
			if v[l] > v[best] {
				best = l
			}
		}
		ents[i].Label = best
	}
}

// isDomain reports whether name is a web address without its scheme:
// labels of letters, digits and hyphens joined by dots, the last one a
// common top-level domain (Mondialisation.ca, lemonde.fr; not M.le, a
// missing space).
func isDomain(name string) bool {
	dot := strings.LastIndexByte(name, '.')
	if dot < 2 {
		return false
	}
	switch name[dot+1:] {
	case "com", "org", "net", "info", "fr", "ca", "be", "ch", "lu", "eu", "io", "tv", "ma", "dz", "tn", "sn", "ci", "re":
	default:
		return false
	}
	for _, label := range strings.Split(name[:dot], ".") {
		if label == "" || strings.IndexFunc(label, func(r rune) bool {
			return r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) >= 0 {
			return false
		}
	}
	return true
}

// forSentences calls f for the tokens of each sentence of toks, with the
// index in toks of the sentence's first token.
func forSentences(toks []tokenize.Token, f func(first int, seq []tokenize.Token)) {
	start := 0
	for start < len(toks) {
		end := start
		for end < len(toks) && toks[end].Sentence == toks[start].Sentence {
			end++
		}
		f(start, toks[start:end])
		start = end
	}
}

// appendEntities turns BIO tags into entities, index giving the position
// of each token of seq in the caller's slice. An entity's leading small
// words (de l'Alep, au Liban) are dropped, an entity with no capital or
// digit left (armée, 2016 aside) is not one, and tokens tagged as one
// entity across markup or a symbol make two.
func appendEntities(out []Entity, src string, seq []tokenize.Token, index []int, tags []uint8) []Entity {
	open := -1
	var label Label
	closeAt := func(end int) {
		if open < 0 {
			return
		}
		a := open
		for a < end && leadingSmallWord(seq[a]) {
			a++
		}
		for end > a && leadingSmallWord(seq[end-1]) {
			end--
		}
		open = -1
		if a == end || !hasCapital(seq[a:end]) {
			return
		}
		start, stop := seq[a].Start, seq[end-1].End
		out = append(out, Entity{Text: src[start:stop], Start: start, End: stop, Label: label,
			FirstToken: index[a], EndToken: index[end-1] + 1})
	}
	// A name runs across no markup (a link's bracket, an emphasis mark)
	// and no symbol but &: the tagged tokens are cut there.
	cutAt := func(end int) {
		for j := open + 1; open >= 0 && j < end; j++ {
			if index[j] != index[j-1]+1 || seq[j].Kind == tokenize.Symbol && seq[j].Text != "&" {
				closeAt(j)
				open = j
			}
		}
		closeAt(end)
	}
	for i, t := range tags {
		switch {
		case t == tagO:
			cutAt(i)
		case isBegin(t) || open < 0 || tagLabel(t) != label:
			cutAt(i)
			open, label = i, tagLabel(t)
		}
	}
	cutAt(len(tags))
	return out
}

// leadingSmallWord reports articles, prepositions and punctuation, which
// neither start nor end a name.
func leadingSmallWord(t tokenize.Token) bool {
	if t.Kind != tokenize.Word {
		return t.Kind == tokenize.Punct || t.Kind == tokenize.Symbol
	}
	switch t.Text {
	case "d’", "l’", "au", "aux", "à", "en", "un", "une":
		return true
	}
	return smallWord(t.Text)
}

// hasCapital reports whether a token of the entity starts with a capital
// letter: a name, and not a common noun or a number alone.
func hasCapital(seq []tokenize.Token) bool {
	return slices.ContainsFunc(seq, func(t tokenize.Token) bool { return startsUpper(t.Text) })
}

// The tags: O, then B- and I- for each label.
const (
	tagO  = 0
	nTags = 1 + 2*4
)

func tagLabel(t uint8) Label { return Label((t + 1) / 2) }
func isBegin(t uint8) bool   { return t%2 == 1 }

var tagNames = [nTags]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// allowed reports whether tag t may follow tag prev: I-X only after B-X or I-X.
func allowed(prev, t uint8) bool {
	return t == tagO || isBegin(t) || prev != tagO && tagLabel(prev) == tagLabel(t)
}

// breaksNames reports the punctuation that no name takes in: tagged O
// whatever the model says, so that the names of a list (Leduc ; Aston,
// Bihel) or of a programme (Récital par M. Maréchal ; Strasbourg,
// Concert) stay apart. In the training data, fewer than one in a
// thousand of them is inside a name.
func breaksNames(t string) bool {
	switch t {
	case ";", "!", "?", "«", "»", "—", "–", "…", "...":
		return true
	}
	return false
}

// normalize lower-cases a word for the features, folding OCR's ſ.
func normalize(s string) string {
	if strings.ContainsRune(s, 'ſ') {
		s = strings.ReplaceAll(s, "ſ", "s")
	}
	return s
}
