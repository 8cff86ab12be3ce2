package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const badDir = "../../testdata/bad"

// TestBadInputs feeds each bad input, with a good one, to the report
// command: a bad one is either analysed or skipped with a message naming
// it and the problem; the good one is always analysed; the exit status is 1
// when anything was skipped; nothing panics.
func TestBadInputs(t *testing.T) {
	tmp := t.TempDir()
	// A named pipe: opening it would block; it must be refused.
	fifo := filepath.Join(tmp, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	// A symbolic-link loop, and a folder holding one.
	loopDir := filepath.Join(tmp, "loop")
	os.MkdirAll(loopDir, 0o755)
	os.Symlink(filepath.Join(loopDir, "b"), filepath.Join(loopDir, "a"))
	os.Symlink(filepath.Join(loopDir, "a"), filepath.Join(loopDir, "b"))
	os.Symlink(loopDir, filepath.Join(loopDir, "self"))
	os.WriteFile(filepath.Join(loopDir, "ok.txt"), []byte("La trêve tient."), 0o644)

	tests := []struct {
		file     string
		analysed bool   // or skipped
		message  string // in the message on stderr when skipped
		encoding string // recorded when analysed
	}{
		{"empty.txt", false, "empty: nothing to analyse", ""},
		{"whitespace.txt", false, "no text: only white space", ""},
		{"image.txt", false, "binary data (NUL bytes), not text", ""},
		{"archive.txt", false, "binary data (NUL bytes), not text", ""},
		{"nul-inside.txt", false, "binary data (NUL bytes), not text", ""},
		{"invalid-utf8.txt", true, "", "windows-1252"},
		{"latin1.txt", true, "", "windows-1252"},
		{"utf16-bom.txt", true, "", "utf-16le"},
		{"utf16-nobom.txt", true, "", "utf-16le"},
		{"crlf.txt", true, "", "utf-8"},
		{"cr-only.txt", true, "", "utf-8"},
		{"nested.md", true, "", "utf-8"},
		{fifo, false, "a named pipe (FIFO), not a file", ""},
		{filepath.Join(loopDir, "a"), false, "too many levels of symbolic links", ""},
		{filepath.Join(tmp, "missing.txt"), false, "no such file or folder", ""},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			path := tt.file
			if !filepath.IsAbs(path) {
				path = filepath.Join(badDir, tt.file)
			}
			var stdout, stderr bytes.Buffer
			done := make(chan int, 1)
			go func() { done <- run([]string{"--format", "json", path, sample}, nil, &stdout, &stderr) }()
			var code int
			select {
			case code = <-done:
			case <-time.After(60 * time.Second):
				t.Fatal("the command did not finish: it hangs on this input")
			}
			var rep struct {
				Inputs  []struct{ Path, Encoding string }
				Skipped []struct{ Path, Reason string }
			}
			if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
				t.Fatalf("invalid JSON: %v\n%s", err, stderr.String())
			}
			analysed := false
			for _, in := range rep.Inputs {
				if in.Path == path {
					analysed = true
					if in.Encoding != tt.encoding {
						t.Errorf("encoding %q, want %q", in.Encoding, tt.encoding)
					}
				}
			}
			if !analysed && len(rep.Inputs) != 1 || analysed && len(rep.Inputs) != 2 {
				t.Errorf("inputs %v: the good file must be analysed", rep.Inputs)
			}
			if analysed != tt.analysed {
				t.Fatalf("analysed %v, want %v; stderr: %s", analysed, tt.analysed, stderr.String())
			}
			if tt.analysed {
				if code != 0 || stderr.Len() != 0 {
					t.Errorf("exit %d, stderr %q", code, stderr.String())
				}
				return
			}
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if want := "skipped " + path + ": " + tt.message; !strings.Contains(stderr.String(), want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), want)
			}
			if len(rep.Skipped) != 1 || rep.Skipped[0].Path != path || !strings.Contains(rep.Skipped[0].Reason, tt.message) {
				t.Errorf("report's skipped inputs: %+v", rep.Skipped)
			}
		})
	}

	// A folder with a symbolic-link loop: walking does not follow links.
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--format", "csv", "--table", "documents", loopDir}, nil, &stdout, &stderr); code != 0 ||
		!strings.Contains(stdout.String(), "ok.txt") {
		t.Errorf("folder with a loop: exit %d, %s %s", code, stdout.String(), stderr.String())
	}
}

// TestUnreadableFile checks a file without read permission. Root reads
// everything, so the test is skipped when run as root.
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which can read any file")
	}
	p := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(p, []byte("Alep"), 0o000)
	var stdout, stderr bytes.Buffer
	if code := run([]string{p, sample}, nil, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), p+": permission denied") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// TestHugeInputs checks that a 50 MB file with no line break and a file
// holding one 10 MB word are analysed with a bounded heap: the peak of the
// Go heap, sampled during the run, stays under 1 GB.
func TestHugeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 60 MB; skipped with -short")
	}
	dir := t.TempDir()
	sentence := "La trêve humanitaire d'Alep ne tient pas, disent les combattants syriens. "
	noNewline := filepath.Join(dir, "no-newline.txt")
	os.WriteFile(noNewline, []byte(strings.Repeat(sentence, 50<<20/len(sentence))), 0o644)
	longWord := filepath.Join(dir, "long-word.txt")
	os.WriteFile(longWord, []byte("Début "+strings.Repeat("a", 10<<20)+" fin."), 0o644)

	var peak uint64
	var mu sync.Mutex
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				mu.Lock()
				peak = max(peak, ms.HeapInuse)
				mu.Unlock()
			}
		}
	}()
	var stdout, stderr bytes.Buffer
	code := run([]string{"--no-entities", "--format", "csv", "--table", "documents", noNewline, longWord}, nil, &stdout, &stderr)
	close(stop)
	wg.Wait()
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "no-newline.txt,") || !strings.Contains(stdout.String(), "long-word.txt,") {
		t.Errorf("documents: %s", stdout.String())
	}
	t.Logf("peak heap %d MB", peak>>20)
	if peak > 1<<30 {
		t.Errorf("peak heap %d MB, over 1 GB", peak>>20)
	}
}
