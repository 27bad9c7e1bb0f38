package mention

import (
	"slices"
	"sort"
)

// stateContext is what contextCountry reads of the document's states for
// a title without an owner, gathered once per document instead of once
// per claim: the live states in found order with the title each
// qualifies ("German Finance Minister": the state owns that title), the
// states in sentence order, the count of country codes over the states
// that qualify no title, and the dateline's country. A found added or
// killed updates it (foundChanged), and contextCountry keeps it only inside
// the passes that ask it per claim (buildClaims, partyPlurals).
type stateContext struct {
	states []stateInfo
	bySent []int32        // indices into states, by sentence then found order
	count  map[string]int // code → states that qualify no title
	dl     string         // datelineCountry
}

// noStateContext makes contextCountry read every found per claim, as
// before the stateContext: the tests compare the two.
var noStateContext bool

// stateInfo is one live state of a stateContext.
type stateInfo struct {
	g     int32  // index into found
	sent  int32  // its sentence
	code  string // countryCode of its actor
	title string // the office it qualifies, when owns is set
	owns  bool
}

// foundChanged updates the stateContext after the found g was added or
// killed. A state drops it. Another found can change only what
// qualifiesTitle reads around the states of its own and the next
// sentences (a title's owner is written right before it) and the
// dateline's country of the first sentences: those are read again.
func (p *proc) foundChanged(g int) {
	f := &p.found[g]
	if f.typ == kPerson {
		p.personCtx = nil
	}
	c := p.stateCtx
	if c == nil {
		return
	}
	if f.typ == kCountry || f.j <= f.i || f.j > len(p.toks) {
		p.stateCtx = nil
		return
	}
	lo, hi := p.toks[f.i].sent, p.toks[f.j-1].sent
	if f.i > 0 {
		lo = min(lo, p.toks[f.i-1].sent)
	}
	if f.j < len(p.toks) {
		hi = max(hi, p.toks[f.j].sent)
	}
	if lo < 0 || hi < 0 {
		p.stateCtx = nil // outside the sentences: no window to read again
		return
	}
	if lo <= 3 {
		p.stateCtx = nil
		c.dl = p.datelineCountry()
		p.stateCtx = c
	}
	from := sort.Search(len(c.bySent), func(k int) bool { return c.states[c.bySent[k]].sent >= int32(lo-1) })
	for _, k := range c.bySent[from:] {
		st := &c.states[k]
		if st.sent > int32(hi+1) {
			break
		}
		q, ok := p.qualifiesTitle(int(st.g))
		if ok != st.owns {
			if ok {
				if c.count[st.code]--; c.count[st.code] == 0 {
					delete(c.count, st.code)
				}
			} else {
				c.count[st.code]++
			}
		}
		st.title, st.owns = q, ok
	}
}

// stateContext returns the document's stateContext, built on first use
// while p.keepStates is set; nil otherwise.
func (p *proc) stateContext() *stateContext {
	if !p.keepStates || noStateContext {
		return nil
	}
	if p.stateCtx != nil {
		return p.stateCtx
	}
	c := &stateContext{count: map[string]int{}}
	for g := range p.found {
		h := &p.found[g]
		if h.dead || !p.isState(g) {
			continue
		}
		q, ok := p.qualifiesTitle(g)
		st := stateInfo{g: int32(g), sent: int32(p.toks[h.i].sent), code: countryCode(p.s.actors[h.actor]), title: q, owns: ok}
		if !ok {
			c.count[st.code]++
		}
		c.states = append(c.states, st)
	}
	c.bySent = bySentence(c.states)
	c.dl = p.datelineCountry()
	p.stateCtx = c
	return c
}

// sentence returns the indices into c.states of the states in sentence
// sent, in found order.
func (c *stateContext) sentence(sent int32) []int32 {
	return inSentence(c.states, c.bySent, sent)
}

// inSentence returns the indices of bySent (indices into items, by
// sentence) of the items in sentence sent.
func inSentence(items []stateInfo, bySent []int32, sent int32) []int32 {
	lo := sort.Search(len(bySent), func(k int) bool { return items[bySent[k]].sent >= sent })
	hi := lo
	for hi < len(bySent) && items[bySent[hi]].sent == sent {
		hi++
	}
	return bySent[lo:hi]
}

// bySentence returns the indices of items by sentence, equal sentences
// in slice order.
func bySentence(items []stateInfo) []int32 {
	order := make([]int32, len(items))
	for k := range order {
		order[k] = int32(k)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return int(items[a].sent - items[b].sent) })
	return order
}

// personContext is what personCountry reads of the document's KB
// persons with a country, gathered once while partyPlurals runs: the
// persons (code: the country), by sentence, and the country most of
// them have (the smallest code of a tie). A person found added or killed
// drops it.
type personContext struct {
	persons []stateInfo
	bySent  []int32
	top     string
}

// personContext returns the document's personContext, built on first
// use while p.keepPersons is set (partyPlurals: buildClaims relinks
// persons); nil otherwise.
func (p *proc) personContext() *personContext {
	if !p.keepPersons || noStateContext {
		return nil
	}
	if p.personCtx == nil {
		p.personCtx = p.newPersonContext()
	}
	return p.personCtx
}

// newPersonContext gathers the document's KB persons as they stand.
func (p *proc) newPersonContext() *personContext {
	c := &personContext{}
	count := map[string]int{}
	for g := range p.found {
		h := &p.found[g]
		if h.dead || h.actor < 0 || h.typ != kPerson {
			continue
		}
		code := p.s.actors[h.actor].Country
		if code == "" {
			continue
		}
		count[code]++
		c.persons = append(c.persons, stateInfo{g: int32(g), sent: int32(p.toks[h.i].sent), code: code})
	}
	c.bySent = bySentence(c.persons)
	n := 0
	for code, k := range count {
		if k > n || (k == n && code < c.top) {
			c.top, n = code, k
		}
	}
	return c
}

// forgetStates ends a pass that kept the stateContext.
func (p *proc) forgetStates() {
	p.keepStates, p.keepPersons, p.stateCtx, p.personCtx = false, false, nil, nil
}
