package tokenize_test

import (
	"fmt"

	"github.com/analyze-fr/analyze/tokenize"
)

func ExampleTokenize() {
	src := "L’armée est-elle entrée à Alep ? M. de Mistura l'a dit."
	for _, t := range tokenize.Tokenize(src) {
		fmt.Printf("%d %-8s %-6s %-8s [%d:%d]\n", t.Sentence, t.Text, t.Kind, t.Norm, t.Start, t.End)
	}
	// Output:
	// 0 L’       word   l'       [0:4]
	// 0 armée    word   armée    [4:10]
	// 0 est      word   est      [11:14]
	// 0 -elle    word   -elle    [14:19]
	// 0 entrée   word   entrée   [20:27]
	// 0 à        word   à        [28:30]
	// 0 Alep     word   alep     [31:35]
	// 0 ?        punct  ?        [36:37]
	// 1 M.       word   m.       [38:40]
	// 1 de       word   de       [41:43]
	// 1 Mistura  word   mistura  [44:51]
	// 1 l'       word   l'       [52:54]
	// 1 a        word   a        [54:55]
	// 1 dit      word   dit      [56:59]
	// 1 .        punct  .        [59:60]
}

func ExampleAll() {
	words := 0
	for t := range tokenize.All("Les 4 000 combattants d'Al-Nosra [\\[1\\]](#).") {
		if t.IsWord() {
			words++
			fmt.Println(t.Text)
		}
	}
	fmt.Println(words, "words")
	// Output:
	// Les
	// 4 000
	// combattants
	// d'
	// Al-Nosra
	// 5 words
}

func ExampleScan() {
	// Counting the words of each sentence, keeping no token.
	var words []int
	for t := range tokenize.Scan("Alep est assiégée. Les combattants d'Al-Nosra restent !") {
		if t.Sentence == len(words) {
			words = append(words, 0)
		}
		if t.IsWord() {
			words[t.Sentence]++
		}
	}
	fmt.Println(words)
	// Output: [3 5]
}

func ExampleAppend() {
	// One slice reused for text after text.
	var toks []tokenize.Token
	for _, text := range []string{"Alep, Syrie.", "Deir Es-Zor"} {
		toks = tokenize.Append(toks[:0], text)
		fmt.Println(len(toks), toks[len(toks)-1].Text)
	}
	// Output:
	// 4 .
	// 2 Es-Zor
}

func ExampleNormalize() {
	fmt.Println(tokenize.Normalize("États-Unis", tokenize.Word))
	fmt.Println(tokenize.Normalize("aujourd’hui", tokenize.Word))
	fmt.Println(tokenize.Normalize("4\u00a0000", tokenize.Number))
	// Output:
	// états-unis
	// aujourd'hui
	// 4000
}

func ExampleKind_String() {
	for _, t := range tokenize.Tokenize("Voir www.lemonde.fr ou écrire à a@b.fr, 2016 ©") {
		fmt.Println(t.Text, t.Kind)
	}
	// Output:
	// Voir word
	// www.lemonde.fr url
	// ou word
	// écrire word
	// à word
	// a@b.fr email
	// , punct
	// 2016 number
	// © symbol
}

func ExampleParseKind() {
	k, ok := tokenize.ParseKind("email")
	fmt.Println(k == tokenize.Email, ok)
	// Output: true true
}

func ExampleToken_IsWord() {
	for _, t := range tokenize.Tokenize("[Alep](#), 2016") {
		fmt.Println(t.Text, t.IsWord())
	}
	// Output:
	// [ false
	// Alep true
	// ](#) false
	// , false
	// 2016 true
}
