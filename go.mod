module github.com/analyze-fr/analyze

go 1.26.8

require golang.org/x/text v0.43.0

require (
	github.com/kljensen/snowball v0.10.0 // indirect
	gonum.org/v1/gonum v0.17.0 // indirect
)
