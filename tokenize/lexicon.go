package tokenize

// The word lists the French rules need. They are switch statements, not
// maps, so that there is no package state and lookups do not allocate.

// isElision reports whether w, the letters before an apostrophe at the
// start of a token, is an elided word that stands alone (l' d' qu' ...).
// Words such as aujourd'hui, quelqu'un and presqu'île are not split, as in
// Universal Dependencies French.
func isElision(w string) bool {
	switch w {
	case "l", "L", "d", "D", "j", "J", "n", "N", "s", "S", "c", "C", "m", "M", "t", "T", "y", "Y",
		"qu", "Qu", "QU", "jusqu", "Jusqu", "JUSQU", "lorsqu", "Lorsqu", "LORSQU",
		"puisqu", "Puisqu", "PUISQU", "quoiqu", "Quoiqu", "QUOIQU":
		return true
	}
	return false
}

// isClitic reports whether w can follow a verb after a hyphen as an
// inverted subject or object pronoun: est-il, dit-elle, donne-le-moi, va-t-en.
func isClitic(w string) bool {
	switch w {
	case "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
		"le", "la", "les", "lui", "leur", "moi", "toi", "en", "y", "ce",
		"Je", "Tu", "Il", "Elle", "On", "Nous", "Vous", "Ils", "Elles",
		"JE", "TU", "IL", "ELLE", "ON", "NOUS", "VOUS", "ILS", "ELLES", "CE":
		return true
	}
	return false
}

// keepsClitic lists hyphenated words ending in a clitic that are one word.
func keepsClitic(first, clitic string) bool {
	switch first {
	case "rendez", "Rendez", "RENDEZ":
		return clitic == "vous" || clitic == "VOUS"
	}
	return false
}

// titleAbbrev reports whether w followed by a period is an abbreviation
// that always keeps its period and never ends a sentence: M. Mme. Dr.,
// and the streets of addresses (r. de Rivoli, boulev. Haussmann).
func titleAbbrev(w string) bool {
	switch w {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Drs", "Pr",
		"St", "Ste", "Mr", "Mrs", "Ms", "Gén", "Col", "Lieut", "Cdt", "Cpt",
		"av", "apr", "cf", "Cf", "r", "boul", "boulev", "fg", "faub":
		return true
	}
	return false
}

// softAbbrev reports whether w followed by a period is an abbreviation that
// can also end a sentence (etc.): it keeps its period only when the text
// goes on in lower case, with a digit or with a comma.
func softAbbrev(w string) bool {
	switch w {
	case "etc", "ex", "Ex", "ibid", "Ibid", "id", "sq", "sqq", "suiv", "resp",
		"hab", "min", "max", "env", "t", "sept", "Jr", "Sr", "Inc", "Ltd", "Co",
		"c", "v", "ca", "adj", "fém", "masc", "sing", "plur", "lat", "angl",
		"vs", "p", "pp", "vol", "chap", "n", "No", "no", "art", "Art", "fig", "Fig",
		"éd", "éds", "coll", "trad", "dir", "op", "cit", "tél", "Tél", "bd",
		"Bd", "réf", "Réf", "cie", "Cie", "janv", "févr", "avr", "juil", "oct", "nov", "déc":
		return true
	}
	return false
}

// startsSentence reports capitalised function words that usually begin a
// sentence rather than follow an initial: Il, La, Une, Mais...
func startsSentence(w string) bool {
	switch w {
	case "Le", "La", "Les", "Un", "Une", "Des", "Du", "De", "Il", "Ils", "Elle", "Elles", "On",
		"Ce", "Cet", "Cette", "Ces", "Cela", "Ça", "En", "Dans", "Au", "Aux", "Pour", "Par",
		"Sur", "Mais", "Et", "Or", "Puis", "Si", "Quand", "Lorsque", "Alors", "Nous", "Vous",
		"Je", "Tu", "Son", "Sa", "Ses", "Leur", "Leurs", "Mon", "Ma", "Mes", "Notre", "Nos",
		"Votre", "Vos", "À", "Après", "Avant", "Depuis", "Selon", "Enfin", "Ainsi", "Toutefois",
		"Cependant", "Pourtant", "Donc", "Comme", "Qui", "Que", "Où", "Tout", "Tous", "Toute",
		"Toutes", "Plus", "Chaque", "Aucun", "Aucune", "Certains", "Plusieurs", "Y", "Ne", "The":
		return true
	}
	return false
}
