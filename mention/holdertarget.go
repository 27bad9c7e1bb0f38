package mention

// targetPreps, before a state named after a title holder, make the
// state the object of what the holder did ("ordered a blockade of
// Cuba", "broke off relations with Cuba", "imposed sanctions on Iran",
// "flew to Japan"): the state is not the one whose title the holder
// bears.
var targetPreps = map[string]bool{
	"of": true, "with": true, "against": true, "on": true, "to": true, "into": true,
	"toward": true, "towards": true, "from": true, "over": true, "at": true,
}

// holderTarget reports whether the state found h, in the sentence of
// the title holder f and after the name, is the object of a preposition
// of f's predicate (targetPreps), and so no guess for f's title's
// country. "President X of Cuba" (the preposition right after the name)
// names the holder's state and is no target.
func (p *proc) holderTarget(f, h *found) bool {
	if h.i <= f.j+1 {
		return false
	}
	k := h.i - 1
	if p.is(k, p.s.w.the) {
		k--
	}
	return k > f.j && p.toks[k].shape&shLower != 0 && targetPreps[p.word(k)]
}

// bilateralDateline returns the dateline's country when the sentence of
// the title holder f names it besides the nearest state guess (the
// contextCountry choice, code best): in "The United States and Cuba
// restored relations … since President Eisenhower broke them off",
// datelined WASHINGTON, the title is the United States'. It returns ""
// when the dateline names no country, or one the sentence does not name.
func (p *proc) bilateralDateline(f *found, best string) string {
	dl := p.datelineCountry()
	if dl == "" || dl == best {
		return ""
	}
	sent := p.toks[f.i].sent
	if c := p.stateCtx; c != nil {
		for _, k := range c.sentence(int32(sent)) {
			st := &c.states[k]
			if st.code == dl && !p.holderTarget(f, &p.found[st.g]) {
				return dl
			}
		}
		return ""
	}
	for g := range p.found {
		h := &p.found[g]
		if h.dead || p.toks[h.i].sent != sent || !p.isState(g) || p.holderTarget(f, h) {
			continue
		}
		if countryCode(p.s.actors[h.actor]) == dl {
			return dl
		}
	}
	return ""
}
