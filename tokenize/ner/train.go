package ner

import (
	"fmt"
	"io"
	"math/rand/v2"

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

// Train learns a model from sentences with the averaged perceptron: for
// each token, the tags are scored greedily as at recognition time, and a
// wrong guess moves the weights of its features toward the gold tag. The
// final weights are the average over all steps, which generalises better
// than the last ones. The result depends only on the data and options.
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
	var scores [nTags]float32
	var buf []uint32
	for epoch := range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errors, tokens := 0, 0
		for _, si := range order {
			n := len(gold[si])
			if cap(sc.tags) < n {
				sc.tags = make([]uint8, n)
				sc.words = make([]string, n)
				sc.shapes = make([]string, n)
			}
			tags := sc.tags[:n]
			words, shapes := sc.words[:n], sc.shapes[:n]
			for j, t := range sents[si].Tokens {
				words[j] = normalize(t.Norm)
				shapes[j] = sc.shape(t.Text)
			}
			sc.words, sc.shapes = words, shapes
			for j := range n {
				step++
				buf = r.tagFeatures(append(buf[:0], feats[si][j]...), sc, j, tags)
				scores = [nTags]float32{}
				for _, b := range buf {
					row := w[int(b)*nTags : int(b)*nTags+nTags]
					for t := range scores {
						scores[t] += row[t]
					}
				}
				prev := uint8(tagO)
				if j > 0 {
					prev = tags[j-1]
				}
				guess := best(&scores, prev)
				if g := gold[si][j]; guess != g {
					update(buf, g, 1)
					update(buf, guess, -1)
					errors++
				}
				tags[j] = guess
				tokens++
			}
		}
		fmt.Fprintf(opts.Log, "epoch %d: %d tokens, %.2f%% wrong\n", epoch+1, tokens, 100*float64(errors)/float64(max(tokens, 1)))
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
