package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/analyze-fr/analyze/tokenize"
)

// Sentence is a training example: a sentence's tokens (no markup) and
// their gold tags, "O", "B-PER", "I-LOC"...
type Sentence struct {
	Tokens []tokenize.Token
	Tags   []string
	Doc    *DocInfo // what the sentence's document says of its words
}

// DocInfo is what a document as a whole says of its words, which the
// features use.
type DocInfo = docInfo

// NewDocInfo gathers the document-wide facts of a document's tokens.
func NewDocInfo(toks []tokenize.Token) *DocInfo { return newDocInfo(toks) }

// TrainOptions control training.
type TrainOptions struct {
	Epochs int    // passes over the data; 0 means 6
	Bits   uint8  // the model has 1<<Bits feature buckets; 0 means 20
	Seed   uint64 // the order of the sentences in each pass
	Log    io.Writer
}

// Train learns a model from sentences with the averaged structured
// perceptron: each sentence is decoded with a beam, as at recognition
// time, and where the gold tags fall out of the beam (or at the end, if
// the best hypothesis is wrong) the weights move toward the features of
// the gold tags so far and away from those of the best hypothesis (early
// update). The final weights are the average over all steps, which
// generalises better than the last ones. The result depends only on the
// data and options.
func Train(sents []Sentence, g *Gazetteer, opts TrainOptions) (*Model, error) {
	if opts.Epochs == 0 {
		opts.Epochs = 6
	}
	if opts.Bits == 0 {
		opts.Bits = 20
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	size := (1 << opts.Bits) * nTags
	w := make([]float32, size)     // current weights
	total := make([]float64, size) // sum of weights over the steps up to stamp
	stamp := make([]int32, size)   // step of the last change

	// The static features of every token, computed once.
	r := &Recognizer{model: &Model{bits: opts.Bits}, gaz: g}
	feats := make([][][]uint32, len(sents))
	gold := make([][]uint8, len(sents))
	for i, s := range sents {
		sc := r.newScratch()
		r.staticFeatures(s.Tokens, s.Doc, sc)
		feats[i] = make([][]uint32, len(s.Tokens))
		for j := range s.Tokens {
			feats[i][j] = append([]uint32(nil), sc.feats[j]...)
		}
		gold[i] = make([]uint8, len(s.Tags))
		for j, t := range s.Tags {
			k := tagIndex(t)
			if k < 0 {
				return nil, fmt.Errorf("ner: sentence %d: unknown tag %q", i, t)
			}
			gold[i][j] = uint8(k)
		}
	}

	rng := rand.New(rand.NewPCG(opts.Seed, 1))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	step := int32(0)
	update := func(f []uint32, t uint8, delta float32) {
		for _, b := range f {
			k := int(b)*nTags + int(t)
			total[k] += float64(step-stamp[k]) * float64(w[k])
			stamp[k] = step
			w[k] += delta
		}
	}
	sc := &scratch{}
	for epoch := range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		updates, tokens := 0, 0
		for _, si := range order {
			n := len(gold[si])
			if cap(sc.tags) < n {
				sc.tags = make([]uint8, n)
				sc.words = make([]string, n)
				sc.shapes = make([]string, n)
			}
			words, shapes := sc.words[:n], sc.shapes[:n]
			for j, t := range sents[si].Tokens {
				words[j] = normalize(t.Norm)
				shapes[j] = sc.shape(t.Text)
			}
			sc.words, sc.shapes = words, shapes
			step += int32(n)
			tokens += n
			updates += beamUpdate(r, sc, feats[si], gold[si], w, update)
		}
		fmt.Fprintf(opts.Log, "epoch %d: %d sentences, %d tokens, %d updates\n", epoch+1, len(order), tokens, updates)
	}
	avg := make([]float64, size)
	for k := range avg {
		avg[k] = (total[k] + float64(step-stamp[k])*float64(w[k])) / float64(max(step, 1))
	}
	return newModel(opts.Bits, avg), nil
}

func tagIndex(t string) int {
	for i, n := range tagNames {
		if n == t {
			return i
		}
	}
	return -1
}

// beamUpdate decodes a sentence with a beam, as tagSentence does but for
// the margin and with every token scored, and, at the first token where
// the gold tags fall out of it (or at the end if the best is wrong),
// moves the weights toward the gold prefix and away from the best one
// (early update). It returns 1 if it updated.
func beamUpdate(r *Recognizer, sc *scratch, feats [][]uint32, gold []uint8, w []float32,
	update func(f []uint32, t uint8, delta float32)) int {
	n := len(gold)
	if cap(sc.beams) < n {
		sc.beams = make([][beamWidth]beamHyp, n)
		sc.widths = make([]uint8, n)
	}
	sc.beams, sc.widths = sc.beams[:n], sc.widths[:n]
	rowScores := func(f []uint32, scores *[nTags]float32) {
		for _, b := range f {
			row := w[int(b)*nTags : int(b)*nTags+nTags]
			for t := range scores {
				scores[t] += row[t]
			}
		}
	}
	var cands [beamWidth * nTags]beamHyp
	for j := range n {
		var static [nTags]float32
		rowScores(feats[j], &static)
		c := 0
		for k, h := range sc.before(j) {
			scores := static
			sc.tagf = r.tagFeaturesOf(sc.tagf[:0], sc, j, tagNameOf(h.t1), tagNameOf(h.t2))
			rowScores(sc.tagf, &scores)
			for t := uint8(0); t < nTags; t++ {
				if allowed(h.last(), t) {
					cands[c] = beamHyp{t1: t, t2: h.t1, back: uint8(k), gold: h.gold && t == gold[j], score: h.score + scores[t]}
					c++
				}
			}
		}
		kept := sc.beams[j][:keepBest(cands[:c], &sc.beams[j], float32(math.Inf(1)))]
		sc.widths[j] = uint8(len(kept))
		if slices.ContainsFunc(kept, func(h beamHyp) bool { return h.gold }) && (j < n-1 || kept[0].gold) {
			continue // the gold tags are in the beam, and the best at the end
		}
		pred := sc.path(j, sc.tags)
		for k := 0; k <= j; k++ {
			if pred[k] == gold[k] && (k == 0 || pred[k-1] == gold[k-1]) && (k < 2 || pred[k-2] == gold[k-2]) {
				continue
			}
			f := r.tagFeatures(append(sc.tagf[:0], feats[k]...), sc, k, gold[:k:k])
			update(f, gold[k], 1)
			f = r.tagFeatures(append(sc.tagf[:0], feats[k]...), sc, k, pred[:k:k])
			update(f, pred[k], -1)
		}
		return 1
	}
	return 0
}
