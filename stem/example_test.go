package stem_test

import (
	"fmt"

	"github.com/analyze-fr/analyze/stem"
)

func ExampleStem() {
	for _, w := range []string{"armée", "armées", "Syrienne", "syriens", "bijoux", "française", "archaïque"} {
		fmt.Println(w, stem.Stem(w))
	}
	// Output:
	// armée armé
	// armées armé
	// Syrienne syrien
	// syriens syrien
	// bijoux bijou
	// française franc
	// archaïque archa
}

func ExampleStemmer() {
	var s stem.Stemmer // safe for concurrent use; remembers what it computed
	fmt.Println(s.Stem("combattants"), s.Stem("combattants"))
	// Output: combatt combatt
}

func ExampleLoadStopWords() {
	stop, err := stem.LoadStopWords("snowball")
	if err != nil {
		panic(err)
	}
	fmt.Println(stop.Len(), stop.Contains("les"), stop.Contains("l'"), stop.Contains("guerre"))
	// Output: 195 true true false
}

func ExampleStopWords_Words() {
	none, _ := stem.LoadStopWords("none")
	fmt.Println(none.Name(), len(none.Words()))
	// Output: none 0
}
