package tokenize

// Kind says what a token is.
type Kind uint8

// The kinds of token.
const (
	Word   Kind = iota // letters, possibly with digits, hyphens, an elided apostrophe or an abbreviation's period
	Number             // digits, decimals, grouped thousands (4 000), ordinals (1er, XXIe), ranges (2007-2008)
	Punct              // punctuation: . , ; : ! ? … « » ( ) dashes and quotes
	Symbol             // symbols and anything else: % € © + = and bytes that are not valid UTF-8
	URL                // web addresses: http://…, https://…, www.…
	Email              // e-mail addresses
	Markup             // Markdown syntax that is not text: link brackets and targets, **, # headings, footnote marks
)

var kindNames = [...]string{"word", "number", "punct", "symbol", "url", "email", "markup"}

// String returns the kind's lower-case name, as used in the CLI's output.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind returns the Kind whose String is name.
func ParseKind(name string) (Kind, bool) {
	for i, n := range kindNames {
		if n == name {
			return Kind(i), true
		}
	}
	return 0, false
}

// Token is a piece of the source text.
//
// Start and End are half-open byte offsets into the source, so that
// src[t.Start:t.End] == t.Text always holds. Text is a slice of the source
// and shares its memory.
type Token struct {
	Text       string
	Start, End int
	Kind       Kind
	// Sentence is the index of the token's sentence in the source, from 0.
	Sentence int
	// Norm is the form used for counting: lower case, NFC, typographic
	// apostrophes folded to ', spaces inside numbers removed (4 000 -> 4000).
	// It equals Text, sharing its memory, when Text is already normal;
	// otherwise it is built once per call of Tokenize or All for each
	// distinct text, and shared by its repetitions.
	Norm string
}

// IsWord reports whether the token counts as a word: a Word or Number.
func (t Token) IsWord() bool { return t.Kind == Word || t.Kind == Number }
