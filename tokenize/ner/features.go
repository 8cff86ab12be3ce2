package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/analyze-fr/analyze/internal/runes"
	"github.com/analyze-fr/analyze/tokenize"
)

// Feature templates. Each feature is a template id and a string, hashed
// into one of the model's buckets.
const (
	fBias byte = iota
	fWord
	fPrev
	fNext
	fPrev2
	fNext2
	fShape
	fPrevShape
	fNextShape
	fSuf2
	fSuf3
	fSuf4
	fPre2
	fPre3
	fCase
	fPrevWord
	fWordNext
	fGaz
	fPrevGaz
	fNextGaz
	fShapes
	fLen
	fCapLex
	fPrevCapLex
	fNextCapLex
	fDocCap
	// Features of the tags already decided: added at decoding time.
	fTag1
	fTag2
	fTag1Word
	fTag1Shape
)

// maxStatic is the most features a token has before the tag features.
const maxStatic = 40

// scratch holds the buffers of one call, so that a Recognizer allocates
// little and stays safe for concurrent use.
type scratch struct {
	feats  [][]uint32
	marks  []uint16
	words  []string
	starts []*gazNode
	shapes []string
	has    []bool // the token's static features are in feats and static
	tags   []uint8
	shapeB []byte
	shapeS map[string]string    // the shapes seen, so that each is one string
	static [][nTags]float32     // the static features' sums of each token
	tagf   []uint32             // the tags' features of a token
	beams  [][beamWidth]beamHyp // the hypotheses kept at each token
	widths []uint8              // how many of beams[i] hold one
	// lex holds what each distinct token text gives the features, for
	// buckets of the given shift; entries, that of each token.
	lex   map[string]*lexEntry
	shift uint
	// The buckets, for shift, of the features that hold no text: the
	// bias, and the gazetteer's marks by template (the token's, the one
	// before's, the one after's), kind and start or inside.
	bias    uint32
	gaz     [3][gazTypes][2]uint32
	entries []*lexEntry
	edges   [2]*lexEntry
	// fold: the lexicon's entries hold the weight sums of the features of
	// their text alone, which staticFeatures then leaves out of feats.
	// Training, whose weights change at every step, has it off.
	fold bool
	// skip: tokens far before any capital are not scored (see skipAhead).
	// Training scores them all.
	skip bool
	// doc is the document of the current call, docs counts the documents
	// seen: an entry records the count, not the document, which a session
	// must not keep in memory.
	doc  *docInfo
	docs uint64
}

// shape returns the shape of w, reusing the string of a shape seen before.
func (s *scratch) shape(w string) string {
	s.shapeB = appendShape(s.shapeB[:0], w)
	if sh, ok := s.shapeS[string(s.shapeB)]; ok {
		return sh
	}
	if s.shapeS == nil {
		s.shapeS = make(map[string]string)
	}
	sh := string(s.shapeB)
	s.shapeS[sh] = sh
	return sh
}

func (r *Recognizer) newScratch() *scratch {
	trained := r.model.trained()
	return &scratch{fold: trained, skip: trained}
}

// prepare sizes the scratch buffers for n tokens.
func (s *scratch) prepare(n int) {
	for len(s.feats) < n {
		s.feats = append(s.feats, make([]uint32, 0, maxStatic))
	}
	if cap(s.marks) < n {
		s.marks = make([]uint16, n)
		s.words = make([]string, n)
		s.starts = make([]*gazNode, n)
		s.shapes = make([]string, n)
		s.has = make([]bool, n)
		s.tags = make([]uint8, n)
		s.entries = make([]*lexEntry, n)
	}
	s.marks, s.words, s.shapes, s.has, s.tags = s.marks[:n], s.words[:n], s.shapes[:n], s.has[:n], s.tags[:n]
	s.starts = s.starts[:n]
	s.entries = s.entries[:n]
	if cap(s.static) < n {
		s.static = make([][nTags]float32, n)
		s.beams = make([][beamWidth]beamHyp, n)
		s.widths = make([]uint8, n)
	}
	s.static, s.beams, s.widths = s.static[:n], s.beams[:n], s.widths[:n]
}

// hash is FNV-1a over a template id and strings, with a final mix so that
// its high bits, which pick the bucket, are well spread. hash0 to hash3
// take that many strings (fixed arities: a variadic call would allocate).
func hashStart(tmpl byte) uint64 {
	return (uint64(14695981039346656037) ^ uint64(tmpl)) * 1099511628211
}

func hashPart(h uint64, p string) uint64 {
	for i := 0; i < len(p); i++ {
		h = (h ^ uint64(p[i])) * 1099511628211
	}
	return (h ^ 0xff) * 1099511628211
}

func hashEnd(h uint64) uint64 {
	h ^= h >> 31
	h *= 0x9e3779b97f4a7c15
	h ^= h >> 29
	return h
}

func hash0(tmpl byte) uint64           { return hashEnd(hashStart(tmpl)) }
func hash1(tmpl byte, a string) uint64 { return hashEnd(hashPart(hashStart(tmpl), a)) }
func hash2(tmpl byte, a, b string) uint64 {
	return hashEnd(hashPart(hashPart(hashStart(tmpl), a), b))
}
func hash3(tmpl byte, a, b, c string) uint64 {
	return hashEnd(hashPart(hashPart(hashPart(hashStart(tmpl), a), b), c))
}

// staticFeatures prepares the tokens of seq for tagging: each token's
// lexicon entry and the gazetteer's marks, then the buckets of the
// features that do not depend on the tags decided (s.feats[i]) for every
// token, or with s.skip only for those that a capital follows within
// skipAhead tokens (s.has says which); tokenFeatures does the others
// when they are needed. doc holds what the whole document says of its
// words.
func (r *Recognizer) staticFeatures(seq []tokenize.Token, doc *docInfo, s *scratch) {
	n := len(seq)
	s.prepare(n)
	shift := 64 - uint(r.model.bits)
	if s.lex == nil || s.shift != shift || len(s.lex) > maxLex {
		s.lex, s.shift = make(map[string]*lexEntry), shift
		s.edges = [2]*lexEntry{}
		s.bias = uint32(hash0(fBias) >> shift)
		for t, tmpl := range [3]byte{fGaz, fPrevGaz, fNextGaz} {
			for k := range gazTypes {
				for b, mark := range [2]string{"1", "2"} {
					s.gaz[t][k][b] = uint32(hash2(tmpl, gazNames[k], mark) >> shift)
				}
			}
		}
	}
	if doc != s.doc {
		s.doc = doc
		s.docs++
	}
	for i, t := range seq {
		e := s.lex[t.Text]
		if e == nil || e.norm != t.Norm || e.kind != t.Kind { // the same text as another kind
			e = r.newLexEntry(t)
			s.lex[e.text] = e
		}
		s.entries[i] = e
		s.words[i], s.starts[i] = e.word, e.gaz
	}
	r.gaz.mark(s.starts, s.words, seq, s.marks)
	next := n + skipAhead // the next token with a capital, from i
	for i := n - 1; i >= 0; i-- {
		if s.skip && startsUpper(seq[i].Text) {
			next = i
		}
		s.has[i] = !s.skip || next-i <= skipAhead
	}
	for i := range seq {
		if s.has[i] {
			r.tokenFeatures(seq, i, s)
		}
	}
}

// skipAhead is how far before a capital a token may begin a name that
// recognition finds: further from one, after a token tagged O, a token
// is tagged O without being scored. A name needs a capital, and spans
// such as "10, rue de Rome" or "place du duc de Bourbon" start a few
// tokens before one. Over all of ELTeC and the debates (367,317
// mentions), 18 mentions differ from scoring every token; with 3, 222.
const skipAhead = 5

// startsUpper reports whether w starts with a capital letter.
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// tokenFeatures sets s.feats[i] to the buckets of the static features of
// token i of seq, and s.static[i] to the sums the lexicon's entries hold
// (zero without s.fold); s.has[i] records that it is done.
func (r *Recognizer) tokenFeatures(seq []tokenize.Token, i int, s *scratch) {
	shift := s.shift
	bucket := func(h uint64) uint32 { return uint32(h >> shift) }
	n := len(seq)
	at := func(j int) *lexEntry {
		switch {
		case j < 0:
			return r.edge(s, 0, bucket)
		case j >= n:
			return r.edge(s, 1, bucket)
		}
		e := s.entries[j]
		if !e.ready {
			r.readyEntry(e, s, bucket)
		}
		return e
	}
	word := func(j int) string { return at(j).word }
	shape := func(j int) string { return at(j).shape }
	t, e := seq[i], at(i)
	s.shapes[i], s.has[i] = e.shape, true
	f := s.feats[i][:0]
	first := 0
	if i == 0 {
		first = 1
	}
	if s.fold {
		// The features of the entries' texts are in their sums; the
		// others, in the order below.
		f = append(f, bucket(hash3(fShapes, shape(i-1), e.shape, shape(i+1))))
		if t.Kind == tokenize.Word || t.Kind == tokenize.Number {
			f = append(f, bucket(hash2(fPrevWord, word(i-1), e.word)),
				bucket(hash2(fWordNext, e.word, word(i+1))))
		}
		f = s.docFeature(f, e, first)
		s.feats[i] = s.gazFeatures(f, i)
		sum := &s.static[i]
		*sum = e.own[first]
		addRow(sum, &at(i-1).asPrev)
		addRow(sum, &at(i+1).asNext)
		addRow(sum, &at(i-2).asPrev2)
		addRow(sum, &at(i+2).asNext2)
		return
	}
	f = append(f, s.bias, e.f[lexWord],
		at(i - 1).f[lexPrev], at(i + 1).f[lexNext], at(i - 2).f[lexPrev2], at(i + 2).f[lexNext2],
		e.f[lexShape], at(i - 1).f[lexPrevShape], at(i + 1).f[lexNextShape],
		bucket(hash3(fShapes, shape(i-1), e.shape, shape(i+1))))
	if t.Kind == tokenize.Word || t.Kind == tokenize.Number {
		f = append(f, e.f[lexSuf2], e.f[lexSuf3], e.f[lexSuf4], e.f[lexPre2], e.f[lexPre3],
			bucket(hash2(fPrevWord, word(i-1), e.word)),
			bucket(hash2(fWordNext, e.word, word(i+1))))
	}
	f = append(f, e.f[lexCase+first], e.f[lexCapLex])
	if i > 0 {
		f = append(f, at(i - 1).f[lexPrevCapLex])
	}
	if i+1 < n {
		f = append(f, at(i + 1).f[lexNextCapLex])
	}
	f = s.docFeature(f, e, first)
	f = append(f, e.f[lexLen])
	s.feats[i] = s.gazFeatures(f, i)
	s.static[i] = [nTags]float32{}
}

// docFeature appends the feature of a word seen capitalised inside a
// sentence elsewhere in the current document.
func (s *scratch) docFeature(f []uint32, e *lexEntry, first int) []uint32 {
	if s.doc == nil {
		return f
	}
	if e.doc != s.docs {
		e.doc, e.midCap = s.docs, s.doc.midCap[e.word]
	}
	if e.midCap {
		f = append(f, e.f[lexDocCap+first])
	}
	return f
}

// gazFeatures appends the gazetteer features of token i, of its entries
// and of its neighbours'.
func (s *scratch) gazFeatures(f []uint32, i int) []uint32 {
	marks := s.marks
	n := len(marks)
	for k := range gazTypes {
		for b := range 2 {
			bit := uint16(b+1) << (2 * k)
			if marks[i]&bit != 0 {
				f = append(f, s.gaz[0][k][b])
			}
			if i > 0 && marks[i-1]&bit != 0 {
				f = append(f, s.gaz[1][k][b])
			}
			if i+1 < n && marks[i+1]&bit != 0 {
				f = append(f, s.gaz[2][k][b])
			}
		}
	}
	return f
}

func addRow(sum, row *[nTags]float32) {
	for t := range sum {
		sum[t] += row[t]
	}
}

// maxLex bounds the texts a scratch's lexicon keeps: about 25 MB.
const maxLex = 1 << 16

// lexEntry is what the features of a token owe to its text alone, worked
// out once for each distinct text of a call: its normalized word and,
// once readyEntry has run (for the tokens scored and their neighbours),
// its shape and capitalisation class and the buckets of the features of
// the token alone and of the token as the neighbour of another.
type lexEntry struct {
	text, norm  string // the token's Text and Norm, copies of the source's
	kind        tokenize.Kind
	word        string
	gaz         *gazNode // the gazetteer's entries that start with word
	ready       bool
	shape, caps string
	f           [lexFeatures]uint32
	doc         uint64 // the scratch's document midCap was looked up for
	midCap      bool
	// With a scratch's fold, the weight sums of the features of the text
	// alone: as the token (in a sentence, and first in it), and as the
	// token before or after another, or two before or after.
	own                              [2][nTags]float32
	asPrev, asNext, asPrev2, asNext2 [nTags]float32
}

// The features of a lexEntry, by index in f.
const (
	lexWord = iota
	lexPrev
	lexNext
	lexPrev2
	lexNext2
	lexShape
	lexPrevShape
	lexNextShape
	lexSuf2
	lexSuf3
	lexSuf4
	lexPre2
	lexPre3
	lexCase // and lexCase+1 at the start of a sentence
	_
	lexCapLex
	lexPrevCapLex
	lexNextCapLex
	lexDocCap // and lexDocCap+1 at the start of a sentence
	_
	lexLen
	lexFeatures
)

// newLexEntry returns the entry of t's text, not ready yet.
func (r *Recognizer) newLexEntry(t tokenize.Token) *lexEntry {
	text := strings.Clone(t.Text)
	norm := text // the same bytes: one copy
	if t.Norm != t.Text {
		norm = strings.Clone(t.Norm)
	}
	w := normalize(norm)
	return &lexEntry{text: text, norm: norm, kind: t.Kind, word: w, gaz: r.gaz.start(w)}
}

// readyEntry works out the rest of e: shape, class, buckets and, with
// s.fold, the weight sums.
func (r *Recognizer) readyEntry(e *lexEntry, s *scratch, bucket func(uint64) uint32) {
	w := e.word
	e.shape, e.caps = s.shape(e.text), r.gaz.capClass(w)
	e.fill(bucket)
	for first := range 2 {
		c := caseOf(e.text, first == 1)
		e.f[lexCase+first] = bucket(hash1(fCase, c))
		e.f[lexDocCap+first] = bucket(hash1(fDocCap, c))
	}
	e.f[lexSuf2] = bucket(hash1(fSuf2, runes.Last(w, 2)))
	e.f[lexSuf3] = bucket(hash1(fSuf3, runes.Last(w, 3)))
	e.f[lexSuf4] = bucket(hash1(fSuf4, runes.Last(w, 4)))
	e.f[lexPre2] = bucket(hash1(fPre2, runes.First(w, 2)))
	e.f[lexPre3] = bucket(hash1(fPre3, runes.First(w, 3)))
	e.f[lexLen] = bucket(hash1(fLen, lengthClass(e.text)))
	if s.fold {
		r.sumEntry(e, s, true)
	}
	e.ready = true
}

// sumEntry sets the weight sums of an entry, of a token (real) or of what
// stands beyond a sentence's ends, in the order of staticFeatures.
func (r *Recognizer) sumEntry(e *lexEntry, s *scratch, real bool) {
	m := r.model
	var buf [12]uint32 // on the stack: the features of one sum
	if real {
		for first := range 2 {
			f := append(buf[:0], s.bias, e.f[lexWord], e.f[lexShape])
			if e.kind == tokenize.Word || e.kind == tokenize.Number {
				f = append(f, e.f[lexSuf2], e.f[lexSuf3], e.f[lexSuf4], e.f[lexPre2], e.f[lexPre3])
			}
			f = append(f, e.f[lexCase+first], e.f[lexCapLex], e.f[lexLen])
			m.score(f, &e.own[first])
		}
	}
	f := append(buf[:0], e.f[lexPrev], e.f[lexPrevShape])
	if real { // not at a sentence's ends
		f = append(f, e.f[lexPrevCapLex])
	}
	m.score(f, &e.asPrev)
	f = append(buf[:0], e.f[lexNext], e.f[lexNextShape])
	if real {
		f = append(f, e.f[lexNextCapLex])
	}
	m.score(f, &e.asNext)
	m.score(e.f[lexPrev2:lexPrev2+1], &e.asPrev2)
	m.score(e.f[lexNext2:lexNext2+1], &e.asNext2)
}

// fill sets the buckets of the features of the entry's word, shape and
// capitalisation class, alone and as a neighbour's.
func (e *lexEntry) fill(bucket func(uint64) uint32) {
	e.f[lexWord] = bucket(hash1(fWord, e.word))
	e.f[lexPrev] = bucket(hash1(fPrev, e.word))
	e.f[lexNext] = bucket(hash1(fNext, e.word))
	e.f[lexPrev2] = bucket(hash1(fPrev2, e.word))
	e.f[lexNext2] = bucket(hash1(fNext2, e.word))
	e.f[lexShape] = bucket(hash1(fShape, e.shape))
	e.f[lexPrevShape] = bucket(hash1(fPrevShape, e.shape))
	e.f[lexNextShape] = bucket(hash1(fNextShape, e.shape))
	e.f[lexCapLex] = bucket(hash1(fCapLex, e.caps))
	e.f[lexPrevCapLex] = bucket(hash1(fPrevCapLex, e.caps))
	e.f[lexNextCapLex] = bucket(hash1(fNextCapLex, e.caps))
}

// edge returns the entry of what stands before a sentence (side 0: <s>)
// or after it (side 1: </s>), with no shape (_).
func (r *Recognizer) edge(s *scratch, side int, bucket func(uint64) uint32) *lexEntry {
	if s.edges[side] == nil {
		e := &lexEntry{word: [2]string{"<s>", "</s>"}[side], shape: "_", ready: true}
		e.fill(bucket)
		if s.fold {
			r.sumEntry(e, s, false)
		}
		s.edges[side] = e
	}
	return s.edges[side]
}

// tagFeatures appends the buckets of the features of the tags decided
// before token i.
func (r *Recognizer) tagFeatures(f []uint32, s *scratch, i int, tags []uint8) []uint32 {
	t1, t2 := "<s>", "<s>"
	if i > 0 {
		t1 = tagNames[tags[i-1]]
	}
	if i > 1 {
		t2 = tagNames[tags[i-2]]
	}
	return r.tagFeaturesOf(f, s, i, t1, t2)
}

// tagFeaturesOf is tagFeatures for the tags t1 and t2 before token i,
// by name ("<s>" before the sentence).
func (r *Recognizer) tagFeaturesOf(f []uint32, s *scratch, i int, t1, t2 string) []uint32 {
	shift := 64 - uint(r.model.bits)
	f = append(f,
		uint32(hash1(fTag1, t1)>>shift),
		uint32(hash2(fTag2, t2, t1)>>shift),
		uint32(hash2(fTag1Word, t1, s.words[i])>>shift),
		uint32(hash2(fTag1Shape, t1, s.shapes[i])>>shift))
	return f
}

// tagSentence decodes the tags of seq with a beam (see beamWidth),
// allowing I-X only after B-X or I-X. With s.skip, a token far before any
// capital (see skipAhead) is tagged O unscored in every hypothesis whose
// last tag is O: when all are, it is not scored at all.
func (r *Recognizer) tagSentence(seq []tokenize.Token, doc *docInfo, s *scratch) []uint8 {
	r.staticFeatures(seq, doc, s)
	// The static features' sums first, for the tokens that have them:
	// their weights' loads do not wait on the tags decided, and run ahead
	// of one another. The tags' features then add to them in the order
	// score would.
	static := s.static[:len(seq)]
	for i := range seq {
		if s.has[i] {
			r.model.addScores(s.feats[i], &static[i]) // to the sums of the entries' features, or to zero
		}
	}
	var cands [beamWidth * nTags]beamHyp
	for i := range seq {
		prevs := s.before(i)
		allO := true
		for _, h := range prevs {
			allO = allO && (h.t1 == tagO || h.t1 == tagStart)
		}
		onlyO := breaksNames(seq[i].Text) || !s.has[i] && allO
		if !onlyO && !s.has[i] {
			r.tokenFeatures(seq, i, s) // a name goes on past the capital
			r.model.addScores(s.feats[i], &static[i])
		}
		if onlyO && len(prevs) == 1 {
			// One hypothesis, and O its only way on: every hypothesis
			// after it shares its score, so it needs none added.
			s.beams[i][0] = beamHyp{t1: tagO, t2: prevs[0].t1, score: prevs[0].score}
			s.widths[i] = 1
			continue
		}
		n := 0
		for k, h := range prevs {
			var scores [nTags]float32
			if s.has[i] {
				scores = static[i]
			}
			s.tagf = r.tagFeaturesOf(s.tagf[:0], s, i, tagNameOf(h.t1), tagNameOf(h.t2))
			r.model.addScores(s.tagf, &scores)
			for t := uint8(0); t < nTags; t++ {
				if t == tagO || !onlyO && allowed(h.last(), t) {
					cands[n] = beamHyp{t1: t, t2: h.t1, score: h.score + scores[t], back: uint8(k)}
					n++
				}
			}
		}
		s.widths[i] = uint8(keepBest(cands[:n], &s.beams[i], pruneMargin))
	}
	return s.path(len(seq)-1, s.tags)
}

// start is the hypothesis before a sentence's first token.
var start = [1]beamHyp{{t1: tagStart, t2: tagStart, gold: true}}

// before returns the hypotheses kept before token i.
func (s *scratch) before(i int) []beamHyp {
	if i == 0 {
		return start[:]
	}
	return s.beams[i-1][:s.widths[i-1]]
}

// path puts in tags[:i+1] the tags of the best hypothesis kept at token
// i, and returns them.
func (s *scratch) path(i int, tags []uint8) []uint8 {
	tags = tags[:i+1]
	k := uint8(0)
	for ; i >= 0; i-- {
		h := s.beams[i][k]
		tags[i], k = h.t1, h.back
	}
	return tags
}

// beamWidth is the number of hypotheses the decoder keeps at each token:
// the model is trained with as many (see Train).
const beamWidth = 4

// pruneMargin is how far below the best hypothesis of a token one may
// score and be kept. Fewer hypotheses mean more tokens left unscored
// (see tagSentence): with 80, newseye dev2 held out scores 0.6203 and
// the recognizer runs at 14.5 MB/s on the debates; without it, 0.6181
// and 9 MB/s.
const pruneMargin = 80

// beamHyp is a hypothesis of the decoder at a token: its tag t1, the tag
// before it t2, its score, and its index in the previous token's beam.
// In training, gold says whether its tags so far are the gold ones.
type beamHyp struct {
	t1, t2 uint8
	back   uint8
	gold   bool
	score  float32
}

// last returns the tag that the next one follows: O at the start.
func (h beamHyp) last() uint8 {
	if h.t1 == tagStart {
		return tagO
	}
	return h.t1
}

// tagStart stands for the start of the sentence, before its first tag.
const tagStart = nTags

// tagNameOf returns the feature name of tag t, or of the start.
func tagNameOf(t uint8) string {
	if t == tagStart {
		return "<s>"
	}
	return tagNames[t]
}

// keepBest puts in beam the best of cands, at most beamWidth of them and
// none more than margin below the best, best first, and returns how
// many. The order is by score, then by the order of cands; of two with
// the same last two tags, only the better is kept, since whatever
// follows scores them alike.
func keepBest(cands []beamHyp, beam *[beamWidth]beamHyp, margin float32) int {
	// Insertion sort, stable: there are at most beamWidth*nTags.
	for i := 1; i < len(cands); i++ {
		c := cands[i]
		j := i
		for j > 0 && cands[j-1].score < c.score {
			cands[j] = cands[j-1]
			j--
		}
		cands[j] = c
	}
	n := 0
	for _, c := range cands {
		if n == beamWidth || c.score < cands[0].score-margin {
			break
		}
		dup := false
		for _, b := range beam[:n] {
			if b.t1 == c.t1 && b.t2 == c.t2 {
				dup = true
				break
			}
		}
		if !dup {
			beam[n] = c
			n++
		}
	}
	return n
}

// appendShape appends the word's shape: X for a capital, x for a small
// letter, d for a digit, other characters as they are, runs collapsed
// (Charpentier -> Xx, OTAN -> X, Al-Nosra -> Xx-Xx, 4 000 -> d d).
func appendShape(b []byte, w string) []byte {
	var last rune = -1
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c != last {
			b = utf8.AppendRune(b, c)
			last = c
		}
	}
	return b
}

// caseOf describes the capitals of a token and whether it starts its
// sentence: a capital after a full stop says less than one inside.
func caseOf(w string, first bool) string {
	r, _ := utf8.DecodeRuneInString(w)
	upper, lower := 0, 0
	for _, c := range w {
		if unicode.IsUpper(c) {
			upper++
		} else if unicode.IsLower(c) {
			lower++
		}
	}
	switch {
	case upper > 1 && lower == 0:
		return "allcaps"
	case unicode.IsUpper(r) && first:
		return "title-first"
	case unicode.IsUpper(r):
		return "title"
	case upper > 0:
		return "mixed"
	case lower > 0:
		return "lower"
	}
	return "other"
}

func lengthClass(w string) string {
	switch n := utf8.RuneCountInString(w); {
	case n <= 1:
		return "1"
	case n <= 3:
		return "2-3"
	case n <= 6:
		return "4-6"
	}
	return "7+"
}

// docInfo is what a document as a whole says of its words.
type docInfo struct {
	// midCap holds the words written with a capital inside a sentence
	// somewhere in the document: names, most likely, even where they
	// start a sentence or stand in a title in capitals.
	midCap map[string]bool
}

// newDocInfo gathers the document-wide facts from its tokens.
func newDocInfo(toks []tokenize.Token) *docInfo {
	d := &docInfo{midCap: make(map[string]bool)}
	prevSentence := -1
	for _, t := range toks {
		first := t.Sentence != prevSentence
		prevSentence = t.Sentence
		if first || t.Kind != tokenize.Word || !startsUpper(t.Text) {
			continue
		}
		if caseOf(t.Text, false) == "title" {
			d.midCap[normalize(t.Norm)] = true
		}
	}
	return d
}
