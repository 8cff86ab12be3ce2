package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const conllu = `# text = Il vient d'Alep.
1	Il	il	PRON	_	_	2	nsubj	_	_
2	vient	venir	VERB	_	_	0	root	_	_
3	d'	de	ADP	_	_	4	case	_	SpaceAfter=No
4	Alep	Alep	PROPN	_	_	2	obl	_	SpaceAfter=No
5	.	.	PUNCT	_	_	2	punct	_	_

# text = Liste du jour
1	Liste	liste	NOUN	_	_	0	root	_	_
2-3	du	_	_	_	_	_	_	_	_
2	de	de	ADP	_	_	4	case	_	_
3	le	le	DET	_	_	4	det	_	_
4	jour	jour	NOUN	_	_	1	nmod	_	_

`

func TestBuildDocument(t *testing.T) {
	sents, err := readCoNLLU(strings.NewReader(conllu))
	if err != nil {
		t.Fatal(err)
	}
	text, toks, ss, err := buildDocument(sents)
	if err != nil {
		t.Fatal(err)
	}
	// The first sentence ends with a full stop: a space follows. The
	// second has no final punctuation: it ends its line.
	if want := "Il vient d'Alep. Liste du jour\n"; text != want {
		t.Errorf("text = %q, want %q", text, want)
	}
	var got []string
	for _, s := range toks {
		got = append(got, text[s.start:s.end])
	}
	if g, want := strings.Join(got, "|"), "Il|vient|d'|Alep|.|Liste|du|jour"; g != want {
		t.Errorf("gold tokens %s, want %s", g, want)
	}
	if len(ss) != 2 || text[ss[1].start:ss[1].end] != "Liste du jour" {
		t.Errorf("gold sentences %v", ss)
	}
	p, r, f, missed, extra := score(toks, append(toks[:2:2], span{9, 16}, span{16, 17}))
	if len(missed) != 6 || len(extra) != 2 || fmt.Sprintf("%.3f %.3f %.3f", p, r, f) != "0.500 0.250 0.333" {
		t.Errorf("score: p %.3f r %.3f f %.3f, missed %d, extra %d", p, r, f, len(missed), len(extra))
	}
}

// TestUDTargets runs the end-to-end evaluation on UD French-GSD test and
// checks the targets of the tokenizer: tokens F1 >= 0.997 and sentences
// F1 >= 0.97. It needs the shared data and is skipped without it.
func TestUDTargets(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "ud-fr-gsd")); err != nil {
		t.Skipf("UD French-GSD is not in %s (shared data absent): %v", data, err)
	}
	if testing.Short() {
		t.Skip("builds the analyze command; skipped with -short")
	}
	bin := buildAnalyze(t)
	var stdout, stderr bytes.Buffer
	if code := evalTokens(data, "test", bin, 0, &stdout, &stderr); code != 0 {
		t.Fatalf("evaluate: exit %d: %s", code, stderr.String())
	}
	var tokF1, sentF1 float64
	for _, line := range strings.Split(stdout.String(), "\n") {
		var p, r float64
		fmt.Sscanf(line, "tokens     P %f  R %f  F1 %f", &p, &r, &tokF1)
		fmt.Sscanf(line, "sentences  P %f  R %f  F1 %f", &p, &r, &sentF1)
	}
	t.Logf("\n%s", stdout.String())
	if tokF1 < 0.997 {
		t.Errorf("tokens F1 %.4f < 0.997", tokF1)
	}
	if sentF1 < 0.97 {
		t.Errorf("sentences F1 %.4f < 0.97", sentF1)
	}
}

// TestNERRegression runs the end-to-end entity evaluation on newseye-fr
// test and checks that F1 does not fall below what the recognizer scores
// now (0.4496). The target, 0.66, is not reached: see the README.
func TestNERRegression(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "ner", "newseye-fr")); err != nil {
		t.Skipf("newseye-fr is not in %s (shared data absent): %v", data, err)
	}
	if testing.Short() {
		t.Skip("builds the analyze command; skipped with -short")
	}
	bin := buildAnalyze(t)
	var stdout, stderr bytes.Buffer
	if code := evalEntities(data, "test", bin, "analyze", &stdout, &stderr); code != 0 {
		t.Fatalf("evaluate: exit %d: %s", code, stderr.String())
	}
	t.Logf("\n%s", stdout.String())
	var f1 float64
	for _, line := range strings.Split(stdout.String(), "\n") {
		var p, r float64
		fmt.Sscanf(line, "ALL %f %f %f", &p, &r, &f1)
	}
	if f1 < 0.4496-0.0005 {
		t.Errorf("entity F1 %.4f, below 0.4496", f1)
	}
}

// buildAnalyze builds the analyze command into a temporary folder.
func buildAnalyze(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "analyze")
	if out, err := exec.Command("go", "build", "-o", bin, "../analyze").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
