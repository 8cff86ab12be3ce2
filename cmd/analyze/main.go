// Command analyze analyzes French text: tokens, sentences, word counts and
// reports. Run "analyze -h" for its usage.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
