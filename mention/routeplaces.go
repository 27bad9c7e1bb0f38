package mention

// routeNouns are lower-case nouns of a link between the places hyphened
// before them: "the Baku-Supsa pipeline", "the Addis Ababa-Djibouti
// railway", "the Moscow-Berlin flight".
var routeNouns = map[string]bool{
	"pipeline": true, "pipelines": true, "railway": true, "railways": true, "railroad": true, "rail": true,
	"highway": true, "motorway": true, "expressway": true, "road": true, "corridor": true, "route": true,
	"flight": true, "flights": true, "train": true, "ferry": true,
}

// routeFuel are lower-case words that may stand between hyphened places
// and a route noun ("the Kirkuk-Ceyhan oil pipeline").
var routeFuel = map[string]bool{"oil": true, "gas": true, "crude": true, "rail": true, "railway": true, "road": true, "power": true}

// routePlaces splits hyphened capitalised names before a route noun into
// one place per part, as news corpora tag them ("the Kirkuk-Ceyhan
// pipeline": Kirkuk and Ceyhan, each a place). One part at least must be
// a place or country already, or one the gazetteer knows; a part that is
// a name of another type, or a given name, leaves the compound alone
// ("the Rolls-Royce road" is not a pair of places).
func (p *proc) routePlaces() {
	if p.absent(tRoute) { // (routeNouns: the noun every chain must end on)
		return
	}
	n := len(p.toks)
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j >= n || p.toks[f.j-1].poss || !p.joined(f.j) {
			continue
		}
		// the chain runs from f over capitalised words no match covers
		// ("Belgrade-Bar") to a route noun (after a fuel word at most)
		end := f.j
		for end < n && end < f.j+3 && p.joined(end) && p.toks[end].cap() && p.toks[end].word() && p.cover[end] < 0 {
			end++
		}
		e := end
		if e+1 < n && p.joined(e) && p.toks[e].shape&shLower != 0 && routeFuel[p.word(e)] && p.joined(e+1) && routeNouns[p.word(e+1)] {
			e++
		}
		if !p.joined(e) || p.toks[e].shape&shLower == 0 || !routeNouns[p.word(e)] {
			continue
		}
		// walk left over capitalised words joined by spaces or hyphens
		s := f.i
		for s > 0 && p.joined(s) && p.nameWord(s-1) && !p.toks[s-1].poss && s > end-6 {
			s--
		}
		if s > 0 && p.joined(s) && p.toks[s].gap == gapHyphen {
			continue // a chain that starts on a hyphen: a word that is no name before it
		}
		// split [s,end) at the hyphens
		var parts [][2]int
		a := s
		for t := s + 1; t <= end; t++ {
			if t == end || p.toks[t].gap == gapHyphen {
				parts = append(parts, [2]int{a, t})
				a = t
			}
		}
		if len(parts) < 2 || !p.routeParts(parts, s, end) {
			continue
		}
		for _, r := range parts {
			for t := r[0]; t < r[1]; t++ {
				if c := p.cover[t]; c >= 0 {
					if h := &p.found[c]; h.i != r[0] || h.j != r[1] || h.typ != kPlace && h.typ != kCountry {
						p.kill(int(c))
					}
				}
			}
			if p.cover[r[0]] >= 0 {
				continue // the part is a place already
			}
			h := found{i: r[0], j: r[1], actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPlace}
			h.key = p.fold(r[0], r[1])
			p.addFound(h)
		}
		f = &p.found[g] // addFound may have moved the slice
	}
}

// routeParts reports whether the hyphened parts of [s,end) may each be a
// place: every part a place or country match, or free name words (no
// given name, title or other match), one part at least a known place.
func (p *proc) routeParts(parts [][2]int, s, end int) bool {
	known := false
	for _, r := range parts {
		if r[1]-r[0] > 3 {
			return false
		}
		if c := p.cover[r[0]]; c >= 0 && p.cover[r[1]-1] == c {
			h := &p.found[c]
			if h.i == r[0] && h.j == r[1] && (h.typ == kPlace || h.typ == kCountry) && h.how != hDemonym {
				known = true
				continue
			}
			if h.i < s || h.j > end || h.actor >= 0 {
				return false // a match that runs past the chain, or a KB actor of another type
			}
		} else if c >= 0 || p.cover[r[1]-1] >= 0 {
			return false
		}
		if r[1]-r[0] == 1 && routePrefix(p.lower(r[0])) {
			return false // "the Trans-Adriatic pipeline": one name
		}
		for t := r[0]; t < r[1]; t++ {
			if !p.nameWord(t) || p.has(t, fGiven|fHonor|fRole|fDate|fOrgCue) || p.toks[t].upper() {
				return false
			}
		}
		known = known || p.gazPlace(r[0], r[1])
	}
	return known
}

// routePrefix reports whether w, lower case, is a prefix hyphened to a
// name rather than a place ("Trans-Adriatic", "Pan-American").
func routePrefix(w string) bool {
	switch w {
	case "trans", "pan", "inter", "intra", "anti", "pro", "non", "sub", "post", "pre", "neo", "ex", "mid", "euro", "great", "greater", "new", "old", "upper", "lower":
		return true
	}
	return false
}
