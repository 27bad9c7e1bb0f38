package event

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// Rules added after the seventeenth QA reading (session 9), kept apart
// from the older rules so that parallel work on coder.go and emit.go
// merges cleanly.

// accusedWordBefore reports a word that may stand right before the
// content accusedContent reads ("of", "for", or the "not", "illegally",
// "deliberately" it skips): emit asks accusedContent only after it, so
// that the rule's code stays out of the instruction cache; the words
// must follow accusedContent's.
func accusedWordBefore(w string) bool {
	switch w {
	case "of", "for", "not", "illegally", "deliberately":
		return true
	}
	return false
}

// accusedContent reports whether the match is the content of a charge:
// its first word follows "of" or "for" (past a negator) after a verb of
// accusing, blaming or condemning and its object, with no clause boundary
// between: "China accused Indian troops of crossing the border", "blamed
// the rebels for shelling the town", "condemned Russia for shelling
// Kharkiv". charge is true for accusing, blaming, suspecting and
// charging: the act is only the accuser's claim, coded as the accusation
// alone (CAMEO codes the 112, not what it alleges). After a verb of
// condemning the act is taken as given and stays, alleged (QA17 E-2).
func accusedContent(toks []tok, m *match) (content, charge bool) {
	// (emit asks only past accusedWordBefore: keep the words so)
	i := m.start - 1
	if i >= 0 && (toks[i].low == "not" || toks[i].low == "illegally" || toks[i].low == "deliberately") {
		i--
	}
	if i >= 0 && toks[i].low != "of" && toks[i].low != "for" {
		i = gerundOf(toks, i) // a nominal act inside the gerund's object: "of carrying out the Mumbai attacks"
	}
	if i < 2 || toks[i].low != "of" && toks[i].low != "for" {
		return false, false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &toks[k]
		if t.punct && t.low != "'s" && t.low != "-" {
			return false, false
		}
		switch t.low {
		case "accused", "accusing", "accuses", "accuse", "blamed", "blaming", "blames", "blame", "suspected", "suspects",
			"suspecting", "charged", "charging", "charges":
			return k < i-1, k < i-1
		case "condemned", "condemning", "condemns", "denounced", "denouncing", "denounces", "criticised", "criticized", "criticising", "criticizing":
			return k < i-1, false
		}
	}
	return false, false
}

// gerundOf returns the "of" or "for" before a gerund whose object phrase
// ends at i ("of carrying out the Mumbai attacks", "for launching
// rockets at"), at most six words back with no punctuation between, or
// i when there is none; also "of shooting" before the "down" of "shooting
// down a jet".
func gerundOf(toks []tok, i int) int {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].punct {
			return i
		}
		if (toks[k].low == "of" || toks[k].low == "for") && strings.HasSuffix(toks[k+1].low, "ing") {
			return k
		}
	}
	return i
}

// datelineElsewhere reports whether the place p is the article's
// dateline ("BAGHDAD —", "NEW DELHI, June 17 (Reuters) -" opening the
// sentence) and the material event m (CAMEO 14–20: protest, force,
// violence) happens at a place the sentence names only generically
// after its trigger's start: "shot dead 40 people in the southern
// cities", "crossing the border". The dateline is where the reporter
// files from, the place of statements; such an event is elsewhere, so
// the dateline city is not its place (QA17 P-1).
func datelineElsewhere(text string, sent doc.Span, toks []tok, m *match, p doc.Span) bool {
	if p.Start-sent.Start > 2 || m.p.Code < "14" || m.p.Code >= "21" || !datelineAt(text, p) {
		return false
	}
	for i := m.start; i+1 < len(toks); i++ {
		if toks[i].low != "the" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].punct || toks[k].upper {
				break
			}
			if genericPlaceNouns.Has(toks[k].low) {
				return true
			}
		}
	}
	return false
}

// datelineAt reports whether the place span p is followed, within a
// short stretch with no sentence stop (a date, an agency credit), by a
// dateline dash: " —", " –", " - " or "--".
func datelineAt(text string, p doc.Span) bool {
	if p.End >= len(text) {
		return false
	}
	rest := text[p.End:min(len(text), p.End+40)]
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	return strings.Contains(rest, " —") || strings.Contains(rest, " –") || strings.Contains(rest, " - ") || strings.Contains(rest, "--")
}

// genericPlaceNouns name a place without naming it: "the southern
// cities", "the border", "the front line".
var genericPlaceNouns = wordset.New("city", "cities", "town", "towns", "village", "villages", "province", "provinces",
	"region", "regions", "border", "frontier", "front", "frontline", "countryside", "district", "districts", "north",
	"south", "east", "west", "northeast", "northwest", "southeast", "southwest", "valley", "mountains", "highlands",
	"desert", "coast", "interior")

// indefiniteModifier reports whether the one-word agent at [i,end)
// stands between "a"/"an" and a lower-case noun or gerund that a noun
// follows ("a militant training camp", "a rebel supply route", "an
// army weapons depot"): it modifies that noun phrase, naming no actor
// (QA17 E-11). A singular agent noun followed by its verb ("a militant
// attacked") fails the noun test.
func indefiniteModifier(toks []tok, i, end int) bool {
	if i == 0 || end+1 >= len(toks) || toks[i-1].low != "a" && toks[i-1].low != "an" || strings.HasSuffix(toks[i].low, "s") {
		return false
	}
	n, n2 := &toks[end], &toks[end+1]
	if n.punct || n.upper || n2.punct || n2.upper || !bareNoun(*n2) && !strings.HasSuffix(n2.low, "s") {
		return false
	}
	return bareNoun(*n) || len(n.low) > 5 && strings.HasSuffix(n.low, "ing") || strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss")
}

// approximator reports whether the preposition at j is the
// approximating adverb of a number right after it ("about 3,000
// people", "around 40 soldiers", "over 200 protesters"), not a
// preposition governing the phrase.
func approximator(toks []tok, j int) bool {
	switch toks[j].low {
	case "about", "around", "over", "nearly", "roughly", "almost", "under":
	default:
		return false
	}
	if j+1 >= len(toks) {
		return false
	}
	n := toks[j+1].low
	return n != "" && n[0] >= '0' && n[0] <= '9' || countWord(toks[j+1]) && n != "at" && n != "some" && n != "more"
}

// loyalCountry returns the country of the named actor that "loyal to"
// before token from introduces, past a possessive and a title ("forces
// loyal to his rival Alassane Ouattara", "troops loyal to the former
// president, Ali Abdullah Saleh"), or "" (QA17 E-5).
func loyalCountry(toks []tok, acts []actor, from int) string {
	for _, b := range acts {
		if b.t0 >= from && b.t0 <= from+4 && !b.generic && !b.place && b.country != "" {
			for k := from; k < b.t0; k++ {
				if toks[k].punct && toks[k].low != "," || toks[k].is(wcPreposition) {
					return ""
				}
			}
			return b.country
		}
	}
	return ""
}

// titleAnaphors are the one-word titles a definite noun phrase refers
// back to a named holder with: "the king", "the president".
var titleAnaphors = wordset.New("king", "queen", "president", "emir", "pope", "chancellor", "premier", "sultan", "prince",
	"sheikh", "governor", "mayor")

// titleAnaphorWords is titleAnaphors as a needSet: a sentence that
// meets none of them is not scanned.
var titleAnaphorWords = needSetOf(titleAnaphors)

// titleObjectReferent puts over an object "the <title>" ("Netanyahu
// thanked the king") the most recent KB person of the sentences before
// whose name carries that title ("King Mohammed VI"), when the sentence
// has a subject before it that is someone else and the title is no
// name's ("the king of Jordan") (QA17 E-10).
func (c *Coder) titleObjectReferent(s *scratch, toks []tok, acts []actor, day kb.Date) []actor {
	for k := 2; k < len(toks); k++ {
		t := &toks[k]
		if !titleAnaphors.Has(t.low) || toks[k-1].low != "the" || t.upper && k-1 > 0 {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].upper || toks[k+1].low == "of" || toks[k+1].low == "'s") {
			continue
		}
		subj, covered := -1, false
		for i := range acts {
			if acts[i].t0 <= k && k < acts[i].t1 {
				covered = true
			}
			if subj < 0 && acts[i].t1 <= k-1 && !acts[i].place {
				subj = i
			}
		}
		if covered || subj < 0 {
			continue
		}
		for ci := s.titleN - 1; ci >= 0; ci-- {
			cand := &s.titleCands[ci]
			if cand.id == acts[subj].id || !nameHasWord(cand.name, t.low) && !c.holdsTitle(cand.id, t.low, day) {
				continue
			}
			return insertPersonAt(acts, *cand, k, false)
		}
	}
	return acts
}

// titleOffices maps a title word to the KB office it names.
var titleOffices = map[string]string{"king": kb.OfficeMonarch, "queen": kb.OfficeMonarch, "emir": kb.OfficeMonarch,
	"sultan": kb.OfficeMonarch, "president": kb.OfficePresident}

// holdsTitle reports whether the KB person id held, on day, the office
// the title word names.
func (c *Coder) holdsTitle(id, title string, day kb.Date) bool {
	off, ok := titleOffices[title]
	if !ok || !strings.HasPrefix(id, "person.") {
		return false
	}
	r := c.firstRole(id, day)
	return r != nil && strings.HasSuffix(r.Office, "."+off)
}

// nameHasWord reports whether the actor name holds w as a word, in any
// case: "King Mohammed VI" has "king".
func nameHasWord(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// casualtyEnds end a casualty clause before "in <fighting>".
var casualtyEnds = wordset.New("killed", "wounded", "injured", "died", "dead", "hurt", "displaced", "slain")

// casualtyNominal reports whether the match is the nominal of a
// casualty clause's circumstance: "3,000 people were killed in four
// months of fighting", "died in the clashes", unless the sides follow
// ("died in clashes with Kenyan police"). Its subject would be the
// victims, who fought nobody: the killing is the clause's event, coded
// from its own verb (QA17 E-6).
func casualtyNominal(toks []tok, m *match) bool {
	for k := m.start - 1; k >= 1 && k >= m.start-6; k-- {
		t := &toks[k]
		switch t.low {
		case "in", "during", "amid":
			return casualtyEnds.Has(toks[k-1].low) && !sidesNamed(toks, m.start+1, m.end+3)
		}
		if t.punct || t.upper || t.is(wcBeForm) {
			return false
		}
	}
	return false
}

// sidesNamed reports a "with", "between", "against" or "by" among the
// tokens [i,j): the nominal names who fought.
func sidesNamed(toks []tok, i, j int) bool {
	for k := i; k < len(toks) && k < j; k++ {
		switch toks[k].low {
		case "with", "between", "against", "by":
			return true
		}
	}
	return false
}

// demandPronounTarget returns the person a demand is made of when its
// content opens with a subject pronoun ("demanded that he be declared
// unfit", "demanded that she resign"): the first person named before
// the trigger in the sentence who is not the demand's source, the main
// clause's subject in "Bouteflika resigned hours after the army chief
// demanded that he …". -1 when there is none (QA17 E-8).
func demandPronounTarget(toks []tok, acts []actor, m *match, srcs []int) int {
	k := -1
	for i := m.head + 1; i+1 < len(toks) && i <= m.end+1; i++ {
		if toks[i].low == "that" {
			k = i + 1
			break
		}
	}
	if k < 0 || toks[k].low != "he" && toks[k].low != "she" {
		return -1
	}
	for j := range acts {
		a := &acts[j]
		if a.t1 > m.start {
			break
		}
		if a.person && !slices.Contains(srcs, j) {
			return j
		}
	}
	return -1
}

// flyingForce reports whether the actor a is an armed force that flies:
// an agent ending in "warplanes", "fighter jets", "helicopter gunships",
// "air force" ("Saudi-led warplanes"), or a state's adjective or name
// right before such a noun ("Russian aircraft", "Israeli drones"). Its
// force is an air attack (195).
func flyingForce(toks []tok, a *actor) bool {
	if a.t1 <= a.t0 || a.t1 > len(toks) {
		return false
	}
	if !a.person && !a.poss && a.country != "" && airStrikeAt(toks, a.t1) {
		return true // "A Saudi-led coalition air strike hit a school bus"
	}
	last := toks[a.t1-1].low
	if a.sector == "MIL" {
		return aircraftNoun(last) || last == "force" && a.t1-2 >= a.t0 && toks[a.t1-2].low == "air"
	}
	return a.sector == "" && a.country != "" && !a.person && !a.poss && a.t1 < len(toks) && aircraftNoun(toks[a.t1].low)
}

// airStrikeAt reports an air strike or raid noun starting at token i:
// "airstrike(s)", "air strike(s)", "air raid(s)", "drone strike(s)".
func airStrikeAt(toks []tok, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].low {
	case "airstrike", "airstrikes", "air-strike", "air-strikes":
		return true
	case "air", "drone":
		if i+1 < len(toks) {
			switch toks[i+1].low {
			case "strike", "strikes", "raid", "raids":
				return true
			}
		}
	}
	return false
}

// aircraftNoun reports a noun for military aircraft.
func aircraftNoun(w string) bool {
	switch w {
	case "warplanes", "warplane", "jets", "jet", "aircraft", "bombers", "bomber", "drones", "drone", "helicopters", "helicopter", "gunships", "gunship", "planes":
		return true
	}
	return false
}
