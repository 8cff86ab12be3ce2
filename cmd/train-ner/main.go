// Command train-ner trains the named-entity model of tokenize/ner from the
// corpora in ../shared/data/ner and writes it, with the gazetteer built
// from ../shared/data/gazetteers, into tokenize/ner/data.
//
//	go run ./cmd/train-ner                 # train on everything, write the model
//	go run ./cmd/train-ner -holdout dev2   # keep newseye dev2 out and score it
//
// Training data: 7-romans, europeana-fr, newseye-fr dev and dev2. The
// newseye-fr test set is never read. The result is the same on every run
// (fixed seed).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/analyze-fr/analyze/internal/nerdata"
	"github.com/analyze-fr/analyze/tokenize"
	"github.com/analyze-fr/analyze/tokenize/ner"
)

func main() {
	data := flag.String("data", "../shared/data", "folder of the shared data")
	out := flag.String("out", "tokenize/ner/data", "folder to write model.bin.gz and gazetteer.txt to")
	holdout := flag.String("holdout", "", `"dev2": train without newseye dev2 and score it, writing no model`)
	epochs := flag.Int("epochs", 6, "passes over the training data")
	bits := flag.Int("bits", 20, "the model has 2^bits feature buckets")
	romans := flag.Int("romans", 7, "how many of the 7 novels to train on")
	repeat := flag.Int("repeat", 4, "how many times the newseye sentences count in each pass")
	flag.Parse()
	if err := run(*data, *out, *holdout, *epochs, uint8(*bits), *romans, *repeat); err != nil {
		fmt.Fprintln(os.Stderr, "train-ner:", err)
		os.Exit(1)
	}
}

func run(data, out, holdout string, epochs int, bits uint8, romans, repeat int) error {
	start := time.Now()
	gazText, err := buildGazetteer(filepath.Join(data, "gazetteers"))
	if err != nil {
		return err
	}
	caps, err := capsLexicon(filepath.Join(data, "corpus"))
	if err != nil {
		return err
	}
	gazText += caps
	gaz := ner.ParseGazetteer(gazText)

	dir := filepath.Join(data, "ner")
	files, _ := filepath.Glob(filepath.Join(dir, "7-romans", "*.conll"))
	files = files[:min(romans, len(files))]
	files = append(files, filepath.Join(dir, "europeana-fr", "enp_FR.bnf.bio"),
		filepath.Join(dir, "newseye-fr", "HIPE-2022-v2.1-newseye-dev-fr.conll"))
	dev2 := filepath.Join(dir, "newseye-fr", "HIPE-2022-v2.1-newseye-dev2-fr.conll")
	if holdout != "dev2" {
		files = append(files, dev2)
	}
	var sents []ner.Sentence
	for _, f := range files {
		docs, err := nerdata.ReadFile(f, 200)
		if err != nil {
			return err
		}
		n := 0
		for _, d := range docs {
			nerdata.StripDeterminers(&d)
			nerdata.IncludeTitles(&d)
			if !strings.Contains(f, "newseye") {
				dropMISC(&d) // demonyms and such there; titles of works in the news
			}
			s := sentences(d)
			times := 1
			if strings.Contains(f, "newseye") {
				times = repeat // the closest to the news the tool reads: weigh it more
			}
			for range times {
				sents = append(sents, s...)
			}
			for _, x := range s {
				n += len(x.Tokens)
			}
		}
		fmt.Fprintf(os.Stderr, "%s: %d tokens\n", filepath.Base(f), n)
	}
	m, err := ner.Train(sents, gaz, ner.TrainOptions{Epochs: epochs, Bits: bits, Seed: 1, Log: os.Stderr})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %v\n", time.Since(start).Round(time.Second))
	if holdout == "dev2" {
		scoreFile := dev2
		if f := os.Getenv("NER_SCORE"); f != "" {
			scoreFile = f
		}
		docs, err := nerdata.ReadFile(scoreFile, 200)
		if err != nil {
			return err
		}
		r := ner.NewRecognizer(m, gaz)
		var gold, pred []nerdata.Span
		offset := 0
		for _, d := range docs {
			for _, e := range d.Entities {
				gold = append(gold, nerdata.Span{Start: offset + e.Start, End: offset + e.End, Label: e.Label})
			}
			for _, e := range r.Recognize(d.Text, tokenize.Tokenize(d.Text)) {
				pred = append(pred, nerdata.Span{Start: offset + e.Start, End: offset + e.End, Label: e.Label.String()})
			}
			offset += len(d.Text) + 1
		}
		nerdata.WriteScores(os.Stdout, nerdata.Score(gold, pred))
		boundary, label, miss := 0, 0, 0
		for _, g := range gold {
			found := 0
			for _, p := range pred {
				if p == g {
					found = 3
					break
				}
				if p.Start < g.End && g.Start < p.End {
					if p.Label == g.Label {
						found = max(found, 2)
					} else {
						found = max(found, 1)
					}
				}
			}
			switch found {
			case 2:
				boundary++
				if os.Getenv("NER_BOUNDARY") != "" {
					all := strings.Join(texts(docs), "\n")
					for _, p := range pred {
						if p.Start < g.End && g.Start < p.End && p.Label == g.Label {
							fmt.Printf("boundary %s gold %q pred %q\n", g.Label, all[g.Start:g.End], all[p.Start:p.End])
						}
					}
				}
			case 1:
				label++
			case 0:
				miss++
			}
		}
		fmt.Printf("gold not found: %d boundary, %d label, %d missed\n", boundary, label, miss)
		if os.Getenv("NER_ERRORS") != "" {
			all := strings.Join(texts(docs), "\n")
			inPred := map[nerdata.Span]bool{}
			for _, p := range pred {
				inPred[p] = true
			}
			inGold := map[nerdata.Span]bool{}
			for _, g := range gold {
				inGold[g] = true
				if !inPred[g] {
					fmt.Printf("missed %s %q  ...%s...\n", g.Label, all[g.Start:g.End], ctx(all, g))
				}
			}
			for _, p := range pred {
				if !inGold[p] {
					fmt.Printf("extra  %s %q  ...%s...\n", p.Label, all[p.Start:p.End], ctx(all, p))
				}
			}
		}
		return nil
	}
	if err := os.WriteFile(filepath.Join(out, "gazetteer.txt"), []byte(gazText), 0o644); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(out, "model.bin.gz"))
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// sentences tokenizes a document and tags its tokens from the gold spans:
// B- on the first token inside a span, I- on the others.
func sentences(d nerdata.Doc) []ner.Sentence {
	toks := tokenize.Tokenize(d.Text)
	doc := ner.NewDocInfo(toks)
	tags := make([]string, len(toks))
	for i := range tags {
		tags[i] = "O"
	}
	j := 0
	for _, e := range d.Entities {
		for j < len(toks) && toks[j].End <= e.Start {
			j++
		}
		first := true
		for k := j; k < len(toks) && toks[k].Start < e.End; k++ {
			if toks[k].Kind == tokenize.Markup {
				continue
			}
			if first {
				tags[k] = "B-" + e.Label
				first = false
			} else {
				tags[k] = "I-" + e.Label
			}
		}
	}
	var out []ner.Sentence
	cur := ner.Sentence{Doc: doc}
	sent := -1
	for i, t := range toks {
		if t.Sentence != sent && len(cur.Tokens) > 0 {
			out = append(out, cur)
			cur = ner.Sentence{Doc: doc}
		}
		sent = t.Sentence
		if t.Kind == tokenize.Markup {
			continue
		}
		cur.Tokens = append(cur.Tokens, t)
		cur.Tags = append(cur.Tags, tags[i])
	}
	if len(cur.Tokens) > 0 {
		out = append(out, cur)
	}
	return out
}

// buildGazetteer gathers the name lists into lines "kind<TAB>entry".
func buildGazetteer(dir string) (string, error) {
	var b strings.Builder
	add := func(kind string, entries ...string) {
		for _, e := range entries {
			if e = strings.TrimSpace(e); e != "" {
				fmt.Fprintf(&b, "%s\t%s\n", kind, e)
			}
		}
	}
	lists := map[string][]string{
		"place": {"countries_fr.cldr.txt", "countries_fr.i18n-iso-countries.txt", "world_regions_supranational_fr.cldr.txt",
			"cities_fr_exonyms.cldr-exemplarCity.txt", "fr_regions.etalab.txt", "fr_departements.etalab.txt",
			"fr_communes_pop5000plus.etalab.txt", "world_cities_pop100k.geonames.txt"},
		"given":   {"given_names_fr.faker.txt"},
		"surname": {"surnames_fr.faker.txt"},
		"org":     {"intl_orgs_fr.supraverden.txt"},
		"demonym": {"nationalities_fr.i18n-nationality.txt"},
	}
	for _, kind := range []string{"place", "given", "surname", "org", "demonym"} {
		for _, name := range lists[kind] {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				return "", err
			}
			add(kind, strings.Split(string(data), "\n")...)
		}
	}
	// Abbreviations of international organisations, from the same source.
	data, err := os.ReadFile(filepath.Join(dir, "intl_orgs.supraverden.tsv"))
	if err != nil {
		return "", err
	}
	for i, line := range strings.Split(string(data), "\n") {
		cols := strings.Split(line, "\t")
		if i == 0 || len(cols) < 5 {
			continue
		}
		for _, c := range cols[3:5] {
			for _, a := range strings.Split(c, ";") {
				if len(a) >= 2 {
					add("org", a)
				}
			}
		}
	}
	// What the lists lack: common French acronyms of organisations and
	// armed groups in the news, and the titles that come before a name.
	add("org", "OTAN", "ONU", "UE", "OMS", "FMI", "OMC", "OCDE", "OPEP", "BCE", "CPI", "OSCE", "CEDEAO",
		"UNESCO", "UNICEF", "HCR", "CICR", "Daech", "Al-Nosra", "Al-Qaïda", "Hezbollah", "Hamas", "SNCF",
		"Union européenne", "Nations unies", "Croix-Rouge")
	// French names of cities in the news that the lists have only under
	// another name (Aleppo, Mosul, Frankfurt) or not at all: the model is
	// trained without them, they settle the label of a whole name.
	add("city", "Alep", "Alep-Est", "Mossoul", "Raqqa", "Palmyre", "Lattaquié", "Tartous", "Deraa", "Hama",
		"Deir Es-Zor", "Deir ez-Zor", "Kirkouk", "Bassora", "Falloujah", "Tikrit", "Naplouse", "Ramallah",
		"Tel-Aviv", "Haïfa", "La Mecque", "Médine", "Smyrne", "Alexandrie", "Syrte", "Misrata", "Grozny",
		"Sébastopol", "Louhansk", "Marioupol", "Tombouctou", "Gao", "Kidal", "Pékin", "Hanoï", "Saïgon",
		"Djakarta", "Bombay", "Madras", "Francfort", "Cologne", "Gênes", "Venise", "Séville", "Barcelone",
		"Anvers", "Bâle", "Zurich", "Cracovie", "Édimbourg", "La Haye", "Saint-Pétersbourg", "Bogota",
		"Philadelphie", "La Nouvelle-Orléans", "New York")
	add("title", "M.", "MM.", "Mme", "Mmes", "Mlle", "Mgr", "Me", "Dr", "Pr", "monsieur", "madame",
		"mademoiselle", "président", "présidente", "général", "colonel", "capitaine", "lieutenant",
		"commandant", "maréchal", "amiral", "ministre", "député", "sénateur", "maire", "préfet",
		"abbé", "cardinal", "pape", "roi", "reine", "prince", "princesse", "duc", "duchesse",
		"comte", "comtesse", "baron", "baronne", "marquis", "marquise", "docteur", "professeur",
		"maître", "saint", "sainte", "empereur", "impératrice", "chancelier", "sultan", "émir", "cheikh")
	return b.String(), nil
}

func texts(docs []nerdata.Doc) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Text)
	}
	return out
}

func ctx(s string, sp nerdata.Span) string {
	a, b := max(0, sp.Start-30), min(len(s), sp.End+30)
	for a > 0 && s[a]&0xc0 == 0x80 {
		a--
	}
	for b < len(s) && s[b]&0xc0 == 0x80 {
		b++
	}
	return strings.ReplaceAll(s[a:b], "\n", " ")
}

// capsLexicon counts, over the plain-text corpora, how often each word is
// written with a capital inside a sentence (not as its first word), and
// returns "caps<TAB>word<TAB>class" lines for the words seen at least
// five times there.
func capsLexicon(dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		return "", fmt.Errorf("no corpus in %s: %v", dir, err)
	}
	type counts struct{ seen, capital int }
	m := map[string]*counts{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		prev := -1
		for t := range tokenize.All(string(data)) {
			first := t.Sentence != prev
			prev = t.Sentence
			if first || t.Kind != tokenize.Word {
				continue
			}
			c := m[t.Norm]
			if c == nil {
				c = &counts{}
				m[strings.Clone(t.Norm)] = c
			}
			c.seen++
			r := []rune(t.Text)
			if len(r) > 0 && r[0] != []rune(t.Norm)[0] {
				c.capital++
			}
		}
	}
	words := make([]string, 0, len(m))
	for w, c := range m {
		if c.seen >= 5 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	for _, w := range words {
		c := m[w]
		ratio := float64(c.capital) / float64(c.seen)
		class := "never"
		switch {
		case ratio >= 0.95:
			class = "always"
		case ratio >= 0.6:
			class = "mostly"
		case ratio >= 0.2:
			class = "often"
		case ratio > 0:
			class = "rarely"
		}
		fmt.Fprintf(&b, "caps\t%s\t%s\n", w, class)
	}
	return b.String(), nil
}

// dropMISC removes the MISC entities of a document.
func dropMISC(d *nerdata.Doc) {
	kept := d.Entities[:0]
	for _, e := range d.Entities {
		if e.Label != "MISC" {
			kept = append(kept, e)
		}
	}
	d.Entities = kept
}
