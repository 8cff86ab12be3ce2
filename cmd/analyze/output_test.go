package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWriteAtomicFailure simulates a full disk: the write fails half way.
// The existing file keeps its content and no temporary file is left.
func TestWriteAtomicFailure(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.csv")
	os.WriteFile(out, []byte("old report\n"), 0o644)
	err := writeAtomic(out, func(w io.Writer) error {
		w.Write([]byte("half a new rep"))
		return errors.New("no space left on device")
	})
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("error %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "old report\n" {
		t.Errorf("the existing file changed: %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
}

// failingWriter fails every write, like a closed pipe or a full disk.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("write error") }

func TestStdoutWriteError(t *testing.T) {
	var stderr bytes.Buffer
	if code := run([]string{"--format", "csv", sample}, nil, failingWriter{}, &stderr); code != 1 ||
		!strings.Contains(stderr.String(), "writing the report: write error") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// TestInterrupt builds the command, starts it on standard input that never
// ends (so it stays busy reading), interrupts it, and checks that the
// existing output file is untouched and no temporary file is left.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "analyze")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out := filepath.Join(dir, "report.json")
	os.WriteFile(out, []byte("{}\n"), 0o644)
	cmd := exec.Command(bin, "--format", "json", "-o", out, "-")
	stdin, _ := cmd.StdinPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stdin.Write([]byte("La trêve à Alep. "))
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 {
		t.Errorf("exit: %v, want status 130", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "{}\n" {
		t.Errorf("the existing output changed: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
