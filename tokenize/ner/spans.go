package ner

import (
	"slices"
	"strings"
	"unicode"

	"github.com/analyze-fr/analyze/tokenize"
)

// newspaperSpans widens the names of out (in text order, over toks of
// src) to the spans that newspapers' annotators mark, which take in more
// than the name itself:
//
//   - a theatre of the listings of shows, a place: ATELIER, 8. 30;
//   - a street address, with its house number: 40, rue Galande;
//   - a title or a word of address before a person: M. Fréhel, professeur
//     Langevin, femme Saugé;
//   - the initials of a person's given names: A. Einstein, W. J. de Haas;
//   - the function after a person, in apposition: M. Hude, juge
//     d'instruction; M. Eugène Frot, député, ancien ministre;
//   - a maiden name or a given name in brackets after a person: Mme
//     Leclerre, née Caron; Muller (Marie);
//   - the rest of an organisation's name: Comité Exécutif, Conseil d'État.
//
// A name before the dotted leader of a line of stock prices (Vieille
// Montagne......... 1415) is a company, unless it is a place (see
// quotedCompanies).
//
// Names inside a widened one are dropped. The counts of entities leave
// these parts out again (see Key).
func newspaperSpans(out []Entity, src string, toks []tokenize.Token) []Entity {
	out = listings(out, src, toks)
	out = splitLists(out, src, toks)
	addresses(out, src, toks)
	initials(out, src, toks)
	quotedCompanies(out, toks)
	publications(out, src, toks)
	for i := range out {
		switch w := toks[out[i].FirstToken].Norm; {
		case out[i].Label == 0: // inside a name widened before
		case orgHead(w) || out[i].Label == ORG && maybeOrgHead(w):
			widenOrg(out, i, src, toks, ORG)
		case publicationHead(toks[out[i].FirstToken]):
			widenOrg(out, i, src, toks, MISC)
		case out[i].Label == PER:
			widenPerson(out, i, src, toks)
		}
	}
	return slices.DeleteFunc(out, func(e Entity) bool {
		return e.Label == 0 || !hasName(toks[e.FirstToken:e.EndToken])
	})
}

// hasName reports whether a name holds more than titles, functions and
// small words (M. LE PRÉSIDENT, le comte, Madame, DU of a heading), which
// annotators do not mark.
func hasName(toks []tokenize.Token) bool {
	for _, t := range toks {
		w := t.Norm // in lower case
		if t.Kind == tokenize.Word && !personTitle(w) && !functionWord(w) && !rankWord(w) && !smallWord(w) {
			return true
		}
	}
	return false
}

// smallWord reports the articles and prepositions that may come between
// a title and a name.
func smallWord(w string) bool {
	switch w {
	case "de", "d'", "du", "des", "l'", "le", "la", "les", "et":
		return true
	}
	return false
}

// rankWord reports the words, in lower case, of a rank or a title of
// nobility, which name no one alone (le comte, M. le marquis).
func rankWord(w string) bool {
	switch w {
	case "comte", "comtesse", "marquis", "marquise", "duc", "duchesse", "baron", "baronne", "vicomte",
		"vicomtesse", "prince", "princesse", "roi", "reine", "empereur", "impératrice", "monseigneur", "sire",
		"maréchal", "amiral", "sergent", "caporal", "soldat", "citoyen", "citoyenne", "mademoiselle", "messieurs",
		"mesdames", "dame", "sieur", "père", "mère", "frère", "sœur", "oncle", "tante":
		return true
	}
	return false
}

// addresses widens the names that follow a street word to the whole
// address: Madeleine in "boulevard de la Madeleine", rue Galande in "40,
// rue Galande", rue de Rivoli in "rue de Rivoli, 116". An address is a
// place, whatever the model said of the name in it (rue Victor-Hugo).
func addresses(out []Entity, src string, toks []tokenize.Token) {
	prevEnd := 0 // the token after the previous entity
	for i, e := range out {
		first, end := e.FirstToken, e.EndToken
		if !streetWord(toks[first].Norm) {
			k := first
			switch {
			case k-1 > prevEnd && streetLink(toks[k-1].Norm):
				k-- // rue de Rome, rue d'Amsterdam
			case k-2 > prevEnd && (toks[k-1].Norm == "la" || toks[k-1].Norm == "l'") &&
				toks[k-2].Norm == "de":
				k -= 2 // rue de la Paix
			}
			if k > prevEnd && streetWord(toks[k-1].Norm) {
				first = k - 1
			}
		}
		if !streetWord(toks[first].Norm) || first+1 == end { // R. alone is an initial
			prevEnd = end
			continue
		}
		switch {
		case first-2 >= prevEnd && toks[first-1].Text == "," && toks[first-2].Kind == tokenize.Number:
			first -= 2 // 40, rue Galande
		case first-1 >= prevEnd && toks[first-1].Kind == tokenize.Number:
			first-- // 40 rue Galande
		case end+1 < len(toks) && toks[end].Text == "," && toks[end+1].Kind == tokenize.Number &&
			end+1 < nextStart(out, i, len(toks)):
			end += 2 // rue de Rivoli, 116
		}
		setSpan(&out[i], src, toks, first, end)
		out[i].Label = LOC
		prevEnd = end
	}
}

// quotedCompanies makes organisations of the people and other names the
// model found before a dotted leader and a number: the lines of a stock
// exchange's prices (Citroën B.......... 579). Places keep their label:
// the lines of a country's bonds (Roumanie.... 15) name places, and the
// gazetteer relabels them afterwards.
func quotedCompanies(out []Entity, toks []tokenize.Token) {
	for i, e := range out {
		if e.Label != PER && e.Label != MISC {
			continue
		}
		dots, k := 0, e.EndToken
		for ; k < len(toks) && toks[k].Kind == tokenize.Punct && strings.Trim(toks[k].Text, ".…") == ""; k++ {
			dots += len(toks[k].Text)
		}
		if dots >= 3 && k < len(toks) && toks[k].Kind == tokenize.Number {
			out[i].Label = ORG
		}
	}
}

// splitLists cuts the people that the model ran together over commas
// (Aston, Simonyi, Prouff) where a capitalised word follows the comma:
// an apposition after a person (M. Hude, juge d'instruction) is in small
// letters, or starts with a title (M. Durand, M. Dupont).
func splitLists(out []Entity, src string, toks []tokenize.Token) []Entity {
	var res []Entity
	for i, e := range out {
		if e.Label != PER {
			if res != nil {
				res = append(res, e)
			}
			continue
		}
		first := e.FirstToken
		for k := first + 1; k+1 < e.EndToken; k++ {
			if toks[k].Text != "," || !startsUpper(toks[k+1].Text) || personTitle(toks[k+1].Norm) {
				continue
			}
			if res == nil {
				res = append(res, out[:i]...)
			}
			part := e
			setSpan(&part, src, toks, first, k)
			res = append(res, part)
			first = k + 1
		}
		if first != e.FirstToken {
			setSpan(&e, src, toks, first, e.EndToken)
		}
		if res != nil {
			res = append(res, e)
		}
	}
	if res == nil {
		return out
	}
	return res
}

// initials makes a person of a name after initials, widened over them
// (A. EINSTEIN, which the model may take for an organisation), and of
// initials found alone, widened over the initials after them or else
// over capitalised words (C. Darwin). M. is a title, not an initial (see
// personTitle).
func initials(out []Entity, src string, toks []tokenize.Token) {
	prevEnd := 0 // the token after the previous entity
	for i := range out {
		e := &out[i]
		first, end := e.FirstToken, e.EndToken
		switch {
		case allInitials(toks[first:end]):
			end = afterInitials(out, i, toks)
		case toks[first].Kind == tokenize.Word && startsUpper(toks[first].Text) && !isInitial(toks[first]):
			for first > prevEnd && first > e.FirstToken-3 && isInitial(toks[first-1]) &&
				toks[first-1].Sentence == toks[e.FirstToken].Sentence {
				first-- // W. J. before DE HAAS
			}
		}
		if first != e.FirstToken || end != e.EndToken {
			e.Label = PER
			widen(out, i, src, toks, first, end)
		}
		prevEnd = e.EndToken
	}
}

// afterInitials returns where out[i], a name of initials alone, ends
// once widened: over the initials after it, up to three in all, or else
// over up to three capitalised words of its sentence before the next
// name.
func afterInitials(out []Entity, i int, toks []tokenize.Token) int {
	e := out[i]
	end := e.EndToken
	for end < e.FirstToken+3 && end < len(toks) && isInitial(toks[end]) {
		end++
	}
	if end > e.EndToken {
		return end
	}
	for end-e.EndToken < 3 && end < nextStart(out, i, len(toks)) && toks[end].Sentence == toks[e.FirstToken].Sentence &&
		toks[end].Kind == tokenize.Word && startsUpper(toks[end].Text) && !isInitial(toks[end]) {
		end++
	}
	return end
}

// isInitial reports a capital letter with its full stop, but M. (Monsieur).
func isInitial(t tokenize.Token) bool {
	return len(t.Text) == 2 && t.Text[1] == '.' && 'A' <= t.Text[0] && t.Text[0] <= 'Z' && t.Text[0] != 'M'
}

// allInitials reports whether every token of toks is an initial.
func allInitials(toks []tokenize.Token) bool {
	for _, t := range toks {
		if !isInitial(t) {
			return false
		}
	}
	return true
}

// widenPerson widens out[i], a person, over a title before it and an
// apposition, a maiden name or a given name in brackets after it, and
// drops (label 0) the names it then covers.
func widenPerson(out []Entity, i int, src string, toks []tokenize.Token) {
	e := &out[i]
	first, end := e.FirstToken, e.EndToken
	prevEnd := 0 // the token after the name before
	if i > 0 {
		prevEnd = out[i-1].EndToken
	}
	// Moineaux (Philomène): the model found the given name only.
	if first >= prevEnd+2 && end < len(toks) && toks[first-1].Text == "(" && toks[end].Text == ")" &&
		toks[first-2].Kind == tokenize.Word && startsUpper(toks[first-2].Text) &&
		toks[first-2].Sentence == toks[first].Sentence {
		first -= 2
		end++
	}
	if first > 0 && first > prevEnd && personTitle(toks[first-1].Norm) {
		first-- // M. Jules Sandeau
	}
	same := func(j int) bool { return j < len(toks) && toks[j].Sentence == toks[end-1].Sentence }
	// , née Caron
	if same(end+2) && toks[end].Text == "," && (toks[end+1].Norm == "née" || toks[end+1].Norm == "veuve") &&
		startsUpper(toks[end+2].Text) {
		end += 3
		for same(end) && toks[end].Kind == tokenize.Word && startsUpper(toks[end].Text) {
			end++
		}
	}
	// (Marie)
	if same(end+2) && toks[end].Text == "(" && startsUpper(toks[end+1].Text) && toks[end+2].Text == ")" {
		end += 3
	}
	// , juge d'instruction; , député, ancien ministre
	for same(end+1) && toks[end].Text == "," {
		j := end + 1
		for same(j) && (toks[j].Norm == "ancien" || toks[j].Norm == "ancienne") {
			j++
		}
		if !same(j) || !functionWord(toks[j].Norm) {
			break
		}
		for same(j) && !endsApposition(toks[j].Text) {
			j++
		}
		end = j
	}
	widen(out, i, src, toks, first, end)
}

// widen makes out[i] the tokens toks[first:end], or further to the end
// of a name it then overlaps, and drops (label 0) the names it covers.
func widen(out []Entity, i int, src string, toks []tokenize.Token, first, end int) {
	if first == out[i].FirstToken && end == out[i].EndToken {
		return
	}
	for k := i + 1; k < len(out) && out[k].FirstToken < end; k++ {
		end = max(end, out[k].EndToken)
		out[k].Label = 0
	}
	setSpan(&out[i], src, toks, first, end)
}

// setSpan makes e the tokens toks[first:end] of src.
func setSpan(e *Entity, src string, toks []tokenize.Token, first, end int) {
	start, stop := toks[first].Start, toks[end-1].End
	e.Text, e.Start, e.End, e.FirstToken, e.EndToken = src[start:stop], start, stop, first, end
}

// nextStart returns the first token of the entity after out[i], or n.
func nextStart(out []Entity, i, n int) int {
	if i+1 < len(out) {
		return out[i+1].FirstToken
	}
	return n
}

// streetWord reports the words, in lower case, that name a kind of street.
func streetWord(w string) bool {
	switch w {
	case "rue", "r.", "boulevard", "bd", "bd.", "boul.", "boulev.", "avenue", "av.", "place", "quai", "impasse",
		"passage", "faubourg", "fg.", "faub.", "square", "cité", "allée", "allées", "chemin", "route":
		return true
	}
	return false
}

// streetLink reports the small words between a street word and its name
// (de la and de l' aside). Words are normalized forms, whose apostrophe
// is always '.
func streetLink(w string) bool {
	switch w {
	case "de", "du", "des", "d'":
		return true
	}
	return false
}

// personTitle reports the words, in lower case, before a person's name
// that the person's span takes in.
func personTitle(w string) bool {
	switch w {
	case "m.", "mm.", "mme", "mmes", "mlle", "mlles", "me", "madame", "monsieur", "professeur", "docteur",
		"général", "femme", "veuve", "explorateur", "maître":
		return true
	}
	return false
}

// functionWord reports the words, in lower case, that begin a person's
// function in apposition (M. Hude, juge d'instruction).
func functionWord(w string) bool {
	switch w {
	case "président", "présidente", "vice-président", "secrétaire", "ministre", "député", "sénateur",
		"directeur", "directrice", "professeur", "juge", "préfet", "sous-préfet", "rédacteur", "conseiller",
		"conseillère", "avocat", "médecin", "docteur", "pianiste", "violoniste", "chanteur", "chanteuse",
		"reporter", "membre", "responsable", "maire", "adjoint", "ambassadeur", "consul", "général", "colonel",
		"capitaine", "commandant", "lieutenant", "commissaire", "inspecteur", "ingénieur", "chef", "délégué",
		"trésorier", "administrateur", "gérant", "notaire", "architecte", "auteur", "fondateur", "rapporteur",
		"gouverneur", "procureur", "greffier", "agent", "négociant", "étudiant", "curé", "abbé", "pasteur",
		"évêque", "archevêque", "cardinal", "expert":
		return true
	}
	return false
}

// endsApposition reports the punctuation that ends an apposition.
func endsApposition(p string) bool {
	switch p {
	case ",", ";", ".", "(", ")", ":", "!", "?", "«", "»", "—", "–":
		return true
	}
	return false
}

// listings finds the places of a newspaper's listings of shows, a name
// in capitals (up to three words) that starts a sentence or follows a
// period, before a time: ATELIER, 8. 30. Volpone. ATHÉNÉE 9 h. 10. A name
// the model found there becomes a place; the others are added, and out
// stays in text order.
func listings(out []Entity, src string, toks []tokenize.Token) []Entity {
	var add []Entity
	next := 0 // index in out of the first entity not before token i
	for i := 0; i < len(toks); i++ {
		for next < len(out) && out[next].EndToken <= i {
			next++
		}
		if !allCaps(toks[i]) || i > 0 && toks[i-1].Text != "." && toks[i-1].Sentence == toks[i].Sentence {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i < 3 && allCaps(toks[j]) {
			j++
		}
		k := j
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if !isTime(toks, k) {
			continue
		}
		if next < len(out) && out[next].FirstToken < j {
			e := &out[next]
			if e.FirstToken == i && e.EndToken == j {
				e.Label = LOC
			}
			i = j - 1
			continue
		}
		start, stop := toks[i].Start, toks[j-1].End
		add = append(add, Entity{Text: src[start:stop], Start: start, End: stop, Label: LOC, FirstToken: i, EndToken: j})
		i = j - 1
	}
	if len(add) == 0 {
		return out
	}
	out = append(out, add...)
	slices.SortFunc(out, func(a, b Entity) int { return a.Start - b.Start })
	return out
}

// isTime reports whether toks[k:] start with a time: 8. 30, 9 h. 10, 9 h.
func isTime(toks []tokenize.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Kind != tokenize.Number {
		return false
	}
	switch toks[k+1].Norm {
	case "h", "h.":
		return true
	case ".":
		return k+2 < len(toks) && toks[k+2].Kind == tokenize.Number
	}
	return false
}

// allCaps reports a word with three letters or more, none in small letters.
func allCaps(t tokenize.Token) bool {
	if t.Kind != tokenize.Word || len(t.Text) < 3 {
		return false
	}
	letters := 0
	for _, r := range t.Text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// orgHead reports whether a name that starts with the word w (lower case)
// names an organisation: université de Strasbourg, ministère de la Guerre,
// Banque de France. Words that also name a building (collège, église,
// hôpital) are not among them.
func orgHead(w string) bool {
	switch w {
	case "université", "ministère", "société", "compagnie", "banque", "académie", "association", "fédération",
		"confédération", "syndicat", "parti", "commission", "conseil", "institut", "comité":
		return true
	}
	return false
}

// maybeOrgHead reports the words, in lower case, that start the names of
// organisations (Ligue de l'enseignement) and of other things too (Union
// soviétique, a place): a name the model found as ORG.
func maybeOrgHead(w string) bool {
	switch w {
	case "ligue", "club", "librairie", "union", "cercle", "centre", "empire", "front", "imprimerie":
		return true
	}
	return false
}

// infinitive reports a word in small letters with a verb's infinitive
// ending (interdire, faire, donner, agir).
func infinitive(w string) bool {
	return !startsUpper(w) && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

// adjectiveLike reports a word in small letters with an adjective's
// ending (constitutionnel, ottomane, sportif, régional).
func adjectiveLike(w string) bool {
	for _, suf := range [...]string{"al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne", "ais", "aise", "el",
		"elle", "if", "ive", "aire", "aires", "é", "ée", "és", "ées", "ain", "aine", "ois", "oise", "éen", "éenne"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// widenOrg widens out[i], a name that starts an organisation's name, over
// the words that go on with it: capitalised words, adjectives, and one
// complement (Comité Exécutif, Banque ottomane, Conseil d'État,
// Association pour la propagation des langues étrangères is cut after
// propagation). It is then labelled l (ORG, or MISC for a publication:
// Journal officiel, Gazette des Tribunaux), and the names it covers are
// dropped.
func widenOrg(out []Entity, i int, src string, toks []tokenize.Token, l Label) {
	e := &out[i]
	end := e.EndToken
	word := func(j int) bool {
		return j < len(toks) && toks[j].Sentence == toks[e.FirstToken].Sentence && toks[j].Kind == tokenize.Word
	}
	complement := false
words:
	for word(end) {
		t := toks[end]
		switch {
		case startsUpper(t.Text):
			end++
		case (streetLink(t.Norm) || t.Norm == "pour") && !complement:
			j := end + 1
			if word(j) && (t.Norm == "de" || t.Norm == "pour") &&
				(toks[j].Norm == "la" || toks[j].Norm == "l'" || toks[j].Norm == "le" || toks[j].Norm == "les") {
				j++ // de la, pour le
			}
			if !word(j) || leadingSmallWord(toks[j]) || j == end+1 && infinitive(toks[j].Text) {
				break words // Union européenne d'interdire
			}
			complement = true
			end = j + 1
		case adjectiveLike(t.Norm):
			end++
		default:
			break words
		}
	}
	e.Label = l
	widen(out, i, src, toks, e.FirstToken, end)
}

// publications widens a name after the head of a newspaper's title and
// its link (Petrograd in Journal de Petrograd) over them: the name is
// then the title's, found whole by newspaperSpans.
func publications(out []Entity, src string, toks []tokenize.Token) {
	prevEnd := 0
	for i := range out {
		first := out[i].FirstToken
		if first-2 >= prevEnd && streetLink(toks[first-1].Norm) && publicationHead(toks[first-2]) {
			setSpan(&out[i], src, toks, first-2, out[i].EndToken)
		}
		prevEnd = out[i].EndToken
	}
}

// publicationHead reports the capitalised words that start the title of
// a newspaper or a periodical: Journal de Paris, Gazette des Tribunaux,
// Moniteur universel.
func publicationHead(t tokenize.Token) bool {
	if !startsUpper(t.Text) {
		return false
	}
	switch t.Norm {
	case "journal", "gazette", "moniteur", "bulletin", "revue", "annales", "annuaire", "courrier", "mercure":
		return true
	}
	return false
}
