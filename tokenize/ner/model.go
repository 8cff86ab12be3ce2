package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
)

// Model holds the perceptron's weights: for each bucket of hashed
// features, a weight for each tag. The file stores them as IEEE half
// floats (the averaged weights span 1e-4 to 1e4: a linear 16-bit scale
// would flatten the small ones), gzip-compressed: a bitmap of the
// buckets that have a weight other than zero (15% of them), then those
// buckets' weights. Reading it decompresses 3 MB rather than 19.
//
// In memory, the same holds: each bucket has the number of its row of
// weights, 0 for the row of zeros most share, which takes 10 MB rather
// than 38 and leaves more of the rows the recognizer reads in the cache.
type Model struct {
	bits uint8     // 1<<bits buckets
	row  []uint32  // by bucket, the index of its row in rows
	rows []float32 // nTags weights a row, row 0 all zeros
}

// trained reports whether m has weights: a model being trained has none.
func (m *Model) trained() bool { return len(m.rows) > 0 }

// weights returns the weights of bucket b.
func (m *Model) weights(b int) *[nTags]float32 {
	r := int(m.row[b]) * nTags
	return (*[nTags]float32)(m.rows[r : r+nTags])
}

// newRows returns a model of 1<<bits buckets whose rows, but the first,
// are to come: the caller appends them and sets their buckets.
func newRows(bits uint8, rows int) *Model {
	return &Model{bits: bits, row: make([]uint32, 1<<bits), rows: make([]float32, nTags, (rows+1)*nTags)}
}

//go:embed data/model.bin.gz
var modelData []byte

func embeddedModel() (*Model, error) { return ReadModel(bytes.NewReader(modelData)) }

// score sets out to the sums of the weights of features f for each tag.
func (m *Model) score(f []uint32, out *[nTags]float32) {
	*out = [nTags]float32{}
	m.addScores(f, out)
}

// addScores adds the weights of features f to out, in order. The sums
// are kept in nine variables, which the compiler keeps in registers,
// rather than in out: each feature's loads then wait for nothing but
// memory.
func (m *Model) addScores(f []uint32, out *[nTags]float32) {
	s0, s1, s2, s3, s4, s5, s6, s7, s8 := out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7], out[8]
	for _, b := range f {
		row := m.weights(int(b))
		s0 += row[0]
		s1 += row[1]
		s2 += row[2]
		s3 += row[3]
		s4 += row[4]
		s5 += row[5]
		s6 += row[6]
		s7 += row[7]
		s8 += row[8]
	}
	*out = [nTags]float32{s0, s1, s2, s3, s4, s5, s6, s7, s8}
}

// score's nine sums are the nine tags: this fails to compile otherwise.
var _ [nTags - 9]struct{}
var _ [9 - nTags]struct{}

// modelMagic starts a model file; the version before stored every
// bucket, zero or not, and can still be read.
const modelMagic, denseMagic = "analyze-ner-3\n", "analyze-ner-2\n"

// WriteTo writes the model, gzip-compressed.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	used := make([]byte, (len(m.row)+7)/8) // bit b: bucket b is stored
	var rows []uint16
	for b, r := range m.row {
		if r != 0 {
			used[b/8] |= 1 << (b % 8)
			for _, x := range m.weights(b) {
				rows = append(rows, toHalf(x))
			}
		}
	}
	hdr := append([]byte(modelMagic), m.bits, nTags)
	for _, part := range []any{hdr, used, rows} {
		if err := binary.Write(zw, binary.LittleEndian, part); err != nil {
			return 0, err
		}
	}
	return 0, zw.Close()
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	hdr := make([]byte, len(modelMagic)+2)
	if _, err := io.ReadFull(zr, hdr); err != nil {
		return nil, errors.New("ner model: not a model file")
	}
	magic := string(hdr[:len(modelMagic)])
	if magic != modelMagic && magic != denseMagic {
		return nil, errors.New("ner model: not a model file")
	}
	width, tags := hdr[len(modelMagic)], hdr[len(modelMagic)+1]
	if tags != nTags || width < 10 || width > 26 {
		return nil, fmt.Errorf("ner model: %d tags and %d bits, want %d tags", tags, width, nTags)
	}
	buckets := 1 << width
	used := make([]byte, (buckets+7)/8)
	stored := buckets
	if magic == modelMagic {
		if _, err := io.ReadFull(zr, used); err != nil {
			return nil, fmt.Errorf("ner model: %w", err)
		}
		stored = 0
		for _, u := range used {
			stored += bits.OnesCount8(u)
		}
	} else {
		for i := range used {
			used[i] = 0xff
		}
	}
	half := make([]uint16, stored*nTags)
	if err := binary.Read(zr, binary.LittleEndian, half); err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	m := newRows(width, stored)
	for b := range buckets {
		if used[b/8]&(1<<(b%8)) == 0 {
			continue
		}
		m.addRow(b, half[:nTags])
		half = half[nTags:]
	}
	return m, nil
}

// addRow gives bucket b a row of its own with the weights h, unless they
// are all zero (not negative zero: the file keeps those).
func (m *Model) addRow(b int, h []uint16) {
	if !slices.ContainsFunc(h, func(x uint16) bool { return x != 0 }) {
		return
	}
	m.row[b] = uint32(len(m.rows) / nTags)
	for _, x := range h {
		m.rows = append(m.rows, fromHalf(x))
	}
}

// newModel rounds float weights to what the file keeps.
func newModel(bits uint8, w []float64) *Model {
	m := newRows(bits, 0)
	var h [nTags]uint16
	for b := range len(w) / nTags {
		for t := range h {
			h[t] = toHalf(float32(w[b*nTags+t]))
		}
		m.addRow(b, h[:])
	}
	return m
}

// toHalf converts to IEEE 754 binary16, rounding to nearest even;
// values past its range become ±65504.
func toHalf(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int(b>>23&0xff) - 127 + 15
	mant := b & 0x7fffff
	switch {
	case f != f: // NaN: not produced by training; keep it recognisable
		return 0x7e00
	case exp >= 31:
		return sign | 0x7bff
	case exp <= 0:
		if exp < -10 {
			return sign
		}
		mant |= 0x800000
		shift := uint(14 - exp)
		h := mant >> shift
		if rem := mant & (1<<shift - 1); rem > 1<<(shift-1) || rem == 1<<(shift-1) && h&1 == 1 {
			h++
		}
		return sign | uint16(h)
	}
	h := uint32(exp)<<10 | mant>>13
	if rem := mant & 0x1fff; rem > 0x1000 || rem == 0x1000 && h&1 == 1 {
		h++
	}
	if h >= 0x7c00 {
		return sign | 0x7bff
	}
	return sign | uint16(h)
}

// fromHalf converts from IEEE 754 binary16.
func fromHalf(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h >> 10 & 0x1f)
	mant := uint32(h & 0x3ff)
	switch {
	case exp == 0:
		return math.Float32frombits(sign) + float32(mant)*0x1p-24*signOf(h)
	case exp == 31:
		return math.Float32frombits(sign | 0x7f800000 | mant<<13)
	}
	return math.Float32frombits(sign | (exp+127-15)<<23 | mant<<13)
}

func signOf(h uint16) float32 {
	if h&0x8000 != 0 {
		return -1
	}
	return 1
}
