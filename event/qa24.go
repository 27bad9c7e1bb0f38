package event

import (
	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
)

// consentedDeployment turns the threat of force (138) that a coming
// deployment (154) codes as into a promise of military protection
// (0334) when the subject agreed, offered or promised to send the
// troops: "Rwanda agreed to send 1,000 soldiers to Mozambique" is help
// the host accepted, not a threat against it (QA24 E-1). A threatened
// or announced deployment ("will send troops to the border") stays 138.
func consentedDeployment(toks []tok, m *match, act, code string) string {
	if code != "138" || act != "154" {
		return code
	}
	for i := m.start - 1; i >= 1 && i >= m.start-4; i-- {
		if toks[i].low != "to" {
			if toks[i].punct {
				return code
			}
			continue
		}
		switch toks[i-1].low {
		case "agreed", "agree", "agrees", "agreeing", "offered", "offer", "offers", "offering",
			"promised", "promise", "promises", "pledged", "pledge", "pledges", "volunteered":
			return "0334"
		}
		return code
	}
	return code
}

// currencyActors drops from acts an actor that only names a currency:
// a country or its adjective before a currency noun ("2.5 million
// Australian dollars", "in Singapore dollars", "Swiss francs") is money,
// not the state (QA24 E-2: "Australia pledged 2.5 million Australian
// dollars to Papua New Guinea" was Australia → Australia). Nouns that
// are also verbs ("pound", "won", "real") count after an adjective only
// ("Russia pounds Kyiv" keeps Russia).
func currencyActors(toks []tok, acts []actor) []actor {
	return dropActors(acts, func(a *actor) bool {
		return a.t1 < len(toks) && !a.poss && currencyNoun(toks[a.t1].low, a.demonym)
	})
}

// currencyNoun reports a currency's name; adj allows the names that are
// also verbs or adjectives, which follow a country's adjective only
// ("Egyptian pounds", "Brazilian real", "South Korean won").
func currencyNoun(w string, adj bool) bool {
	switch w {
	case "dollar", "dollars", "franc", "francs", "rupee", "rupees", "peso", "pesos", "yen", "yuan",
		"shilling", "shillings", "dinar", "dinars", "dirham", "dirhams", "ruble", "rubles", "rouble", "roubles",
		"lira", "liras", "kina", "naira", "cedi", "cedis", "riyal", "riyals", "rial", "rials", "ringgit",
		"baht", "rupiah", "krona", "kronor", "krone", "kroner", "zloty", "forint", "hryvnia", "hryvnias",
		"lari", "tenge", "taka", "kyat", "birr", "kwacha", "escudo", "escudos", "bolivar", "bolivars",
		"guarani", "renminbi", "reais", "rand":
		return true
	case "pound", "pounds", "won", "real", "sol", "soles", "leu", "lei", "lev", "manat", "dram":
		return adj
	}
	return false
}

// quotedRelativeAct reports a trigger inside a quote that opens a
// relative clause on a noun no actor names: '"We will not vote for a
// president who sends soldiers to burn our villages," he said' — the
// sending is the president's, so the speaker neither does, threatens
// nor refuses it (QA24 E-8). The clause's verb may follow the pronoun
// after one auxiliary or adverb ("who has sent", "who also sends").
func quotedRelativeAct(toks []tok, actorAt []int, m *match) bool {
	k := m.start - 1
	if k >= 2 {
		switch toks[k].low {
		case "has", "have", "had", "also", "still", "will", "would", "keeps", "kept", "continues", "then", "now":
			k--
		}
	}
	if k < 1 {
		return false
	}
	switch toks[k].low {
	case "who", "which", "that":
	default:
		return false
	}
	a := k - 1
	if toks[a].low == "," && a > 0 {
		a--
	}
	return !toks[a].punct && actorAt[a] < 0 && !toks[a].is(wcPronoun)
}

// conjunctPenalty is the extra distance eventDate gives a time that
// ends before the "and" opening the trigger's verb phrase: "fought a
// war in 1962 and clashed at Nathu La in 1967" — 1962 is the first
// conjunct's, so a time after the trigger wins; with none ("attacked
// Kyiv in 2022 and shelled Kharkiv") the earlier time still dates it
// (QA24 E-7). The "and" is right before the verb or before one adverb
// ("and later clashed"); a subject between them makes a new clause
// whose time is its own anyway.
func conjunctPenalty(toks []tok, end, head int) int {
	k := head - 1
	if toks[k].low != "and" {
		switch toks[k].low {
		case "then", "later", "again", "also", "subsequently", "twice", "briefly", "repeatedly":
			k--
		default:
			return 0
		}
	}
	if toks[k].low != "and" || toks[k].start < end {
		return 0
	}
	return 1 << 20
}

// pairForces gives a sentence that opens with "Troops (forces,
// soldiers) from|of the two countries (nations, sides …)" the forces of
// the pair noted before (notePair) as its subject: the pair's actors,
// with the military sector, are placed over "the" and the noun, and
// "two" reads as "and" ("Troops from the two countries fought a border
// war in 1962" → India and China fought, QA24 E-7). The forces may come
// later in the article than pairSubject's "The two countries" (up to
// eight sentences): the background paragraph of a bilateral story.
func (s *scratch) pairForces(si int, toks []tok, acts []actor) []actor {
	if !s.havePair || si == s.pairSent || si-s.pairSent > 8 || len(toks) < 7 || s.pair[0].person || s.pair[1].person {
		return acts
	}
	switch toks[0].low {
	case "troops", "forces", "soldiers", "armies", "militaries":
	default:
		return acts
	}
	if toks[1].low != "from" && toks[1].low != "of" || toks[2].low != "the" || toks[3].low != "two" {
		return acts
	}
	switch toks[4].low {
	case "countries", "nations", "neighbours", "neighbors", "states", "sides":
	default:
		return acts
	}
	for i := range acts {
		if acts[i].t0 < 5 {
			return acts
		}
	}
	a, b := s.pair[0], s.pair[1]
	a.t0, a.t1, a.poss, a.agentBefore = 2, 3, false, false
	b.t0, b.t1, b.poss, b.agentBefore = 4, 5, false, false
	a.sector, b.sector = "MIL", "MIL"
	toks[3].low, toks[3].cls, toks[3].h = "and", 0, 0 // "A and B"
	acts = append(acts, actor{}, actor{})
	copy(acts[2:], acts)
	acts[0], acts[1] = a, b
	return acts
}

// recognitionBreak adds, for a switch of recognition coded as 054 on
// "to" ("voted to switch diplomatic recognition from Taipei to
// Beijing"), the break with the partner after "from": the same source
// severs relations (161) with it (QA24 E-9). A capital after "from"
// stands for its state. The 054 match spans the "from" phrase, so no
// pattern of its own can code the break.
func (c *Coder) recognitionBreak(d *doc.Doc, first int, toks []tok, acts []actor) {
	for i := first; i < len(d.Events); i++ {
		e := &d.Events[i]
		if e.Cameo != "054" || e.Trigger != "to" {
			continue
		}
		h := -1
		for k := range toks {
			if toks[k].start == e.TriggerSpan.Start {
				h = k
				break
			}
		}
		from := -1
		for k := h - 1; k >= 1 && k >= h-6; k-- {
			if toks[k].low == "from" {
				from = k
				break
			}
		}
		if from < 0 {
			continue
		}
		var old *actor
		for ai := range acts {
			if a := &acts[ai]; a.t0 == from+1 || a.t0 == from+2 && toks[from+1].low == "the" {
				old = a
				break
			}
		}
		if old == nil {
			continue
		}
		id, name, country := old.id, old.name, old.country
		if old.place && old.country != "" && c.kb != nil {
			if ka, ok := c.kb.Actor(old.country); ok {
				id, name = ka.ID, ka.Name
			}
		}
		if id == e.Source || id == e.Target {
			continue
		}
		cc, _ := cameo.Lookup("161")
		b := *e
		b.Cameo, b.Plover, b.Mode, b.Goldstein, b.QuadClass = "161", cc.Plover, cc.Mode, cc.Goldstein, cameo.QuadClass("161")
		b.Target, b.TargetName, b.TargetCountry, b.TargetSector, b.TargetCode = id, name, country, "", country
		b.Place = "" // (the new partner's capital is no place of the break)
		d.Events = append(d.Events, b)
		return // (one switch per sentence)
	}
}
