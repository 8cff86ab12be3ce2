package stem

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

//go:embed data/snowball-french-stop.txt
var snowballList string

//go:embed data/stopwords-iso-fr.txt
var isoList string

// elided lists the elided forms, their fragments when the apostrophe is
// written apart, and the inverted clitics the tokenizer splits off: all are
// function words like those of the lists.
var elided = []string{
	"l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "y'",
	"jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "l'on",
	"l", "d", "j", "m", "n", "s", "t", "c", "qu",
	"-je", "-tu", "-il", "-elle", "-on", "-nous", "-vous", "-ils", "-elles",
	"-le", "-la", "-les", "-lui", "-leur", "-moi", "-toi", "-en", "-y", "-ce",
	"-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-ci", "-là",
}

// StopWords is a set of stop words, in the normal form of tokens (lower
// case, NFC, ' for the apostrophe). The zero value is the empty set.
type StopWords struct {
	name  string
	words map[string]struct{}
}

// Contains reports whether w, a normalized token, is a stop word.
func (s StopWords) Contains(w string) bool {
	_, ok := s.words[w]
	return ok
}

// Len returns the number of words in the set.
func (s StopWords) Len() int { return len(s.words) }

// Name says where the set comes from: snowball, iso, none or a file name.
func (s StopWords) Name() string { return s.name }

// Words returns the words of the set, sorted.
func (s StopWords) Words() []string {
	out := make([]string, 0, len(s.words))
	for w := range s.words {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// LoadStopWords returns a stop list by name:
//
//   - "snowball": the Snowball French list (154 words, BSD-3), the default;
//   - "iso": stopwords-iso French (691 words, MIT), a larger list;
//   - "none": no stop words;
//   - anything else: a file of the user's, one word a line, "#" or "|"
//     starting a comment.
//
// The two embedded lists also hold the elided forms (l' d' qu' ...) and the
// inverted clitics (-il -t-elle ...).
func LoadStopWords(name string) (StopWords, error) {
	switch name {
	case "snowball", "":
		return fromList("snowball", snowballList, elided), nil
	case "iso":
		return fromList("iso", isoList, elided), nil
	case "none":
		return StopWords{name: "none"}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return StopWords{}, fmt.Errorf("stop words: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return StopWords{}, fmt.Errorf("stop words: %w", err)
	}
	return fromList(name, string(b), nil), nil
}

// fromList reads one word a line, dropping comments after | or #.
func fromList(name, list string, extra []string) StopWords {
	s := StopWords{name: name, words: make(map[string]struct{})}
	sc := bufio.NewScanner(strings.NewReader(list))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexAny(line, "|#"); i >= 0 {
			line = line[:i]
		}
		for _, w := range strings.Fields(line) {
			s.words[fold(w)] = struct{}{}
		}
	}
	for _, w := range extra {
		s.words[w] = struct{}{}
	}
	return s
}
