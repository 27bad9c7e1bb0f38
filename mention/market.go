package mention

import "github.com/sitrep-project/sitrep/doc"

// marketSubjects types a capitalised name the stage left untyped (or
// took for a place by its first word) as a company when it is the
// subject of a market move: "Fast Retailing fell 2.8 percent", "Tokyo
// Electron rose 3%", "Fast Retailing, the owner of the Uniqlo chain,
// fell 2.8 percent", "shares of Fast Retailing fell". Only a listed
// company (or an index, which the stage leaves alone: marketIndex)
// rises or falls by a percentage; a name of common words ("Fast
// Retailing") escapes the name finder otherwise.
func (p *proc) marketSubjects() {
	n := len(p.toks)
	for i := 0; i < n; {
		i = nextClass(p.cls, i, cCapish)
		if i >= n {
			break
		}
		if !p.toks[i].cap() || p.toks[i].upper() || !p.toks[i].word() {
			i++
			continue
		}
		j := i + 1
		for j < n && j-i < 4 && p.joined(j) && p.toks[j].cap() && p.toks[j].word() && !p.toks[j-1].poss {
			j++
		}
		if !p.marketMove(i, j) {
			i = j
			continue
		}
		p.marketName(i, j)
		i = j
	}
}

// marketMove reports whether the words after the name [i, j), past an
// appositive between commas, are a market verb, a number and a percent
// sign or word; or the name follows "shares of|in" and such a move
// comes after it.
func (p *proc) marketMove(i, j int) bool {
	k := j
	if p.is(k, p.s.w.comma) {
		for m := k + 1; m < len(p.toks) && m < k+14 && p.toks[m].sent == p.toks[i].sent; m++ {
			if p.is(m, p.s.w.comma) {
				k = m + 1
				break
			}
		}
		if k == j {
			return false
		}
	}
	if k+2 >= len(p.toks) || !marketVerb(p.word(k)) || p.toks[k+1].shape&shDigit == 0 {
		return false
	}
	m := k + 2 // past "2.8": the number's dot and decimals are tokens of their own
	for m < len(p.toks) && m < k+5 && (p.toks[m].shape&shDigit != 0 || p.word(m) == ".") && p.toks[m].gap == gapNone {
		m++
	}
	if m >= len(p.toks) {
		return false
	}
	switch p.word(m) {
	case "percent", "%", "pct", "per":
		return true
	}
	return false
}

// marketName makes [i, j) a company unless a found the stage typed
// otherwise covers it: free tokens, an untyped found, or a KB place
// opening a longer name ("Tokyo Electron") give way.
func (p *proc) marketName(i, j int) {
	if p.is(i, p.s.w.the) {
		i++ // "The Nikkei dropped 9.6%"
	}
	if j-i <= 1 || p.marketIndex(i, j) {
		return // "Brent fell 2 percent": one word is a company only when the stage found it
	}
	for k := i; k < j; k++ {
		c := p.cover[k]
		if c < 0 || p.tcover[k] >= 0 && p.titles[p.tcover[k]].i <= k {
			if p.tcover[k] >= 0 {
				return
			}
			continue
		}
		f := &p.found[c]
		if f.i == i && f.j == j && f.typ == doc.TypePerson && f.shapeOnly && f.actor < 0 {
			f.typ, f.shapeOnly = doc.TypeOrganization, false // "Swift Trading": shaped like a name, but no person rises 3 percent
			return
		}
		if f.i < i || f.j > j {
			return
		}
		if f.typ == doc.TypeOrganization || f.typ == doc.TypeArmedGroup {
			return // already a body
		}
		if f.typ != "" && !(f.typ == doc.TypePlace && f.i == i && f.j < j) {
			return
		}
	}
	for k := i; k < j; k++ {
		if c := p.cover[k]; c >= 0 {
			p.kill(int(c))
		}
	}
	p.addFound(found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: HowName, typ: doc.TypeOrganization, key: p.fold(i, j)})
}

// marketVerb reports whether w is a verb a share price or an index
// moves by ("fell 2.8 percent").
func marketVerb(w string) bool {
	switch w {
	case "rose", "fell", "dropped", "gained", "lost", "jumped", "slumped", "climbed", "slid", "tumbled",
		"surged", "soared", "plunged", "sank", "advanced", "declined", "shed", "added", "edged", "slipped",
		"rallied", "dipped", "eased", "rises", "falls", "drops", "gains", "jumps", "slides", "climbs":
		return true
	}
	return false
}
