package analyze

import (
	"bytes"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/analyze-fr/analyze/stats"
	"github.com/analyze-fr/analyze/stem"
	"github.com/analyze-fr/analyze/tokenize"
	"github.com/analyze-fr/analyze/tokenize/ner"
)

// analyzer holds what every document's analysis shares: the options, the
// stop list and the stem cache, all safe for concurrent use.
type analyzer struct {
	opts    Options
	stop    stem.StopWords
	stemmer *stem.Stemmer
	ner     *ner.Recognizer // nil with Options.NoEntities
	// slots bound the chunks being counted at once, over all the
	// documents: one per worker.
	slots     chan struct{}
	chunkSize int // see chunkSize
	longSize  int // see longSize
	// spare holds the pieces of chunks already added to their document,
	// emptied, their memory kept for the next chunks.
	spare chan *piece
}

func newAnalyzer(opts Options) (*analyzer, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	stop, err := stem.LoadStopWords(opts.StopWords)
	if err != nil {
		return nil, err
	}
	a := &analyzer{opts: opts, stop: stop, stemmer: &stem.Stemmer{}, slots: make(chan struct{}, opts.Workers), chunkSize: chunkSize, longSize: longSize,
		spare: make(chan *piece, opts.Workers)}
	if !opts.NoEntities {
		if a.ner, err = ner.Default(); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// tally is the counts of the documents of a corpus, added one after the
// other (see tallyDoc).
type tally struct {
	forms, stems      *stats.Table
	entities          ner.Counter
	tokens, sentences int
	formStem          []int32 // the index in stems of each of forms' terms, -1 for a stop word
	formSyllables     []int16 // the syllables of each, or -syllables-1 for a long word

	// The n-grams, by the indices of their words in the table of their
	// unit: forms, or with Options.By "stem", gramStems, the stems of
	// all the forms (stop words too, which may stand inside a trigram),
	// formGram being the index there of each of forms' terms.
	bigrams   gramSet[pairKey]
	trigrams  gramSet[tripleKey]
	gramStems *stats.Table
	formGram  []int32

	doc    piece // the document being counted, its tables reused
	pairs  []idCount
	buf    []byte
	unitOf []int32 // by index of the document's forms: its n-gram unit's in the tally
}

func newTally() *tally {
	return &tally{forms: stats.NewTable(1 << 12), stems: stats.NewTable(1 << 12), gramStems: stats.NewTable(1 << 12), doc: newPiece()}
}

// units returns the table of the unit of the documents' terms.
func (t *tally) units(byStem bool) *stats.Table {
	if byStem {
		return t.stems
	}
	return t.forms
}

// gramUnits returns the table of the units of the n-grams.
func (t *tally) gramUnits(byStem bool) *stats.Table {
	if byStem {
		return t.gramStems
	}
	return t.forms
}

// piece is what is counted of a text, or of a chunk of a long one.
type piece struct {
	forms *stats.Table // keys are slices of the text
	// The n-grams, by the indices in forms of their words.
	bigrams       gramTable[pairKey]
	trigrams      gramTable[tripleKey]
	ids           []int32   // the words, as indices of forms
	stop          []bool    // by index of forms: a stop word or not
	sentenceWords []float64 // words in each sentence
	tokens        int
	ents          []ner.Entity
	toks          []tokenize.Token // scratch space for the recognizer
}

// newPiece returns an empty piece.
func newPiece() piece { return piece{forms: stats.NewTable(1 << 12)} }

// reset empties p for a new text, keeping its memory, but for a long
// text's, which is not kept for the next ones. It is called once after
// each text: the tables size themselves on the keys they last held, and
// a second reset would find none.
func (p *piece) reset() {
	if p.forms.Len() > 1<<16 {
		p.forms = stats.NewTable(1 << 12)
	}
	if cap(p.ids) > 1<<20 {
		p.ids = nil
	}
	p.bigrams.reset()
	p.trigrams.reset()
	p.empty()
}

// recycle empties p, the piece of a chunk, keeping all its memory for
// the next chunk, which is no longer.
func (p *piece) recycle() {
	p.bigrams.clear()
	p.trigrams.clear()
	p.empty()
}

// empty empties p but for its n-grams.
func (p *piece) empty() {
	p.forms.Reset()
	p.ids, p.stop = p.ids[:0], p.stop[:0]
	p.sentenceWords, p.tokens, p.ents = p.sentenceWords[:0], 0, nil
}

// document tokenizes, stems and counts one text into tl, and returns what
// the report keeps of it: statistics and term counts, not the text. A text
// longer than longSize is cut in chunks at paragraphs, counted on every
// core and added up in order: the counts are the same whatever -j is.
func (a *analyzer) document(src Source, tl *tally) *Document {
	doc := &tl.doc
	defer doc.reset() // the forms table's keys are slices of src.Text
	d := a.countDoc(src, doc)
	// A long document's diversity is worked out beside its terms below,
	// when there is more than one worker: what comes after the counting
	// of its chunks would otherwise run on one core.
	var beside sync.WaitGroup
	run := func(f func()) { f() }
	if len(src.Text) > a.longSize && a.opts.Workers > 1 {
		run = func(f func()) { beside.Go(f) }
	}
	run(func() { d.Diversity = stats.LexicalDiversity(doc.ids) })
	a.tallyDoc(d, doc, tl)
	beside.Wait()
	return d
}

// countDoc tokenizes and counts src into doc, an empty piece, and
// returns the document with its statistics: what a worker does before
// the document goes into a tally (see tallyDoc).
func (a *analyzer) countDoc(src Source, doc *piece) *Document {
	d := &Document{Name: src.Name, Size: src.Size, SHA256: src.SHA256, Encoding: src.Encoding}
	if len(src.Text) <= a.longSize {
		a.count(doc, src.Text)
	} else {
		doc.ids = make([]int32, 0, len(src.Text)/6) // about one word in six bytes
		a.countChunks(doc, src.Text)
	}
	nonEmpty := doc.sentenceWords[:0]
	for _, n := range doc.sentenceWords {
		if n > 0 {
			nonEmpty = append(nonEmpty, n)
		}
	}
	d.Stats = stats.Describe(doc.tokens, nonEmpty, doc.forms)
	return d
}

// tallyDoc adds d, counted in doc, to tl: its entities, its forms with
// their stems and syllables, its n-grams, and works out d's terms and
// readability. It only reads doc.
func (a *analyzer) tallyDoc(d *Document, doc *piece, tl *tally) {
	tl.forms.StartDoc()
	tl.stems.StartDoc()
	forms := doc.forms
	if a.ner != nil {
		tl.entities.AddDoc(doc.ents)
	}
	tl.tokens += d.Stats.Tokens
	tl.sentences += d.Stats.Sentences

	// The document's forms go into the tally, and its stems and syllables
	// are counted once per distinct form, worked out once per form the
	// tally sees. The document keeps the indices of its terms in the
	// tally's table of units, for TF-IDF.
	byStem := a.opts.By == "stem"
	pairs := tl.pairs[:0]
	unitOf := tl.unitOf[:0]
	syllables, longWords := 0, 0
	handle := func(form string, count, i int) {
		if i == len(tl.formStem) {
			form = tl.forms.TermAt(i)
			stop := a.stop.Contains(form)
			st, stemmed := int32(-1), ""
			if byStem || !stop {
				stemmed = a.stemmer.Stem(form)
			}
			if !stop {
				st = int32(tl.stems.Intern(stemmed, count))
			}
			if byStem {
				tl.formGram = append(tl.formGram, int32(tl.gramStems.Intern(stemmed, 0)))
			}
			tl.formStem = append(tl.formStem, st)
			n := int16(stats.Syllables(form))
			if stats.IsLongWord(form) {
				n = -n - 1 // the sign marks a long word
			}
			tl.formSyllables = append(tl.formSyllables, n)
		} else if st := tl.formStem[i]; st >= 0 {
			tl.stems.AddAt(int(st), count)
		}
		if byStem {
			unitOf = append(unitOf, tl.formGram[i])
		} else {
			unitOf = append(unitOf, int32(i))
		}
		if n := tl.formSyllables[i]; n < 0 {
			syllables += count * int(-n-1)
			longWords += count
		} else {
			syllables += count * int(n)
		}
		st := tl.formStem[i]
		if st < 0 {
			return // a stop word
		}
		if byStem {
			i = int(st)
		}
		pairs = append(pairs, idCount{int32(i), int32(count)})
	}
	// The forms are looked up in the tally's table a batch at a time
	// (see stats.Table.InternAll).
	var batch [32]string
	var counts, idx [32]int
	n := 0
	flush := func() {
		tl.forms.InternAll(batch[:n], counts[:n], idx[:n])
		for k := range n {
			handle(batch[k], counts[k], idx[k])
		}
		n = 0
	}
	forms.Terms(func(form string, count int) {
		batch[n], counts[n] = form, count
		if n++; n == len(batch) {
			flush()
		}
	})
	flush()
	tl.buf = appendTerms(tl.buf[:0], pairs)
	d.terms = termList(bytes.Clone(tl.buf))
	tl.pairs = pairs[:0]
	tl.bigrams.addDoc(&doc.bigrams, unitOf, byStem)
	tl.trigrams.addDoc(&doc.trigrams, unitOf, byStem)
	tl.unitOf = unitOf[:0]
	d.Readability = stats.ReadabilityScores(d.Stats.Sentences, d.Stats.Words, syllables, longWords)
}

// count tokenizes text, recognizes its entities, and counts it into p.
// The recognizer reads the text in windows of nerWindow bytes, cut where
// sentences begin, their tokens in p.toks: the tokens of a whole long
// text are never all in memory.
func (a *analyzer) count(p *piece, text string) {
	if a.ner == nil {
		a.countTokens(p, tokenize.Scan(text))
		return
	}
	session := a.ner.Session() // what each window works out serves the next
	for len(text) > 0 {
		w := text[:cutAt(text, nerWindow)]
		text = text[len(w):]
		toks := p.toks[:0]
		if n := len(w)/5 + 16; cap(toks) < n { // about a token in five bytes
			toks = make([]tokenize.Token, 0, n)
		}
		toks = tokenize.Append(toks, w)
		p.ents = append(p.ents, session.Recognize(w, toks)...)
		a.countTokens(p, pointers(toks))
		clear(toks) // the tokens hold slices of the text
		p.toks = toks[:0]
	}
}

// pointers returns an iterator over pointers to the tokens of toks.
func pointers(toks []tokenize.Token) iter.Seq[*tokenize.Token] {
	return func(yield func(*tokenize.Token) bool) {
		for i := range toks {
			if !yield(&toks[i]) {
				return
			}
		}
	}
}

// nerWindow is the size of the windows the recognizer reads at once.
const nerWindow = 256 << 10

// countTokens counts the tokens of a text, or of a window of one that
// starts a sentence, into p.
func (a *analyzer) countTokens(p *piece, toks iter.Seq[*tokenize.Token]) {
	var window [3]int32 // the last words, as indices of forms
	var stops [3]bool   // whether each is a stop word
	inWindow, sentence := 0, -1
	for t := range toks {
		if t.Kind == tokenize.Markup {
			continue // link brackets and footnote marks neither count nor break n-grams
		}
		p.tokens++
		if t.Sentence != sentence {
			sentence = t.Sentence
			p.sentenceWords = append(p.sentenceWords, 0)
			inWindow = 0
		}
		if t.Kind != tokenize.Word && t.Kind != tokenize.Number { // !t.IsWord(), which would copy *t
			inWindow = 0
			continue
		}
		p.sentenceWords[len(p.sentenceWords)-1]++
		i := int32(p.forms.AddShared(t.Norm, 1))
		p.ids = append(p.ids, i)
		if a.opts.NGrams < 2 {
			continue
		}
		if int(i) == len(p.stop) {
			p.stop = append(p.stop, a.stop.Contains(t.Norm))
		}
		stop := p.stop[i]
		window[0], window[1], window[2] = window[1], window[2], i
		stops[0], stops[1], stops[2] = stops[1], stops[2], stop
		inWindow++
		if stop || inWindow < 2 {
			continue
		}
		if !stops[1] {
			p.bigrams.add(pairOf(window[1], i), 1)
		}
		if inWindow >= 3 && a.opts.NGrams >= 3 && !stops[0] {
			p.trigrams.add(tripleOf(window[0], window[1], i), 1)
		}
	}
}

// countChunks counts a long text into doc: it cuts the text in chunks,
// counts a few ahead at once (the slots bound the chunks counted at once
// over the whole corpus) and adds them to doc in order.
func (a *analyzer) countChunks(doc *piece, text string) {
	ahead := max(1, a.opts.Workers)
	var pending []chan *piece // in the order of the chunks
	start := func() {
		if len(text) == 0 {
			return
		}
		chunk := text[:cutAt(text, a.chunkSize)]
		text = text[len(chunk):]
		ch := make(chan *piece, 1)
		pending = append(pending, ch)
		go func() {
			a.slots <- struct{}{}
			var p *piece
			select {
			case p = <-a.spare:
			default:
				fresh := newPiece()
				p = &fresh
			}
			a.count(p, chunk)
			<-a.slots
			ch <- p
		}()
	}
	for range ahead {
		start()
	}
	var to []int32
	for len(pending) > 0 {
		p := <-pending[0]
		pending = pending[1:]
		start()
		to = doc.add(p, to[:0])
		p.recycle()
		select {
		case a.spare <- p:
		default:
		}
	}
}

// add appends the counts of p, the next chunk of doc's text, to doc;
// to is scratch space.
func (doc *piece) add(p *piece, to []int32) []int32 {
	for i := range p.forms.Len() {
		j := doc.forms.AddShared(p.forms.TermAt(i), p.forms.CountAt(i))
		to = append(to, int32(j))
	}
	for _, id := range p.ids {
		doc.ids = append(doc.ids, to[id])
	}
	doc.bigrams.addMapped(&p.bigrams, to)
	doc.trigrams.addMapped(&p.trigrams, to)
	doc.sentenceWords = append(doc.sentenceWords, p.sentenceWords...)
	doc.tokens += p.tokens
	doc.ents = append(doc.ents, p.ents...)
	return to
}

// chunkSize is the size of the chunks a long document is counted in.
const chunkSize = 1 << 20

// longSize is the size from which a document is counted in chunks. A
// shorter one is counted whole by one worker, while the others count
// other documents: the chunks of a document are added up in order, which
// costs a lookup of each of a chunk's distinct words and n-grams.
const longSize = 4 << 20

// cutAt returns where to end a chunk of at most about n bytes of text,
// where a sentence begins for sure: at a line that starts with a capital
// or a digit, after a blank line if there is one in the second half of
// the chunk. Without such a line, it cuts after the last full stop
// followed by a capital, or else the last space, or at n itself (on a
// UTF-8 boundary, or after the first character if that is longer).
func cutAt(text string, n int) int {
	if len(text) <= n {
		return len(text)
	}
	window := text[:n]
	line := -1
	for i := strings.LastIndexByte(window, '\n'); i >= n/2; i = strings.LastIndexByte(window[:i], '\n') {
		if !startsSentence(text[i+1:]) {
			continue
		}
		if blankBefore(text[:i]) {
			return i + 1
		}
		if line < 0 {
			line = i + 1
		}
	}
	if line > 0 {
		return line
	}
	for i := strings.LastIndex(window, ". "); i > 0; i = strings.LastIndex(window[:i], ". ") {
		if startsSentence(text[i+2:]) {
			return i + 2
		}
	}
	if i := strings.LastIndexByte(window, ' '); i > 0 {
		return i + 1
	}
	for n > 0 && text[n]&0xc0 == 0x80 {
		n--
	}
	if n == 0 { // a chunk smaller than one character: take the character
		_, n = utf8.DecodeRuneInString(text)
	}
	return n
}

// startsSentence reports whether s begins, after spaces or tabs, with a
// capital or a digit: after a line break or a full stop, the tokenizer
// always starts a sentence there.
func startsSentence(s string) bool {
	s = strings.TrimLeft(s, " \t")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// blankBefore reports whether s, the text before a line break, ends
// with a blank line.
func blankBefore(s string) bool {
	s = strings.TrimRight(s, " \t\r")
	return s == "" || s[len(s)-1] == '\n'
}

// appendGram joins words as they are written: a space between words, but
// none after an elided word (l'armée) nor before a clitic (est-il).
func appendGram(b []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 && !strings.HasSuffix(words[i-1], "'") && !strings.HasPrefix(w, "-") {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}
