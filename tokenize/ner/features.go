package ner

import (
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
	shapes []string
	caps   []string
	tags   []uint8
	shapeB []byte
	shapeS map[string]string // the shapes seen, so that each is one string
	static [][nTags]float32  // the static features' sums of each token
	tagf   []uint32          // the tags' features of a token
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

func (r *Recognizer) newScratch() *scratch { return &scratch{} }

// prepare sizes the scratch buffers for n tokens.
func (s *scratch) prepare(n int) {
	for len(s.feats) < n {
		s.feats = append(s.feats, make([]uint32, 0, maxStatic))
	}
	if cap(s.marks) < n {
		s.marks = make([]uint16, n)
		s.words = make([]string, n)
		s.shapes = make([]string, n)
		s.caps = make([]string, n)
		s.tags = make([]uint8, n)
	}
	s.marks, s.words, s.shapes, s.caps, s.tags = s.marks[:n], s.words[:n], s.shapes[:n], s.caps[:n], s.tags[:n]
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

// staticFeatures fills s.feats[i] with the bucket of each feature of token
// i of seq that does not depend on the tags decided. doc holds what the
// whole document says of its words.
func (r *Recognizer) staticFeatures(seq []tokenize.Token, doc *docInfo, s *scratch) {
	n := len(seq)
	s.prepare(n)
	for i, t := range seq {
		s.words[i] = normalize(t.Norm)
		s.shapes[i] = s.shape(t.Text)
		s.caps[i] = r.gaz.capClass(s.words[i])
	}
	r.gaz.mark(s.words, seq, s.marks)
	shift := 64 - uint(r.model.bits)
	word := func(i int) string {
		switch {
		case i < 0:
			return "<s>"
		case i >= n:
			return "</s>"
		}
		return s.words[i]
	}
	shape := func(i int) string {
		if i < 0 || i >= n {
			return "_"
		}
		return s.shapes[i]
	}
	for i, t := range seq {
		f := s.feats[i][:0]
		add := func(h uint64) { f = append(f, uint32(h>>shift)) }
		w := s.words[i]
		add(hash0(fBias))
		add(hash1(fWord, w))
		add(hash1(fPrev, word(i-1)))
		add(hash1(fNext, word(i+1)))
		add(hash1(fPrev2, word(i-2)))
		add(hash1(fNext2, word(i+2)))
		add(hash1(fShape, s.shapes[i]))
		add(hash1(fPrevShape, shape(i-1)))
		add(hash1(fNextShape, shape(i+1)))
		add(hash3(fShapes, shape(i-1), s.shapes[i], shape(i+1)))
		if t.Kind == tokenize.Word || t.Kind == tokenize.Number {
			add(hash1(fSuf2, runes.Last(w, 2)))
			add(hash1(fSuf3, runes.Last(w, 3)))
			add(hash1(fSuf4, runes.Last(w, 4)))
			add(hash1(fPre2, runes.First(w, 2)))
			add(hash1(fPre3, runes.First(w, 3)))
			add(hash2(fPrevWord, word(i-1), w))
			add(hash2(fWordNext, w, word(i+1)))
		}
		add(hash1(fCase, caseOf(t.Text, i == 0)))
		add(hash1(fCapLex, s.caps[i]))
		if i > 0 {
			add(hash1(fPrevCapLex, s.caps[i-1]))
		}
		if i+1 < n {
			add(hash1(fNextCapLex, s.caps[i+1]))
		}
		if doc != nil && doc.midCap[w] {
			add(hash1(fDocCap, caseOf(t.Text, i == 0)))
		}
		add(hash1(fLen, lengthClass(t.Text)))
		for k := range gazTypes {
			for _, bi := range [2]uint16{1, 2} {
				bit := bi << (2 * k)
				if s.marks[i]&bit != 0 {
					add(hash2(fGaz, gazNames[k], string(rune('0'+bi))))
				}
				if i > 0 && s.marks[i-1]&bit != 0 {
					add(hash2(fPrevGaz, gazNames[k], string(rune('0'+bi))))
				}
				if i+1 < n && s.marks[i+1]&bit != 0 {
					add(hash2(fNextGaz, gazNames[k], string(rune('0'+bi))))
				}
			}
		}
		s.feats[i] = f
	}
}

// tagFeatures appends the buckets of the features of the tags decided
// before token i.
func (r *Recognizer) tagFeatures(f []uint32, s *scratch, i int, tags []uint8) []uint32 {
	shift := 64 - uint(r.model.bits)
	t1, t2 := "<s>", "<s>"
	if i > 0 {
		t1 = tagNames[tags[i-1]]
	}
	if i > 1 {
		t2 = tagNames[tags[i-2]]
	}
	f = append(f,
		uint32(hash1(fTag1, t1)>>shift),
		uint32(hash2(fTag2, t2, t1)>>shift),
		uint32(hash2(fTag1Word, t1, s.words[i])>>shift),
		uint32(hash2(fTag1Shape, t1, s.shapes[i])>>shift))
	return f
}

// tagSentence decodes the tags of seq greedily, left to right, allowing
// I-X only after B-X or I-X.
func (r *Recognizer) tagSentence(seq []tokenize.Token, doc *docInfo, s *scratch) []uint8 {
	r.staticFeatures(seq, doc, s)
	tags := s.tags
	// The static features' sums first, for every token: their weights'
	// loads do not wait on the tags decided, and run ahead of one another.
	// The tags' features then add to them in the order score would.
	if cap(s.static) < len(seq) {
		s.static = make([][nTags]float32, len(seq))
	}
	static := s.static[:len(seq)]
	for i := range seq {
		r.model.score(s.feats[i], &static[i])
	}
	for i := range seq {
		scores := static[i]
		s.tagf = r.tagFeatures(s.tagf[:0], s, i, tags)
		r.model.addScores(s.tagf, &scores)
		prev := uint8(tagO)
		if i > 0 {
			prev = tags[i-1]
		}
		tags[i] = best(&scores, prev)
	}
	return tags
}

// best returns the allowed tag of highest score, the lowest on ties.
func best[T int32 | float32](scores *[nTags]T, prev uint8) uint8 {
	bt := uint8(tagO)
	for t := uint8(1); t < nTags; t++ {
		if allowed(prev, t) && scores[t] > scores[bt] {
			bt = t
		}
	}
	return bt
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
		if first || t.Kind != tokenize.Word {
			continue
		}
		if caseOf(t.Text, false) == "title" {
			d.midCap[normalize(t.Norm)] = true
		}
	}
	return d
}
