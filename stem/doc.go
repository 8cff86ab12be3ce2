// Package stem gives French words their Snowball stems and provides the
// stop lists.
//
//	stem.Stem("armées")            // "armé"
//	var s stem.Stemmer             // remembers the stems it computed
//	s.Stem("combattants")          // "combatt"
//	stop, _ := stem.LoadStopWords("snowball")
//	stop.Contains("les")           // true
//
// Stemming is Snowball French through github.com/kljensen/snowball, with
// a layer for the algorithm's later revisions (see snowball.go).
package stem
