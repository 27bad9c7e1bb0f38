package mention

import (
	"strings"
)

// countryActs reports whether the country named over tokens [i,j) stands
// for its state acting rather than for its territory, read as
// capitalActs reads a capital, with "the" before the name read as part
// of it ("relations with the United States"): the subject of a
// reporting, action or state verb ("Iraq faces"), the party a verb
// addresses ("urged Iran to"), the other party of relations ("war with
// Israel"), a possessive ("Iraq's efforts"), an agent compound
// ("US-led"), the agent of a noun of commitment or effort right after
// it ("the enduring U.S. commitment", "a U.S.-Iraq partnership"), the
// state whose office is named before "of" ("Ministers of Foreign Affairs
// of Iran, Saudi Arabia and Egypt"). A country coordinated with one that
// acts acts too ("the United States and Iraq signed"); one in the scope
// of a locative preposition is the place ("in Iraq", "from Syria and
// Iraq arrived").
func (p *proc) countryActs(i, j int) bool {
	if n := len(p.toks); len(p.actsMemo) != n { // emit emptied it: a new document
		if cap(p.actsMemo) < n {
			p.actsMemo = make([]actsMemo, n)
		}
		p.actsMemo = p.actsMemo[:n]
		clear(p.actsMemo)
	}
	return p.countryActsN(i, j, 3)
}

// countryActsN is countryActs looking at most depth countries along a
// coordination.
func (p *proc) countryActsN(i, j, depth int) bool {
	switch p.countryActsAt(i, j) {
	case actsYes:
		return true
	case actsNo:
		return false
	}
	if depth == 0 || !p.countryConj(i, j) {
		return false
	}
	k := j + 1
	if p.is(k, p.s.w.the) {
		k++
	}
	if h := p.foundAt(k); h >= 0 && p.countryLike(h) {
		return p.countryActsN(p.found[h].i, p.found[h].j, depth-1) // "the United States and Iraq signed"
	}
	return false
}

// An actsAnswer is what the words around one country say of it, before
// the countries coordinated with it are read (countryActsAt).
type actsAnswer uint8

const (
	actsUnknown actsAnswer = iota // not asked yet
	actsYes                       // it acts
	actsNo                        // it is the place
	actsOpen                      // neither: a country coordinated after it decides
)

// actsMemo is countryActsAt's answer for the country whose name opens at
// a token and ends at j (the zero value: none yet).
type actsMemo struct {
	j int32
	a actsAnswer
}

// countryActsAt returns what the words around the country over [i,j)
// say of it. A list of countries ("Iran, Iraq, Syria and Turkey") asks
// it of each country once from countryActs and again along the
// coordination of each country before it: the answer is kept for the
// document's emit, which changes no found and no token (p.actsMemo).
func (p *proc) countryActsAt(i, j int) actsAnswer {
	m := &p.actsMemo[i]
	if m.a == actsUnknown || m.j != int32(j) {
		*m = actsMemo{int32(j), p.countryActsHere(i, j)}
	}
	return m.a
}

// countryConj reports whether token k is "and", "or" or a comma in the
// sentence of token i.
func (p *proc) countryConj(i, k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].sent == p.toks[i].sent && (p.is(k, p.s.w.and) || p.is(k, p.s.w.or) || p.is(k, p.s.w.comma))
}

// countryActsHere is countryActsAt's answer, from the words around the
// country alone.
func (p *proc) countryActsHere(i, j int) actsAnswer {
	s := i
	if s > 0 && p.is(s-1, p.s.w.the) && p.toks[s-1].sent == p.toks[i].sent {
		s--
	}
	conj := func(k int) bool { return p.countryConj(i, k) }
	if conj(s - 1) {
		if h := p.foundEnding(s - 1); h >= 0 && p.countryLike(h) {
			if _, loc := p.capitalActs(p.found[h].i, p.found[h].j); loc {
				return actsNo // "from Syria and Iraq arrived"
			}
		}
	}
	acts, loc := p.capitalActs(s, j)
	if !acts && !loc {
		acts = p.countryAgentNoun(i, j) || p.officeOf(s) || p.listAfterOffice(s, conj)
	}
	switch {
	case acts:
		return actsYes
	case loc:
		return actsNo
	}
	return actsOpen
}

// countryLike reports whether found h names a country or place by its
// name (not a demonym).
func (p *proc) countryLike(h int) bool {
	f := &p.found[h]
	return (f.typ == kCountry || f.typ == kPlace) && f.how != hDemonym
}

// agentNouns are nouns of what a state does or holds to; a country's name
// right before one is their agent ("U.S. efforts", "the UK's
// commitment" is read as a possessive).
var agentNouns = map[string]bool{
	"commitment": true, "commitments": true, "effort": true, "efforts": true, "support": true,
	"policy": true, "policies": true, "pressure": true, "engagement": true, "leadership": true,
	"involvement": true, "intervention": true, "pledge": true, "pledges": true, "strategy": true,
	"stance": true, "position": true, "assistance": true, "backing": true, "demands": true,
	"sanctions": true, "diplomacy": true, "initiative": true, "contribution": true,
}

// countryAgentNoun reports whether the country over [i,j) is the agent
// of the noun right after it: a noun of commitment or effort ("the
// enduring U.S. commitment", "ongoing U.S. efforts"), or a noun of
// relations after two countries joined by a hyphen ("a strong U.S.-Iraq
// partnership": both parties act).
func (p *proc) countryAgentNoun(i, j int) bool {
	if j >= len(p.toks) || !p.joined(j) {
		return false
	}
	if p.toks[j].shape&shLower != 0 {
		if agentNouns[p.word(j)] {
			return true
		}
		// "Iraq" in "U.S.-Iraq partnership"
		if !p.has(j, fRelNoun) {
			return false
		}
		e := i
		if p.toks[i].gap != gapHyphen {
			if i < 1 || p.toks[i].gap != gapNone || !p.hyphenToken(i-1) {
				return false
			}
			e = i - 1 // "U.S." "-" "Iraq"
		}
		h := p.foundEnding(e)
		return h >= 0 && p.countryLike(h)
	}
	// "U.S." in "U.S.-Iraq partnership"
	k := j
	if p.toks[j].gap != gapHyphen {
		if !p.hyphenToken(j) || j+1 >= len(p.toks) || p.toks[j+1].gap != gapNone {
			return false
		}
		k = j + 1
	}
	h := p.foundAt(k)
	if h < 0 || !p.countryLike(h) {
		return false
	}
	k = p.found[h].j
	return k < len(p.toks) && p.joined(k) && p.toks[k].shape&shLower != 0 && p.has(k, fRelNoun)
}

// hyphenToken reports whether token k is a lone hyphen written with no
// space before it (after an abbreviation: "U.S.-Iraq").
func (p *proc) hyphenToken(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].gap == gapNone && p.toks[k].end-p.toks[k].start == 1 && p.text[p.toks[k].start] == '-'
}

// officeNouns name a state's offices and bodies; a country after one and
// "of" is the state that holds it ("the Minister of Foreign Affairs of
// Iran", "the Government of Iraq").
var officeNouns = map[string]bool{
	"minister": true, "ministers": true, "ministry": true, "ministries": true, "government": true,
	"governments": true, "affairs": true, "president": true, "presidents": true, "king": true,
	"embassy": true, "embassies": true, "ambassador": true, "ambassadors": true, "delegation": true,
	"delegations": true, "representatives": true, "representative": true, "envoy": true,
	"envoys": true, "leaders": true, "leader": true, "parliament": true, "cabinet": true,
	"secretary": true, "chancellor": true, "premier": true, "authorities": true,
}

// officeOf reports whether token s, the first of a country's name (or
// the "the" before it), follows "of" after an office noun ("Ministers
// of Foreign Affairs of Iran").
func (p *proc) officeOf(s int) bool {
	return s >= 2 && p.is(s-1, p.s.w.of) && p.toks[s-1].sent == p.toks[s].sent && p.toks[s-2].sent == p.toks[s].sent &&
		officeNouns[strings.ToLower(p.word(s-2))]
}

// listAfterOffice reports whether the country at token s (its "the"
// included) comes later in a coordination whose first country follows
// an office noun and "of" ("of Iran, Saudi Arabia, Egypt and Lebanon"):
// every country of the list is a state holding the office.
func (p *proc) listAfterOffice(s int, conj func(int) bool) bool {
	n := 0
	for ; n < 12 && conj(s-1); n++ {
		h := p.foundEnding(s - 1)
		if h < 0 || !p.countryLike(h) {
			return false
		}
		s = p.found[h].i
		if s > 0 && p.is(s-1, p.s.w.the) {
			s--
		}
	}
	return n > 0 && p.officeOf(s)
}
