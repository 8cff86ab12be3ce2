package stats

import (
	"cmp"
	"slices"
	"strings"
)

// Groups counts, for every key (a stem), the surface forms seen with it:
// "arm" stands for armée, armées, armes. Groups merge like Tables; the
// zero value is empty and ready to use.
type Groups struct {
	forms map[string]map[string]int
}

// Add counts n occurrences of form under key.
func (g *Groups) Add(key, form string, n int) {
	if g.forms == nil {
		g.forms = make(map[string]map[string]int)
	}
	m, ok := g.forms[key]
	if !ok {
		m = make(map[string]int, 2)
		g.forms[strings.Clone(key)] = m
	}
	if c, ok := m[form]; ok {
		m[form] = c + n
	} else {
		m[strings.Clone(form)] = n
	}
}

// Merge adds the forms of o to g.
func (g *Groups) Merge(o *Groups) {
	if g.forms == nil {
		g.forms = make(map[string]map[string]int, len(o.forms))
	}
	for k, om := range o.forms {
		m, ok := g.forms[k]
		if !ok {
			m = make(map[string]int, len(om))
			g.forms[k] = m
		}
		for f, c := range om {
			m[f] += c
		}
	}
}

// FormCount is a surface form and how often it was seen.
type FormCount struct {
	Form  string `json:"form"`
	Count int    `json:"count"`
}

// Forms returns the forms seen under key, most frequent first, ties
// broken by form. The first is the key's display label.
func (g *Groups) Forms(key string) []FormCount {
	m := g.forms[key]
	out := make([]FormCount, 0, len(m))
	for f, c := range m {
		out = append(out, FormCount{f, c})
	}
	slices.SortFunc(out, func(a, b FormCount) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Form, b.Form)
	})
	return out
}

// Label returns the most frequent form seen under key, or key itself.
func (g *Groups) Label(key string) string {
	best, n := key, 0
	for f, c := range g.forms[key] {
		if c > n || c == n && f < best {
			best, n = f, c
		}
	}
	return best
}
