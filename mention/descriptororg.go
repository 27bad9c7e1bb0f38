package mention

import (
	"strings"
)

// descriptorHeads are the head nouns of a descriptor that wire copy puts
// after the name of a body its readers may not know: "the Histadrut
// labour federation", "the Tass news agency", "the Cosatu trade union
// federation", "the Likud party".
var descriptorHeads = map[string]bool{
	"federation": true, "confederation": true, "union": true, "unions": true, "agency": true,
	"party": true, "movement": true, "bloc": true, "alliance": true, "coalition": true,
	"militia": true, "association": true, "organisation": true, "organization": true,
	"broadcaster": true, "newspaper": true, "daily": true, "network": true, "syndicate": true,
	"front": true, "group": true, "company": true, "firm": true, "conglomerate": true,
}

// descriptorOrgs types as an organisation a name of one or two
// capitalised words after "the" that no pass typed, followed by a
// lower-case descriptor: at most two modifier words and a head of
// descriptorHeads ("the Histadrut labour federation said", "the Tass
// news agency reported"). The mention is the name; the descriptor is an
// apposition. A name a pass typed or linked (a KB person, a place) is
// left alone: "the Wagner group" is another rule's. A faith, ideology
// or language word ("the Islamist militant group", "the Maoist rebel
// group", "the Kurdish militia") names no body.
func (p *proc) descriptorOrgs() {
	toks, the := p.toks, p.s.w.the // the loop adds founds, never tokens
	for k := 0; k+2 < len(toks); k++ {
		// skip to the next "the" (cThe)
		if k = nextClass(p.cls, k, cThe); k+2 >= len(toks) {
			break
		}
		t := k + 1
		if toks[k].id != the || !toks[t].cap() || p.tcover[t] >= 0 || p.has(t, fStop|fDet|fGroupAdj|fMisc|fDate|fCommon|fRole|fOrgCue|fPlaceCue) || creedShape(p.lower(t)) {
			continue
		}
		j := t + 1
		if j < len(p.toks) && p.joined(j) && p.toks[j].cap() && !p.toks[j].poss {
			j++ // "the Sinn Fein party"
		}
		if p.toks[j-1].poss || !p.descriptorFollows(j) {
			continue
		}
		c := p.cover[t]
		if c >= 0 {
			f := &p.found[c]
			if f.i != t || f.j != j || f.actor >= 0 || f.how != hName || f.joinTo >= 0 || f.typ != kNone && !(f.typ == kPerson && f.shapeOnly) {
				continue
			}
			f.typ, f.dead, f.shapeOnly = kOrganization, false, false
			continue
		}
		if j > t+1 && p.cover[t+1] >= 0 {
			continue
		}
		p.addFound(found{i: t, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(t, j)})
	}
}

// descriptorFollows reports whether a descriptor starts at token j: up to
// two lower-case modifier words, no function word among them, and a head
// of descriptorHeads, all in the sentence.
func (p *proc) descriptorFollows(j int) bool {
	for k := j; k < j+3 && k < len(p.toks); k++ {
		if !p.joined(k) || p.toks[k].shape&shLower == 0 || p.toks[k].gap == gapHyphen && k == j {
			return false
		}
		w := p.word(k)
		if descriptorHeads[w] {
			return k+1 >= len(p.toks) || !p.joined(k+1) || p.toks[k+1].shape&shLower != 0 || !p.toks[k+1].cap()
		}
		if p.has(k, fStop|fDet|fAux) || beForm(w) {
			return false
		}
	}
	return false
}

// creedShape reports whether the lower-case word w ends like an
// adjective of creed, ideology or people ("Maoist", "Kurdish",
// "Ethiopian", "Sudanese", "Islamic", "Alawite"), none a body's name.
func creedShape(w string) bool {
	for _, s := range []string{"ist", "ish", "ian", "ese", "ic", "ite", "ean"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
