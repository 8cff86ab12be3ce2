// Command analyze analyzes French text: tokens, sentences, word counts,
// named entities and reports. Run "analyze -h" for its usage.
package main

import (
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// An interrupted run leaves no temporary file behind, and an existing
	// output is only ever replaced by a finished one (see writeAtomic).
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		temps.removeAll()
		os.Exit(130)
	}()
	boundHeap()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
