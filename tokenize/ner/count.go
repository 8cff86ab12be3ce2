package ner

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Counter counts entities over documents, mentions that name the same
// entity together: case and accent variants (Etats-Unis, États-Unis), a
// leading article dropped (l'Union européenne), a title dropped for people
// (M. de Mistura), and a surname alone joined to the full name used
// earlier in the same document (Charpentier -> Antoine Charpentier).
// Counters merge; the zero value is ready to use.
type Counter struct {
	m     map[entityKey]*counted
	nDocs int
}

type entityKey struct {
	key   string
	label Label
}

type counted struct {
	count, docs, last int
	variants          map[string]*int // pointers: an update would replace the key
}

// AddDoc counts the entities of one document, in order.
func (c *Counter) AddDoc(ents []Entity) {
	if c.m == nil {
		c.m = make(map[entityKey]*counted)
	}
	c.nDocs++
	// For each ending of a full name seen so far (charpentier, de mistura),
	// the latest full name with that ending.
	fullName := map[string]string{}
	for _, e := range ents {
		k := Key(e.Text, e.Label)
		if k == "" {
			continue
		}
		if e.Label == PER {
			if full, ok := fullName[k]; ok {
				k = full
			} else if !strings.ContainsAny(k, ",;:()") { // one name, not a list of them
				for i := 0; i < len(k); i++ {
					if k[i] == ' ' {
						fullName[k[i+1:]] = k
					}
				}
			}
		}
		ek := entityKey{k, e.Label}
		x := c.m[ek]
		if x == nil {
			x = &counted{variants: make(map[string]*int)}
			c.m[ek] = x
		}
		x.count++
		if x.last != c.nDocs {
			x.docs++
			x.last = c.nDocs
		}
		x.addVariant(displayForm(e.Text, e.Label), 1)
	}
}

// addVariant counts n mentions written v. The map keeps a copy of a new
// v, which may be a slice of a document, and is never assigned to again:
// assigning to a string key replaces it, and a slice would keep the whole
// text in memory.
func (x *counted) addVariant(v string, n int) {
	if p := x.variants[v]; p != nil {
		*p += n
		return
	}
	x.variants[strings.Clone(v)] = &n
}

// Merge adds the counts of o to c; the documents of o are others than c's.
func (c *Counter) Merge(o *Counter) {
	if c.m == nil {
		c.m = make(map[entityKey]*counted, len(o.m))
	}
	for k, ox := range o.m {
		x := c.m[k]
		if x == nil {
			x = &counted{variants: make(map[string]*int, len(ox.variants))}
			c.m[k] = x
		}
		x.count += ox.count
		x.docs += ox.docs
		for v, n := range ox.variants {
			x.addVariant(v, *n)
		}
	}
	c.nDocs += o.nDocs
}

// EntityCount is a row of the entities table.
type EntityCount struct {
	Entity   string `json:"entity"` // the most frequent variant
	Label    Label  `json:"-"`
	Count    int    `json:"count"`
	Docs     int    `json:"docs"`
	Variants string `json:"variants"` // "Etats-Unis 3; États-Unis 1", most frequent first
}

// Rows returns the entities, most mentioned first, ties broken by name,
// label and variants. An entity is named by its most frequent full
// variant: "Mathias Gaël" rather than "Gaël" if Gaël alone is more
// frequent in the document that gave the full name.
func (c *Counter) Rows() []EntityCount {
	type row struct {
		EntityCount
		key string
	}
	rows := make([]row, 0, len(c.m))
	var vs []string
	var b []byte
	for k, x := range c.m {
		vs = vs[:0]
		for v := range x.variants {
			vs = append(vs, v)
		}
		slices.SortFunc(vs, func(a, b string) int {
			if d := cmp.Compare(*x.variants[b], *x.variants[a]); d != 0 {
				return d
			}
			return strings.Compare(a, b)
		})
		b = b[:0]
		for i, v := range vs {
			if i > 0 {
				b = append(b, "; "...)
			}
			b = append(b, v...)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(*x.variants[v]), 10)
		}
		name := vs[0]
		if len(vs) > 1 {
			for _, v := range vs {
				if Key(v, k.label) == k.key {
					name = v
					break
				}
			}
		}
		rows = append(rows, row{EntityCount{Entity: name, Label: k.label, Count: x.count, Docs: x.docs,
			Variants: string(b)}, k.key})
	}
	// Early returns: most rows differ by count or name.
	slices.SortFunc(rows, func(a, b row) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		if d := strings.Compare(a.Entity, b.Entity); d != 0 {
			return d
		}
		if a.Label != b.Label {
			return cmp.Compare(a.Label, b.Label)
		}
		if d := strings.Compare(a.Variants, b.Variants); d != 0 {
			return d
		}
		return strings.Compare(a.key, b.key)
	})
	out := make([]EntityCount, len(rows))
	for i, r := range rows {
		out[i] = r.EntityCount
	}
	return out
}

// Len returns the number of distinct entities.
func (c *Counter) Len() int { return len(c.m) }

// Key returns what the mentions of one entity share: lower case, no
// accents, no leading article, no title for a person, spaces and
// apostrophes made plain.
func Key(text string, l Label) string {
	s := displayForm(text, l)
	if isASCII(s) { // the common case, without decomposing
		return asciiLower(s)
	}
	s = norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’':
			b.WriteByte('\'')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// asciiLower returns a lower-case copy of s, which is ASCII: a copy even
// when s is in lower case already, since counters keep keys and s may be
// a slice of a whole document.
func asciiLower(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// displayForm drops what is not part of an entity's name: a leading
// article, and a person's title, function or maiden name (M. Hude, juge
// d'instruction; Mme Leclerre, née Caron: Hude, Leclerre).
func displayForm(text string, l Label) string {
	s := singleSpaced(text)
	if l == PER {
		// After a comma, a word in small letters starts an apposition; a
		// capital, the next name of a list (Cyrus Smith, Harbert).
		for i := 0; ; i += 2 {
			j := strings.Index(s[i:], ", ")
			if j < 0 {
				break
			}
			i += j
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); i > 0 && unicode.IsLower(r) {
				s = s[:i]
				break
			}
		}
	}
	for {
		t := strings.TrimSpace(dropPrefix(s, l))
		if t == s || t == "" {
			return s
		}
		s = t
	}
}

// singleSpaced returns s with its runs of white space made one space and
// none at its ends: s itself when it is so already.
func singleSpaced(s string) string {
	for i, r := range s {
		if r == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') || r != ' ' && unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

func dropPrefix(s string, l Label) string {
	for _, p := range []string{"l'", "l’", "le ", "la ", "les "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return s[len(p):]
		}
	}
	if l != PER {
		return s
	}
	first, rest, ok := strings.Cut(s, " ")
	if !ok {
		return s
	}
	if t := strings.ToLower(first); personTitle(t) || otherTitle(t) {
		return rest
	}
	return s
}

// otherTitle reports the titles, in lower case, dropped before a
// person's name besides those the name's span takes in (personTitle).
func otherTitle(w string) bool {
	switch w {
	case "mgr", "dr", "dr.", "pr", "mademoiselle", "président", "présidente", "colonel", "capitaine",
		"maréchal", "ministre", "député", "sénateur", "maire", "abbé", "sir":
		return true
	}
	return false
}
