package mention

import "github.com/sitrep-project/sitrep/kb"

// How a word written in lower case may open a name of Stage.names
// (Stage.lowOpen, by the word's vocabulary id): most lower-case words
// whose id opens a KB name ("to" for "To Lam", "said" for "Said
// Jalili") open only names that ask their first word capitalised, and
// caseOK turns every such match down, so matchNames need not walk the
// trie from them.
const (
	lowShut  byte = iota // no name: caseOK fails on the first word
	lowNamed             // only through lowerName (sloppy text, an inner capital)
	lowOpen              // some name takes its first word in any case
)

// indexLowOpen fills s.lowOpen from the frozen name trie: for each id
// that opens a name, the most any entry below it lets a lower-case first
// word do (caseOK's test of the entry's first token).
func (s *Stage) indexLowOpen() {
	t := s.names
	s.lowOpen = make([]byte, len(t.root))
	var stack []int32
	for id, c := range t.root {
		if c == 0 {
			continue
		}
		how := lowShut
		stack = append(stack[:0], c)
		for len(stack) > 0 && how != lowOpen {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, o := range t.outs[n] {
				how = max(how, s.lowFirst(&s.entries[o]))
			}
			stack = append(stack, t.kids[t.first[n]:t.first[n+1]]...)
		}
		s.lowOpen[id] = how
	}
}

// lowFirst is what entry e lets a first word written in lower case do:
// reqAny takes it; reqUpper never does (a lower-case first letter is no
// capital); reqCap only through lowerName, for the entries it accepts.
func (s *Stage) lowFirst(e *nameEntry) byte {
	switch e.req & 3 {
	case reqAny:
		return lowOpen
	case reqCap:
		if e.actor < 0 || e.how != nhAlias && e.how != nhDemonym {
			return lowShut
		}
		switch s.actors[e.actor].Kind {
		case kb.KindCountry:
			return lowNamed
		case kb.KindPerson:
			if e.how == nhAlias && e.ntok >= 2 {
				return lowNamed
			}
		}
	}
	return lowShut
}

// lowClosed reports whether token i, a word written in lower case whose id
// opens a name, can open none here: caseOK would reject its first word
// for every entry (see indexLowOpen).
func (p *proc) lowClosed(i int) bool {
	t := &p.toks[i]
	if uint32(t.id) >= uint32(len(p.s.lowOpen)) {
		return false
	}
	switch p.s.lowOpen[t.id] {
	case lowShut:
		return true
	case lowNamed:
		// lowerName's own first test: sloppy text or a capital after
		// the first letter ("iSrael")
		return !p.sloppy && !innerCapital(p.text[t.start+1:t.end])
	}
	return false
}

// innerCapital reports whether w holds an ASCII capital letter.
func innerCapital(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}
