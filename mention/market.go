package mention

import (
	"sort"
	"strings"
)

// marketSubjects types a capitalised name the stage left untyped (or
// took for a place by its first word) as a company when it is the
// subject of a market move: "Fast Retailing fell 2.8 percent", "Tokyo
// Electron rose 3%", "Fast Retailing, the owner of the Uniqlo chain,
// fell 2.8 percent", "shares of Fast Retailing fell". Only a listed
// company (or an index, which the stage leaves alone: marketIndex)
// rises or falls by a percentage; a name of common words ("Fast
// Retailing") escapes the name finder otherwise.
//
// The text is scanned for the percent sign and for a "p" that opens
// "percent", "per cent" or "pct" (one byte search each), not token by
// token: most articles move no market.
func (p *proc) marketSubjects() {
	text := p.text
	for off := 0; off < len(text); {
		k := strings.IndexByte(text[off:], '%')
		if k < 0 {
			break
		}
		p.marketMoveAt(off + k)
		off += k + 1
	}
	for off := 0; off < len(text); {
		k := strings.IndexByte(text[off:], 'p')
		if k < 0 {
			break
		}
		k += off
		off = k + 1
		if k > 0 && text[k-1] == ' ' && (strings.HasPrefix(text[k:], "percent") || strings.HasPrefix(text[k:], "per cent") || strings.HasPrefix(text[k:], "pct")) {
			p.marketMoveAt(k)
		}
	}
}

// marketMoveAt reads the percent sign or word at byte pos as the end of
// a market move and types its subject: back over the number to a market
// verb, past an appositive between commas, to the capitalised words
// before it ("Fast Retailing, the owner of the Uniqlo chain, fell 2.8
// percent").
func (p *proc) marketMoveAt(pos int) {
	toks := p.toks
	m := sort.Search(len(toks), func(i int) bool { return toks[i].start >= pos })
	if m == len(toks) || toks[m].start != pos || m < 2 {
		return
	}
	n := m - 1 // the number's first token
	if toks[n].shape&shDigit == 0 {
		return
	}
	for n > 1 && n > m-4 && toks[n].gap == gapNone && (toks[n-1].shape&shDigit != 0 || p.word(n-1) == ".") {
		n-- // "2.8" may be tokens of its own
	}
	v := n - 1
	if !marketVerb(p.word(v)) {
		return
	}
	e := v
	if p.is(e-1, p.s.w.comma) {
		c := -1
		for k := e - 2; k > 0 && k > e-16 && toks[k].sent == toks[v].sent; k-- {
			if p.is(k, p.s.w.comma) {
				c = k
				break
			}
		}
		if c < 0 {
			return
		}
		e = c
	}
	i := e
	for i > 0 && e-i < 4 && toks[i-1].cap() && toks[i-1].word() && !toks[i-1].upper() && (i == e || p.joined(i)) && toks[i-1].sent == toks[v].sent {
		i--
	}
	if i < e {
		p.marketName(i, e)
	}
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
		if f.i == i && f.j == j && f.typ == kPerson && f.shapeOnly && f.actor < 0 {
			f.typ, f.shapeOnly = kOrganization, false // "Swift Trading": shaped like a name, but no person rises 3 percent
			return
		}
		if f.i < i || f.j > j {
			return
		}
		if f.typ == kOrganization || f.typ == kArmedGroup {
			return // already a body
		}
		if f.typ != kNone && !(f.typ == kPlace && f.i == i && f.j < j) {
			return
		}
	}
	for k := i; k < j; k++ {
		if c := p.cover[k]; c >= 0 {
			p.kill(int(c))
		}
	}
	p.addFound(found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(i, j)})
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
