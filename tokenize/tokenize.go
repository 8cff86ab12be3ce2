package tokenize

import (
	"iter"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize returns the tokens of src in order, with their sentences.
//
// It is safe for concurrent use. The tokens' Text fields are slices of src;
// only Norm may allocate, once per distinct text that is not already
// normal (capitals, decomposed accents, typographic apostrophes).
func Tokenize(src string) []Token {
	return Append(make([]Token, 0, len(src)/6+1), src)
}

// Append appends the tokens of src to dst, as Tokenize returns them, and
// returns the extended slice: a caller can reuse its slice for text after
// text.
func Append(dst []Token, src string) []Token {
	s := newScanner(src)
	for {
		// Each token is read in place, never copied whole.
		dst = append(dst, Token{})
		if !s.next(&dst[len(dst)-1]) {
			return dst[:len(dst)-1]
		}
	}
}

// All returns an iterator over the tokens of src, the same as Tokenize
// returns, without building a slice. (Built on Scan, copying each token
// from the pointer, it ran 4% slower: the copy reads back in wide moves
// what the scanner had just written in narrow ones.)
func All(src string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		s := newScanner(src)
		var t Token
		for s.next(&t) && yield(t) {
		}
	}
}

// Scan returns an iterator over the tokens of src, the same as All
// returns, as pointers to one Token that each step overwrites: a loop
// that reads the tokens' fields and keeps no token saves copying each.
// Copy *t to keep a token.
func Scan(src string) iter.Seq[*Token] {
	return func(yield func(*Token) bool) {
		s := newScanner(src)
		var t Token
		for s.next(&t) && yield(&t) {
		}
	}
}

// role is what a token does at a sentence boundary.
type role uint8

const (
	roleNormal   role = iota
	roleTerminal      // ? ! … end the sentence before a capital or an opener
	roleFullStop      // . ends the sentence before any word
	roleCloser        // » ) footnote marks: stay with the sentence they follow
	roleOpener        // [ ** # markup: the sentence test looks at the text after it
)

// class is what the first letter of a token (or of the text after an
// opening markup token) says about a sentence boundary before it.
type class uint8

const (
	clsOther class = iota
	clsLower
	clsUpper
	clsDigit
	clsOpen // « ( — and other openers that may start a sentence
)

// scanner holds the state of one pass over a source. It is never shared.
type scanner struct {
	src string
	pos int
	// A Markdown link's closing "](target)" (or an autolink's ">") found
	// when its opening bracket was read: closeAt is where it starts.
	closeAt, closeEnd int

	// norms remembers the normal forms that had to be built (capitals,
	// apostrophes...), so that a repeated word costs no allocation.
	norms map[string]string

	sentence int
	started  bool // the current sentence has a token
	pending  role // the terminal role of the last token, closers aside, or roleNormal

	// What the scan of a word saw of its letters, so that a word that is
	// normal already need not be read again: and is the AND of its ASCII
	// bytes and of the second bytes of its letters à to ÿ, whose 0x20 bit
	// is clear for a capital; odd is set by any other character. plain
	// says the last token is a word that both show to be normal.
	and        byte
	odd, plain bool
}

func newScanner(src string) *scanner {
	return &scanner{src: src, closeAt: -1}
}

// next reads the next token into t, or reports that there is none.
func (s *scanner) next(t *Token) bool {
	nl := s.skipSpace()
	if s.pos >= len(s.src) {
		return false
	}
	start := s.pos
	s.plain = false
	end, kind, rl := s.scan(start)
	s.pos = end
	text := s.src[start:end]
	var cls class
	switch {
	case !s.started || s.pending == roleNormal && nl == 0:
		// advance does not look at the class
	case kind == Markup:
		cls = s.classAfter(end)
	default:
		cls = s.classOf(start, rl)
	}
	s.advance(nl, cls, rl)
	norm := text
	if !s.plain {
		norm = s.normalize(text, kind)
	}
	// Field by field: a Token built on the stack and copied whole is
	// read back in wider moves than it was written in, which stalls.
	t.Text, t.Start, t.End, t.Kind, t.Sentence, t.Norm = text, start, end, kind, s.sentence, norm
	return true
}

// maxNorms bounds the normal forms a scanner remembers.
const maxNorms = 1 << 14

// normalize is Normalize, remembering the forms it had to build.
func (s *scanner) normalize(text string, kind Kind) string {
	if isNormal(text) {
		return text
	}
	if n, ok := s.norms[text]; ok {
		return n
	}
	n := Normalize(text, kind)
	if len(s.norms) < maxNorms {
		if s.norms == nil {
			s.norms = make(map[string]string)
		}
		s.norms[text] = n
	}
	return n
}

// advance moves to a new sentence when the token described by its class
// and role, after nl line breaks, starts one.
func (s *scanner) advance(nl int, cls class, rl role) {
	if s.started {
		brk := false
		switch {
		case rl == roleCloser && nl == 0:
		case s.pending != roleNormal:
			brk = nl > 0 || cls == clsUpper || cls == clsDigit || cls == clsOpen ||
				s.pending == roleFullStop && cls == clsLower
		case nl > 0:
			// A line that ends without final punctuation (a title, a list
			// item) ends its sentence, unless the next line goes on in
			// lower case as in hard-wrapped text.
			brk = cls != clsLower && cls != clsOther
		}
		if brk {
			s.sentence++
		}
	}
	s.started = true
	switch rl {
	case roleTerminal, roleFullStop:
		s.pending = rl
	case roleCloser:
	default:
		s.pending = roleNormal
	}
}

// skipSpace moves past white space and returns how many line breaks it saw.
func (s *scanner) skipSpace() int {
	nl := 0
	src := s.src
	for s.pos < len(src) {
		c := src[s.pos]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				nl++
			case '\r':
				if s.pos+1 >= len(src) || src[s.pos+1] != '\n' {
					nl++
				}
			case ' ', '\t', '\f', '\v':
			default:
				return nl
			}
			s.pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[s.pos:])
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			nl++
		case r == '\ufeff' || isSpaceRune(r):
		default:
			return nl
		}
		s.pos += size
	}
	return nl
}

// isSpaceRune reports white space, the no-break spaces among it.
func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || (r > 0x7f && unicode.IsSpace(r))
}

// scan reads the token at start, which is not space.
func (s *scanner) scan(start int) (end int, kind Kind, rl role) {
	src := s.src
	if start == s.closeAt {
		s.closeAt = -1
		return s.closeEnd, Markup, roleCloser
	}
	c := src[start]
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(src[start:])
		switch {
		case r == utf8.RuneError && size == 1:
			return start + 1, Symbol, roleNormal
		case isWordRune(r):
			return s.scanWord(start)
		case r == '…':
			return start + size, Punct, roleTerminal
		case r == '«' || r == '“' || r == '‹' || r == '„' || r == '—' || r == '–' || r == '¿' || r == '¡':
			return start + size, Punct, roleOpener
		case r == '»' || r == '”' || r == '›' || r == '’':
			return start + size, Punct, roleCloser
		case unicode.IsPunct(r):
			return start + size, Punct, roleNormal
		}
		return start + size, Symbol, roleNormal
	}
	if isAlnumByte(c) {
		return s.scanWord(start)
	}
	switch c {
	case '.':
		e := start + 1
		for e < len(src) && src[e] == '.' {
			e++
		}
		if e > start+1 {
			if start > 0 && (src[start-1] == '(' || src[start-1] == '[') {
				return e, Punct, roleNormal // (...) marks a cut, not an end
			}
			return e, Punct, roleTerminal
		}
		return e, Punct, roleFullStop
	case '?', '!':
		return start + 1, Punct, roleTerminal
	case '-':
		return s.scanHyphen(start)
	case '[':
		if e, rl, ok := s.bracket(start); ok {
			return e, Markup, rl
		}
		return start + 1, Punct, roleOpener
	case '(', '{':
		return start + 1, Punct, roleOpener
	case ')', ']', '}':
		return start + 1, Punct, roleCloser
	case '"', '\'':
		// A quote opens after a space and before a word; otherwise it closes.
		if s.opensQuote(start) && start+1 < len(src) && !isSpaceByte(src[start+1]) {
			return start + 1, Punct, roleOpener
		}
		return start + 1, Punct, roleCloser
	case '*', '_', '`':
		e := start + 1
		for e < len(src) && src[e] == c {
			e++
		}
		if s.opensQuote(start) {
			return e, Markup, roleOpener
		}
		return e, Markup, roleCloser
	case '#':
		if s.atLineStart(start) {
			e := start + 1
			for e < len(src) && src[e] == '#' {
				e++
			}
			if e < len(src) && (src[e] == ' ' || src[e] == '\t') {
				return e, Markup, roleOpener
			}
		}
	case '>':
		if s.atLineStart(start) && start+1 < len(src) && src[start+1] == ' ' {
			return start + 1, Markup, roleOpener
		}
	case '<':
		if e, ok := s.autolink(start); ok {
			s.closeAt, s.closeEnd = e, e+1
			return start + 1, Markup, roleOpener
		}
	case '\\':
		if start+1 < len(src) && src[start+1] < utf8.RuneSelf && isASCIIPunct(src[start+1]) {
			return start + 1, Markup, roleCloser
		}
	case ',', ';', ':':
		return start + 1, Punct, roleNormal
	}
	if isASCIIPunct(c) && c != '#' && c != '%' && c != '&' && c != '+' && c != '<' && c != '=' && c != '>' &&
		c != '|' && c != '~' && c != '^' && c != '$' && c != '\\' && c != '@' {
		return start + 1, Punct, roleNormal
	}
	return start + 1, Symbol, roleNormal
}

// scanHyphen reads a token that starts with '-': a dash, an inverted
// clitic (-il, -t-elle), or a negative number.
func (s *scanner) scanHyphen(start int) (int, Kind, role) {
	src := s.src
	e := start + 1
	for e < len(src) && src[e] == '-' {
		e++
	}
	if e > start+1 {
		return e, Punct, roleOpener
	}
	if e >= len(src) {
		return e, Punct, roleOpener
	}
	if k := s.cliticAt(start); k > 0 {
		return k, Word, roleNormal
	}
	if strings.HasPrefix(src[e:], "ci") || strings.HasPrefix(src[e:], "là") {
		if k := s.alnumRun(e); src[e:k] == "ci" || src[e:k] == "là" {
			return k, Word, roleNormal // fois|-ci, jour|-là
		}
	}
	if isDigitByte(src[e]) && (start == 0 || s.spaceOrOpenBefore(start)) {
		end, _, _ := s.scanWord(e)
		return end, Number, roleNormal
	}
	return e, Punct, roleOpener
}

// cliticAt returns the end of an inverted clitic that starts with the
// hyphen at i (-il, -t-il, -moi), or 0 if there is none there.
func (s *scanner) cliticAt(i int) int {
	src := s.src
	j := i + 1
	if j >= len(src) || !s.wordStartAt(j) {
		return 0
	}
	k := s.alnumRun(j)
	seg := src[j:k]
	if (seg == "t" || seg == "T") && k+1 < len(src) && src[k] == '-' && s.wordStartAt(k+1) {
		k2 := s.alnumRun(k + 1)
		if isClitic(src[k+1 : k2]) {
			return k2
		}
		return 0
	}
	if isClitic(seg) {
		return k
	}
	return 0
}

// splitsClitic reports whether the hyphen at i, inside the word that
// started at start, begins an inverted clitic to split off: est|-il,
// a|-t-il, donne|-le|-moi, but not sur-le-champ or rendez-vous.
func (s *scanner) splitsClitic(start, i int) bool {
	k := s.cliticAt(i)
	if k == 0 {
		return false
	}
	if keepsClitic(s.src[start:i], s.src[i+1:k]) {
		return false
	}
	return s.chainEnds(k)
}

// chainEnds reports whether the word ends at k, or goes on only with
// more clitics (-le-moi), so that the clitics before k can be split off.
func (s *scanner) chainEnds(k int) bool {
	for {
		if k+1 >= len(s.src) || s.src[k] != '-' || !s.wordStartAt(k+1) {
			return true
		}
		next := s.cliticAt(k)
		if next == 0 {
			return false
		}
		k = next
	}
}

// scanWord reads a word or number starting at start: letters and digits
// joined by the French rules for hyphens, apostrophes and periods.
func (s *scanner) scanWord(start int) (int, Kind, role) {
	src := s.src
	s.and, s.odd = 0xFF, false
	if c := src[start] | 0x20; c == 'h' || c == 'f' || c == 'w' {
		if e := s.matchURL(start); e > start {
			return e, URL, roleNormal
		}
	}
	var i int
	switch {
	case isDigitByte(src[start]):
		i = s.numberRun(start)
	case start > 0 && isDigitByte(src[start-1]):
		// A unit glued to a number (20h45, 9°C): letters only.
		i = start
		s.odd = true
		for i < len(src) && s.wordStartAt(i) && !isDigitByte(src[i]) {
			_, size := utf8.DecodeRuneInString(src[i:])
			i += size
		}
	default:
		i = s.alnumRun(start)
	}
	joined := false
loop:
	for i < len(src) {
		c := src[i]
		switch {
		case (c == '\'' || c == 0xE2 || c == 0xCA) && apostropheLen(src[i:]) > 0:
			after := i + apostropheLen(src[i:])
			s.odd = s.odd || c != '\''
			if !joined && isElision(src[start:i]) {
				if hasPrefixFold(src[start:], "c'est-à-dire") || hasPrefixFold(src[start:], "c’est-à-dire") {
					i = start + len("c'est-à-dire") + after - i - 1
					joined, s.odd = true, true
					continue
				}
				// l'on is one token in Universal Dependencies French.
				if (src[start:i] == "l" || src[start:i] == "L") && strings.HasPrefix(src[after:], "on") &&
					(after+2 == len(src) || !s.wordStartAt(after+2)) {
					i = after + 2
					joined = true
					continue
				}
				return after, Word, roleNormal
			}
			if after < len(src) && s.wordStartAt(after) {
				i = s.alnumRun(after)
				joined = true
				continue
			}
			break loop
		case c == '-':
			if i+1 < len(src) && s.wordStartAt(i+1) {
				if s.splitsClitic(start, i) || s.splitsDemonstrative(start, i) {
					break loop
				}
				i = s.alnumRun(i + 1)
				joined = true
				continue
			}
			break loop
		case c == '.':
			if i+1 < len(src) && s.wordStartAt(i+1) {
				i = s.alnumRun(i + 1)
				joined = true
				continue
			}
			break loop
		case c == ',' || c == ':':
			if isDigitByte(src[i-1]) && i+1 < len(src) && isDigitByte(src[i+1]) {
				i = s.alnumRun(i + 1)
				joined = true
				continue
			}
			break loop
		case c == '@' || c == '_' || c == '+' || c == '%':
			if e := s.matchEmail(start); e > 0 {
				return e, Email, roleNormal
			}
			break loop
		case c == '/':
			// km/h is one token; other slashes separate (et / ou).
			if src[start:i] == "km" && i+1 < len(src) && src[i+1] == 'h' && (i+2 == len(src) || !s.wordStartAt(i+2)) {
				i += 2
				continue
			}
			break loop
		case c == 0xC2 && strings.HasPrefix(src[i:], "°"):
			if src[start:i] == "n" || src[start:i] == "N" {
				i += len("°")
				s.odd = true
				continue
			}
			break loop
		default:
			// Groups of digits go on after a space: 4 000.
			if isDigitByte(src[i-1]) {
				if e := s.thousands(start, i); e > i {
					i = e
					s.odd = true
					continue
				}
			}
			break loop
		}
	}
	if i < len(src) && src[i] == '.' && (i+1 == len(src) || src[i+1] != '.') {
		e := s.abbreviation(start, i)
		s.odd = s.odd || e > i+1 // J.-C.
		i = e
	}
	kind := Word
	if isDigitByte(src[start]) || isRomanDigit(src[start]) && isRomanOrdinal(src[start:i]) {
		kind = Number
	}
	s.plain = !s.odd && s.and&0x20 != 0
	return i, kind, roleNormal
}

// numberRun returns the end of the digits at i and of an ordinal suffix
// after them (1er, 2e, XXIe is a word): 20h30, 160km and 9°C split into
// number and unit, as in Universal Dependencies French.
func (s *scanner) numberRun(i int) int {
	src := s.src
	for i < len(src) && isDigitByte(src[i]) {
		i++
	}
	if i < len(src) && s.wordStartAt(i) {
		e := s.alnumRun(i)
		if isOrdinalSuffix(src[i:e]) {
			return e
		}
	}
	return i
}

// isOrdinalSuffix reports the endings of French ordinals after digits.
func isOrdinalSuffix(w string) bool {
	switch w {
	case "e", "er", "re", "ère", "ème", "eme", "es", "ers", "res", "ères", "èmes", "nd", "nde", "nds", "ndes", "è", "ᵉ", "ᵉʳ":
		return true
	}
	return false
}

// splitsDemonstrative reports whether the hyphen at i starts -ci or -là
// after a noun (cette fois-ci, ce jour-là), which UD French splits, as
// opposed to celui-ci, ceux-là, jusque-là, which stay whole.
func (s *scanner) splitsDemonstrative(start, i int) bool {
	src := s.src
	rest := src[i+1:]
	var n int
	switch {
	case strings.HasPrefix(rest, "ci"):
		n = 2
	case strings.HasPrefix(rest, "là"):
		n = len("là")
	default:
		return false
	}
	if i+1+n < len(src) && s.wordStartAt(i+1+n) || i+1+n < len(src) && src[i+1+n] == '-' {
		return false
	}
	switch strings.ToLower(src[start:i]) {
	case "celui", "celle", "ceux", "celles", "jusque", "par", "de", "ci", "là":
		return false
	}
	return true
}

// abbreviation returns the end of the word src[start:i] with the period
// at i when the word is an abbreviation or initials (M. etc. J.-P.),
// and i otherwise.
func (s *scanner) abbreviation(start, i int) int {
	w := s.src[start:i]
	take := false
	switch {
	case titleAbbrev(w):
		take = true
	case isInitials(w):
		take = strings.IndexByte(w, '.') > 0 || s.initialGoesOn(i+1)
	case softAbbrev(w):
		take = s.textGoesOn(i + 1)
	}
	if !take {
		return i
	}
	i++
	// J.-C., J.-P.: a hyphen and another initial.
	for i+1 < len(s.src) && s.src[i] == '-' {
		r, size := utf8.DecodeRuneInString(s.src[i+1:])
		if !unicode.IsUpper(r) || i+1+size >= len(s.src) || s.src[i+1+size] != '.' {
			break
		}
		i += 1 + size + 1
	}
	return i
}

// isInitials reports whether w is one capital letter, or capitals joined
// by periods (R.E.M, J.-C is handled by the caller).
func isInitials(w string) bool {
	n := 0
	for _, r := range w {
		if n%2 == 0 && !unicode.IsUpper(r) || n%2 == 1 && r != '.' {
			return false
		}
		n++
	}
	return n%2 == 1
}

// initialGoesOn reports whether the text after an initial's period at j
// goes on in the same sentence: a hyphen (J.-C.), a digit (L. 642-3), or
// a name. A capitalised function word (Il, La, Une...) after it means
// the letter ended a sentence: "Mac OS X. Une version".
func (s *scanner) initialGoesOn(j int) bool {
	src := s.src
	if j < len(src) && src[j] == '-' {
		return true
	}
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j >= len(src) {
		return false
	}
	if isDigitByte(src[j]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[j:])
	if !unicode.IsLetter(r) {
		return false
	}
	e := s.alnumRun(j)
	if e < len(src) && apostropheLen(src[e:]) > 0 {
		return false // L'armée, D'abord
	}
	return !startsSentence(src[j:e])
}

// textGoesOn reports whether the text after a period at j goes on in the
// same sentence: lower case, a digit, or a comma or semicolon.
func (s *scanner) textGoesOn(j int) bool {
	src := s.src
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j >= len(src) {
		return false
	}
	if c := src[j]; c == ',' || c == ';' || isDigitByte(c) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[j:])
	return unicode.IsLower(r)
}

// thousands returns the end of a number whose digits src[start:i] go on
// after a space in groups of three (4 000, 1 250 000), or i.
func (s *scanner) thousands(start, i int) int {
	src := s.src
	if w := src[start:i]; len(w) > 3 || !allDigits(w) {
		return i
	}
	end := i
	for {
		sp := spaceLen(src[end:])
		if sp == 0 {
			return end
		}
		j := end + sp
		if j+3 > len(src) || !allDigits(src[j:j+3]) {
			return end
		}
		if j+3 < len(src) && (isAlnumByte(src[j+3]) || src[j+3] >= utf8.RuneSelf && s.wordStartAt(j+3)) {
			return end
		}
		end = j + 3
		if end < len(src) && src[end] == ',' && end+1 < len(src) && isDigitByte(src[end+1]) {
			return s.alnumRun(end + 1)
		}
	}
}

// spaceLen returns the length of a single space that may separate groups
// of digits at the start of s: a space, a no-break or a thin space.
func spaceLen(s string) int {
	switch {
	case strings.HasPrefix(s, " "):
		return 1
	case strings.HasPrefix(s, "\u00a0"), strings.HasPrefix(s, "\u202f"), strings.HasPrefix(s, "\u2009"):
		_, size := utf8.DecodeRuneInString(s)
		return size
	}
	return 0
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return w != ""
}

// isRomanOrdinal reports ordinals in Roman numerals: XXIe, IIIe, Ve, Ier.
// A lone L, C, D or M before e is a word (Le, Ce, De, Me), not a number.
func isRomanOrdinal(w string) bool {
	if w == "" || w[len(w)-1] != 'e' && w[len(w)-1] != 'r' {
		return false // the endings below
	}
	i := 0
	for i < len(w) && isRomanDigit(w[i]) {
		i++
	}
	if i == 0 || i == 1 && w[0] != 'I' && w[0] != 'V' && w[0] != 'X' {
		return false
	}
	switch w[i:] {
	case "e", "ème", "eme":
		return true
	case "er", "re", "ère":
		return w[:i] == "I"
	}
	return false
}

func isRomanDigit(c byte) bool {
	switch c {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		return true
	}
	return false
}

// apostropheLen returns the byte length of an apostrophe (' ’ ʼ) at the
// start of s, or 0.
func apostropheLen(s string) int {
	switch {
	case strings.HasPrefix(s, "'"):
		return 1
	case strings.HasPrefix(s, "’"):
		return len("’")
	case strings.HasPrefix(s, "ʼ"):
		return len("ʼ")
	}
	return 0
}

// matchURL returns the end of a web address starting at start, or start.
func (s *scanner) matchURL(start int) int {
	src := s.src[start:]
	var n int
	switch c := src[0] | 0x20; c {
	case 'h':
		switch {
		case hasPrefixFold(src, "https://"):
			n = 8
		case hasPrefixFold(src, "http://"):
			n = 7
		}
	case 'f':
		if hasPrefixFold(src, "ftp://") {
			n = 6
		}
	case 'w':
		if hasPrefixFold(src, "www.") {
			n = 4
		}
	}
	if n == 0 || n >= len(src) || !isURLByte(src[n]) {
		return start
	}
	e := n
	parens := 0
	for e < len(src) && isURLByte(src[e]) {
		switch src[e] {
		case '(':
			parens++
		case ')':
			parens--
		}
		e++
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for e > n {
		c := src[e-1]
		if c == ')' && parens >= 0 {
			break
		}
		if strings.IndexByte(".,;:!?'\")", c) < 0 {
			break
		}
		if c == ')' {
			parens++
		}
		e--
	}
	return start + e
}

func isURLByte(c byte) bool {
	return c > ' ' && c < utf8.RuneSelf && strings.IndexByte("<>\"[]{}|\\^`", c) < 0
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// matchEmail returns the end of an e-mail address starting at start, or 0.
func (s *scanner) matchEmail(start int) int {
	// Local parts have at most 64 bytes and domains 253: the bounds keep
	// the scan linear on text such as a_a_a_a...
	const maxLocal, maxDomain = 64, 253
	src := s.src
	i := start
	for i < len(src) && i-start <= maxLocal && (isAlnumByte(src[i]) || strings.IndexByte("._%+-", src[i]) >= 0) {
		i++
	}
	if i == start || i >= len(src) || src[i] != '@' {
		return 0
	}
	j, last := i+1, i+1
	for j < len(src) && j-i <= maxDomain && (isAlnumByte(src[j]) || src[j] == '-' || src[j] == '.') {
		j++
		if isAlnumByte(src[j-1]) {
			last = j
		}
	}
	domain := src[i+1 : last]
	if dot := strings.LastIndexByte(domain, '.'); dot <= 0 || dot == len(domain)-1 || strings.Contains(domain, "..") {
		return 0
	}
	return last
}

// bracket reads Markdown at a '[': a footnote mark ([\[1\]](#), [1]),
// whose whole span is returned, or the opening bracket of a link
// [text](target), whose closing part is remembered in closeAt.
func (s *scanner) bracket(start int) (int, role, bool) {
	src := s.src
	j := start + 1
	esc := strings.HasPrefix(src[j:], `\[`)
	if esc {
		j += 2
	}
	d := j
	for d < len(src) && d-j < 4 && isDigitByte(src[d]) {
		d++
	}
	if d > j {
		if esc && strings.HasPrefix(src[d:], `\]]`) {
			return s.linkTarget(d + 3), roleCloser, true
		}
		if !esc && d < len(src) && src[d] == ']' {
			return s.linkTarget(d + 1), roleCloser, true
		}
	}
	const maxText = 1000
	for k := start + 1; k < len(src) && k < start+maxText; k++ {
		switch src[k] {
		case '\n', '[':
			return 0, 0, false
		case ']':
			e := s.linkTarget(k + 1)
			if e == k+1 {
				return 0, 0, false
			}
			s.closeAt, s.closeEnd = k, e
			return start + 1, roleOpener, true
		}
	}
	return 0, 0, false
}

// linkTarget returns the end of a Markdown link target "(…)" at i, on one
// line, or i if there is none.
func (s *scanner) linkTarget(i int) int {
	src := s.src
	if i >= len(src) || src[i] != '(' {
		return i
	}
	const maxTarget = 2000
	for k := i + 1; k < len(src) && k < i+maxTarget; k++ {
		switch src[k] {
		case '\n':
			return i
		case ')':
			return k + 1
		}
	}
	return i
}

// autolink returns where the '>' of a Markdown autolink <https://…> that
// starts at start is, and whether there is one.
func (s *scanner) autolink(start int) (int, bool) {
	src := s.src
	j := start + 1
	if j >= len(src) || !isAlnumByte(src[j]) {
		return 0, false
	}
	e := s.matchURL(j)
	if e == j {
		e = s.matchEmail(j)
	}
	if e <= j || e >= len(src) || src[e] != '>' {
		return 0, false
	}
	return e, true
}

// opensQuote reports whether an ambiguous quote or emphasis mark at i
// opens (white space or an opener before it) rather than closes.
func (s *scanner) opensQuote(i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s.src[:i])
	return isSpaceRune(r) || r == '\n' || r == '\r' || r == '\t' || r == '(' || r == '[' || r == '«' || r == '“'
}

func (s *scanner) spaceOrOpenBefore(i int) bool { return s.opensQuote(i) }

// atLineStart reports whether only spaces stand between i and the start
// of its line.
func (s *scanner) atLineStart(i int) bool {
	for i > 0 {
		c := s.src[i-1]
		if c == '\n' || c == '\r' {
			return true
		}
		if c != ' ' && c != '\t' {
			return false
		}
		i--
	}
	return true
}

// classOf returns the class of the token at start.
func (s *scanner) classOf(start int, rl role) class {
	if rl == roleOpener {
		return clsOpen
	}
	c := s.src[start]
	if c < utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z':
			return clsLower
		case 'A' <= c && c <= 'Z':
			return clsUpper
		case isDigitByte(c):
			return clsDigit
		}
		return clsOther
	}
	r, _ := utf8.DecodeRuneInString(s.src[start:])
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return clsUpper
	case unicode.IsLower(r):
		return clsLower
	case unicode.IsDigit(r):
		return clsDigit
	case unicode.IsLetter(r):
		return clsUpper
	}
	return clsOther
}

// classAfter returns the class of the text after markup ending at i.
func (s *scanner) classAfter(i int) class {
	src := s.src
	limit := i + 64 // markup runs longer than this say nothing of a sentence
	for i < len(src) && i < limit {
		switch src[i] {
		case ' ', '\t', '[', '*', '_', '#', '\\', '<', '`':
			i++
			continue
		}
		break
	}
	if i >= len(src) {
		return clsOther
	}
	switch src[i] {
	case '\n', '\r', ']', '(', ')':
		return clsOther
	case '"':
		return clsOpen
	}
	if r, _ := utf8.DecodeRuneInString(src[i:]); r == '«' || r == '“' || r == '—' || r == '–' {
		return clsOpen
	}
	return s.classOf(i, roleNormal)
}

// alnumRun returns the end of the run of word characters at i.
func (s *scanner) alnumRun(i int) int {
	src := s.src
	for i < len(src) {
		if i+8 <= len(src) {
			// Eight bytes at once: most words are ASCII letters, and
			// where the run ends is worked out without a branch a byte.
			x := load64(src, i)
			stop := notAlnum8(x)
			if stop == 0 {
				s.and &= and8(x)
				i += 8
				continue
			}
			if k := bits.TrailingZeros64(stop) / 8; k > 0 {
				s.and &= and8(x | ^uint64(0)<<(8*k))
				i += k
			}
		}
		c := src[i]
		if c < utf8.RuneSelf {
			if !isAlnumByte(c) {
				return i
			}
			s.and &= c
			i++
			continue
		}
		if c == 0xC3 && i+1 < len(src) && isLatin1Letter(src[i+1]) {
			s.and &= src[i+1]
			i += 2 // é, à, ç...: the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if !isWordRune(r) {
			return i
		}
		s.odd = true
		i += size
	}
	return i
}

// isLatin1Letter reports whether c, after a 0xC3 byte, completes a letter
// of Latin-1 (À to ÿ, but for × and ÷).
func isLatin1Letter(c byte) bool { return 0x80 <= c && c <= 0xBF && c != 0x97 && c != 0xB7 }

// wordStartAt reports whether a word character is at i.
func (s *scanner) wordStartAt(i int) bool {
	c := s.src[i]
	if c < utf8.RuneSelf {
		return isAlnumByte(c)
	}
	r, _ := utf8.DecodeRuneInString(s.src[i:])
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumByte(byte(r))
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc) ||
		r == '\u00ad' || r == '\u200d'
}

func isAlnumByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// load64 returns the eight bytes of s at i, the first in the low bits.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// notAlnum8 returns the high bit of each byte of x that is not an ASCII
// letter or digit (isAlnumByte), the others 0. Each test adds to the
// bytes with their high bit cleared, so no carry crosses a byte.
func notAlnum8(x uint64) uint64 {
	low := x &^ highs
	folded := low | 0x20*ones // capitals to small letters; digits stay
	letter := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones)
	digit := (low + (0x80-'0')*ones) &^ (low + (0x80-'9'-1)*ones)
	return ^((letter | digit) &^ x) & highs
}

// and8 returns the AND of the eight bytes of x.
func and8(x uint64) byte {
	x &= x >> 32
	x &= x >> 16
	x &= x >> 8
	return byte(x)
}
