package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/analyze-fr/analyze"
)

var spaces = regexp.MustCompile(` +`)

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
	counts := write("counts.csv", "form,A,B\nx,10,1\ny,5,5\nothers,100,200\n")
	utf16 := func(s string, big, bom bool) string {
		var b []byte
		if bom {
			if big {
				b = append(b, 0xfe, 0xff)
			} else {
				b = append(b, 0xff, 0xfe)
			}
		}
		for _, r := range s { // the test texts are in the BMP
			if big {
				b = append(b, byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8))
			}
		}
		return string(b)
	}
	u16le := write("enc/le.txt", utf16("L'été à Alep.", false, true))
	u16be := write("enc/be.txt", utf16("L'été à Alep.", true, true))
	u16nobom := write("enc/nobom.txt", utf16("L'été à Alep, la trêve.", false, false))
	latin9 := write("enc/latin9.txt", "L'\xe9t\xe9 co\xfbte 5 \xa4.") // ISO-8859-15: 0xA4 is €
	htmlFile := write("page.html", "<html><head><title>T</title><style>p{}</style><script>var alep=1</script></head><body><p>La trêve à <b>Alep</b>.</p><p>Fin</p></body></html>")
	write("mixed/a.txt", "Alep a.")
	write("mixed/b.md", "Syrie b.")
	write("mixed/c.html", "<p>Russie c.</p>")
	write("mixed/skip.log", "Journal.")
	list := write("list.txt", "# inputs\n"+good+"\n\n"+htmlFile+"\n")

	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantOut    []string // pieces stdout must contain, in order
		wantErr    []string // pieces stderr must contain
		wantStatus int
	}{
		{name: "tokens jsonl from stdin", args: []string{"tokens"}, stdin: "L'Etat",
			wantOut: []string{`{"start":0,"end":2,"text":"L'","sentence":0,"kind":"word","norm":"l'","stem":"l'"}` + "\n" +
				`{"start":2,"end":6,"text":"Etat","sentence":0,"kind":"word","norm":"etat","stem":"etat"}` + "\n"}},
		{name: "tokens tsv", args: []string{"tokens", "--format", "tsv", "-"}, stdin: "Est-il ?",
			wantOut: []string{"start\tend\tsentence\tkind\ttext\tnorm\tstem\n0\t3\t0\tword\tEst\test\test\n3\t6\t0\tword\t-il\t-il\t-il\n7\t8\t0\tpunct\t?\t?\t?\n"}},
		{name: "tokens flag after file", args: []string{"tokens", good, "--format", "tsv"},
			wantOut: []string{"0\t4\t0\tword\tAlep\talep\talep\n"}},
		{name: "tokens json escapes", args: []string{"tokens"}, stdin: "\"a\\b\"",
			wantOut: []string{`"text":"\""`, `"text":"a"`, `"text":"\\"`}},
		{name: "tokens bad format", args: []string{"tokens", "--format", "xml"},
			wantErr: []string{`--format "xml": want one of jsonl, tsv`}, wantStatus: 2},
		{name: "tokens two files", args: []string{"tokens", good, good},
			wantErr: []string{"one input at a time"}, wantStatus: 2},
		{name: "tokens missing file", args: []string{"tokens", filepath.Join(dir, "nope.txt")},
			wantErr: []string{"nope.txt: no such file or folder"}, wantStatus: 1},
		{name: "tokens latin-1", args: []string{"tokens", "--format", "tsv", latin1},
			wantOut: []string{"\tword\tété\tété\tété\n"}},
		{name: "report of a folder", args: []string{filepath.Join(dir, "corpus")},
			wantOut: []string{"Documents   2\n", "Sentences   4\n", "Words   8\n", "alep", "syrie"}},
		{name: "report from stdin", args: []string{"--top", "1"}, stdin: "le chat, le chien, le chat",
			wantOut: []string{"Documents  1\n", "1     chat  2      3333.3   1\n"}},
		{name: "bad input does not stop the others", args: []string{binary, good, filepath.Join(dir, "nope.txt")},
			wantOut: []string{"Documents  1\n", "Skipped inputs (2)"},
			wantErr: []string{"skipped " + binary + ": binary data", "nope.txt: no such file or folder"}, wantStatus: 1},
		{name: "empty input", args: []string{"-"}, stdin: "",
			wantOut: []string{"Documents 0\n", "Skipped inputs (1)"}, wantErr: []string{"skipped -: empty: nothing to analyse"}, wantStatus: 1},
		{name: "csv terms", args: []string{"--format", "csv", "-"}, stdin: "Alep, Alep et Syrie.",
			wantOut: []string{"term,count,freq_per_10k,docs,rank\nalep,2,5000.0000,1,1\nsyrie,1,2500.0000,1,2\n"}},
		{name: "csv stems with semicolons and BOM", args: []string{"--format", "csv", "--table", "stems", "--delimiter", ";", "--bom", "-"},
			stdin: "armée armées armes",
			wantOut: []string{"\ufeffstem;label;count;freq_per_10k;docs;rank;forms\n" +
				"armé;armée;2;6666.6667;1;1;\"armée 1; armées 1\"\narme;armes;1;3333.3333;1;2;armes 1\n"}},
		{name: "csv ngrams", args: []string{"--format", "csv", "--table", "ngrams", "-"}, stdin: "L'armée syrienne et l'armée syrienne.",
			wantOut: []string{"ngram,n,count,freq_per_10k,docs,rank\narmée syrienne,2,2,"}},
		{name: "csv documents", args: []string{"--format", "csv", "--table", "documents", good},
			wantOut: []string{"doc,tokens,words,types,sentences,hapax,mean_sentence_length,sd_sentence_length,ttr,guiraud,herdan,yule_k,mattr,mtld,kandel_moles,lix\n" +
				good + ",7,5,4,2,3,2.5000,2.1213,0.8000,1.7889,0.8614,800.0000,0.8000,"}},
		{name: "json", args: []string{"--format", "json", "-"}, stdin: "Alep.",
			wantOut: []string{`"tool": "analyze"`, `"stopwords": "snowball"`, `"path": "-"`, `"sha256": "`, `"terms": [`, `"term": "alep"`, `"doc_terms": [`}},
		{name: "json lines", args: []string{"--format", "jsonl", "--no-entities", "-"}, stdin: "Alep et la Syrie.",
			wantOut: []string{`{"table":"documents","doc":"-","tokens":5,`, `{"table":"terms","term":"alep","count":1,`, `{"table":"doc_terms","doc":"-","term":"alep",`}},
		{name: "markdown", args: []string{"--format", "md", "-"}, stdin: "Alep | Syrie",
			wantOut: []string{"# analyze report", "| term | count | freq_per_10k | docs | rank |", "| alep | 1 |"}},
		{name: "no stop words", args: []string{"--stopwords", "none", "--top", "1", "-"}, stdin: "de de de Alep",
			wantOut: []string{"1     de    3"}},
		{name: "iso stop words", args: []string{"--stopwords", "iso", "--format", "csv", "-"}, stdin: "est Alep",
			wantOut: []string{"rank\nalep,1,"}},
		{name: "by stem", args: []string{"--by", "stem", "--format", "csv", "--table", "ngrams", "-"}, stdin: "armées syriennes, armée syrienne",
			wantOut: []string{"armé syrien,2,2,"}},
		{name: "bad table", args: []string{"--table", "nope"}, wantErr: []string{`--table "nope": want one of`}, wantStatus: 2},
		{name: "bad delimiter", args: []string{"--delimiter", ";;"}, wantErr: []string{"--delimiter"}, wantStatus: 2},
		{name: "bad by", args: []string{"--by", "lemma", "-"}, wantErr: []string{`By "lemma": want form or stem`}, wantStatus: 2},
		{name: "missing stop list", args: []string{"--stopwords", filepath.Join(dir, "absent.txt"), "-"}, wantErr: []string{"absent.txt"}, wantStatus: 2},
		{name: "output is an input", args: []string{"-o", good, good}, wantErr: []string{"is one of the inputs"}, wantStatus: 2},
		{name: "subcommand output is an input", args: []string{"similarity", "-o", good, good}, wantErr: []string{"is one of the inputs"}, wantStatus: 2},
		{name: "listed output is an input", args: []string{"keyness", "-o", good, "--files-from", list}, wantErr: []string{"is one of the inputs"}, wantStatus: 2},
		{name: "entity mentions", args: []string{"entities", "--mentions"}, stdin: "La Russie et la France.",
			wantOut: []string{`{"doc":"-","start":3,"end":9,"text":"Russie","label":"LOC"}` + "\n" +
				`{"doc":"-","start":16,"end":22,"text":"France","label":"LOC"}` + "\n"}},
		{name: "entity mentions csv", args: []string{"entities", "--mentions", "--format", "csv", good},
			wantOut: []string{"doc,start,end,text,label\n", good + ",12,17,Syrie,LOC\n"}},
		{name: "entity counts", args: []string{"entities", "--format", "csv", "-"}, stdin: "La Syrie. La Syrie et la Russie.",
			wantOut: []string{"entity,label,count,docs,variants\nSyrie,LOC,2,1,Syrie 2\nRussie,LOC,1,1,Russie 1\n"}},
		{name: "entity counts text", args: []string{"entities", "-"}, stdin: "La Syrie et la Russie.",
			wantOut: []string{"count  label  docs  entity", "    1  LOC       1  Russie"}},
		{name: "entities bad format", args: []string{"entities", "--mentions", "--format", "text"},
			wantErr: []string{`--format "text": want one of jsonl, csv, tsv`}, wantStatus: 2},
		{name: "no entities", args: []string{"--no-entities", "--format", "json", "-"}, stdin: "La Syrie.",
			wantOut: []string{`"entities": false`, `"entities": []`}},
		{name: "kwic", args: []string{"kwic", "alep", good},
			wantOut: []string{"[Alep] est en Syrie. Alep !\n", "Alep est en Syrie. [Alep] !\n"}},
		{name: "kwic csv by words", args: []string{"kwic", "--stem", "syr", "--words", "1", "--format", "csv", good},
			wantOut: []string{"doc,start,end,left,match,right\n" + good + ",12,17,en ,Syrie,.\n"}},
		{name: "kwic without a term", args: []string{"kwic"}, wantErr: []string{"give a TERM"}, wantStatus: 2},
		{name: "specificities of a table", args: []string{"specificities", "--table", counts, "--format", "csv"},
			wantOut: []string{"form,A,B\n", "x,"}},
		{name: "specificities bad table", args: []string{"specificities", "--table", good},
			wantErr: []string{"want a form column and at least two parts"}, wantStatus: 1},
		{name: "keyness against a reference", args: []string{"keyness", "--ref", filepath.Join(dir, "corpus", "sub"), "--min", "1", "--format", "csv", good},
			wantOut: []string{"term,direction,target,ref,target_per_10k,ref_per_10k,g2,p,chi2,log_ratio,pct_diff\nalep,positive,2,0,"}},
		{name: "collocations", args: []string{"collocations", "--min", "1", "--format", "json", "-"}, stdin: "armée syrienne, armée syrienne.",
			wantOut: []string{`"node": "armée"`, `"collocate": "syrienne"`, `"count": 2`}},
		{name: "collocations bad sort", args: []string{"collocations", "--sort", "zz"}, wantErr: []string{`--sort "zz"`}, wantStatus: 2},
		{name: "similarity matrix", args: []string{"similarity", "--format", "csv", filepath.Join(dir, "corpus")},
			// a: alep 2, est, syrie (5 words); b: titre, syrie (3 words); idf
			// ln(3/2)+1 but for syrie (1): cosine 0.0667/(0.6596 × 0.5750), by hand.
			wantOut: []string{"doc," + good + ",", good + ",1.0000,0.1758\n", ",0.1758,1.0000\n"}},
		{name: "utf-16 le with a BOM", args: []string{"tokens", "--format", "tsv", u16le}, wantOut: []string{"\tword\tété\t", "\tword\tAlep\t"}},
		{name: "utf-16 be with a BOM", args: []string{"tokens", "--format", "tsv", u16be}, wantOut: []string{"\tword\tété\t"}},
		{name: "utf-16 without a BOM", args: []string{"tokens", "--format", "tsv", u16nobom}, wantOut: []string{"\tword\ttrêve\t"}},
		{name: "encoding recorded", args: []string{"--format", "json", u16le, latin1, good},
			wantOut: []string{`"encoding": "utf-16le"`, `"encoding": "windows-1252"`, `"encoding": "utf-8"`}},
		{name: "forced encoding", args: []string{"tokens", "--format", "tsv", "--encoding", "iso-8859-15", latin9},
			wantOut: []string{"\tword\tcoûte\t", "\tsymbol\t€\t"}},
		{name: "unknown encoding", args: []string{"tokens", "--encoding", "klingon", good},
			wantErr: []string{`unknown encoding "klingon"`}, wantStatus: 1},
		{name: "html input", args: []string{"tokens", "--format", "tsv", htmlFile},
			wantOut: []string{"\tword\ttrêve\t", "\tword\tAlep\t", "\tword\tFin\t"}},
		{name: "html drops scripts", args: []string{"--format", "csv", "--stopwords", "none", htmlFile},
			wantOut: []string{"term,count"}, wantErr: nil},
		{name: "folder takes txt md html", args: []string{"--format", "csv", "--table", "documents", filepath.Join(dir, "mixed")},
			wantOut: []string{"mixed/a.txt,", "mixed/b.md,", "mixed/c.html,"}},
		{name: "include", args: []string{"--format", "csv", "--table", "documents", "--include", "*.md", filepath.Join(dir, "mixed")},
			wantOut: []string{"doc,", "mixed/b.md,"}},
		{name: "exclude", args: []string{"--format", "csv", "--table", "terms", "--exclude", "*.txt", "--exclude", "*.md", filepath.Join(dir, "mixed")},
			wantOut: []string{"term,count,freq_per_10k,docs,rank\nrussie,1,"}},
		{name: "files from", args: []string{"--format", "csv", "--table", "documents", "--files-from", list},
			wantOut: []string{good + ",", htmlFile + ","}},
		{name: "files from missing", args: []string{"--files-from", filepath.Join(dir, "nolist")},
			wantErr: []string{"nolist: no such file or folder"}, wantStatus: 1},
		{name: "reference missing", args: []string{"--format", "csv", "--table", "documents", "--ref", filepath.Join(dir, "noref"), good},
			wantOut: []string{good + ","}, wantErr: []string{"skipped reference " + filepath.Join(dir, "noref") + ": no such file or folder"}, wantStatus: 1},
		{name: "help", args: []string{"-h"}, wantErr: []string{"Usage:", "analyze tokens", "Examples:"}},
		{name: "tokens help", args: []string{"tokens", "-h"}, wantErr: []string{"Usage: analyze tokens", "-format"}},
		{name: "unknown flag", args: []string{"--frobnicate"}, wantErr: []string{"flag provided but not defined"}, wantStatus: 2},
		{name: "version", args: []string{"version"}, wantOut: []string{"analyze " + analyze.Version + "\n"}},
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

// checkContains checks that got holds the pieces of want in order, runs
// of spaces (column padding) counting as one.
func checkContains(t *testing.T, name, got string, want []string) {
	t.Helper()
	got = spaces.ReplaceAllString(got, " ")
	rest := got
	for _, w := range want {
		w = spaces.ReplaceAllString(w, " ")
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
		{"report.txt", []string{sample}},
		{"report.json", []string{"--format", "json", "--top", "10", sample}},
		{"report.md", []string{"--format", "md", "--top", "10", sample}},
		{"report.html", []string{"--format", "html", "--top", "10", sample}},
		{"terms.csv", []string{"--format", "csv", "--top", "30", sample}},
		{"stems.csv", []string{"--format", "csv", "--table", "stems", "--top", "30", sample}},
		{"ngrams.csv", []string{"--format", "csv", "--table", "ngrams", "--ngrams", "3", "--top", "30", sample}},
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

// TestOutputFiles checks -o: a file written whole, a folder of CSV tables,
// and an existing file left alone when the run fails.
func TestOutputFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	os.WriteFile(in, []byte("L'armée syrienne à Alep."), 0o644)
	var stdout, stderr bytes.Buffer

	out := filepath.Join(dir, "report.json")
	if code := run([]string{"--format", "json", "-o", out, in}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if b, err := os.ReadFile(out); err != nil || !bytes.Contains(b, []byte(`"term": "alep"`)) {
		t.Errorf("report.json: %v\n%s", err, b)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout not empty with -o: %q", stdout.String())
	}

	concordance := filepath.Join(dir, "kwic.txt")
	if code := run([]string{"kwic", "-o", concordance, "alep", in}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("kwic: exit %d: %s", code, stderr.String())
	}
	if b, err := os.ReadFile(concordance); err != nil || string(b) != "L'armée syrienne à  [Alep] .\n" {
		t.Errorf("kwic.txt: %v\n%q", err, b)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout not empty with kwic -o: %q", stdout.String())
	}

	tables := filepath.Join(dir, "tables") + "/"
	if code := run([]string{"--format", "csv", "-o", tables, in}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, name := range []string{"documents", "terms", "stems", "ngrams", "doc_terms"} {
		b, err := os.ReadFile(filepath.Join(tables, name+".csv"))
		if err != nil || bytes.Count(b, []byte("\n")) < 2 {
			t.Errorf("%s.csv: %v\n%s", name, err, b)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}

	// A run that fails at writing (the folder does not exist) leaves no file.
	missing := filepath.Join(dir, "no", "such", "report.txt")
	if code := run([]string{"-o", missing, in}, nil, &stdout, &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a report was written in a missing folder")
	}
}

// TestWorkersDoNotChangeTheReport compares the JSON report with one and
// with four workers.
func TestWorkersDoNotChangeTheReport(t *testing.T) {
	dir := t.TempDir()
	texts := []string{
		"L'armée syrienne entre à Alep. Les combattants d'Al-Nosra quittent Alep.",
		"La Russie soutient l'armée syrienne. La trêve humanitaire échoue à Alep.",
		"Les Etats-Unis et la Russie négocient une trêve. Daech recule à Mossoul.",
		"Le droit d'auteur protège le matériel. Le droit d'auteur est cité.",
	}
	for i, s := range texts {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte(strings.Repeat(s+"\n", 50)), 0o644)
	}
	var outs []string
	for _, j := range []string{"1", "4"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"--format", "json", "--ngrams", "3", "-j", j, dir}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("-j %s: exit %d: %s", j, code, stderr.String())
		}
		outs = append(outs, stdout.String())
	}
	if outs[0] != outs[1] {
		t.Error("the report with -j 1 differs from the one with -j 4")
	}
}

// TestHTMLRenders renders the HTML report of the sample article in headless
// Chromium, as a reader would see it, and checks the picture: the page
// width, and blue chart bars drawn in it. It is skipped when Chromium is
// not installed (Debian's chromium package).
func TestHTMLRenders(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed: apt-get install chromium to run this test")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--format", "html", "-o", page, sample}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	html, _ := os.ReadFile(page)
	for _, bad := range []string{"<script", `src="http`, `href="http`, "@import", "<link", "url(http"} {
		if bytes.Contains(bytes.ToLower(html), []byte(bad)) {
			t.Errorf("the page holds %q: it must not need the network", bad)
		}
	}
	shot := filepath.Join(dir, "shot.png")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=1100,1500", "--screenshot="+shot, "file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1100 || b.Dy() != 1500 {
		t.Errorf("screenshot %v", b)
	}
	blue := 0
	for y := 0; y < 1500; y += 3 {
		for x := 0; x < 1100; x += 3 {
			r, g, b, _ := img.At(x, y).RGBA()
			if b>>8 > 0x90 && r>>8 < 0x70 && g>>8 < 0x90 { // the bars' #3b6ea8
				blue++
			}
		}
	}
	if blue < 500 {
		t.Errorf("only %d blue pixels: the charts are not drawn", blue)
	}
}
