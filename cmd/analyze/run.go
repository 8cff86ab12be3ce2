package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/analyze-fr/analyze"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // an input could not be analysed, or output failed
	exitUsage   = 2 // the command line is wrong
)

const usage = `analyze: analyse French text.

Usage:
  analyze [flags] [FILE|DIR|-]...       report on the inputs (text, json, jsonl, csv, md, html)
  analyze tokens [flags] [FILE|-]       tokens with byte offsets and sentences
  analyze entities [flags] [FILE|DIR|-]...  named entities and their counts
  analyze keyness [--ref FILE|DIR] FILE|DIR...  keywords against a reference
  analyze specificities FILE|DIR...     Lafon specificities, documents as parts
  analyze collocations [--node WORD] FILE|DIR...  words found together
  analyze kwic TERM FILE|DIR...         concordance
  analyze similarity FILE|DIR...        document similarity matrix
  analyze version                       print the version

With no FILE, or with -, standard input is read. Folders are walked
recursively for .txt, .md and .html files (--include and --exclude
change that). Data goes to standard output, messages to standard error. Exit status: 0 success, 1 an input failed,
2 usage error.

Examples:
  analyze testdata/alep-treve-humanitaire.txt
  analyze articles/
  cat article.txt | analyze tokens --format jsonl
  analyze tokens --format tsv article.txt
  analyze entities --mentions --format jsonl article.txt

Run "analyze COMMAND -h" for the flags of a command.
`

// run is the whole program: it parses args, reads stdin and the files
// named, and writes to stdout and stderr. It returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "tokens":
			return runTokens(args[1:], stdin, stdout, stderr)
		case "entities":
			return runEntities(args[1:], stdin, stdout, stderr)
		case "keyness":
			return runKeyness(args[1:], stdin, stdout, stderr)
		case "specificities":
			return runSpecificities(args[1:], stdin, stdout, stderr)
		case "collocations":
			return runCollocations(args[1:], stdin, stdout, stderr)
		case "kwic":
			return runKWIC(args[1:], stdin, stdout, stderr)
		case "similarity":
			return runSimilarity(args[1:], stdin, stdout, stderr)
		case "version":
			fmt.Fprintf(stdout, "analyze %s\n", analyze.Version)
			return exitOK
		case "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	}
	return runReport(args, stdin, stdout, stderr)
}

// newFlags returns a flag set whose -h prints the command's usage.
func newFlags(name, help string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, help)
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after the file names as well as
// before them ("analyze file.txt --format json"). A lone "--" ends flags.
// It returns the exit code to stop with, or -1 to go on.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, int) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK
			}
			return nil, exitUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, -1
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(files, rest...), -1
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// delimiter returns the CSV field delimiter of --delimiter: a single
// character other than a quote or line break.
func delimiter(s string) (rune, error) {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || size != len(s) || r == '"' || r == '\n' || r == '\r' {
		return 0, fmt.Errorf("--delimiter %q: want a single character other than a quote or line break", s)
	}
	return r, nil
}

// optionsError reports the options the library refused: a usage error,
// without the library's "analyze: " prefix.
func optionsError(stderr io.Writer, err error) int {
	return usageError(stderr, "%v", strings.TrimPrefix(err.Error(), "analyze: "))
}

// usageError reports a wrong command line.
func usageError(stderr io.Writer, format string, a ...any) int {
	fmt.Fprintf(stderr, "analyze: "+format+"\n", a...)
	fmt.Fprintln(stderr, `Run "analyze -h" for usage.`)
	return exitUsage
}

// oneOf checks that value is one of the choices of a flag.
func oneOf(flagName, value string, choices ...string) error {
	for _, c := range choices {
		if value == c {
			return nil
		}
	}
	return fmt.Errorf("--%s %q: want one of %s", flagName, value, strings.Join(choices, ", "))
}

// inputFlags are the flags that choose and decode the inputs.
type inputFlags struct {
	include, exclude multiFlag
	filesFrom        string
	encoding         string
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.include, "include", "take only the files of folders matching this glob, e.g. '*.txt' (repeat for more)")
	fs.Var(&f.exclude, "exclude", "leave out the files of folders matching this glob (repeat for more)")
	fs.StringVar(&f.filesFrom, "files-from", "", "read the paths to analyse from this file, one a line (- for standard input)")
	fs.StringVar(&f.encoding, "encoding", "", "force the inputs' encoding: utf-8, windows-1252, iso-8859-15, utf-16le... (default: detect)")
}

// files returns the inputs, the arguments and those of --files-from, and
// -1; or, when the list cannot be read, the error on stderr and the exit
// code to stop with.
func (f *inputFlags) files(args []string, stdin io.Reader, stderr io.Writer) ([]string, int) {
	if f.filesFrom == "" {
		return args, -1
	}
	list, err := analyze.ReadList(f.filesFrom, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "analyze: %v\n", err)
		return nil, exitFailure
	}
	return append(args, list...), -1
}

func (f *inputFlags) apply(o *analyze.Options) {
	o.Filter = analyze.Filter{Include: f.include, Exclude: f.exclude}
	o.Encoding = f.encoding
}
