package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"

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

// beamUpdate decodes a sentence with a beam and, at the first token where
// the gold tags fall out of it (or at the end if the best is wrong),
// moves the weights toward the gold prefix and away from the best one
// (early update). It returns 1 if it updated.
func beamUpdate(r *Recognizer, sc *scratch, feats [][]uint32, gold []uint8, w []float32,
	update func(f []uint32, t uint8, delta float32)) int {
	n := len(gold)
	type hyp struct {
		tags  []uint8
		score float32
	}
	hyps := []hyp{{tags: make([]uint8, 0, n)}}
	var buf []uint32
	rowScores := func(f []uint32, scores *[nTags]float32) {
		for _, b := range f {
			row := w[int(b)*nTags : int(b)*nTags+nTags]
			for t := range scores {
				scores[t] += row[t]
			}
		}
	}
	type cand struct {
		h     int
		t     uint8
		score float32
	}
	var cands []cand
	for j := range n {
		var static [nTags]float32
		rowScores(feats[j], &static)
		cands = cands[:0]
		for h, hy := range hyps {
			prev := uint8(tagO)
			if j > 0 {
				prev = hy.tags[j-1]
			}
			scores := static
			buf = r.tagFeatures(buf[:0], sc, j, hy.tags[:j:j])
			rowScores(buf, &scores)
			for t := uint8(0); t < nTags; t++ {
				if allowed(prev, t) {
					cands = append(cands, cand{h, t, hy.score + scores[t]})
				}
			}
		}
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
		var next []hyp
		goldIn := false
		for _, c := range cands {
			if len(next) == beamWidth {
				break
			}
			prefix := hyps[c.h].tags[:j]
			dup := false
			for _, x := range next {
				if x.tags[j] == c.t && (j == 0 || x.tags[j-1] == prefix[j-1]) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			tags := append(slices.Clone(prefix), c.t)
			next = append(next, hyp{tags, c.score})
			if !goldIn && slices.Equal(tags, gold[:j+1]) {
				goldIn = true
			}
		}
		hyps = next
		if !goldIn || j == n-1 && !slices.Equal(hyps[0].tags, gold) {
			pred := hyps[0].tags
			for k := 0; k <= j; k++ {
				if pred[k] == gold[k] && (k == 0 || pred[k-1] == gold[k-1]) && (k < 2 || pred[k-2] == gold[k-2]) {
					continue
				}
				f := r.tagFeatures(append(buf[:0], feats[k]...), sc, k, gold[:k:k])
				update(f, gold[k], 1)
				f = r.tagFeatures(append(buf[:0], feats[k]...), sc, k, pred[:k:k])
				update(f, pred[k], -1)
			}
			return 1
		}
	}
	return 0
}
