package mention

import (
	"maps"
	"slices"
)

// A trigger is a set of word classes whose absence from a document lets a
// pass return at once: a pass that looks for a rare word ("Labour",
// "tanker") scans every token for it, and most articles hold none.
//
// The contract: trigger bit t is set in proc.trig when some token of the
// document has a vocabulary id whose Stage.info entry's trig holds t. A
// pass may skip the document when its bit is clear only if the bit is in
// Stage.gated, which New sets only when every word the pass tests for
// has a vocabulary id (a word outside the vocabulary gets id -1 and
// cannot be told apart from any other unknown word). A trigger in
// Stage.capOnly counts a word only when it is capitalised (shCap): its
// pass reads the word with a capital only ("Labour", not "labour").
//
// Keep the lists in step by hand: the word lists below (and the ones
// indexTriggers gates with) repeat the words their passes test for. A
// word added to a gated pass and not here would never trigger it; each
// gated pass says so beside its p.absent check.
type trigger uint32

const (
	tVessel      trigger = 1 << iota // a word flagged fVessel: shipNames
	tPartyPlural                     // a word partyPlurals opens with or ends on
	tPartyName                       // a word partyName accepts: partyWords
	tAmerica                         // "America": americaUS
	tPaper                           // a newspaper's head word ("Times", "Post"): weekdayPapers
	tCouncil                         // "council" in any case: nationalCouncils
	tAll                             // "All": allStars
	tQuote                           // an opening quotation mark (\u201c or "): quotedTitles
	tOfficeHead                      // an office's head word ("Office", officeHead): titleOffices
	tWordFirm                        // a word of wordFirms ("Total"): wordFirmMentions
	tMission                         // "Mission", "Force" or "Office": missionNames
	tBank                            // "Bank": bankCountries
	tState                           // "State": stateForTitles
	tGulf                            // "Gulf": gulfModifiers
	tCongress                        // "Congress": usCongress
	tGrand                           // "Grand": grandNames
	tRoute                           // a route noun ("pipeline", "railway"): routePlaces
	tFlying                          // a noun of air travel ("flight", "airline"): airlineCountries
)

// partyPluralWords are the words one of which every name partyPlurals
// reads contains ("Social Democrats" has "Democrats"), as tokens.
var partyPluralWords = []string{
	"Greens", "Socialists", "Conservatives", "Tories", "Republicans", "Democrats", "Democrat",
	"Conservative", "Labour", "Labor",
}

// paperWords are the head words weekdayPapers reads.
var paperWords = []string{
	"Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Independent", "Tribune", "Star",
	"Mail", "Journal", "Observer", "Sun",
}

// partyNameWords are the words partyName accepts.
var partyNameWords = []string{
	"Liberal", "Labor", "Labour", "Conservative", "Tory", "Republican", "Democratic", "Socialist",
	"Communist", "Green", "Greens", "Likud", "Baath", "Ba'ath",
}

// indexTriggers fills the triggers of s.info, and s.gated, from the
// frozen vocabulary.
func (s *Stage) indexTriggers() {
	v := s.v
	s.info = make([]idInfo, len(v.flags))
	for id, f := range v.flags {
		s.info[id].flags = f
		if f&fVessel != 0 {
			s.info[id].trig |= tVessel
		}
	}
	s.gated = tVessel
	s.gateWords(tPartyPlural, partyPluralWords)
	s.gateWords(tPartyName, partyNameWords)
	s.gateWords(tAmerica, []string{"America"})
	s.gateWords(tPaper, paperWords)
	s.gateWords(tCouncil, []string{"council"})
	s.gateWords(tAll, []string{"All"})
	s.gateWords(tQuote, []string{"\u201c", "\""})
	s.gateWords(tOfficeHead, officeHeadWords)
	s.gateWords(tWordFirm, wordFirms)
	s.gateWords(tMission, []string{"Mission", "Force", "Office"})
	s.gateWords(tBank, []string{"Bank"})
	s.gateWords(tState, []string{"State"})
	s.gateWords(tGulf, []string{"Gulf"})
	s.gateWords(tCongress, []string{"Congress"})
	s.gateWords(tGrand, []string{"Grand"})
	s.gateWords(tRoute, slices.Sorted(maps.Keys(routeNouns)))
	s.gateWords(tFlying, flyingWords)
	s.capOnly = tPartyPlural | tPartyName | tAmerica | tPaper | tAll | tOfficeHead | tWordFirm | tMission | tBank | tState | tGulf | tCongress | tGrand
}

// gateWords marks the vocabulary ids of words with t, and adds t to
// s.gated when each of them is one token with an id.
func (s *Stage) gateWords(t trigger, words []string) {
	for _, w := range words {
		toks := tokenize(w, nil, s.v, nil)
		if len(toks) != 1 || toks[0].id < 0 {
			return // the pass must run on every document
		}
		s.info[toks[0].id].trig |= t
	}
	s.gated |= t
}

// docTriggers returns the triggers the tokens hold, and sets cls[i] to
// the class bits of toks[i] (tokclass.go) and flags[i] to the word flags
// of its id (0 for none); cls and flags hold len(toks) entries at least.
func (s *Stage) docTriggers(toks []token, cls []byte, flags []wordFlag) trigger {
	var m trigger
	info, vflags := s.info, s.v.flags
	cls, flags = cls[:len(toks)], flags[:len(toks)]
	// keep, indexed by a token's shCap bit, drops the capOnly triggers
	// of a word that is not capitalised, without a branch
	keep := [2]trigger{^s.capOnly, ^trigger(0)}
	// the token before's possessive and sentence, for cJoined; the first
	// token follows none, as if after a possessive
	prevPoss, prevSent := true, int32(0)
	for i := range toks {
		t := &toks[i]
		sh := t.shape
		c := shapeClass[sh]
		var f wordFlag
		// one unsigned test: an unknown word's -1 fails it, and so does
		// any id of a Stage that New did not build (info empty)
		if id := uint(t.id); id < uint(len(info)) {
			in := info[id]
			m |= in.trig & keep[sh>>1&1]
			c |= in.cls
			f = in.flags
		} else if t.id >= 0 {
			c |= idClasses // an id no table covers: let the loops test it
			if id < uint(len(vflags)) {
				f = vflags[id]
			}
		}
		if t.sentStart {
			c |= cSent
		}
		// joined's answer
		if t.gap <= gapSpace && !prevPoss && t.sent == prevSent {
			c |= cJoined
		}
		prevPoss, prevSent = t.poss, t.sent
		cls[i], flags[i] = c, f
	}
	return m
}

// absent reports whether the document lacks every word of trigger t, so
// the pass t gates has nothing to find.
func (p *proc) absent(t trigger) bool {
	return p.s.gated&t != 0 && p.trig&t == 0
}
