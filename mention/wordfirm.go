package mention

import (
	"slices"
	"strings"
)

// wordFirms are companies whose one-word name is also a common English
// word, left out of orgNames for that reason ("Total output rose"): a
// capitalised one is the company only where it acts as one (see
// wordFirmAt). Written as names are; at most four.
var wordFirms = []string{"Total"}

// firmVerbs are what a company does in business news, after its name
// ("Total sold its stake", "Total holds 10 percent").
var firmVerbs = map[string]bool{
	"sold": true, "sells": true, "bought": true, "buys": true, "said": true, "says": true,
	"signed": true, "signs": true, "agreed": true, "agrees": true, "holds": true, "held": true,
	"owns": true, "owned": true, "has": true, "had": true, "will": true, "would": true,
	"plans": true, "announced": true, "reported": true, "acquired": true, "won": true, "took": true,
	"made": true, "pulled": true, "cut": true, "paid": true, "pays": true, "spent": true, "became": true,
	"operates": true, "operated": true, "declined": true, "withdrew": true, "is": true, "was": true,
}

// firmBefore are the lower-case words after which a capitalised name is
// a party to a deal ("bought the stake from Total", "a deal with Total").
var firmBefore = map[string]bool{
	"from": true, "with": true, "by": true, "to": true, "for": true, "against": true, "of": true,
}

// wordFirms finds the capitalised mentions of wordFirms that act as a
// company: followed by a verb of business ("Total sold its stake to
// Sonangol") or a possessive, or after a preposition of a deal or "and"
// after another organisation ("from Total for $1.2 billion", "with
// Chevron and Total"), and not followed by a noun they would modify
// ("Total output rose", "Total Eclipse"). Each is typed organization,
// unlinked. Only a text that holds a capitalised one is
// scanned: a shape test per token and an id compare per capitalised one.
func (p *proc) wordFirmMentions() {
	// gated by tWordFirm (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tWordFirm) {
		return
	}
	var ids [4]int32 // the vocabulary ids of wordFirms (at most four)
	n := 0
	for _, w := range wordFirms {
		if !strings.Contains(p.text, w) {
			continue // most texts name none: no token is looked at
		}
		if id, ok := p.s.v.ids[strings.ToLower(w)]; ok && n < len(ids) {
			ids[n] = id
			n++
		}
	}
	if n == 0 {
		return
	}
	for k := range p.toks {
		t := &p.toks[k]
		if !t.cap() || t.upper() || p.cover[k] >= 0 || !slices.Contains(ids[:n], t.id) {
			continue
		}
		if p.wordFirmAt(k) {
			p.addFound(found{i: k, j: k + 1, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(k, k+1)})
		}
	}
}

// wordFirmAt reports whether the capitalised word at token k acts as a
// company (see wordFirmMentions).
func (p *proc) wordFirmAt(k int) bool {
	if p.headline(k) {
		return false // a title-case headline capitalises every word
	}
	sent := p.toks[k].sent
	next := k + 1
	nextWord := next < len(p.toks) && p.toks[next].sent == sent && p.toks[next].word()
	if p.toks[k].poss {
		return true // "Total's chief executive"
	}
	if nextWord && p.toks[next].shape&shLower != 0 {
		w := p.lower(next)
		if firmVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && w != "hundred" {
			// opening the sentence it needs an object or a time after the
			// verb: "Total sold its stake", not "Total reported cases rose"
			return !p.toks[k].sentStart || k+2 < len(p.toks) && p.toks[k+2].sent == sent && verbObjectStart(p.lower(k+2))
		}
	}
	// a party after a preposition or "and" another organisation, with
	// nothing it modifies after it
	if nextWord && (p.toks[next].cap() || !firmAfter(p.lower(next))) {
		return false
	}
	if k == 0 || p.toks[k-1].sent != sent {
		return false
	}
	prev := p.lower(k - 1)
	if p.toks[k-1].shape&shLower != 0 && firmBefore[prev] {
		return true
	}
	if prev == "and" && k >= 2 {
		g := p.cover[k-2]
		return g >= 0 && !p.found[g].dead && p.found[g].typ == kOrganization
	}
	return false
}

// firmAfter reports whether w may follow a company's name that ends a
// noun phrase ("from Total for $1.2 billion", "with Total and Shell").
func firmAfter(w string) bool {
	switch w {
	case "and", "or", "for", "in", "on", "at", "to", "of", "which", "that", "as", "over", "last", "this":
		return true
	}
	return false
}

// verbObjectStart reports whether w opens the object or an adjunct of a
// verb ("sold its stake", "said on Monday", "signed a deal").
func verbObjectStart(w string) bool {
	switch w {
	case "its", "a", "an", "the", "his", "her", "their", "that", "on", "it", "in", "to", "off", "out", "up", "with":
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
