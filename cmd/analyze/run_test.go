package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const sample = "../../testdata/alep-treve-humanitaire.txt"

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("corpus/a.txt", "Alep est en Syrie. Alep !")
	write("corpus/sub/b.md", "# Titre\nLa Syrie.")
	write("corpus/.hidden.txt", "caché caché caché")
	write("corpus/c.csv", "ignoré,ignoré")
	latin1 := write("latin1.txt", "L'\xe9t\xe9 \xe0 Alep.")
	binary := write("image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantOut    []string // pieces stdout must contain, in order
		wantErr    []string // pieces stderr must contain
		wantStatus int
	}{
		{name: "tokens jsonl from stdin", args: []string{"tokens"}, stdin: "L'Etat",
			wantOut: []string{`{"start":0,"end":2,"text":"L'","sentence":0,"kind":"word","norm":"l'"}` + "\n" +
				`{"start":2,"end":6,"text":"Etat","sentence":0,"kind":"word","norm":"etat"}` + "\n"}},
		{name: "tokens tsv", args: []string{"tokens", "--format", "tsv", "-"}, stdin: "Est-il ?",
			wantOut: []string{"start\tend\tsentence\tkind\ttext\tnorm\n0\t3\t0\tword\tEst\test\n3\t6\t0\tword\t-il\t-il\n7\t8\t0\tpunct\t?\t?\n"}},
		{name: "tokens flag after file", args: []string{"tokens", good, "--format", "tsv"},
			wantOut: []string{"0\t4\t0\tword\tAlep\talep\n"}},
		{name: "tokens json escapes", args: []string{"tokens"}, stdin: "\"a\\b\"",
			wantOut: []string{`"text":"\""`, `"text":"a"`, `"text":"\\"`}},
		{name: "tokens bad format", args: []string{"tokens", "--format", "xml"},
			wantErr: []string{`--format "xml": want one of jsonl, tsv`}, wantStatus: 2},
		{name: "tokens two files", args: []string{"tokens", good, good},
			wantErr: []string{"one input at a time"}, wantStatus: 2},
		{name: "tokens missing file", args: []string{"tokens", filepath.Join(dir, "nope.txt")},
			wantErr: []string{"nope.txt: no such file or folder"}, wantStatus: 1},
		{name: "tokens latin-1", args: []string{"tokens", "--format", "tsv", latin1},
			wantOut: []string{"\tword\tété\tété\n"}},
		{name: "summary of a folder", args: []string{filepath.Join(dir, "corpus")},
			wantOut: []string{"Documents:       2\n", "Sentences:       4\n", "Words:           8\n", "alep", "syrie"}},
		{name: "summary from stdin", args: []string{"--top", "1"}, stdin: "le chat, le chien",
			wantOut: []string{"Documents:       1\n", "   1  le                        2\n"}},
		{name: "bad input does not stop the others", args: []string{binary, good, filepath.Join(dir, "nope.txt")},
			wantOut: []string{"Documents:       1\n", "Skipped inputs:  2"},
			wantErr: []string{"skipped " + binary + ": binary data", "nope.txt: no such file or folder"}, wantStatus: 1},
		{name: "empty input", args: []string{"-"}, stdin: "",
			wantOut: []string{"Documents:       1\n", "Tokens:          0\n"}},
		{name: "help", args: []string{"-h"}, wantErr: []string{"Usage:", "analyze tokens", "Examples:"}},
		{name: "tokens help", args: []string{"tokens", "-h"}, wantErr: []string{"Usage: analyze tokens", "-format"}},
		{name: "unknown flag", args: []string{"--frobnicate"}, wantErr: []string{"flag provided but not defined"}, wantStatus: 2},
		{name: "version", args: []string{"version"}, wantOut: []string{"analyze " + version + "\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if status != tt.wantStatus {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tt.wantStatus, stderr.String())
			}
			checkContains(t, "stdout", stdout.String(), tt.wantOut)
			checkContains(t, "stderr", stderr.String(), tt.wantErr)
		})
	}
}

func checkContains(t *testing.T, name, got string, want []string) {
	t.Helper()
	rest := got
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Errorf("%s lacks %q (in order); got:\n%s", name, w, got)
			return
		}
		rest = rest[i+len(w):]
	}
}

// TestGolden compares the output for the sample article with the files in
// testdata. Run "go test ./cmd/analyze -update" to rewrite them, then read
// the difference before committing it.
func TestGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"summary.stdout", []string{sample}},
		{"tokens.tsv", []string{"tokens", "--format", "tsv", sample}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if status := run(tt.args, strings.NewReader(""), &stdout, &stderr); status != 0 {
				t.Fatalf("exit status %d: %s", status, stderr.String())
			}
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := stdout.String(); got != string(want) {
				t.Errorf("output differs from %s; run with -update and read the diff", path)
			}
		})
	}
}
