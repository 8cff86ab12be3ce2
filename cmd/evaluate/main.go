// Command evaluate measures analyze against gold data, end to end through
// the analyze command.
//
//	go run ./cmd/evaluate tokens [-split test|dev] [-data ../shared/data]
//	go run ./cmd/evaluate entities [-split test|dev|dev2]
//
// tokens rebuilds raw text from the "# text =" lines of UD French-GSD
// (sentences joined by a space, or by a line break after a sentence with no
// final punctuation), feeds it to "analyze tokens --format jsonl" on
// standard input, and scores tokens by exact span and sentences by the span
// from their first to their last token.
//
// entities rebuilds natural text from the tokens of newseye-fr (HIPE-2022),
// documents separated by a blank line, feeds it to "analyze entities
// --mentions --format jsonl", and scores entities by exact span and label
// (micro-averaged), in all and by label.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: evaluate tokens [flags]; evaluate tokens -h for the flags")
		return 2
	}
	switch args[0] {
	case "tokens":
		fs := flag.NewFlagSet("tokens", flag.ContinueOnError)
		fs.SetOutput(stderr)
		data := fs.String("data", "../shared/data", "folder of the shared gold data")
		split := fs.String("split", "test", "UD French-GSD split: test or dev")
		cmd := fs.String("cmd", "go run ./cmd/analyze", "the analyze command to run")
		show := fs.Int("errors", 0, "print this many token and sentence errors")
		if err := fs.Parse(args[1:]); err != nil {
			return 2
		}
		return evalTokens(*data, *split, *cmd, *show, stdout, stderr)
	}
	if args[0] == "entities" {
		fs := flag.NewFlagSet("entities", flag.ContinueOnError)
		fs.SetOutput(stderr)
		data := fs.String("data", "../shared/data", "folder of the shared gold data")
		split := fs.String("split", "test", "newseye-fr split: test, dev or dev2")
		cmd := fs.String("cmd", "go run ./cmd/analyze", "the analyze command to run")
		engine := fs.String("engine", "analyze", "analyze, or prose for prose v2's English model, run in process")
		if err := fs.Parse(args[1:]); err != nil {
			return 2
		}
		return evalEntities(*data, *split, *cmd, *engine, stdout, stderr)
	}
	fmt.Fprintf(stderr, "evaluate: unknown command %q\n", args[0])
	return 2
}
