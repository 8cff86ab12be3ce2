package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// writeAtomic writes a file through a temporary file in the same folder,
// renamed over path only when write succeeds: an existing file is never
// left half-written or replaced by a failed run.
func writeAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	tmp := f.Name()
	temps.add(tmp)
	defer temps.remove(tmp) // removes it unless renamed
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// checkOutput refuses an -o file that is one of the inputs: writing it
// would replace the text being analysed. It returns the exit code to stop
// with, or -1 to go on.
func checkOutput(stderr io.Writer, out string, inputs ...[]string) int {
	if out == "" {
		return -1
	}
	for _, list := range inputs {
		for _, f := range list {
			if sameFile(f, out) {
				return usageError(stderr, "-o %s is one of the inputs", out)
			}
		}
	}
	return -1
}

// sameFile reports whether two paths name the same existing file.
func sameFile(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(ia, ib)
}

// tempFiles are the temporary files being written, removed if the
// program is interrupted.
type tempFiles struct {
	mu    sync.Mutex
	paths map[string]bool
}

// temps is the program's one set of temporary files: a signal handler
// can only reach what the process holds.
var temps = &tempFiles{paths: map[string]bool{}}

func (t *tempFiles) add(p string) {
	t.mu.Lock()
	t.paths[p] = true
	t.mu.Unlock()
}

// remove forgets p and removes the file if it is still there.
func (t *tempFiles) remove(p string) {
	t.mu.Lock()
	delete(t.paths, p)
	t.mu.Unlock()
	os.Remove(p)
}

func (t *tempFiles) removeAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for p := range t.paths {
		os.Remove(p)
	}
}
