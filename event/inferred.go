package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// inferredState is the source index of an agentless passive whose act
// only a state performs ("was arrested", "were charged with"): the
// source is the state's police or courts, which the text does not name.
const inferredState = -2

// stateActSector returns the sector of the state body that alone does
// the act of passive match m with code: the police (COP) arrest, detain
// and deport, the courts (JUD) charge, indict, prosecute, convict,
// sentence and jail; a release is theirs only from custody, prison or
// jail or on bail ("was released from police custody" COP, "was
// released on bail" JUD; a hostage is released by whoever held him).
// "" for any other act: a killing, an abduction or an attack has no
// source the act implies ("was kidnapped", "was shot dead").
func stateActSector(toks []tok, m *match, code string) string {
	switch code {
	case "173", "116", "174", "0841":
	default:
		return ""
	}
	w := toks[m.head].low
	switch {
	case strings.HasPrefix(w, "arrest"), strings.HasPrefix(w, "detain"), strings.HasPrefix(w, "deport"):
		return "COP"
	case strings.HasPrefix(w, "charg"), strings.HasPrefix(w, "indict"), strings.HasPrefix(w, "prosecut"),
		strings.HasPrefix(w, "convict"), strings.HasPrefix(w, "sentenc"), strings.HasPrefix(w, "jail"), strings.HasPrefix(w, "imprison"):
		return "JUD"
	case w == "released" || w == "freed":
		for k := m.headEnd; k < len(toks) && k <= m.headEnd+3 && !toks[k].punct; k++ {
			switch toks[k].low {
			case "custody", "detention":
				return "COP"
			case "prison", "jail", "bail", "bond", "parole":
				return "JUD"
			}
		}
	}
	return ""
}

// inferredSource returns the actor for an agentless passive of a state
// act (stateActSector): the sector of the state where it happened —
// the sentence's place after in/at (or "from" for a deportation: "was
// deported from Poland"), else the country of a state official acted on
// ("The former army chief was jailed": his state), else the story's
// country (the US for a story told in a US county's justice system:
// usLocalJustice). nil when no state can be told: the event is then not coded.
// The actor spans no words (t0 == t1 at the trigger): the text names
// no police, and the event says so (doc.Event.SourceInferred).
func (em *emission) inferredSource(t int, sector string) *actor {
	toks, m := em.toks, em.m
	country := ""
	where := func(pl *doc.Place) bool {
		return pl.Country != "" && pl.Span.Start >= em.sent.Start && pl.Span.End <= em.sent.End && !placeIsDestination(toks, pl.Span.Start) &&
			(em.c.placeIsWhere(toks, pl.Span.Start) || strings.HasPrefix(toks[m.head].low, "deport") && wordBeforePlace(toks, pl.Span.Start) == "from") &&
			!commaBetween(toks, pl.Span.End, toks[m.head].start)
	}
	if pl := em.place; pl != nil && where(pl) {
		country = pl.Country
	} else if pl != nil {
		// the event's place is in another clause: a place after the
		// trigger may still say where
		places := em.d.PlacesIn(em.sent)
		for i := range places {
			if places[i].Span.Start >= toks[m.head].end && where(&places[i]) {
				country = places[i].Country
				break
			}
		}
	}
	if country == "" && t >= 0 {
		if ta := &em.acts[t]; !ta.place && ta.country != "" && ta.sector != "" && ta.sector != "CVL" && ta.sector != "REF" {
			country = ta.country // an official is arrested by his own state's police
		}
	}
	if country == "" {
		if sc := storyCountry(em.d.Places); sc != "-" {
			country = sc
			if sc != "USA" && usLocalJustice(em.d.Text) {
				country = "USA" // "of Paris" in an Edgar County Jail story is Paris, Illinois
			}
		}
	}
	if country == "" {
		return nil
	}
	return &actor{t0: m.head, t1: m.head, id: country + sector, name: country + sector, country: country, sector: sector, agentNoun: true}
}

// usLocalJusticeMarkers are terms of American local criminal justice:
// a story that uses one is told inside a US county's police and courts.
var usLocalJusticeMarkers = []string{
	"county jail", "county detention", "sheriff's office", "sheriff's department", "sheriff's deputies",
	"sheriff's deputy", "county sheriff", "district attorney", "commonwealth's attorney", "felony",
	"misdemeanor", "state trooper",
}

// usLocalJustice reports whether text uses a term of American local
// criminal justice (usLocalJusticeMarkers: "county jail", "sheriff's
// deputies", "district attorney", "felony"). The story's country of an
// inferred police or court source is then the US, whatever country its
// town names read as: US towns share names with foreign states and
// cities (Palestine, Texas; Swansea, South Carolina; Paris, Illinois),
// and a local paper seldom gives the state. Only called for a story
// whose places are mostly outside the US.
func usLocalJustice(text string) bool {
	low := strings.ReplaceAll(strings.ToLower(text), "’", "'")
	for _, m := range usLocalJusticeMarkers {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// articleName reports whether actor a is a name the coder could not
// resolve (no code, country or sector) right after the indefinite
// article: "a Richmond man", "A FAILED asylum seeker". A person's name
// takes no article; the word modifies the noun that follows.
func articleName(toks []tok, a *actor) bool {
	if a.code != "" || a.country != "" || a.sector != "" || a.generic || a.place || a.demonym || a.t0 < 1 {
		return false
	}
	w := toks[a.t0-1].low
	return w == "a" || w == "an"
}

// personAfterName returns the private people whose noun follows name
// actor a within two words ("a Richmond man": the man), as a bare
// civilian agent spanning the article to the noun; nil when no person
// noun follows.
func personAfterName(text string, toks []tok, a *actor) *actor {
	for k := a.t1; k < len(toks) && k <= a.t1+2 && !toks[k].punct; k++ {
		if w := toks[k].low; privatePersons.Has(w) || strings.HasSuffix(w, "s") && privatePersons.Has(w[:len(w)-1]) || privatePersons.Has(pluralMen(w)) {
			name := text[toks[a.t0-1].start:toks[k].end]
			return &actor{t0: a.t0 - 1, t1: k + 1, id: name, name: name, sector: "CVL", generic: true, agentNoun: true}
		}
	}
	return nil
}

// commaBetween reports whether a comma token lies between byte offsets
// from and to: a place before the trigger and set off by a comma ("X,
// who has received asylum in France, was sentenced in Georgia") is in
// another clause, not where the act happened.
func commaBetween(toks []tok, from, to int) bool {
	for i := range toks {
		if toks[i].start >= from && toks[i].end <= to && toks[i].low == "," {
			return true
		}
	}
	return false
}

// custodyRelease reports whether the trigger of 0841 match m is
// "released" or "freed" right before from/on and custody, detention,
// prison, jail or bail ("released from jail", "free on bail").
func custodyRelease(toks []tok, m *match) bool {
	if w := toks[m.head].low; w != "released" && w != "freed" && w != "free" || m.headEnd >= len(toks) {
		return false
	}
	if n := toks[m.headEnd].low; n != "from" && n != "on" {
		return false
	}
	for k := m.headEnd + 1; k < len(toks) && k <= m.headEnd+2; k++ {
		switch toks[k].low {
		case "custody", "detention", "prison", "jail", "bail":
			return true
		}
	}
	return false
}

// inferredTargets drops the events of evs[first:] whose source was
// inferred from the act (inferredState) and that found no target: "He
// was arrested" with "he" unresolved names nobody acted on, and the
// police alone are no event.
func inferredTargets(evs []doc.Event, first int) []doc.Event {
	n := first
	for i := first; i < len(evs); i++ {
		if e := &evs[i]; e.SourceInferred && e.Target == "" {
			continue
		}
		if n != i {
			evs[n] = evs[i]
		}
		n++
	}
	return evs[:n]
}
