package ner

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/analyze-fr/analyze/tokenize"
)

// The kinds of gazetteer entries. A token's marks hold, for each kind, a
// bit for "starts an entry" and one for "inside an entry".
const (
	gazPlace = iota
	gazGiven
	gazSurname
	gazOrg
	gazDemonym
	gazTitle // M., Mme, général, président: a person's name follows
	gazTypes
	// gazCity is a place named in French that the model's features do
	// not see: it only settles the label of a whole name (see label).
	gazCity = gazTypes
)

var gazNames = [gazTypes]string{"place", "given", "surname", "org", "demonym", "title"}

//go:embed data/gazetteer.txt
var gazetteerText string

// Gazetteer finds the entries of name lists in a sentence's words, and
// knows how often words are written with a capital inside a sentence.
type Gazetteer struct {
	root *gazNode
	caps map[string]uint8 // word: capClasses index
}

// capClasses say how often a word is capitalised inside sentences of
// large French corpora, for words seen often enough.
var capClasses = [...]string{"unknown", "never", "rarely", "often", "mostly", "always"}

const capMostly = 4 // capClasses[capMostly] == "mostly"

// capClass returns the class of w in the capitalisation lexicon.
func (g *Gazetteer) capClass(w string) string { return capClasses[g.caps[w]] }

type gazNode struct {
	next  map[string]*gazNode
	kinds uint8 // bit k: an entry of kind k ends here
	// acronym: an org entry written in capitals only ends here (FRA,
	// ETI), which a word with small letters (Fra) is not.
	acronym bool
}

var embeddedGaz = sync.OnceValue(func() *Gazetteer { return ParseGazetteer(gazetteerText) })

// EmbeddedGazetteer returns the gazetteer embedded in the package, built
// on first use.
func EmbeddedGazetteer() *Gazetteer { return embeddedGaz() }

// ParseGazetteer reads lines "kind<TAB>entry", kind one of place, given,
// surname, org, demonym, title, city (a place for labels only), or
// "caps" with an entry "word<TAB>class" for the capitalisation lexicon.
// Entries are matched on the normalized forms of their tokens.
func ParseGazetteer(text string) *Gazetteer {
	g := &Gazetteer{root: &gazNode{}, caps: make(map[string]uint8)}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		kind, entry, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		if kind == "caps" {
			w, class, _ := strings.Cut(entry, "\t")
			for i, c := range capClasses {
				if c == class {
					g.caps[w] = uint8(i)
				}
			}
			continue
		}
		k := -1
		for i, n := range gazNames {
			if n == kind {
				k = i
			}
		}
		if kind == "city" {
			k = gazCity
		}
		if k < 0 {
			continue
		}
		node := g.root
		for _, t := range tokenize.Tokenize(entry) {
			if t.Kind == tokenize.Markup {
				continue
			}
			if node.next == nil {
				node.next = make(map[string]*gazNode)
			}
			child := node.next[t.Norm]
			if child == nil {
				child = &gazNode{}
				node.next[t.Norm] = child
			}
			node = child
		}
		if node != g.root {
			node.kinds |= 1 << k
			if k == gazOrg && strings.ToUpper(entry) == entry {
				node.acronym = true
			}
		}
	}
	return g
}

// start returns the node of the entries whose first word is w, or nil.
func (g *Gazetteer) start(w string) *gazNode { return g.root.next[w] }

// mark sets, for each word, the bits of the gazetteer entries it starts
// or is inside; starts[i] is start(words[i]). An entry must start with a
// capital letter in the text (or with a digit), so that common words
// among the names (the commune of Vue, the given name Rose) count only
// when written as names; titles are matched in any case.
func (g *Gazetteer) mark(starts []*gazNode, words []string, seq []tokenize.Token, marks []uint16) {
	clear(marks)
	for i, node := range starts {
		if node == nil {
			continue
		}
		upper := capitalized(seq[i].Text)
		for j := i; node != nil; {
			for k := range gazTypes {
				if node.kinds&(1<<k) == 0 || k != gazTitle && !upper {
					continue
				}
				marks[i] |= 1 << (2 * k)
				for m := i + 1; m <= j; m++ {
					marks[m] |= 2 << (2 * k)
				}
			}
			if j++; j == len(words) {
				break
			}
			node = node.next[words[j]]
		}
	}
}

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// label returns the label the gazetteer gives a name, the tokens of an
// entity (which hold no markup), that is the whole of one of its entries:
// ORG for an organisation (OTAN, Daech), LOC for a place that is not also
// a given name or a surname (Syrie, but not Paris, a surname too). The
// model, which sees the entries only as features, weighs them against the
// context and can get these wrong.
func (g *Gazetteer) label(name []tokenize.Token) (Label, bool) {
	node := g.root
	for _, t := range name {
		if node = node.next[normalize(t.Norm)]; node == nil {
			return 0, false
		}
	}
	switch {
	case node.kinds&(1<<gazOrg) != 0:
		return ORG, true
	case node.kinds&(1<<gazPlace|1<<gazCity) != 0 && node.kinds&(1<<gazGiven|1<<gazSurname) == 0:
		return LOC, true
	}
	return 0, false
}

// wholeEntries tags as one name the whole entries of kind org or city
// found in seq, capitalised, that the model tagged in part (Es-Zor of
// Deir Es-Zor, New of New York) or not at all (d'Al-Nosra), with the
// entry's label. words are seq's normalized words, starts their nodes. A
// name the model tagged across the entry's edges is left alone; so is an
// untagged entry that is a common word (AU, Un) or an acronym written in
// small letters (Fra, not FRA).
func (g *Gazetteer) wholeEntries(starts []*gazNode, words []string, seq []tokenize.Token, tags []uint8) {
	for i := 0; i < len(starts); i++ {
		node := starts[i]
		if node == nil || !capitalized(seq[i].Text) {
			continue
		}
		end, kinds, acronym := -1, uint8(0), false // the longest entry
		for j := i; node != nil; {
			if node.kinds&(1<<gazOrg|1<<gazCity) != 0 {
				end, kinds, acronym = j+1, node.kinds, node.acronym
			}
			if j++; j == len(words) {
				break
			}
			node = node.next[words[j]]
		}
		if end < 0 || !g.retag(i, end, words, seq, tags, acronym) {
			continue
		}
		l := LOC
		if kinds&(1<<gazOrg) != 0 {
			l = ORG
		}
		tags[i] = uint8(2*l - 1)
		for j := i + 1; j < end; j++ {
			tags[j] = uint8(2 * l)
		}
		i = end - 1
	}
}

// retag reports whether the entry matched at seq[i:end] should be tagged
// as one name (see wholeEntries).
func (g *Gazetteer) retag(i, end int, words []string, seq []tokenize.Token, tags []uint8, acronym bool) bool {
	if tags[i] != tagO && !isBegin(tags[i]) || end < len(tags) && tags[end] != tagO && !isBegin(tags[end]) {
		return false // the model's name runs on outside the entry
	}
	tagged := 0
	for j := i; j < end; j++ {
		if tags[j] != tagO {
			tagged++
		}
	}
	if tagged > 0 {
		if tagged < end-i {
			return true
		}
		// All tagged: as one name, or cut in names inside the entry
		// (Deir as a place, then Es-Zor as a person).
		for j := i + 1; j < end; j++ {
			if isBegin(tags[j]) || tagLabel(tags[j]) != tagLabel(tags[i]) {
				return true
			}
		}
		return false
	}
	if acronym && strings.ToUpper(seq[i].Text) != seq[i].Text {
		return false
	}
	// Words often written in small letters (union, nord) make a name when
	// the text capitalises each of them (Union Européenne).
	allCapitalized := end-i > 1
	for j := i; j < end && allCapitalized; j++ {
		allCapitalized = capitalized(seq[j].Text)
	}
	if allCapitalized {
		return true
	}
	for _, w := range words[i:end] {
		if c := g.caps[w]; c != 0 && c < capMostly { // never, rarely, often capitalised
			return false
		}
	}
	return true
}
