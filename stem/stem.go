package stem

import (
	"hash/maphash"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/analyze-fr/analyze/internal/runes"
	"golang.org/x/text/unicode/norm"
)

// Stem returns the Snowball French stem of word. The word is first put in
// lower case and NFC (decomposed accents would stop suffix stripping).
// Words without a letter, with a digit or a period (numbers, M.,
// domain names), elided forms (l', qu') and inverted clitics (-elle) are
// returned in that normal form, unstemmed.
//
// Stem computes the stem every time; a Stemmer remembers them. The stem
// may share the bytes of word.
func Stem(word string) string {
	w := fold(word)
	if !stemmable(w) {
		return w
	}
	return snowballFrench(w)
}

// fold returns word in lower case and NFC, with ’ as '.
func fold(word string) string {
	lower := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if runes.SmallLatin1At(word, i) {
			i++ // à to ÿ: what follows them is checked in turn
			continue
		}
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		return word
	}
	if !norm.NFC.IsNormalString(word) {
		word = norm.NFC.String(word)
	}
	return strings.Map(func(r rune) rune {
		if r == '’' || r == 'ʼ' {
			return '\''
		}
		return unicode.ToLower(r)
	}, word)
}

// stemmable reports whether w is a word the stemmer should change: it
// has a letter, no digit, no period (M., Mondialisation.ca), does not
// end with an elision's apostrophe nor start with a clitic's hyphen (-il).
func stemmable(w string) bool {
	if strings.HasSuffix(w, "'") || strings.HasPrefix(w, "-") {
		return false
	}
	letter := false // an ASCII one
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.' || c == '@' || c == '/' || '0' <= c && c <= '9':
			return false
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			letter = true
		}
	}
	if letter {
		return true
	}
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// A Stemmer stems words and remembers the stems it has computed: word
// frequencies follow Zipf's law, so most calls are repeats and cost one
// map lookup. It is safe for concurrent use; the zero value is ready.
// Memory grows with the number of distinct words seen.
type Stemmer struct {
	once   sync.Once
	seed   maphash.Seed
	shards [stemShards]stemShard
}

const stemShards = 32

type stemShard struct {
	mu sync.RWMutex
	m  map[string]string
	// The lock's reader count is written by every call: a shard to a
	// cache line, workers stemming in different shards do not slow
	// each other down.
	_ [64 - 32]byte
}

// Stem returns the Snowball French stem of word, as the function Stem does.
func (s *Stemmer) Stem(word string) string {
	s.once.Do(func() { s.seed = maphash.MakeSeed() })
	sh := &s.shards[maphash.String(s.seed, word)%stemShards]
	sh.mu.RLock()
	st, ok := sh.m[word]
	sh.mu.RUnlock()
	if ok {
		return st
	}
	// Keep a copy of the key, word may be a slice of a large document,
	// and stem the copy: a stem may be a slice of the word it stems.
	key := strings.Clone(word)
	st = Stem(key)
	sh.mu.Lock()
	if sh.m == nil {
		sh.m = make(map[string]string)
	}
	sh.m[key] = st
	sh.mu.Unlock()
	return st
}
