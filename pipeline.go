package analyze

import (
	"bytes"
	"iter"
	"strings"
	"sync"

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
	// slots bound the chunks being recognized at once, over all the
	// documents: one per worker.
	slots chan struct{}
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
	a := &analyzer{opts: opts, stop: stop, stemmer: &stem.Stemmer{}, slots: make(chan struct{}, opts.Workers)}
	if !opts.NoEntities {
		if a.ner, err = ner.Default(); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// tally is the counts of the documents one worker analysed. Tallies merge
// into the corpus's counts, whatever the documents each one saw.
type tally struct {
	forms, stems, bigrams, trigrams *stats.Table
	entities                        ner.Counter
	tokens, sentences               int
	formStem                        []string // the stem of each of forms' terms, "" for stop words

	// Scratch space for one document at a time.
	ids       []int32 // the document's words, as indices of docForms
	syllables []int16 // by index of docForms: syllables, or -syllables-1 for a long word
	docForms  *stats.Table
	stopOf    []int8   // for each of docForms' terms: 1 stop word, 0 not, -1 unknown
	stemOf    []string // for each of docForms' terms: its stem, or ""
	pairs     []idCount
	buf       []byte
}

// units returns the table of the unit of the documents' terms.
func (t *tally) units(byStem bool) *stats.Table {
	if byStem {
		return t.stems
	}
	return t.forms
}

func newTally() *tally {
	return &tally{forms: stats.NewTable(1 << 12), stems: stats.NewTable(1 << 12),
		bigrams: stats.NewTable(1 << 12), trigrams: stats.NewTable(1 << 12),
		docForms: stats.NewTable(1 << 12)}
}

// merge adds o's counts to t, a table per goroutine.
func (t *tally) merge(o *tally) {
	var wg sync.WaitGroup
	for _, p := range [][2]*stats.Table{{t.forms, o.forms}, {t.stems, o.stems}, {t.bigrams, o.bigrams}, {t.trigrams, o.trigrams}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p[0].Merge(p[1])
		}()
	}
	wg.Wait()
	t.entities.Merge(&o.entities)
	t.tokens += o.tokens
	t.sentences += o.sentences
}

// gramWord is a word in the n-gram window.
type gramWord struct {
	unit string // the form or the stem
	stop bool
}

// document tokenizes, stems and counts one text into tl, and returns what
// the report keeps of it: statistics and term counts, not the text.
func (a *analyzer) document(src Source, tl *tally) *Document {
	d := &Document{Name: src.Name, Size: src.Size, SHA256: src.SHA256, Encoding: src.Encoding}
	tl.forms.StartDoc()
	tl.stems.StartDoc()
	tl.bigrams.StartDoc()
	tl.trigrams.StartDoc()
	byStem := a.opts.By == "stem"
	grams := [4]*stats.Table{2: tl.bigrams, 3: tl.trigrams}
	forms := tl.docForms // keys are slices of src.Text until the Reset below
	forms.Reset()
	defer forms.Reset()
	tl.stopOf, tl.stemOf, tl.syllables = tl.stopOf[:0], tl.stemOf[:0], tl.syllables[:0]
	ids := tl.ids[:0]
	syllables, longWords := 0, 0
	var sentenceWords []float64
	var window [3]gramWord
	var buf []byte
	inWindow, tokens, sentence := 0, 0, -1
	var ents []ner.Entity
	for t := range a.tokens(src.Text, &ents, &sentence) {
		if t.Kind == tokenize.Markup {
			continue // link brackets and footnote marks neither count nor break n-grams
		}
		tokens++
		if t.Sentence != sentence {
			sentence = t.Sentence
			sentenceWords = append(sentenceWords, 0)
			inWindow = 0
		}
		if !t.IsWord() {
			inWindow = 0
			continue
		}
		sentenceWords[len(sentenceWords)-1]++
		i := forms.AddShared(t.Norm, 1)
		ids = append(ids, int32(i))
		if i == len(tl.stopOf) {
			tl.stopOf = append(tl.stopOf, -1)
			tl.stemOf = append(tl.stemOf, "")
			n := int16(stats.Syllables(t.Norm))
			if stats.IsLongWord(t.Norm) {
				n = -n - 1 // the sign marks a long word
			}
			tl.syllables = append(tl.syllables, n)
		}
		if n := tl.syllables[i]; n < 0 {
			syllables += int(-n - 1)
			longWords++
		} else {
			syllables += int(n)
		}
		if a.opts.NGrams < 2 {
			continue
		}
		if tl.stopOf[i] < 0 {
			tl.stopOf[i] = 0
			if a.stop.Contains(t.Norm) {
				tl.stopOf[i] = 1
			}
			if byStem {
				tl.stemOf[i] = a.stemmer.Stem(t.Norm)
			}
		}
		stop := tl.stopOf[i] == 1
		unit := t.Norm
		if byStem {
			unit = tl.stemOf[i]
		}
		copy(window[:], window[1:])
		window[2] = gramWord{unit, stop}
		inWindow = min(inWindow+1, 3)
		for n := 2; n <= min(inWindow, a.opts.NGrams); n++ {
			if window[3-n].stop || stop {
				continue
			}
			buf = appendGram(buf[:0], window[3-n:])
			grams[n].AddBytes(buf, 1)
		}
	}
	nonEmpty := sentenceWords[:0]
	for _, n := range sentenceWords {
		if n > 0 {
			nonEmpty = append(nonEmpty, n)
		}
	}
	d.Stats = stats.Describe(tokens, nonEmpty, forms)
	d.Diversity = stats.LexicalDiversity(ids)
	d.Readability = stats.ReadabilityScores(d.Stats.Sentences, d.Stats.Words, syllables, longWords)
	tl.ids = ids[:0]
	if a.ner != nil {
		tl.entities.AddDoc(ents)
	}
	tl.tokens += d.Stats.Tokens
	tl.sentences += d.Stats.Sentences

	// The document's forms go into the tally, and its stems are counted
	// once per distinct form. The document keeps the indices of its terms
	// in the tally's table of units, for TF-IDF.
	pairs := tl.pairs[:0]
	forms.Terms(func(form string, count int) {
		i := tl.forms.Intern(form, count)
		if i == len(tl.formStem) {
			st := ""
			if form = tl.forms.TermAt(i); !a.stop.Contains(form) {
				st = a.stemmer.Stem(form)
			}
			tl.formStem = append(tl.formStem, st)
		}
		st := tl.formStem[i]
		if st == "" {
			return // a stop word
		}
		j := tl.stems.Intern(st, count)
		if byStem {
			i = j
		}
		pairs = append(pairs, idCount{int32(i), int32(count)})
	})
	tl.buf = appendTerms(tl.buf[:0], pairs)
	d.terms = termList(bytes.Clone(tl.buf))
	tl.pairs = pairs[:0]
	return d
}

// tokens iterates over the tokens of text. With entities, it cuts the
// text in chunks of about chunkSize bytes at line breaks, tokenizes and
// recognizes a few chunks ahead (so that a long document uses every core
// too; the slots bound the work running at once), yields their tokens in
// order, appends their entities to ents, and
// sets *sentence to -1 at each new chunk, where sentence numbers start
// again. What it yields does not depend on how many chunks run at once.
func (a *analyzer) tokens(text string, ents *[]ner.Entity, sentence *int) iter.Seq[tokenize.Token] {
	if a.ner == nil {
		return tokenize.All(text)
	}
	return func(yield func(tokenize.Token) bool) {
		type result struct {
			toks []tokenize.Token
			ents []ner.Entity
		}
		ahead := max(1, a.opts.Workers)
		var pending []chan result // in the order of the chunks
		start := func() bool {
			if len(text) == 0 {
				return false
			}
			chunk := text[:cutAt(text, chunkSize)]
			text = text[len(chunk):]
			ch := make(chan result, 1)
			pending = append(pending, ch)
			go func() {
				a.slots <- struct{}{}
				toks := tokenize.Tokenize(chunk)
				ents := a.ner.Recognize(chunk, toks)
				<-a.slots
				ch <- result{toks, ents}
			}()
			return true
		}
		defer func() {
			for _, ch := range pending {
				<-ch // let the chunks still running finish
			}
		}()
		for len(pending) < ahead && start() {
		}
		for len(pending) > 0 {
			r := <-pending[0]
			pending = pending[1:]
			start()
			*ents = append(*ents, r.ents...)
			*sentence = -1
			for _, t := range r.toks {
				if !yield(t) {
					return
				}
			}
		}
	}
}

// chunkSize is the size of the pieces a long document is recognized in.
const chunkSize = 1 << 20

// cutAt returns where to end a chunk of at most about n bytes of text:
// after the last line break before n, or else after the last space, or
// at n itself (on a UTF-8 boundary).
func cutAt(text string, n int) int {
	if len(text) <= n {
		return len(text)
	}
	if i := strings.LastIndexByte(text[:n], '\n'); i > 0 {
		return i + 1
	}
	if i := strings.LastIndexByte(text[:n], ' '); i > 0 {
		return i + 1
	}
	for n > 0 && text[n]&0xc0 == 0x80 {
		n--
	}
	return max(n, 1)
}

// appendGram joins words as they are written: a space between words, but
// none after an elided word (l'armée) nor before a clitic (est-il).
func appendGram(b []byte, words []gramWord) []byte {
	for i, w := range words {
		if i > 0 && !strings.HasSuffix(words[i-1].unit, "'") && !strings.HasPrefix(w.unit, "-") {
			b = append(b, ' ')
		}
		b = append(b, w.unit...)
	}
	return b
}
