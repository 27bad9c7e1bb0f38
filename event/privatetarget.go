package event

import (
	"math"
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// privateTargets gives the events of evs in which a state, police,
// judicial, military or armed-group source acts on private people a
// target: the civilians (CVL) of the country it happened in ("Police in
// Lahore arrested a 24-year-old man" PAKCOP → PAKCVL 173, "Gunmen
// kidnapped three engineers in southern Colombia" → COLCVL, "Israeli
// soldiers shot dead three teenagers near Nablus" → PSECVL). The
// private people are a person noun right after the trigger ("a man",
// "two teenagers", "a blogger", "dozens of protesters") or the
// sentence's subject of the passive trigger ("A 24-year-old man was
// arrested by police") that no actor resolved (also when the coder took the place for the target), or a
// named person the KB does not know ("Police arrested Tom Birch"). The
// country is the event's place's, else the source's own (its police,
// courts and troops act at home), else the story's (storyCountry); with
// none the event is left as it is. Only acts on a person are read:
// coercion, assault and force (17–20), release (084) and a guilty
// verdict (116). A private source ("a man stabbed a woman") and an
// event with no source keep no target, so privateParties still drops
// crimes between private people. ms and places are the document's
// mentions and places.
func privateTargets(evs []doc.Event, text string, sents []doc.Span, ms []doc.Mention, places []doc.Place) {
	story := "" // the story's country, found on first need
	for i := range evs {
		e := &evs[i]
		if !actingSource(e) || !actOnPerson(e.Cameo) {
			continue
		}
		if placeTarget := e.TargetSector == "" && e.TargetCountry != "" && e.TargetCode == e.TargetCountry && e.Target == e.TargetCountry && e.PlaceCountry == e.TargetCountry; e.TargetCode != "" || e.TargetSector != "" || e.TargetCountry != "" {
			// "Gunmen kidnapped three engineers in southern Colombia":
			// the place stood in for people no actor named
			if !placeTarget || e.Sentence < 0 || e.Sentence >= len(sents) {
				continue
			}
			if name, ok := privateObject(text, e.TriggerSpan.End, sents[e.Sentence].End); ok {
				e.Target, e.TargetName, e.TargetSector, e.TargetCode = name, name, "CVL", e.TargetCountry+"CVL"
			}
			continue
		}
		country := e.PlaceCountry
		if country == "" || e.SourceInferred && e.SourceCountry != "" {
			// an inferred police or court source already took the
			// sentence's place where that says where it happened; a
			// place it passed over ("Dunn, 29, of Paris") is the
			// person's home town, not his state
			country = e.SourceCountry
		}
		if country == "" {
			if story == "" {
				story = storyCountry(places)
			}
			country = story
		}
		if country == "" || country == "-" {
			continue
		}
		if e.Target == "" {
			if e.Sentence < 0 || e.Sentence >= len(sents) {
				continue
			}
			name, ok := privateObject(text, e.TriggerSpan.End, sents[e.Sentence].End)
			if !ok {
				name, ok = objectTrigger(text, sents[e.Sentence].Start, e.TriggerSpan)
			}
			if !ok {
				if name, ok = passiveSubject(text, sents[e.Sentence].Start, e.TriggerSpan.Start); !ok {
					continue
				}
			}
			e.Target, e.TargetName = name, name
		} else if !unknownPerson(text, ms, e) && !(e.SourceInferred && sentencePerson(ms, e)) {
			continue // "cracked down on the Muslim Brotherhood": a group; "Alexei Navalny": the KB's own
		}
		e.TargetSector, e.TargetCountry, e.TargetCode = "CVL", country, country+"CVL"
	}
}

// actingSource reports whether e's source is a state or an armed group:
// a country, its government, police, courts, troops or intelligence, or
// rebels, separatists and unidentified gunmen.
func actingSource(e *doc.Event) bool {
	if e.SourceCode == "" {
		return false
	}
	if actingSector(e.SourceSector) {
		return true
	}
	return e.SourceSector == "" && e.SourceCountry != "" && e.Source == e.SourceCountry // the state itself ("France deported …")
}

// actingSector reports whether sector is one of a state's bodies that act
// on people (government, police, courts, troops, intelligence) or an armed
// group's (rebels, separatists, unidentified gunmen, insurgents).
func actingSector(sector string) bool {
	switch sector {
	case "GOV", "COP", "JUD", "MIL", "SPY", "REB", "SEP", "UAF", "INS":
		return true
	}
	return false
}

// privateTarget reports whether the act code of source sa on ta (nil:
// none found) is one privateTargets will code: a state or armed source
// of known country or place acting on a named person the KB does not
// know, or on the private people the words after the trigger name. It
// lets such an event through dyadic coding (RequireTarget) up to
// soleStatements, which drops it when privateTargets found no country.
func (em *emission) privateTarget(sa, ta *actor, code string) bool {
	if sa == nil || sa.noCode() || sa.person && sa.sector == "" || !actOnPerson(code) {
		return false
	}
	if !actingSector(sa.sector) && (sa.sector != "" || sa.country == "") {
		return false
	}
	if sa.country == "" && (em.place == nil || em.place.Country == "") && storyCountry(em.d.Places) == "-" {
		return false
	}
	if ta != nil {
		return true
	}
	m, toks := em.m, em.toks
	if _, ok := privateObject(em.d.Text, toks[m.headEnd-1].end, em.sent.End); ok {
		return true
	}
	if _, ok := objectTrigger(em.d.Text, em.sent.Start, doc.Span{Start: toks[m.head].start, End: toks[m.headEnd-1].end}); ok {
		return true
	}
	_, ok := passiveSubject(em.d.Text, em.sent.Start, toks[m.head].start)
	return ok
}

// actOnPerson reports whether code is an act done to a person: coercion
// (arrest, deportation, repression), assault, force and mass violence,
// a release, or a verdict of guilt.
func actOnPerson(code string) bool {
	switch cameo.Root(code) {
	case "17", "18", "19", "20":
		return code != "171" && code != "1711" && code != "1712" // property
	}
	return strings.HasPrefix(code, "084") || code == "116" // a release; a court finding guilty ("sentenced a blogger")
}

// privateObject returns the private-person noun phrase that begins at
// text[from:] (before end): an optional determiner or count ("a", "two",
// "dozens of"), at most three modifiers ("24-year-old", "unarmed") and a
// person noun ("man", "teenagers", "blogger"). The phrase names no
// actor the coder knows; it is the people acted on.
func privateObject(text string, from, end int) (string, bool) {
	if from < 0 || end > len(text) || from >= end {
		return "", false
	}
	var words [6]string
	var ends [6]int
	n := 0
	for i := from; i < end && n < len(words); {
		for i < end && text[i] == ' ' {
			i++
		}
		j := i
		for j < end && text[j] != ' ' && text[j] != ',' && text[j] != '.' && text[j] != ';' && text[j] != ':' && text[j] != '"' && text[j] != '(' {
			j++
		}
		if j == i {
			break
		}
		words[n], ends[n] = text[i:j], j
		n++
		i = j
		if j < end && text[j] != ' ' {
			break // punctuation ends the phrase
		}
	}
	k := 0
	if k < n && personDeterminers.HasLower(words[k]) {
		k++
		if k < n && strings.EqualFold(words[k], "of") {
			k++ // "dozens of"
		}
	} else if k < n && words[k][0] >= '0' && words[k][0] <= '9' && !strings.Contains(words[k], "-") {
		k++ // "3 men"
	}
	for m := 0; k < n && m < 4; m, k = m+1, k+1 {
		w := strings.ToLower(words[k])
		if privatePersons.Has(w) || strings.HasSuffix(w, "s") && privatePersons.Has(w[:len(w)-1]) || privatePersons.Has(pluralMen(w)) {
			if k+1 < n && ends[k] < end && text[ends[k]] == ' ' && !phraseEnd(words[k+1]) {
				return "", false // "child killer", "student union": the noun modifies another
			}
			return text[ends[0]-len(words[0]) : ends[k]], true
		}
		if m == 3 || !modifierWord(words[k]) {
			return "", false
		}
	}
	return "", false
}

// objectTrigger returns the private-person phrase that ends with the
// trigger itself, for patterns whose trigger is the object noun
// ("released a jailed photographer"): the longest phrase that opens with a
// determiner or a number at most four words back within the sentence
// (the verb before it is no modifier), else the trigger alone.
func objectTrigger(text string, start int, trig doc.Span) (string, bool) {
	if start < 0 || trig.Start <= start || trig.End > len(text) {
		return "", false
	}
	var opens [4]int // word starts before the trigger, nearest first
	n := 0
	for at := trig.Start; n < len(opens); n++ {
		k := strings.LastIndexByte(text[start:at], ' ') // the space before the word at at
		for k > 0 && text[start+k-1] == ' ' {
			k--
		}
		if k <= 0 {
			break // at is the sentence's first word
		}
		at = start + strings.LastIndexByte(text[start:start+k], ' ') + 1
		opens[n] = at
	}
	for i := n - 1; i >= 0; i-- {
		w, _, _ := strings.Cut(text[opens[i]:trig.End], " ")
		if !personDeterminers.HasLower(w) && (w == "" || w[0] < '0' || w[0] > '9') {
			continue
		}
		if name, ok := privateObject(text, opens[i], trig.End); ok && opens[i]+len(name) == trig.End {
			return name, true
		}
	}
	return privateObject(text, trig.Start, trig.End)
}

// pluralMen returns the singular of a plural in "-men" ("fishermen" →
// "fisherman"), else w.
func pluralMen(w string) string {
	if strings.HasSuffix(w, "men") {
		return w[:len(w)-3] + "man"
	}
	if w == "children" {
		return "child"
	}
	if w == "people" {
		return "person"
	}
	return w
}

// modifierWord reports whether w can stand between a determiner and a
// person noun: a lower-case adjective or participle, a hyphenated age
// ("24-year-old"), not a function word or a verb of its own.
func modifierWord(w string) bool {
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z' || strings.Contains(w, "-")) {
		return false
	}
	return !personStops.Has(strings.ToLower(w))
}

// phraseEnd reports whether w, after a person noun, leaves it the head
// of its phrase: a name or a day ("a man Monday"), a preposition, a
// time word, a participle ("a man accused of …") or a verb's -s.
func phraseEnd(w string) bool {
	if w == "" || w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9' {
		return true
	}
	low := strings.ToLower(w)
	return personStops.Has(low) || timeWords.Has(low) || strings.HasSuffix(low, "ed") && len(low) > 4
}

var (
	personDeterminers = wordset.Of(`a an the two three four five six seven eight nine ten eleven twelve
		several dozens scores hundreds thousands some many dozen`)
	// people with no actor code of their own: CVL when a state or an
	// armed group acts on them
	privatePersons = wordset.Of(`man woman boy girl teenager teen youth child person suspect civilian resident
		villager farmer motorist driver passenger pedestrian shopkeeper trader vendor fisherman
		protester demonstrator activist blogger lawyer doctor nurse teacher engineer businessman
		businesswoman tourist hostage citizen worker labourer laborer student mother father husband
		wife son daughter brother sister couple neighbour neighbor rapper singer artist photographer
		poet writer cartoonist filmmaker priest pastor imam villager herder miner bystander
		homeowner landowner`)
	personStops = wordset.Of(`in on at of for with to and or but after over by during near who that which
		from into as than while when where because since under against was were is are has had have
		been be his her their its this these those`)
	timeWords = wordset.Of(`yesterday today tonight overnight last early earlier late later this
		after before`)
)

// unknownPerson reports whether e's target is a person's mention that
// no KB actor links and that is the one acted on: the object right after
// the trigger ("Police arrested Tom Birch", "arrested Kresin and Jett")
// or the subject of a passive trigger close after it ("Jolly, who has
// no prior record, was taken into custody by Lebanon Police"). A person
// named farther off is no party ("a battle immortalized by the poet
// Alfred Lord Tennyson"), nor is an owner ("cordoned off Guay's
// properties").
func unknownPerson(text string, ms []doc.Mention, e *doc.Event) bool {
	for i := range ms {
		m := &ms[i]
		if m.Span.Start < e.Span.Start || m.Span.End > e.Span.End || m.Type != doc.TypePerson || m.KBID != "" || m.Text != e.Target && m.Text != e.TargetName {
			continue
		}
		t := e.TriggerSpan
		if m.Span.Start >= t.End && m.Span.Start <= len(text) && strings.TrimSpace(text[t.End:m.Span.Start]) == "" && !strings.HasPrefix(text[m.Span.End:], "'s") && !strings.HasPrefix(text[m.Span.End:], "’s") {
			return true
		}
		if m.Span.End <= t.Start && t.Start-m.Span.End <= 60 {
			gap := text[m.Span.End:t.Start]
			if strings.HasSuffix(gap, " was ") || strings.HasSuffix(gap, " were ") || strings.HasSuffix(gap, " been ") {
				return true
			}
		}
	}
	return false
}

// storyCountry returns the country most of places are in (the first of
// a tie), or "-" when no place has one.
func storyCountry(places []doc.Place) string {
	best, n, _ := mostPlacesCountry(places, math.MaxInt)
	if n == 0 {
		return "-"
	}
	return best
}

// passiveSubject returns the private-person phrase that opens the
// sentence beginning at start and is the subject of a passive trigger at
// trig: "A 24-year-old man was arrested", "Two teenagers were shot
// dead" (at most two words between "was"/"were" and the trigger).
func passiveSubject(text string, start, trig int) (string, bool) {
	if start < 0 || trig > len(text) || start >= trig {
		return "", false
	}
	words := strings.Fields(text[start:trig])
	n := len(words)
	k := n - 1
	for ; k >= 0 && n-1-k <= 2; k-- {
		if w := strings.ToLower(words[k]); w == "was" || w == "were" {
			break
		}
	}
	if k <= 0 || n-1-k > 2 || k > 5 {
		return "", false
	}
	if phrase, ok := privateObject(text, start, start+len(strings.Join(words[:k], " "))+leadingSpace(text[start:])); ok && len(strings.Fields(phrase)) == k {
		return phrase, true
	}
	return "", false
}

// leadingSpace returns the number of spaces s begins with.
func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeft(s, " "))
}

// sentencePerson reports whether e's target is a person the KB does not
// know, named in e's sentence: the subject of an agentless passive
// ("Rahul Mehta was arrested in Mumbai and charged with fraud"), which
// the coder took as the act's patient whatever words stand between.
func sentencePerson(ms []doc.Mention, e *doc.Event) bool {
	for i := range ms {
		if m := &ms[i]; m.Span.Start >= e.Span.Start && m.Span.End <= e.Span.End && m.Type == doc.TypePerson && m.KBID == "" && (m.Text == e.Target || m.Text == e.TargetName) {
			return true
		}
	}
	return false
}
