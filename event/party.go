package event

import "github.com/sitrep-project/sitrep/doc"

// rulingParty returns the actor of a bare "the ruling party" at i (the
// agent phrase, sector PTY, is n words long) and true, when the state
// whose party it is can be told: the one country of the sentence's
// actors ("Georgia's opposition accused the ruling party of rigging the
// vote" → GEOPTY), else the state where the sentence is, else the
// story's home country. A party is no state body: with no such state it
// is no actor, as before.
func (c *Coder) rulingParty(d *doc.Doc, sent doc.Span, toks []tok, acts []actor, i, n int) (actor, bool) {
	if e := i + n; i == 0 || toks[i-1].low != "the" || e < len(toks) && (toks[e].upper || toks[e].low == "of" && e+1 < len(toks) && toks[e+1].upper) {
		return actor{}, false // "the ruling party of Georgia", "the ruling party Georgian Dream": named
	}
	ctry := soleCountry(acts)
	if ctry == "" {
		ctry = c.whereCountry(d, sent, toks, acts)
	}
	if ctry == "" {
		ctry = homeCountry(d, sent)
	}
	if ctry == "" {
		return actor{}, false
	}
	end := i + n
	return actor{t0: i, t1: end, id: ctry + "PTY", name: d.Text[toks[i].start:toks[end-1].end], country: ctry, sector: "PTY", generic: true}, true
}

// soleCountry returns the country that every actor of acts with a
// country shares (international bodies aside), or "" when there is none
// or more than one.
func soleCountry(acts []actor) string {
	ctry := ""
	for k := range acts {
		b := &acts[k]
		if b.country == "" || b.sector == "IGO" {
			continue
		}
		if ctry != "" && b.country != ctry {
			return ""
		}
		ctry = b.country
	}
	return ctry
}

// homeOpposition returns a, or a copy of it in other's country when a
// is a bare opposition agent (OPP) of no known country and other the
// government or the armed forces of a state it talks or agrees with
// (a reciprocal cooperative event): "Sudan's military council and the
// main opposition coalition agreed on a power-sharing deal" is SDNMIL ↔
// SDNOPP (the opposition bargains with its own rulers).
func homeOpposition(a, other *actor) *actor {
	if !a.generic || a.sector != "OPP" || a.country != "" || a.place || other.country == "" || other.place ||
		other.sector != "GOV" && other.sector != "MIL" {
		return a
	}
	v := *a
	v.country, v.id, v.code = other.country, other.country+"OPP", ""
	return &v
}
