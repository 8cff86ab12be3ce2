// Package tokenize splits French text into tokens and sentences, with the
// byte offsets of each token into the source: src[t.Start:t.End] ==
// t.Text, always.
//
// It follows Universal Dependencies French: elisions split after the
// apostrophe (l'|armée), inverted clitics split (est|-il, a|-t-il),
// hyphenated words and names whole (Etats-Unis, Deir Es-Zor), numbers
// with spaces as one token (4 000), abbreviations keep their period (M.),
// URLs and e-mail addresses whole; Markdown link syntax and footnote marks
// are tokens of kind Markup, not words.
//
//	for t := range tokenize.All("L'armée est-elle à Alep ?") {
//		fmt.Println(t.Text, t.Kind, t.Sentence, t.Norm)
//	}
//
// Tokenize returns a slice; All iterates without one. Both are safe for
// concurrent use and keep no state between calls.
package tokenize
