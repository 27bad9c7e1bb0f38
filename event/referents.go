package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// Referents: the actor a later title, region description or pronoun
// object of the sentence stands for.

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
// name's ("the king of Jordan").
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

// regionNouns head a definite description of a country by its region
// ("the Indian Ocean island", "the Gulf state", "the Himalayan
// kingdom").
var regionNouns = wordset.New("island", "nation", "kingdom", "archipelago", "emirate", "state", "country", "republic", "sultanate")

// regionNounWords is regionNouns as a needSet: a sentence without one
// of them is not scanned.
var regionNounWords = needSetOf(regionNouns)

// regionReferent puts over a definite description "the <Capitalised
// region> island/nation/state/kingdom …" that no actor covers the most
// recent country mentioned in the sentences before: wire copy names a
// country once and then varies ("suspended aid to the Indian Ocean
// island" after a sentence on Madagascar). The region words modify;
// they name no actor.
func regionReferent(d *doc.Doc, sent doc.Span, toks []tok, acts []actor) []actor {
	for k := 2; k < len(toks); k++ {
		if !toks[k-1].upper || toks[k].upper || !regionNouns.Has(toks[k].low) || k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].upper) {
			continue
		}
		j := k
		for j > 0 && toks[j-1].upper && !toks[j-1].punct {
			j--
		}
		if j == k || j == 0 || toks[j-1].low != "the" {
			continue
		}
		covered := false
		for i := range acts {
			if acts[i].t0 < k+1 && acts[i].t1 > j && !acts[i].place {
				covered = true
			}
		}
		if covered {
			continue
		}
		ctry, name := "", ""
		for mi := range d.Mentions {
			m := &d.Mentions[mi]
			if m.Span.Start >= sent.Start {
				break
			}
			if m.Type == doc.TypeCountry && m.Entity >= 0 && m.Entity < len(d.Entities) && d.Entities[m.Entity].Country != "" {
				ctry, name = d.Entities[m.Entity].Country, d.Entities[m.Entity].Name
			}
		}
		if ctry == "" {
			return acts
		}
		for i := range acts {
			if acts[i].t1 <= j && acts[i].country == ctry {
				return acts // "Madagascar … The Indian Ocean island's army": the subject itself
			}
		}
		out := acts[:0:0]
		for i := range acts {
			if acts[i].t0 >= j && acts[i].t1 <= k+1 {
				continue // the region's own place actor ("Indian Ocean")
			}
			out = append(out, acts[i])
		}
		return insertPersonAt(out, actor{id: ctry, name: name, country: ctry, code: ctry}, j, false)
	}
	return acts
}

// regionModifier reports whether the place p is the region modifier of
// a definite country description ("the Indian Ocean island", "the Gulf
// state"): the place is no event place there.
func regionModifier(toks []tok, p doc.Span) bool {
	t0, t1 := tokRange(toks, p)
	return t0 > 0 && t1 < len(toks) && toks[t0-1].low == "the" && !toks[t1].upper && regionNouns.Has(toks[t1].low) &&
		(t1+1 >= len(toks) || toks[t1+1].low != "of" && !toks[t1+1].upper)
}

// coordObjectReferent puts over an object "him"/"her" in the second of
// two coordinated verb phrases the one person named between the
// clause's subject and it ("Giammattei congratulated Arevalo and
// invited him to begin the transition": him is Arevalo), as an actor
// over the pronoun. objectReferent leaves such a sentence
// to its own coding; this is that coding. It applies only when exactly
// one person stands between the subject and the pronoun, and the
// pronoun follows "and <verb>" (or "and also <verb>").
func coordObjectReferent(toks []tok, acts []actor, words *wordSet) []actor {
	k := objectPronounIn(toks, words)
	if k == 0 {
		return acts
	}
	subj, obj := -1, -1
	for i := range acts {
		a := &acts[i]
		if a.t0 >= k {
			break
		}
		if a.t0 <= k && k < a.t1 {
			return acts // already resolved
		}
		if !a.person {
			continue
		}
		switch {
		case subj < 0:
			subj = i
		case obj < 0:
			obj = i
		default:
			return acts // two persons before the pronoun: no one referent
		}
	}
	if subj < 0 || obj < 0 || acts[subj].id == acts[obj].id {
		return acts
	}
	for j := acts[obj].t1; j < k; j++ {
		if toks[j].punct && toks[j].low != "," {
			return acts
		}
	}
	// "and invited him", "and also ordered him": the pronoun is the
	// object of the second verb, right after it
	if a := k - 2; a < acts[obj].t1 || toks[a].low != "and" && !(a-1 >= acts[obj].t1 && toks[a-1].low == "and" && (toks[a].low == "also" || strings.HasSuffix(toks[a].low, "ly"))) {
		return acts
	}
	return insertPersonAt(acts, acts[obj], k, false)
}

// titleSubjectReferent puts over a sentence that opens "The <title>"
// ("The minister accused Washington …", "The foreign minister said"),
// also after an opening phrase and its comma ("During the rally Monday,
// the former president said"), the person who last opened a sentence as
// its subject, prev, when the KB has prev in an office of that title on
// day, or, after "former", in one that ended before day. The title is
// one word ("minister", "president", "premier") or a modifier and
// "minister" whose office key starts with the modifier ("foreign
// minister": foreign_minister). A title followed by "of", "'s" or a name
// is no back-reference.
func (c *Coder) titleSubjectReferent(toks []tok, acts []actor, prev *actor, day kb.Date) ([]actor, bool) {
	s := titleOpening(toks, acts)
	if s < 0 || len(toks) < s+4 || len(acts) > 0 && acts[0].t0 <= s+2 || !strings.HasPrefix(prev.id, "person.") {
		return acts, false
	}
	k, mod := s+1, ""
	former := toks[k].low == "former"
	if former {
		k++
	}
	if k+2 >= len(toks) {
		return acts, false
	}
	if toks[k+1].low == "minister" && !toks[k].punct {
		k, mod = k+1, toks[k].low
		if mod == "defense" {
			mod = "defence"
		}
	}
	title := toks[k].low
	if next := &toks[k+1]; next.punct || next.upper || next.low == "of" || next.low == "'s" {
		return acts, false
	}
	if former {
		if !c.heldTitle(prev.id, title, mod, day) {
			return acts, false
		}
	} else {
		r := c.firstRole(prev.id, day)
		if r == nil || !titleNamesOffice(title, mod, r.Office[strings.IndexByte(r.Office, '.')+1:]) {
			return acts, false
		}
	}
	a := *prev
	a.t0, a.t1, a.poss, a.agentBefore = s, k+1, false, false
	acts = append(acts, actor{})
	copy(acts[1:], acts)
	acts[0] = a
	return acts, true
}

// titleOpening returns where the "the" of a sentence-opening title
// stands: 0 for "The minister said", or right after the comma that ends
// an opening phrase with no actor in it ("During the rally Monday, the
// former president said"); -1 otherwise.
func titleOpening(toks []tok, acts []actor) int {
	if len(toks) == 0 {
		return -1
	}
	if toks[0].low == "the" {
		return 0
	}
	if !phraseOpeners.Has(toks[0].low) {
		return -1
	}
	for k := 1; k < len(toks)-1 && k <= 8; k++ {
		if toks[k].low != "," {
			continue
		}
		if toks[k+1].low != "the" || len(acts) > 0 && acts[0].t0 < k {
			return -1
		}
		return k + 1
	}
	return -1
}

// phraseOpeners open a phrase that may stand before a sentence's subject
// and its comma: "During the rally Monday, the former president said".
var phraseOpeners = wordset.New("during", "after", "before", "at", "in", "on", "since", "while", "when", "following", "amid", "speaking", "later", "earlier")

// titleNamesOffice reports whether a title word ("minister",
// "president", "premier"), or modifier and "minister", names the office
// key.
func titleNamesOffice(title, mod, key string) bool {
	switch {
	case mod != "":
		return strings.HasPrefix(key, mod+"_")
	case title == "minister":
		return strings.HasSuffix(key, "minister")
	case title == "president":
		return key == kb.OfficePresident
	case title == "premier":
		return key == kb.OfficePrimeMinister
	}
	return false
}

// heldTitle reports whether the KB person id held an office the title
// names in a term that ended before day: "the former president".
func (c *Coder) heldTitle(id, title, mod string, day kb.Date) bool {
	if day.IsZero() {
		return false
	}
	rs, ok := c.roles[id]
	if !ok {
		rs = c.kb.RolesOf(id)
	}
	for i := range rs {
		r := &rs[i]
		if r.End.IsZero() || r.End.Last().Compare(day) >= 0 {
			continue
		}
		if titleNamesOffice(title, mod, r.Office[strings.IndexByte(r.Office, '.')+1:]) {
			return true
		}
	}
	return false
}

// groupAnaphorWords gates groupObjectReferent: a sentence without
// "group" is not scanned.
var groupAnaphorWords = needSetOf(wordset.New("group"))

// groupObjectReferent puts over "the group" ("the militant/rebel/armed
// group") the armed group named before it in the sentence: "ordered the
// arrest of ELN negotiators and blamed the group for a car bombing" blames
// the ELN, "froze the group's assets" its assets. A group named
// right after ("the group Hamas", "the group of ministers") is left alone.
func groupObjectReferent(toks []tok, acts []actor) []actor {
	for k := 2; k < len(toks); k++ {
		if toks[k].low != "group" || toks[k].upper {
			continue
		}
		j := k - 1
		switch toks[j].low {
		case "militant", "rebel", "armed", "jihadist", "insurgent", "extremist", "terrorist":
			j--
		}
		if toks[j].low != "the" || k+1 < len(toks) && (toks[k+1].upper || toks[k+1].low == "of") {
			continue
		}
		covered, cand := false, -1
		for i := range acts {
			if acts[i].t0 <= k && k < acts[i].t1 {
				covered = true
			}
			if acts[i].t1 <= j && !acts[i].generic && !acts[i].person && !acts[i].place && nonStateArmed(acts[i].sector) {
				cand = i
			}
		}
		if covered || cand < 0 {
			continue
		}
		return insertPersonAt(acts, acts[cand], k, k+1 < len(toks) && possessiveMark(toks[k+1].low))
	}
	return acts
}

// nonStateArmed reports the sectors of armed groups of no state.
func nonStateArmed(sector string) bool {
	switch sector {
	case "REB", "INS", "UAF", "SEP", "TER":
		return true
	}
	return false
}

// ownCountryWords are the words ownCountryReferent needs in a sentence.
var ownCountryWords = needSetOf(wordset.New("country", "nation"))

// ownCountryReferent puts over "his/her country" or ", whose country" as
// a clause's subject (a verb, no preposition or punctuation, follows) the
// state of the person named nearest before it: in "Erdogan, whose
// country broke off relations with Israel in 2010, said …" and "Erdogan
// said his country broke off relations" Turkey broke them off.
func (c *Coder) ownCountryReferent(toks []tok, acts []actor) []actor {
	for k := 2; k+1 < len(toks); k++ {
		if w := toks[k].low; w != "country" && w != "nation" {
			continue
		}
		if p := toks[k-1].low; p != "his" && p != "her" && (p != "whose" || toks[k-2].low != ",") {
			continue
		}
		if n := &toks[k+1]; n.punct || n.is(wcPreposition) || n.low == "and" || n.low == "or" || n.low == "'s" {
			continue
		}
		owner, covered := -1, false
		for i := range acts {
			a := &acts[i]
			if a.t0 <= k && a.t1 > k {
				covered = true
			}
			if a.t1 <= k-1 && a.person && !a.generic && a.country != "" {
				owner = i
			}
		}
		if covered || owner < 0 {
			continue
		}
		ctry := acts[owner].country
		name := ctry
		if c.kb != nil {
			if a, ok := c.kb.Actor(ctry); ok {
				name = a.Name
			}
		}
		return insertPersonAt(acts, actor{id: ctry, name: name, country: ctry, code: ctry}, k, false)
	}
	return acts
}

// blocAnaphorWords gates blocReferent: a sentence without "bloc" is not
// scanned.
var blocAnaphorWords = needSetOf(wordset.New("bloc"))

// blocReferent puts over "the bloc" ("the regional bloc", "the 15-nation
// bloc") the international body named last, before it in the sentence
// or in the sentences before: "ECOWAS imposed sanctions on Niger. The
// regional bloc also threatened to use force". A name right
// after ("the regional bloc ECOWAS") or "of" is left alone.
func blocReferent(toks []tok, acts []actor, prev *actor) []actor {
	for k := 1; k < len(toks); k++ {
		if toks[k].low != "bloc" || toks[k].upper {
			continue
		}
		j := k - 1
		for j > 0 && k-j <= 2 && toks[j].low != "the" && !toks[j].punct && !toks[j].upper {
			j-- // "the regional bloc", "the 15-nation bloc"
		}
		if toks[j].low != "the" || k+1 < len(toks) && (toks[k+1].upper || toks[k+1].low == "of") {
			continue
		}
		covered, cand := false, prev
		for i := range acts {
			if acts[i].t0 <= k && k < acts[i].t1 {
				covered = true
			}
			if acts[i].t1 <= j && !acts[i].generic && !acts[i].person && acts[i].sector == "IGO" {
				cand = &acts[i]
			}
		}
		if covered || cand == nil {
			continue
		}
		a := *cand
		acts = insertPersonAt(acts, a, k, k+1 < len(toks) && possessiveMark(toks[k+1].low))
		for i := range acts {
			if acts[i].t0 == k && acts[i].t1 == k+1 {
				acts[i].t0 = j + 1 // the whole description, modifiers too
			}
		}
		return acts
	}
	return acts
}

// noteBloc remembers the last international body of the sentence's
// actors, for "the bloc" in the sentences after (blocReferent).
func (s *scratch) noteBloc(acts []actor) {
	for i := len(acts) - 1; i >= 0; i-- {
		if a := &acts[i]; !a.generic && !a.person && a.sector == "IGO" {
			s.bloc, s.haveBloc = *a, true
			return
		}
	}
}
