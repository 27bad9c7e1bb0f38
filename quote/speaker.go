package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// particles are lower-case name parts ("Bashar al-Assad", "Ursula von der
// Leyen").
var particles = setOf(`al el bin ibn bint de del della der van von da di du la le abu ben`)

// placeWords mark a capitalised run as a place or institution, not a
// person, when resolving pronouns without the mentions layer.
var placeWords = setOf(`states kingdom nations union republic city county island islands
	america africa europe asia east west north south middle street avenue university
	college center centre institute hospital school church mosque news post times
	journal press television radio club foundation fund bank inc corp co ltd valley
	river lake mountain sea ocean gulf strip bank district province region`)

// indefinites open an unnamed source ("a source", "two officials").
var indefinites = setOf(`a an one some several two three four many other another
	senior top unnamed anonymous western israeli iranian american u.s russian chinese
	european arab local regional independent`)

// subjectBefore finds the speaker written before the cue at token j,
// looking no further back than lo.
func (f *finder) subjectBefore(j, lo int) (doc.Speaker, bool) {
	k := f.skipBackAdjuncts(j-1, lo)
	if k < lo {
		return doc.Speaker{}, false
	}
	if x := f.discourseAside(k, lo); x > lo {
		k = x - 1 // "The defence minister, for his part, warned"
	}
	// "Donald Trump, her opponent, bemoaned the unrest and said": the
	// subject of the coordinated verb opens the clause
	if (f.t[k].w == "and" || f.t[k].w == "but") && k > lo {
		if c := f.butClause(lo, k); c > lo {
			// "The commission declared X the winner, but his
			// challenger, Y, refused … and said": the subject of the
			// clause after "but", not the sentence's
			if spk, ok := f.describedName(c, k); ok {
				return spk, true
			}
			return f.clauseSubject(c, k)
		}
		return f.clauseSubject(lo, k)
	}
	// "Rep. Gwen Moore (D-Wis.) said"
	if f.t[k].w == ")" {
		x := k - 1
		for x >= lo && x >= k-12 && f.t[x].w != "(" {
			x--
		}
		if x > lo && f.t[x].w == "(" {
			k = x - 1
		}
	}
	// "Carrie Lam — who has refused to resign — said": an aside
	// between dashes belongs to the subject before it, as between commas
	if x := f.dashAside(k, lo); x > lo {
		k = f.skipBackAdjuncts(x-1, lo)
		if k < lo {
			return doc.Speaker{}, false
		}
	}
	// "Smith, who said"
	// The relative pronoun is the speaker as written, like "he": its
	// span is "who", its name the antecedent's; an unnamed antecedent
	// stays unnamed ("officials, who said").
	if (f.t[k].w == "who" || f.t[k].w == "which") && k-1 > lo && f.t[k-1].w == "," {
		end := k - 1
		start := f.npStart(end, lo)
		for start+1 < end && (f.t[start].kind != tWord || !f.t[start].upper && f.t[start+1].upper && !isTitleWord(f.t[start].w) && !unnamedHeads.Has(f.t[start].w) && !personNoun(f.t[start].w) && f.t[start].w != "the" && f.t[start].w != "a" && f.t[start].w != "an") {
			start++ // `"…," promises Dennis Evans of the department, who said`: a verb before the name
		}
		rel := doc.Span{Start: f.t[k].s, End: f.t[k].e}
		if spk, ok := f.apposedAntecedent(start, end, lo, j); ok {
			spk.Kind, spk.Span = KindPronoun, rel
			return spk, true
		}
		if spk, ok := f.apposedCoordinated(start, end, lo, j); ok {
			spk.Kind, spk.Span = KindPronoun, rel
			return spk, true
		}
		if start < end {
			spk, ok := f.classify(start, end, j)
			if ok && spk.Kind == KindUnnamed {
				return spk, true
			}
			if ok && spk.Kind == KindNamed {
				// "South Korea and the Philippines, which …, said"
				spk = f.coordinateNames(spk, lo, j)
			}
			if ok && spk.Name != "" && spk.Kind != KindUnresolved {
				spk.Kind, spk.Span = KindPronoun, rel
				return spk, true
			}
			if t := &f.t[end-1]; t.kind == tWord && !t.upper && documentHeads.Has(t.w) {
				// "read out the final communique, which demanded …": the
				// text says it, as "a statement, which said" does; the
				// phrase opens at its determiner
				for d := end - 2; d >= start && d >= end-5 && f.t[d].kind == tWord; d-- {
					if w := f.t[d].w; w == "the" || w == "a" || w == "an" || w == "its" || w == "their" {
						sp := doc.Span{Start: f.t[d].s, End: t.e}
						return doc.Speaker{Name: f.text[sp.Start:sp.End], Kind: KindUnnamed, Span: sp, Mention: -1}, true
					}
				}
			}
		}
		return doc.Speaker{Kind: KindUnresolved, Span: rel, Mention: -1}, true
	}
	// "Kotzias, asked whether Athens would block Skopje, said": the
	// question put to the subject is no part of it
	if f.t[k].w == "," {
		if x := f.askedAside(k, lo); x > lo && f.t[x-1].kind == tWord {
			k = x - 1
		}
	}
	// "a senior official, speaking on condition of anonymity, said",
	// "Smith, who chairs the committee, said": a relative or participle
	// clause between commas belongs to the subject before it
	if f.t[k].w == "," {
		inner := false // passed the comma of a name the clause ends with
		for x := k - 1; x > lo && x >= k-28; x-- {
			t := &f.t[x]
			if t.kind == tWord || f.numComma(x) || t.kind == tOpen || t.kind == tClose || amountSign(t.w) {
				continue // `Abe, whose "Abenomics" programme …, said`: a scare quote in the clause; "which lent $5 million"; "which lent $5 million"
			}
			if t.w != "," || x+1 >= k {
				break
			}
			if inner && f.t[x+1].w != "which" {
				break
			}
			if !inner && !f.asideOpens(x+1, k) && f.clauseEndsWithName(x, k) {
				// "The alliance, which accuses Somchai of being a puppet
				// of his brother-in-law, former Prime Minister Thaksin,
				// said": the name is the clause's object
				inner = true
				continue
			}
			if f.asideOpens(x+1, k) {
				x = f.acronymBefore(x, lo) // "The Front for Change and Concord (FACT), which …"
				start := f.npStart(x, lo)
				if start > lo && f.t[start-1].w == "," {
					// "X, president of Y, which represents Z, said":
					// the clause goes, the appositive before it stays
					k = x
					break
				}
				if start < x && f.t[x+1].w == "who" {
					// "one protester, who gave her name only as Maria,":
					// the name the clause ends with, the description its
					// title
					if spk, ok := f.namedAs(start, x, k); ok {
						return spk, true
					}
				}
				if start < x {
					if spk, ok := f.classify(start, x, j); ok {
						if spk.Kind == KindNamed {
							// "South Korea and the Philippines, which …, said"
							spk = f.coordinateNames(spk, lo, j)
						}
						return spk, true
					}
				}
			}
			break
		}
	}
	// "Diplomats who spoke on condition of anonymity said": an unnamed
	// source with its relative clause
	for x := k; x > lo && x >= k-14 && f.t[x].kind == tWord; x-- {
		if f.t[x].w != "who" || x == k {
			// "An official who asked not to be named said": the
			// clause's own verb, right after "who", reports nothing
			if f.t[x].report && f.t[x].cue && !f.isWord(x-1, "who") || boundaryWords.Has(f.t[x].w) && f.t[x].w != "who" && !(f.t[x].w == "because" && f.isWord(x+1, "of")) {
				break
			}
			continue
		}
		start := f.npStart(x, lo)
		if start < x {
			if spk, ok := f.classify(start, x, j); ok && spk.Kind == KindUnnamed {
				spk.Span.End = f.t[k].e
				spk.Name = f.text[spk.Span.Start:spk.Span.End]
				return spk, true
			} else if ok && spk.Kind == KindNamed {
				// "Farmers who backed President Evo Morales say": the
				// name in the clause is its object, the antecedent the
				// speaker
				return spk, true
			}
		}
		break
	}
	// "The African Union envoy, former Nigerian President Olusegun
	// Obasanjo, said"
	if spk, ok := f.modifiedAppositive(k, lo); ok {
		return spk, true
	}
	// "X, the foreign minister, said"; "X, director of the Y Center
	// and a professor at Z, said"
	if f.t[k].w == "," {
		c2, upperApp := -1, false
		for x := k - 1; x >= lo && x >= k-30; x-- {
			t := &f.t[x]
			if t.kind == tWord || t.w == "." || t.w == "-" || t.w == "'" || t.w == "\u2019" || t.w == "(" || t.w == ")" {
				continue
			}
			if t.w != "," {
				break
			}
			if x+1 < k && f.allUpper(x+1, k) {
				c2, upperApp = x, true // "Tehran's envoy, Ali Bagheri, said"
				break
			}
			if f.predicateOpens(x+1, k) {
				break // "X, the candidate of Y, received 15.4 million votes, said Z": the clause Z reports
			}
			if f.apposes(x, k, lo) {
				c2 = x
				break
			}
		}
		// "Hikmet Hajiyev, Assistant to the President of …, head of
		// the … Department, stated", "Joe Mazzuca, operations manager
		// at … in Post Falls, Idaho, said": an appositive before it
		// too, before a title or a place (not before a name: "council
		// leader, Peter Thompson, said")
		for x := c2 - 1; c2 > lo && x >= lo && x >= k-40 && (!upperApp || f.placeMention(c2+1, k)); x-- {
			t := &f.t[x]
			if t.kind == tWord && !(t.report && t.cue) || t.w == "." || t.w == "-" || t.w == "'" || t.w == "\u2019" {
				continue
			}
			if t.w != "," || !f.apposes(x, c2, lo) || f.allUpper(x+1, c2) || isTimeWord(f.t[x-1].w) || months.Has(f.t[x-1].w) || relativeWord(f.t[x+1].w) || boundaryWords.Has(f.t[x+1].w) || adverbialPreps.Has(f.t[x+1].w) {
				break
			}
			c2, upperApp = x, false
		}
		if c2 > lo && c2 < k-1 && f.t[c2+1].upper && f.allUpper(c2+1, k) {
			// "Tehran's envoy, Ali Bagheri, said"
			spk := f.named(c2+1, c2+1, k)
			if spk.Kind == KindNamed && (spk.Title == "" || rankOnly(spk.Title) && !rankOnly(f.text[f.t[f.npStart(c2, lo)].s:f.t[c2-1].e]) || f.speaksForTitle(f.npStart(c2, lo), c2, spk.Title)) {
				// "Thailand's army chief, General Prayuth Chan-ocha,
				// said": the office before the name, not the rank
				// that addresses him
				start := f.npStart(c2, lo)
				if start > lo+1 && (f.isWord(start-1, "who") || f.isWord(start-1, "which")) && f.t[start-2].w == "," {
					// "A resident of Omdurman, who gave only her first
					// name, Amal, said": the title is before the clause
					start = f.npStart(start-2, lo)
					c2 = f.tokAt(f.t[start].s, start)
					for c2 < k && f.t[c2].w != "," {
						c2++
					}
				} else if s, e := f.restrictiveTitle(start, c2, lo); s != start {
					start, c2 = s, e
				} else {
					start, c2 = f.officeBeforeGloss(start, c2, lo)
				}
				for start < c2 && (f.t[start].w == "the" || f.t[start].w == "a" || f.t[start].w == "an" || f.t[start].w == "its" || f.t[start].w == "his" || f.t[start].w == "her" || f.t[start].w == "their") {
					start++
				}
				// (up to 14 words: "spokesman for the UN High
				// Commissioner for Human Rights")
				if start < c2 && c2-start <= 14 {
					spk.Title = f.text[f.t[start].s:f.t[c2-1].e]
				}
			}
			if spk.Kind == KindNamed {
				return spk, true
			}
		}
		if c2 > lo && c2 < k-1 {
			start := f.npStart(c2, lo)
			if start < c2 && f.t[c2-1].upper {
				spk, ok := f.classify(start, c2, j)
				if ok && spk.Kind == KindNamed {
					if g := f.coordinateNames(spk, lo, j); g.Span != spk.Span {
						// "Mali and Burkina Faso, both ruled by soldiers,
						// warned": the names speak together; the
						// appositive describes the group, no title of one
						return g, true
					}
					if (spk.Title == "" || rankOnly(spk.Title)) && !f.knownBody(spk) {
						// (a state or body the KB knows takes no title:
						// "Russia, a close ally of Caracas, warned"; an
						// office after the name says more than the rank
						// before it: "Captain X, the leader of the junta,")
						a := c2 + 1
						a = f.pastAge(a, k) // "X, 74, the opposition leader, said"
						if f.t[a].w == "the" || f.t[a].w == "a" || f.t[a].w == "an" {
							a++
						}
						if a < k && !relativeWord(f.t[a].w) && !f.parenthetical(a, k) && !aliasOpeners.Has(f.t[a].w) { // not "Yunus, whom students named …,", "Londono, better known as Timochenko,"
							e := a + 1
							for e < k && !(f.t[e].kind == tWord && (relativeWord(f.t[e].w) || f.t[e].w == "that")) && !(f.t[e].w == "," && f.bodyAppositive(e+1, k)) {
								e++ // "a Sunni negotiator who helped draft the charter": the title ends before its relative clause
							}
							e = f.relativePrepStart(a, e)
							spk.Title = f.text[f.t[a].s:f.t[e-1].e]
						}
					}
					return spk, true
				}
			}
			if start < c2 {
				// "Aid workers in Adré, the main border crossing,
				// said": an unnamed source before an appositive
				if spk, ok := f.classify(start, c2, j); ok && spk.Kind == KindUnnamed {
					return spk, true
				}
			}
		}
		return doc.Speaker{}, false
	}
	end := k + 1
	start := f.npStart(end, lo)
	if start >= end {
		return doc.Speaker{}, false
	}
	spk, ok := f.classify(start, end, j)
	if !ok && start-1 > lo && f.isWord(start-1, "and") {
		// "Experts on North Korea and nuclear nonproliferation said": a
		// source whose modifier holds "and"
		if s2 := f.npStart(start-1, lo); s2 < start-1 {
			if spk2, ok2 := f.classify(s2, end, j); ok2 && spk2.Kind == KindUnnamed {
				return spk2, true
			}
		}
	}
	if !ok || spk.Kind != KindNamed && spk.Kind != KindPronoun {
		// "Scott Carson, president and CEO of Boeing Commercial
		// Airplanes said": an appositive with no closing comma
		if n, ok2 := f.openAppositive(start, end, lo); ok2 {
			return n, true
		}
	}
	if ok && (spk.Kind == KindNamed || spk.Kind != KindPronoun && f.isWord(f.tokAt(spk.Span.Start, 0), "the")) {
		// a name, or a definite description ("Poland and the Baltic
		// states"); not "Companies and individuals", "Cruz and his aides"
		spk = f.coordinate(spk, lo, j)
	}
	return spk, ok
}

// coordinateNames is coordinate for a name before a relative or
// participle clause, where the noun phrase was cut at "and": the group
// is kept only when it is made of names ("South Korea and the
// Philippines"), not when it reaches back over a verb ("promises Dennis
// Evans of the Department of Job and Family Services").
func (f *finder) coordinateNames(spk doc.Speaker, lo, cue int) doc.Speaker {
	g := f.coordinate(spk, lo, cue)
	if g.Span == spk.Span {
		return spk
	}
	for i := f.tokAt(g.Span.Start, 0); i < len(f.t) && f.t[i].s < g.Span.End; i++ {
		if t := f.t[i]; t.kind == tWord && !t.upper && t.w != "and" && t.w != "the" && !particles.Has(t.w) {
			return spk
		}
	}
	return g
}

// coordinate widens a subject to the names coordinated before it
// ("Israel and the United States said", "Egypt, Qatar and Turkey said",
// "German Chancellor Friedrich Merz and French President Emmanuel Macron
// said", "Poland and the Baltic states said"): every conjunct before it
// a name, the first opening its clause (scanned back no further than
// lo). The group is one speaker named as written,
// with no title and no entity of its own; a later "they" may refer to
// it, "he" and "the president" may not. Anything else returns spk.
func (f *finder) coordinate(spk doc.Speaker, lo, cue int) doc.Speaker {
	s := f.tokAt(spk.Span.Start, 0)
	if spk.Title != "" && f.departmentAnd(s-1) {
		// "Athens Parks and Recreation Director Austin Fesmire": one
		// title, not two names
		st := s - 2
		for st-1 >= lo && f.t[st-1].kind == tWord && f.t[st-1].upper {
			st--
		}
		return f.named(st, st, f.tokAt(spk.Span.End-1, s)+1)
	}
	if f.isWord(s-1, "the") && s-1 > lo {
		s-- // "Israel and the United States"
	}
	if s <= lo || s >= len(f.t) {
		return spk
	}
	var starts [8]int // token starts of the conjuncts before spk, nearest first
	n := 0
	cur := s
	for n < len(starts) {
		k := cur - 1
		switch {
		case k < lo:
		case n == 0 && f.isWord(k, "and"):
			if k-1 >= lo && f.t[k-1].w == "," {
				k-- // "A, B, and C"
			}
		case n > 0 && f.t[k].w == ",":
		default:
			k = -1
		}
		if k < lo {
			break
		}
		e := k
		b := e
		for b-1 >= lo {
			t := &f.t[b-1]
			if t.kind == tWord && (t.upper || particles.Has(t.w) || titleWords.Has(t.w) && t.w != "of") || t.w == "." && b-2 >= lo && f.t[b-2].upper && f.t[b-2].e == t.s {
				b--
				continue
			}
			break
		}
		for b < e && titleStop.Has(f.t[b].w) {
			b++ // "In Cairo": a capitalised preposition is no name
		}
		if b == e || !f.t[b].upper && !titleWords.Has(f.t[b].w) {
			break
		}
		if f.isWord(b-1, "the") {
			b--
		}
		c, ok := f.classify(b, e, cue)
		if !ok || c.Kind != KindNamed {
			break
		}
		starts[n] = b
		n++
		cur = b
	}
	// names after a source's preposition are its affiliation:
	// "Officials in Berlin and Paris said" is one unnamed source
	if n > 0 {
		if b := starts[n-1]; b-1 > lo && (locatives.Has(f.t[b-1].w) || f.isWord(b-1, "of") || f.isWord(b-1, "for")) {
			if st := f.npStart(b-1, lo); st < b-1 {
				if src, ok := f.common(st, b-1); ok && src.Kind != KindPronoun && src.Kind != KindNamed {
					// an unnamed source stays one; a description is
					// kept as written ("The central banks of Japan and
					// Switzerland")
					if src.Kind != KindUnnamed {
						src = doc.Speaker{Kind: KindDescription, Span: doc.Span{Start: f.t[st].s}, Mention: -1}
					}
					src.Span.End = spk.Span.End
					src.Name = f.text[src.Span.Start:src.Span.End]
					return src
				}
			}
		}
	}
	// the first conjunct opens the clause; a list item that does not
	// ("In Cairo, Qatar and Turkey said") is no part of the group
	for ; n > 0; n-- {
		b := starts[n-1]
		if b == lo || f.sent[b] >= 0 && f.sentLo[f.sent[b]] == b {
			break
		}
		if p := f.t[b-1]; p.kind != tWord || p.w == "but" || p.w == "while" || p.w == "as" || p.w == "because" || p.w == "although" || p.w == "though" || p.w == "when" || p.w == "so" {
			break
		}
	}
	if n == 0 {
		return spk
	}
	first := f.t[starts[n-1]]
	if f.isWord(starts[n-1], "the") {
		first = f.t[starts[n-1]+1]
	}
	sp := doc.Span{Start: first.s, End: spk.Span.End}
	if f.groups == nil {
		f.groups = map[doc.Span]bool{}
	}
	f.groups[sp] = true
	return doc.Speaker{Kind: KindNamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}
}

// groupSpan returns the span of the group speaker named name, or an
// empty span.
func (f *finder) groupSpan(name string) doc.Span {
	for sp := range f.groups {
		if f.text[sp.Start:sp.End] == name {
			return sp
		}
	}
	return doc.Span{}
}

// coordinateAfter widens an inverted named speaker ending before token
// k to the names coordinated after it ("said Britain, France and
// Germany", "said Merz and Macron"), before hi: a list of names that
// ends with "and" and a last name, then punctuation or a word that ends
// a name ("in a joint statement").
func (f *finder) coordinateAfter(spk doc.Speaker, k, hi int) (doc.Speaker, bool) {
	if f.departmentAnd(k) {
		// "said Athens Parks and Recreation Director Austin Fesmire"
		e := k + 1
		for e < hi && e < k+8 && f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w)) {
			e++
		}
		st := f.tokAt(spk.Span.Start, k)
		if n := f.named(st, st, e); n.Kind == KindNamed && n.Title != "" {
			return n, true
		}
	}
	end := -1
	for n := 0; n < 8 && k < hi; n++ {
		final := false
		switch {
		case f.isWord(k, "and"):
			final = true
			k++
		case f.t[k].w == "," && f.isWord(k+1, "and"):
			final = true
			k += 2
		case f.t[k].w == ",":
			k++
		default:
			return doc.Speaker{}, false
		}
		b := k
		if f.isWord(b, "the") {
			b++
		}
		e := b
		for e < hi && e < b+6 && f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w) && e > b || titleWords.Has(f.t[e].w)) {
			e++
		}
		if e == b || !f.t[b].upper && !titleWords.Has(f.t[b].w) {
			return doc.Speaker{}, false
		}
		if c, ok := f.classify(k, e, k-1); !ok || c.Kind != KindNamed {
			return doc.Speaker{}, false
		}
		k = e
		if final {
			if e < hi && f.t[e].kind == tWord && !stopAfterName.Has(f.t[e].w) && !locatives.Has(f.t[e].w) {
				return doc.Speaker{}, false
			}
			end = e
			break
		}
	}
	if end < 0 {
		return doc.Speaker{}, false
	}
	sp := doc.Span{Start: spk.Span.Start, End: f.t[end-1].e}
	if f.groups == nil {
		f.groups = map[doc.Span]bool{}
	}
	f.groups[sp] = true
	return doc.Speaker{Kind: KindNamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
}

// departmentAnd reports whether the "and" at token i joins the words of
// an office's name ("Parks and Recreation", "Marketing and Public
// Relations", "Planning and Zoning") rather than two speakers.
func (f *finder) departmentAnd(i int) bool {
	return f.isWord(i, "and") && i > 0 && i+1 < len(f.t) && f.t[i-1].kind == tWord && f.t[i-1].upper && departmentWords.Has(f.t[i-1].w) && f.t[i+1].kind == tWord && f.t[i+1].upper
}

// departmentWords open the first half of an office's name joined with
// "and".
var departmentWords = setOf(`parks planning marketing health research fish water streets
	public community economic finance budget human recreation zoning safety works
	development wildlife tourism transportation housing building buildings code codes
	education arts culture communications information technology utilities
	environmental emergency`)

// isGroup reports whether a speaker is coordinated names (see
// coordinate).
func (f *finder) isGroup(spk doc.Speaker) bool {
	return f.groups != nil && spk.Kind == KindNamed && f.groups[spk.Span]
}

// namedAs reads a relative clause [x+1,k) that ends "as NAME" after the
// description [start,x) ("one protester, who gave her name only as
// Maria", "a guard, who identified himself only as Ahmed"): the name is
// the speaker and the description, without its determiner, its title.
func (f *finder) namedAs(start, x, k int) (doc.Speaker, bool) {
	e := k
	b := e
	for b-1 > x && f.t[b-1].kind == tWord && f.t[b-1].upper && b > e-4 {
		b--
	}
	if b == e || !f.isWord(b-1, "as") {
		return doc.Speaker{}, false
	}
	spk := f.named(b, b, e)
	if spk.Kind != KindNamed || spk.Title != "" {
		return doc.Speaker{}, false
	}
	a := start
	for a < x && (indefinites.Has(f.t[a].w) && (f.t[a].w == "a" || f.t[a].w == "an" || f.t[a].w == "one") || f.t[a].w == "the") {
		a++
	}
	if a < x {
		spk.Title = f.text[f.t[a].s:f.t[x-1].e]
	}
	return spk, true
}

// openAppositive finds a name that opens its clause and an appositive
// title after its comma that runs, with no closing comma, up to the cue:
// [start,end) is the end of that title ("NAME, president and CEO of X
// said"). It returns the name with the appositive as its title.
func (f *finder) openAppositive(start, end, lo int) (doc.Speaker, bool) {
	c := start - 1
	for c > lo && c >= start-12 && (f.t[c].kind == tWord || f.t[c].w == "." || f.t[c].w == "-") {
		c--
	}
	if c <= lo || f.t[c].w != "," || !f.t[c-1].upper || f.t[c-1].kind != tWord {
		return doc.Speaker{}, false
	}
	title := false
	for x := c + 1; x < end; x++ {
		if w := f.t[x].w; w != "of" && (isTitleWord(w) || personNoun(w)) && !f.t[x].upper || officialTitles.Has(w) {
			title = true
		}
		if isDigits(f.t[x].w) {
			return doc.Speaker{}, false // "a 2014 study by …": no person's title
		}
	}
	if !title {
		return doc.Speaker{}, false
	}
	ns := c - 1
	for ns-1 >= lo && ns > c-6 && f.t[ns-1].kind == tWord && (f.t[ns-1].upper || particles.Has(f.t[ns-1].w)) {
		ns--
	}
	for x := ns; x < c; x++ {
		if w := f.t[x].w; titleStop.Has(w) || sentenceAdverbs.Has(w) || months.Has(w) || weekdays.Has(w) || isTimeWord(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			return doc.Speaker{}, false // "However,", "In June,", "Pagliano's lawyer"
		}
	}
	if ns > lo && f.t[ns-1].kind == tWord && !(f.sent[ns] >= 0 && f.sentLo[f.sent[ns]] == ns) {
		return doc.Speaker{}, false // the name must open its clause
	}
	spk := f.named(ns, ns, c)
	if spk.Kind != KindNamed {
		return doc.Speaker{}, false
	}
	a := c + 1
	if f.isWord(a, "the") || f.isWord(a, "a") || f.isWord(a, "an") {
		a++
	}
	if a >= end {
		return doc.Speaker{}, false
	}
	// as written, unless the mentions layer read another title
	if t := f.text[f.t[a].s:f.t[end-1].e]; spk.Title == "" || strings.Contains(t, spk.Title) {
		spk.Title = t
	}
	return spk, true
}

// clauseSubject finds the subject that opens the clause [a,k): a name
// or a pronoun, optionally followed by an appositive between commas,
// then a lower-case word (its verb). An opening adverbial ending in a
// comma ("On Friday, …") is skipped.
func (f *finder) clauseSubject(a, k int) (doc.Speaker, bool) {
	s := a
	for s < k && f.t[s].kind != tWord {
		s++
	}
	if s < k && !f.t[s].upper {
		return doc.Speaker{}, false
	}
	if s < k && timePreps.Has(f.t[s].w) || f.isWord(s, "after") || f.isWord(s, "during") || f.isWord(s, "at") || s < k && participleOpeners.Has(f.t[s].w) {
		// "Speaking at Istanbul airport, Erdogan blamed … and said"
		open := s
		for s < k && f.t[s].w != "," {
			s++
		}
		if x := f.skipTimeLead(open, k); s >= k && x > open {
			// no comma: "On Monday he defended the police and told
			// reporters …", "Last week he …": a time phrase alone
			s = x - 1
		}
		s++
		for s < k && f.t[s].kind == tClose {
			s++ // `On "Face the Nation," Sen. …`
		}
	}
	if s >= k || f.t[s].kind != tWord || pronounContraction(f.t[s].w) {
		return doc.Speaker{}, false // "He's had chances … but said": no name
	}
	if spk, ok := f.describedName(s, k); ok {
		return spk, true
	}
	e := s
	described := false
	if pronouns[f.t[s].w] != "" {
		e = s + 1
	} else if w := f.t[s].w; w == "the" || w == "a" || w == "an" {
		// "The minister visited Kyiv and told reporters …": a
		// description, up to its head before the verb
		e, described = s+1, true
		for e < k && e < s+5 && f.t[e].kind == tWord && !f.t[e].upper && !verbLike(f.t[e].w) && !boundaryWords.Has(f.t[e].w) && !auxVerbs.Has(f.t[e].w) {
			e++
		}
	} else {
		// up to nine words: "Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah"
		for e < k && e < s+9 && (f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w) && e > s || f.titleOf(e, s, k) || f.lowerTitle(e, s, k)) || f.t[e].w == "." && e > s && f.t[e-1].e-f.t[e-1].s <= 4) {
			e++
		}
	}
	if e == s || e >= k {
		return doc.Speaker{}, false
	}
	for x := s; x < e; x++ {
		if w := f.t[x].w; weekdays.Has(w) || months.Has(w) || isTimeWord(w) || numberWord(w) {
			return doc.Speaker{}, false // "Yesterday February 17, …", "Twenty-two years ago"
		}
	}
	if !described && pronouns[f.t[s].w] == "" {
		if g, ok := f.namesJoined(s, e, k); ok {
			return g, true // "Atiku and Obi have rejected the outcome and said"
		}
	}
	v := e
	if f.t[v].w == "(" {
		// a party tag: "Sen. Bernie Sanders (I-Vt.)"
		for v < k && v < e+10 && f.t[v].w != ")" {
			v++
		}
		if v >= k || f.t[v].w != ")" {
			return doc.Speaker{}, false
		}
		v++
	}
	if v < k && f.t[v].w == "," {
		// an appositive: ", her Republican opponent,"; a relative
		// clause may run longer (", who tried to postpone the vote
		// before the court blocked the move,")
		v++
		limit := e + 12
		if f.isWord(v, "who") || f.isWord(v, "which") || f.isWord(v, "whose") {
			limit = e + 30
		}
		for v < k && v < limit && f.t[v].w != "," {
			if f.t[v].kind != tWord && !(limit > e+12 && (f.t[v].kind == tOpen || f.t[v].kind == tClose)) {
				return doc.Speaker{}, false
			}
			v++
		}
		if v >= k || f.t[v].w != "," {
			return doc.Speaker{}, false
		}
		v++
	}
	if v >= k || f.t[v].kind != tWord || f.t[v].upper {
		return doc.Speaker{}, false
	}
	spk, ok := f.classify(s, e, k)
	if !ok || spk.Kind != KindNamed && spk.Kind != KindPronoun && !(described && (spk.Kind == KindDescription || spk.Kind == KindUnnamed || spk.Kind == KindUnresolved)) {
		return doc.Speaker{}, false
	}
	return spk, true
}

// amountSign reports whether a punctuation token belongs to an amount
// inside an aside ("which lent $5 million", "a 3% stake"): no clause
// boundary.
func amountSign(w string) bool {
	switch w {
	case "$", "%", "€", "£", "¥":
		return true
	}
	return false
}

// namesJoined finds the subject "X and Y" opening a clause, the name X
// at [s,e) and "and" at e, before the verb and the cue at k: the names
// speak together ("Atiku and Obi have rejected the outcome and said
// they would challenge it"), as one group (coordinate).
func (f *finder) namesJoined(s, e, k int) (doc.Speaker, bool) {
	if !f.isWord(e, "and") || e+1 >= k || !f.t[e+1].upper {
		return doc.Speaker{}, false
	}
	e2 := e + 1
	for e2 < k && e2 < e+6 && f.t[e2].kind == tWord && (f.t[e2].upper || particles.Has(f.t[e2].w)) {
		e2++
	}
	if e2 >= k || f.t[e2].kind != tWord || f.t[e2].upper {
		return doc.Speaker{}, false
	}
	last, ok := f.classify(e+1, e2, k)
	if !ok || last.Kind != KindNamed {
		return doc.Speaker{}, false
	}
	g := f.coordinateNames(last, s, k)
	return g, g.Span != last.Span
}

// describedName finds a name set off after a described subject that
// opens the clause [s,k): "His son, Senator X, called … and said", "The
// UN High Commissioner for Refugees, Filippo Grandi, visited … and
// urged". The name speaks; a description after "the" is its title when
// the name brings none.
func (f *finder) describedName(s, k int) (doc.Speaker, bool) {
	if !determiners.Has(f.t[s].w) {
		return doc.Speaker{}, false
	}
	c := s + 1
	for c < k && c < s+10 && (f.t[c].kind == tWord && !(f.t[c].report && f.t[c].cue) || f.t[c].w == "." && f.t[c-1].upper && f.t[c-1].e-f.t[c-1].s <= 4) {
		c++ // "The U.S. ambassador to Iraq, X,": an abbreviation's stop
	}
	if c == s+1 || c >= k || f.t[c].w != "," {
		return doc.Speaker{}, false
	}
	ns := c + 1
	for ns < k && ns < c+5 && f.t[ns].kind == tWord && !f.t[ns].upper && !particles.Has(f.t[ns].w) && !(f.t[ns].report && f.t[ns].cue) {
		ns++ // "his challenger, former army general Prabowo Subianto,": the name's title
	}
	if ns == c+1 || ns >= k || !f.t[ns].upper {
		ns = c + 1
	}
	ae := ns
	for ae < k && ae < ns+7 && (f.t[ae].kind == tWord && (f.t[ae].upper || particles.Has(f.t[ae].w) && ae > ns) || f.t[ae].w == "." && ae > ns) {
		ae++
	}
	if ae < ns+2 || ae+1 >= k || f.t[ae].w != "," || f.t[ae+1].kind != tWord || f.t[ae+1].upper {
		return doc.Speaker{}, false // a name of two words or more, then a verb
	}
	spk, ok := f.classify(c+1, ae, k)
	if !ok || spk.Kind != KindNamed {
		return doc.Speaker{}, false
	}
	if spk.Title == "" && f.t[s].w == "the" {
		spk.Title = f.text[f.t[s+1].s:f.t[c-1].e]
	}
	return spk, true
}

// numberWord reports whether w is a number written in words ("two",
// "twenty-two", "hundred").
func numberWord(w string) bool {
	for {
		// the parts between hyphens, cut in place: no slice of them
		p, rest, hyphen := strings.Cut(w, "-")
		if !numberWords.Has(p) {
			return false
		}
		if !hyphen {
			return true
		}
		w = rest
	}
}

var numberWords = setOf(`one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
	sixty seventy eighty ninety hundred thousand million billion dozen dozens hundreds
	thousands millions`)

// isDash reports whether token i is a dash that sets off an aside: an
// em or en dash, or a double hyphen.
func (f *finder) isDash(i int) bool {
	if i < 0 || i >= len(f.t) {
		return false
	}
	switch f.t[i].w {
	case "\u2014", "\u2013", "--":
		return true
	case "-":
		return i > 0 && f.t[i-1].w == "-" && f.t[i-1].e == f.t[i].s
	}
	return false
}

// dashAside returns the opening dash of an aside that closes with the
// dash at token k ("X — who has refused to resign — said"): a relative
// pronoun or participle opens it and it holds no other dash, or -1.
func (f *finder) dashAside(k, lo int) int {
	if !f.isDash(k) {
		return -1
	}
	e := k
	if f.t[k].w == "-" {
		e = k - 1 // "--" as two hyphens
	}
	for x := e - 1; x > lo && x >= e-24; x-- {
		if !f.isDash(x) {
			if f.t[x].w == "." || f.t[x].w == ";" || f.t[x].kind == tOpen || f.t[x].kind == tClose {
				return -1
			}
			continue
		}
		o := x
		if f.t[x].w == "-" {
			o = x - 1
		}
		if o <= lo || o+1 >= e {
			return -1
		}
		if w := f.t[x+1].w; w == "who" || w == "which" || w == "whose" || participleOpeners.Has(w) || f.t[o-1].kind == tWord && f.t[o-1].upper {
			return o
		}
		return -1
	}
	return -1
}

// skipBackAdjuncts skips back from token k over what may sit between a
// subject and its cue: adverbs ("also", "has") and a time ("on Tuesday",
// "Saturday", "earlier Friday", "in late August", "last week").
func (f *finder) skipBackAdjuncts(k, lo int) int {
	for k >= lo && f.t[k].kind == tWord {
		w := f.t[k].w
		switch {
		case cueAdverbs.Has(w) && f.t[k].upper && (f.sent[k] < 0 || f.sentLo[f.sent[k]] != k) && k+1 < len(f.t) && !f.t[k+1].upper:
			// "Theresa May said": a capital inside a sentence makes the
			// word a name's (not in a title-case line, "Report Will Warn")
			return k
		case cueAdverbs.Has(w) || mannerAdverb(w) && !f.t[k].upper:
			k--
		case w == "turn" && f.turnPhrase(k, lo) > 0:
			k -= f.turnPhrase(k, lo) // "X, …, in his turn stated"
		case weekdays.Has(w) || months.Has(w) && k-1 >= lo && timePreps.Has(f.t[k-1].w) || w == "week" || w == "month" || w == "year" || w == "night" || w == "morning" || w == "evening" || w == "afternoon":
			if !weekdays.Has(w) && !months.Has(w) && (k-1 < lo || !timePreps.Has(f.t[k-1].w)) {
				return k // "the year said" is no time
			}
			k--
			for k >= lo && f.t[k].kind == tWord && timePreps.Has(f.t[k].w) {
				k--
			}
		default:
			return k
		}
	}
	return k
}

// turnPhrase returns the length of "in turn" or "in his turn" ending at
// token k, or 0.
func (f *finder) turnPhrase(k, lo int) int {
	if k-1 >= lo && f.isWord(k-1, "in") {
		return 2
	}
	if k-2 >= lo && f.isWord(k-2, "in") && f.t[k-1].kind == tWord && (f.t[k-1].w == "his" || f.t[k-1].w == "her" || f.t[k-1].w == "its" || f.t[k-1].w == "their") {
		return 3
	}
	return 0
}

// mannerAdverb reports whether a lower-case word is an adverb in -ly
// that may sit between a subject and its cue ("jointly announced",
// "angrily denied"), not a noun in -ly ("the family said").
func mannerAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns.Has(w)
}

// lyNouns end in -ly but are nouns or adjectives that head a subject.
var lyNouns = setOf(`family ally rally assembly supply reply daily weekly monthly
	quarterly yearly anomaly monopoly bully belly jelly lily holly folly melancholy
	italy july elderly homily`)

// weekdays, months and timePreps make the times skipped between a
// subject and its cue.
var (
	weekdays  = setOf(`monday tuesday wednesday thursday friday saturday sunday`)
	months    = setOf(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)
	timePreps = setOf(`on in late early earlier later last this next mid`)
)

// locatives are prepositions before a place name.
var locatives = setOf(`in at on from to near into across outside inside toward towards through`)

// notSpeakers are capitalised words that open a clause but never name a
// speaker ("Having said that", "We've said").
var notSpeakers = setOf(`having being speaking asked when while after before as if
	we've i've you've let's it's that's there's here's what's we'd we'll`)

// npStart scans back from end over the words of a noun phrase.
// andInName reports whether the "and" at token i joins two capitalised
// words inside a name that has an "of" just before ("Ministry of Trade
// and Industry", "Department of Job and Family Services"), rather than
// two names ("Merz and Macron").
func (f *finder) andInName(i, lo int) bool {
	if i-1 < lo || i+1 >= len(f.t) || !f.t[i-1].upper || !f.t[i+1].upper {
		return false
	}
	for k := i - 2; k >= lo && k >= i-4; k-- {
		if f.t[k].w == "of" || f.t[k].w == "for" && k > lo && f.t[k-1].upper { // "the Front for Change and Concord"
			return true
		}
		if f.t[k].kind != tWord || !f.t[k].upper {
			return false
		}
	}
	return false
}

// portfolioList returns the token of the "for" or "of" that opens a
// list of one-word names ending in the "and" at token i, written after
// a capitalised title ("Minister for Political, Legal and Security
// Affairs"), or -1. Commas part the words of the list, so a noun phrase
// scanned back from its end would stop at the last of them.
func (f *finder) portfolioList(i, lo int) int {
	if !f.isWord(i, "and") || i+1 >= len(f.t) || !f.t[i+1].upper || f.t[i+1].kind != tWord {
		return -1
	}
	commas := 0
	for k := i - 1; k-1 > lo && k >= i-12; k -= 2 {
		if f.t[k].kind != tWord || !f.t[k].upper {
			return -1
		}
		switch p := &f.t[k-1]; {
		case p.w == ",":
			commas++
		case (p.w == "for" || p.w == "of") && commas > 0 && f.t[k-2].kind == tWord && f.t[k-2].upper && isTitleWord(f.t[k-2].w):
			return k - 1
		default:
			return -1
		}
	}
	return -1
}

func (f *finder) npStart(end, lo int) int {
	start := end
	words := 0
	for start-1 >= lo && words < 12 {
		t := &f.t[start-1]
		if t.kind == tWord {
			if p := f.portfolioList(start-1, lo); p >= 0 {
				// "Minister for Political, Legal and Security Affairs"
				words += start - p
				start = p
				continue
			}
			if t.w == "and" && f.andInName(start-1, lo) {
				start-- // "the Department of Job and Family Services"
				words++
				continue
			}
			if boundaryWords.Has(t.w) || t.report && t.cue && start != end {
				break
			}
			start--
			words++
			continue
		}
		if t.w == "." && start-2 >= lo && f.t[start-2].kind == tWord && f.t[start-2].upper && f.t[start-2].e-f.t[start-2].s <= 4 && f.t[start-2].e == t.s {
			start--
			continue
		}
		break
	}
	return start
}

// subjectAfter finds an inverted speaker starting at token i ("said
// Ayalon", "said a spokesman for the ministry").
func (f *finder) subjectAfter(i, hi int) (doc.Speaker, bool) {
	if i < hi && f.t[i].kind == tWord && (stopAfterName.Has(f.t[i].w) || locatives.Has(f.t[i].w)) {
		return doc.Speaker{}, false // "said on social media that": no speaker
	}
	k := i
	for k < hi && k < i+10 {
		t := &f.t[k]
		if t.kind == tWord {
			if k > i && stopAfterName.Has(t.w) {
				break
			}
			// "said Charles B. Rangel of New York", "wrote Cameron
			// Easley for Morning Consult": a name ends before its
			// affiliation; "said Secretary of State John Kerry" and "said
			// a spokesman for the ministry" go on.
			if (t.w == "of" || t.w == "for") && k > i && f.allUpper(i, k) && !titleWords.Has(f.t[k-1].w) && !f.isCommonHead(k-1) {
				break
			}
			if pronouns[t.w] != "" && k > i || isTimeWord(t.w) || k > i && !t.upper && f.t[k-1].upper && strings.HasSuffix(t.w, "ing") && !properIng(t.w) {
				// "said analyst Chris Weafer, commenting on …"
				break
			}
			k++
			continue
		}
		if t.w == "." && k > i && f.t[k-1].upper && f.t[k-1].e-f.t[k-1].s <= 3 && k+1 < hi && f.t[k+1].kind == tWord && f.t[k+1].upper {
			k++
			continue
		}
		break
	}
	if k == i {
		return doc.Speaker{}, false
	}
	spk, ok := f.classify(i, k, i-1)
	if !ok || spk.Name == "" || spk.Span.Start != f.t[i].s {
		// "said a 67-year-old shopkeeper who …": a person described
		if d, dok := f.indefinitePerson(i, k); dok {
			spk, ok = d, true
		}
	}
	// "warned the head of the Bundesbank, Joachim Nagel", "said a
	// spokesperson for the Ministry of Defence, Jon Smith": a
	// description that opens with a common noun is the title of the
	// name after it
	described := k-i >= 2 && (f.isWord(i, "the") || f.isWord(i, "a") || f.isWord(i, "an")) && f.t[i+1].kind == tWord && !f.t[i+1].upper
	if (!ok || spk.Kind != KindNamed && spk.Kind != KindUnnamed || described) && k+1 < hi && f.t[k].w == "," && f.t[k+1].kind == tWord && f.t[k+1].upper {
		// "insisted the company's chief executive, Sipho Nkosi": the
		// name after the comma, the description its title
		e := k + 1
		for e < hi && e < k+6 && (f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w)) || f.t[e].w == "." && f.t[e-1].e-f.t[e-1].s <= 3) {
			e++
		}
		if e >= hi || f.t[e].kind != tWord {
			if n := f.named(k+1, k+1, e); n.Kind == KindNamed {
				a := i
				if f.isWord(a, "the") || f.isWord(a, "a") || f.isWord(a, "an") {
					a++
				}
				if n.Title == "" && a < k {
					n.Title = f.text[f.t[a].s:f.t[k-1].e]
				}
				return n, true
			}
		}
	}
	if !ok {
		return spk, false
	}
	if spk.Kind == KindNamed {
		if g, ok := f.coordinateAfter(spk, k, hi); ok {
			return g, true // "said Britain, France and Germany"
		}
	}
	// "said Danny Ayalon, the Israeli ambassador"
	if spk.Kind == KindNamed && spk.Title == "" && k < hi && f.t[k].w == "," {
		a := k + 1
		if a+1 < hi && isDigits(f.t[a].w) && f.t[a+1].w == "," {
			a += 2 // "said Maria Gonzalez, 45, a teacher"
		}
		det := a < hi && (f.isWord(a, "the") || f.isWord(a, "a") || f.isWord(a, "an"))
		if det {
			a++
		}
		// "said Kholood Khair, founding director of the … think tank"
		bare := !det && a < hi && f.t[a].kind == tWord && !f.t[a].upper && !isDigits(f.t[a].w) && (!verbLike(f.t[a].w) || a+1 < hi && (isTitleWord(f.t[a+1].w) || personNoun(f.t[a+1].w))) && !cues.Has(f.t[a].w) && !titleStop.Has(f.t[a].w) && pronouns[f.t[a].w] == "" && !participles.Has(f.t[a].w) && !relativeWord(f.t[a].w) // not "said X, whose daughters were taken"
		// "said Catherine Russell, UNICEF's executive director": a
		// possessive name opens the title as an article would
		poss := !det && a+1 < hi && f.t[a].kind == tWord && f.t[a].upper && (strings.HasSuffix(f.t[a].w, "'s") || strings.HasSuffix(f.t[a].w, "\u2019s")) && f.t[a+1].kind == tWord && !f.t[a+1].upper && isTitleWordOrPerson(f.t[a+1].w, f.t[min(a+2, hi-1)].w)
		if det || bare || poss {
			e := a
			for e < hi && e < a+10 && (f.t[e].kind == tWord && !stopAfterName.Has(f.t[e].w) && !f.clauseParticiple(e, a, hi) || f.abbrevDot(e, hi) || f.atEmployer(e, a, hi)) {
				e++ // "the U.N. special envoy for Sudan"
			}
			if e > a {
				spk.Title = f.text[f.t[a].s:f.t[e-1].e]
			}
		}
	}
	return spk, true
}

// atEmployer reports whether token e, inside a title begun at a, is
// "at" before a capitalised name: the employer belongs to the title
// ("an auto analyst at Daewoo Securities", "a lawyer at Bailey &
// Glasser"), a place or time after "at" does not ("at a news
// conference", "at Monday's debate").
func (f *finder) atEmployer(e, a, hi int) bool {
	if e <= a || e+1 >= hi || f.t[e+1].kind != tWord || !f.t[e+1].upper {
		return false
	}
	switch f.t[e].w {
	case "at":
		w := strings.TrimSuffix(strings.TrimSuffix(f.t[e+1].w, "'s"), "\u2019s")
		return !f.t[e-1].upper && !weekdays.Has(w) && !months.Has(w)
	case "&":
		return f.t[e-1].upper // "at Bailey & Glasser"
	}
	return false
}

// clauseParticiple reports whether token e, inside a title begun at a,
// is a participle opening a clause of its own after the title's head
// ("a taxi driver waiting outside a supermarket"): a lower-case -ing
// word after a noun and before a preposition or determiner.
func (f *finder) clauseParticiple(e, a, hi int) bool {
	w := f.t[e].w
	if e == a || f.t[e].upper || len(w) < 5 || !strings.HasSuffix(w, "ing") || e+1 >= hi || f.t[e+1].kind != tWord {
		return false
	}
	switch f.t[e-1].w {
	case "of", "for", "and", "in", "on":
		return false // "head of marketing at"
	}
	n := f.t[e+1].w
	return locatives.Has(n) || n == "the" || n == "a" || n == "an" || n == "for" || n == "with"
}

// abbrevDot reports whether token k is the period of an abbreviation
// inside a phrase ("U.N. envoy", "U.S. officials"): it follows a short
// capitalised word with no space and a word comes after it.
func (f *finder) abbrevDot(k, hi int) bool {
	return f.t[k].w == "." && k > 0 && f.t[k-1].kind == tWord && f.t[k-1].upper && f.t[k-1].e == f.t[k].s &&
		f.t[k-1].e-f.t[k-1].s <= 4 && k+1 < hi && f.t[k+1].kind == tWord
}

// classify turns the noun phrase [a,b) into a speaker; cue is the cue
// token (for resolving pronouns to speakers before it).
// nameOfBody reads [a,b) as a person's name of two to four capitalised
// words (no title or body words) followed by of, for, at or with and a
// capitalised body ("Dennis Evans of the Ohio Department of Job and
// Family Services", "Kathy Cosco of the state Department of
// Environmental Protection"): the name speaks, the affiliation is its
// title.
func (f *finder) nameOfBody(a, b int) (doc.Speaker, bool) {
	if b-a < 4 {
		return doc.Speaker{}, false
	}
	x := a
	for x < b && x < a+5 && f.t[x].kind == tWord && f.t[x].upper && !isTitleWord(f.t[x].w) && !orgHeads.Has(f.t[x].w) && !institutionHeads.Has(f.t[x].w) {
		x++
	}
	if x-a < 2 || x-a > 4 || x+1 >= b {
		return doc.Speaker{}, false
	}
	if w := f.t[x].w; w != "of" && w != "for" && w != "at" && w != "with" {
		return doc.Speaker{}, false
	}
	body := false
	for k := x + 1; k < b; k++ {
		if t := f.t[k]; t.kind == tWord && t.upper && (orgHeads.Has(t.w) || institutionHeads.Has(t.w)) {
			body = true
		}
	}
	if !body {
		return doc.Speaker{}, false
	}
	spk := f.named(a, a, x)
	if spk.Kind != KindNamed || spk.Title != "" {
		return doc.Speaker{}, false
	}
	spk.Title = f.text[f.t[x].s:f.t[b-1].e]
	spk.Span.End = f.t[b-1].e
	return spk, true
}

// titledPersonOf reads [a,b) as a person mention, title and all, then
// "of", "for", "at" or "with" and an affiliation ("Opposition leader Lee
// Jae-myung of the Democratic Party", "Senator Paloma Valencia of the
// Democratic Centre party"): the person speaks, not the body at the end.
// It needs the mentions layer: the mention must end right before the
// preposition.
func (f *finder) titledPersonOf(a, b, cue int) (doc.Speaker, bool) {
	if !f.mentions || b-a < 4 {
		return doc.Speaker{}, false
	}
	x := a + 2
	for x < b-1 && !(f.t[x].kind == tWord && (f.t[x].w == "of" || f.t[x].w == "for" || f.t[x].w == "at" || f.t[x].w == "with")) {
		x++
	}
	if x >= b-1 || f.t[x-1].kind != tWord || !f.t[x-1].upper {
		return doc.Speaker{}, false
	}
	ms := f.d.Mentions
	lo, end := f.t[a].s, f.t[x-1].e
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= lo })
	for ; k < len(ms) && ms[k].Span.Start < end; k++ {
		if ms[k].Span.End != end || ms[k].Type != doc.TypePerson {
			continue
		}
		spk, ok := f.classify(a, x, cue)
		if !ok || spk.Kind != KindNamed {
			return doc.Speaker{}, false
		}
		spk.Span.End = f.t[b-1].e
		return spk, true
	}
	return doc.Speaker{}, false
}

func (f *finder) classify(a, b, cue int) (doc.Speaker, bool) {
	a = f.skipTimeLead(a, b)
	if spk, ok := f.orgMention(a, b); ok {
		return spk, true
	}
	if spk, ok := f.stateMedia(a, b); ok {
		return spk, true
	}
	if spk, ok := f.outletName(a, b); ok {
		return spk, true // "Kyodo news agency", "state broadcaster NHK"
	}
	if b-a == 1 && f.t[a].kind == tWord {
		if g := pronouns[f.t[a].w]; g != "" {
			if g == "s" {
				return doc.Speaker{}, false // "I said" is inside quotes
			}
			return f.resolvePronoun(a, g), true
		}
	}
	if spk, ok := f.bothSides(a, b); ok {
		return spk, true
	}
	// "Dennis Evans of the Ohio Department of Job and Family Services":
	// a person's name, then an affiliation naming a body
	if spk, ok := f.nameOfBody(a, b); ok {
		return spk, true
	}
	if spk, ok := f.titledPersonOf(a, b, cue); ok {
		return spk, true
	}
	// trailing capitalised run: a name
	r := b
	for r-1 >= a {
		t := &f.t[r-1]
		if t.kind == tWord && (t.upper || particles.Has(t.w) && r < b || t.w == "of" && r < b && r-2 >= a && f.t[r-2].upper && f.t[r-2].kind == tWord && (!unnamedHeads.Has(f.t[r-2].w) || f.titleBeforeName(r-1, b)) ||
			// "Minister for Foreign Affairs Anwar Gargash": a portfolio
			// after a capitalised title word, before a name
			t.w == "for" && r < b && r-2 >= a && f.t[r-2].upper && f.t[r-2].kind == tWord && f.titleBeforeName(r-1, b)) || t.w == "." && r-2 >= a && f.t[r-2].upper && f.t[r-2].e == t.s && f.t[r-2].e-f.t[r-2].s <= 4 {
			r--
			continue
		}
		break
	}
	// drop leading determiners and sentence-initial common words
	for r < b && f.t[r].kind == tWord && (f.t[r].w == "the" || f.t[r].w == "a" || f.t[r].w == "an") {
		r++
	}
	if r < b && f.allCommon(r, b) {
		r = b
	}
	if r < b && r-3 >= a && f.t[r-1].w == "the" && f.t[r-2].w == "for" && titleWords.Has(f.t[r-3].w) {
		if spk, ok := f.titleForPlace(a, r, b); ok {
			return spk, true // "U.S. special envoy for the Horn of Africa Jeffrey Feltman"
		}
	}
	if r < b && r-2 > a && f.t[r-1].w == "the" && (f.t[r-2].w == "for" || f.t[r-2].w == "of" || f.t[r-2].w == "at" || f.t[r-2].w == "in" || f.t[r-2].w == "from" || f.t[r-2].w == "with") {
		// "a spokeswoman for the European Commission": an unnamed
		// source with its affiliation
		if spk, ok := f.common(a, r-2); ok && spk.Kind == KindUnnamed {
			spk.Span.End = f.t[b-1].e
			spk.Name = f.text[spk.Span.Start:spk.Span.End]
			return spk, true
		}
		if h := &f.t[r-3]; r-3 >= a && h.kind == tWord && !h.upper && (institutionHeads.Has(h.w) || h.w == "tribunal") && (f.isWord(a, "a") || f.isWord(a, "an")) && (f.t[r-2].w == "in" || f.t[r-2].w == "at") {
			// "An international tribunal in The Hague ruled": a body
			// the text does not name, placed by its city; not "Hague"
			sp := doc.Span{Start: f.t[a].s, End: f.t[b-1].e}
			return doc.Speaker{Name: f.text[sp.Start:sp.End], Kind: KindUnnamed, Span: sp, Mention: -1}, true
		}
	}
	p := r - 1
	if r < b && p >= a && r > a && (f.t[p].w == "of" || f.t[p].w == "for" || f.t[p].w == "from" || f.t[p].w == "at" || f.t[p].w == "with" || f.t[p].w == "in" || f.t[p].w == "on") {
		if f.t[p].w == "for" && titleWords.Has(f.t[p-1].w) {
			if spk, ok := f.titleForPlace(a, r, b); ok {
				return spk, true // "UN special envoy for Syria Geir Pedersen"
			}
		}
		// "a spokesman for Clinton", "the governor of Ohio"
		spk, ok := f.common(a, p)
		if !ok && p-1 >= a && f.t[p-1].kind == tWord && f.t[p-1].upper {
			// "Democrats on Capitol Hill": the name before the place
			return f.classify(a, p, cue)
		}
		if ok {
			spk.Span.End = f.t[b-1].e
			if spk.Kind == KindUnnamed || spk.Kind == KindUnresolved && spk.Name != "" {
				spk.Name = f.text[spk.Span.Start:spk.Span.End]
			}
		}
		return spk, ok
	}
	if r < b && b-r == 1 && (strings.HasPrefix(f.t[r].w, "i'") || strings.HasPrefix(f.t[r].w, "i\u2019") || f.sent[r] >= 0 && f.sentLo[f.sent[r]] == r && strings.HasSuffix(f.t[r].w, "ing") && !f.nameWord(r)) {
		return doc.Speaker{}, false // "I've", a sentence-initial gerund; "Beijing said" is a name's
	}
	if r < b && b-r == 1 && (notSpeakers.Has(f.t[r].w) || weekdays.Has(f.t[r].w) || months.Has(f.t[r].w)) {
		return doc.Speaker{}, false // "Having said that", "in late August found"
	}
	if r < b {
		spk := f.named(a, r, b)
		if spk.Kind == KindNamed && !hasLetter(spk.Name) {
			return doc.Speaker{}, false
		}
		if spk.Kind == KindNamed && spk.Title == "" && r-2 >= a && f.isWord(r-1, "named") && f.t[r-2].kind == tWord && !f.t[r-2].upper {
			// "a 29-year-old engineer named Azamat Usenov": the
			// description before "named" is the title, as in namedAs
			st := a
			for st < r-1 && (f.t[st].w == "a" || f.t[st].w == "an" || f.t[st].w == "the") {
				st++
			}
			if st < r-1 {
				spk.Title = f.text[f.t[st].s:f.t[r-2].e]
			}
		}
		return spk, true
	}
	return f.common(a, b)
}

// titleForPlace reads [a,b) as a title whose domain, a place, ends in
// the capitalised run starting at r, then a person the mentions layer
// found ("UN special envoy for Syria Geir Pedersen", "U.S. special envoy
// for the Horn of Africa Jeffrey Feltman"): the person speaks, the rest
// is the title.
func (f *finder) titleForPlace(a, r, b int) (doc.Speaker, bool) {
	n := f.personEnding(r+1, b)
	if n <= r || !f.placeSpan(f.t[r].s, f.t[n-1].e) {
		return doc.Speaker{}, false // "a spokesman for President X": a title, no place
	}
	spk := f.named(n, n, b)
	if spk.Kind != KindNamed {
		return doc.Speaker{}, false
	}
	st := a
	for st < n && (f.t[st].w == "the" || f.t[st].w == "a" || f.t[st].w == "an") {
		st++
	}
	spk.Title = f.text[f.t[st].s:f.t[n-1].e]
	return spk, true
}

// placeSpan reports whether a place or country mention covers exactly
// the bytes [s,e).
func (f *finder) placeSpan(s, e int) bool {
	for k := f.mentionsFrom(s); k < len(f.d.Mentions) && f.d.Mentions[k].Span.Start == s; k++ {
		if m := &f.d.Mentions[k]; m.Span.End == e && (m.Type == doc.TypePlace || m.Type == doc.TypeCountry) {
			return true
		}
	}
	return false
}

// personEnding returns the token where a person mention starts that
// begins at or after token from and ends with token b-1, or -1.
func (f *finder) personEnding(from, b int) int {
	if !f.mentions {
		return -1
	}
	end := f.t[b-1].e
	for k := f.mentionsFrom(end) - 1; k >= 0; k-- {
		m := &f.d.Mentions[k]
		if m.Span.Start < f.t[from].s {
			break
		}
		if m.Span.End == end && m.Type == doc.TypePerson {
			return f.tokAt(m.Span.Start, from)
		}
	}
	return -1
}

// orgMention reads the noun phrase [a,b) as the name of an organisation
// that the mentions layer found whole, lower-case words and all, after
// at most a determiner and a possessive ("The United States Agency for
// International Development", "the UN's Office for the Coordination of
// Humanitarian Affairs"): capitalised runs alone would cut it at "for"
// or "the". An acronym in brackets right after it with a KB entity
// ("(OCHA)") links it.
func (f *finder) orgMention(a, b int) (doc.Speaker, bool) {
	if !f.mentions || b-a < 3 {
		return doc.Speaker{}, false
	}
	start, end := f.t[a].s, f.t[b-1].e
	ms := f.d.Mentions // in text order
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= start }); i < len(ms) && ms[i].Span.Start < end; i++ {
		m := &ms[i]
		if m.Type != doc.TypeOrganization && m.Type != doc.TypeArmedGroup || m.Span.End != end && !f.placeTail(m.Span.End, b) {
			continue
		}
		s := a
		for s < b && f.t[s].s < m.Span.Start && (f.t[s].w == "the" || f.t[s].w == "a" || f.t[s].w == "an" || f.t[s].upper && possessiveWord(f.t[s].w) || s > a && f.descriptorBefore(s, m.Span.Start)) {
			s++
		}
		if s >= b || f.t[s].s != m.Span.Start {
			continue
		}
		lower := false
		for x := s + 1; x < b-1; x++ {
			lower = lower || f.t[x].kind == tWord && !f.t[x].upper
		}
		if !lower {
			continue // a capitalised run names it as well
		}
		spk := doc.Speaker{Kind: KindNamed, Name: m.Text, Span: m.Span, Mention: -1}
		f.link(&spk)
		if spk.Entity == "" && b+2 < len(f.t) && f.t[b].w == "(" && f.t[b+2].w == ")" && f.t[b+1].upper {
			// "(OCHA)": the acronym's entity
			acr := doc.Speaker{Kind: KindNamed, Name: f.text[f.t[b+1].s:f.t[b+1].e], Span: doc.Span{Start: f.t[b+1].s, End: f.t[b+1].e}, Mention: -1}
			f.link(&acr)
			if acr.Entity != "" {
				spk.Entity, spk.Name, spk.Mention = acr.Entity, acr.Name, acr.Mention
			}
		}
		return spk, true
	}
	return doc.Speaker{}, false
}

// timeLeadUnits are the units of a span of time that opens a clause
// ("Hours later", "Two days earlier").
var timeLeadUnits = setOf(`minutes hours days weeks months years moments minute hour day week month year`)

// paperWords name a newspaper after a weekday ("Sunday Times", "Sunday
// Telegraph"), so the weekday is no time there.
var paperWords = setOf(`times post telegraph herald mail express tribune journal observer
	star news chronicle independent guardian mirror sun standard record review world`)

// dayParts follow a day in a time ("On Monday morning").
var dayParts = setOf(`morning afternoon evening night`)

// skipTimeLead returns the first token after a time adverbial that
// opens the noun phrase [a,b) with no comma after it ("On Monday Rutte
// said", "Late on Friday Zelensky said", "Hours later Zelensky
// announced", "In March 2023 the ministry said", "Last week he said",
// "Earlier he said"), or a when there is
// none or nothing would be left of the phrase.
func (f *finder) skipTimeLead(a, b int) int {
	k := a
	word := func(i int) string {
		if i < b && f.t[i].kind == tWord {
			return f.t[i].w
		}
		return ""
	}
	switch w := word(k); {
	case w == "":
		return a
	case (isDigits(w) || numberWord(w) || w == "a" || w == "several" || w == "few") && timeLeadUnits.Has(word(k+1)) && (word(k+2) == "later" || word(k+2) == "earlier" || word(k+2) == "after"):
		k += 3 // "Two days later", "Hours later" (below)
	case timeLeadUnits.Has(w) && (word(k+1) == "later" || word(k+1) == "earlier"):
		k += 2 // "Hours later"
	default:
		if w == "late" || w == "early" || w == "earlier" || w == "later" {
			k++
		}
		if w := word(k); w == "on" || w == "in" || w == "at" || w == "this" || w == "last" || w == "next" {
			k++
		}
		switch w := word(k); {
		case k == a+1 && (word(a) == "earlier" || word(a) == "later") && !timeLeadUnits.Has(w):
			// "Earlier he said": the adverb alone
		case k == a+1 && (word(a) == "last" || word(a) == "this" || word(a) == "next") && timeLeadUnits.Has(w) && !strings.HasSuffix(w, "s"):
			k++ // "Last week he said", "This month the ministry said"
		case weekdays.Has(w) && (k > a || !paperWords.Has(word(k+1))) || w == "yesterday" || w == "today" || w == "tonight":
			// "Monday Rutte said"; "Sunday Times" is a name
			k++
			if dayParts.Has(word(k)) {
				k++
			}
		case months.Has(w) && k > a:
			k++
			for k < b && (isDigits(word(k)) || f.t[k].w == "," && k+1 < b && isDigits(word(k+1))) {
				k++ // "On March 3, 2023"
			}
		case isDigits(w) && len(w) == 4 && k > a:
			k++ // "In 2019"
		default:
			return a
		}
	}
	if k >= b || k == a || f.t[k].kind != tWord || !f.t[k].upper && f.t[k].w != "the" && f.t[k].w != "a" && f.t[k].w != "an" && pronouns[f.t[k].w] == "" {
		return a // a speaker must follow: a name, a determiner or a pronoun
	}
	return k
}

// possessedGroups are groups named by whose they are ("Clinton's team",
// "the family's lawyers").
var possessedGroups = setOf(`team camp aides lawyers attorneys family allies advisers advisors`)

// numComma reports whether token i is the comma inside a number
// ("300,000").
func (f *finder) numComma(i int) bool {
	return f.t[i].w == "," && i > 0 && i+1 < len(f.t) && f.t[i-1].e == f.t[i].s && f.t[i+1].s == f.t[i].e && isDigits(f.t[i-1].w) && isDigits(f.t[i+1].w)
}

// participleOpeners open a participle clause set off by commas after a
// subject ("a senior official, speaking on condition of anonymity,").
var participleOpeners = setOf(`speaking citing asking requesting declining writing talking
	referring responding commenting reacting adding echoing`)

// auxVerbs are finite auxiliaries that cannot follow a source's head.
var auxVerbs = setOf(`has have had will would can could may might must shall should do does did`)

// placeMention reports whether the mentions layer found a place or a
// country in exactly the tokens [a,b).
func (f *finder) placeMention(a, b int) bool {
	if !f.mentions || a >= b {
		return false
	}
	s, e := f.t[a].s, f.t[b-1].e
	ms := f.d.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= s }); i < len(ms) && ms[i].Span.Start == s; i++ {
		if ms[i].Span.End >= e-1 && ms[i].Span.End <= e && (ms[i].Type == doc.TypePlace || ms[i].Type == doc.TypeCountry) {
			return true // "Mich." may end before its dot
		}
	}
	return false
}

// apposes reports whether the comma at x opens an appositive that ends
// at e and follows a name: it opens with a determiner, a lower-case
// word, a title word, a capitalised office or a name's possessive
// before a lower-case title ("Sergei Lavrov, Russia's foreign
// minister,").
func (f *finder) apposes(x, e, lo int) bool {
	n := x + 1
	if n >= e || f.t[n].kind != tWord || x <= lo || !f.t[x-1].upper {
		return false
	}
	w := f.t[n].w
	if f.predicateOpens(n, e) {
		return false // "Buhari, the candidate of X, received 15.4 million votes, said Jega"
	}
	if p := n + 1; f.t[n].upper && !possessiveWord(w) && p+1 < e && p < n+3 && f.t[p].kind == tWord && f.t[p].upper && possessiveWord(f.t[p].w) {
		// "Ali Sabry, Sri Lanka's finance minister,": a name of two
		// words owns the title
		n, w = p, f.t[p].w
	}
	return !f.t[n].upper || titleWords.Has(w) || f.capitalTitle(n, e) || w == "the" || w == "a" || w == "an" ||
		possessiveWord(w) && n+1 < e && f.t[n+1].kind == tWord && !f.t[n+1].upper && !isTimeWord(f.t[x-1].w) && !sentenceAdverbs.Has(f.t[x-1].w) && !months.Has(f.t[x-1].w)
}

// predicateOpens reports whether the words [n,e) after a name's comma
// are its clause's predicate, not an appositive: a past tense with its
// object, a determiner or a number ("received 15.4 million votes",
// "won the vote"). A participle with its complement ("elected in
// 2019", "appointed by the king") may still be an aside. An auxiliary
// before a word opens a predicate too ("had won 8.8 million votes",
// "has denied the charges"): no appositive starts with one.
func (f *finder) predicateOpens(n, e int) bool {
	w := f.t[n].w
	if n+1 < e && !f.t[n].upper && predicateAux.Has(w) && f.t[n+1].kind == tWord && !f.t[n+1].upper {
		return true
	}
	if n+1 >= e || f.t[n].upper || !(finiteIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")) || f.t[n+1].kind != tWord {
		return false
	}
	o := f.t[n+1].w
	return o == "the" || o == "a" || o == "an" || o[0] >= '0' && o[0] <= '9'
}

// adjectiveAside reports whether the words [n,k) between commas are an
// adjective phrase set off after a subject ("The information ministry,
// still loyal to Hamdok, said"): an adjective of allegiance, perhaps
// after "still" or "long", with its preposition.
func (f *finder) adjectiveAside(n, k int) bool {
	if n < k && (f.t[n].w == "still" || f.t[n].w == "long" || f.t[n].w == "once") {
		n++
	}
	return n+1 < k && asideAdjectives.Has(f.t[n].w) && (f.isWord(n+1, "to") || f.isWord(n+1, "with"))
}

// asideAdjectives open an adjective phrase of allegiance set off after a
// subject.
var asideAdjectives = setOf(`loyal close allied opposed hostile friendly sympathetic faithful`)

// predicateAux are the auxiliaries that open a finite predicate.
var predicateAux = setOf(`had has have was were will would`)

// capitalTitle reports whether the capitalised word at n opens an
// office written in capitals after a name, up to k: a word for a person
// or one with its domain after "to", "of" or "for" ("Assistant to the
// President", "Counsellor of the Embassy").
func (f *finder) capitalTitle(n, k int) bool {
	if personNoun(f.t[n].w) {
		return true
	}
	return n+2 < k && (f.isWord(n+1, "to") || f.isWord(n+1, "of") || f.isWord(n+1, "for")) && f.t[n+2].kind == tWord
}

// parenthetical reports whether the words [a,k) between commas after a
// name are an adverbial, not the name's title: one sentence adverb
// ("however", "too") or a phrase opening with a preposition other than
// "of", "from", "with" or "at" ("in his turn", "for her part").
func (f *finder) parenthetical(a, k int) bool {
	w := f.t[a].w
	if f.ageAppositive(a, k) {
		return true // "Kemal Kilicdaroglu, 74, told"
	}
	if f.t[a].upper {
		return false
	}
	if k == a+1 && (sentenceAdverbs.Has(w) || cueAdverbs.Has(w) || mannerAdverb(w) || w == "too" || w == "though" || w == "meanwhile") {
		return true
	}
	return adverbialPreps.Has(w)
}

// adverbialPreps open an adverbial phrase between commas after a name
// ("in his turn", "for her part", "by contrast"); "of", "from", "with"
// and "at" open an affiliation ("of the Brookings Institution", "with
// the university's Rural Initiative").
var adverbialPreps = setOf(`in on for by after before during like unlike despite as`)

// possessiveWord reports whether the lower-case word w ends in a
// possessive "'s" or "’s" ("russia's").
func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s")
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isCommonHead reports whether token i is a source or description noun
// ("Spokesman" in "said Spokesman for …").
func (f *finder) isCommonHead(i int) bool {
	w := f.t[i].w
	return unnamedHeads.Has(w) || descHeads.Has(w) || orgHeads.Has(w)
}

// allUpper reports whether tokens [a,b) are all capitalised words (or
// name particles and abbreviation dots).
func (f *finder) allUpper(a, b int) bool {
	for i := a; i < b; i++ {
		t := &f.t[i]
		if !(t.kind == tWord && (t.upper || particles.Has(t.w)) || t.w == ".") {
			return false
		}
	}
	return true
}

// allCommon reports whether a capitalised run is only common words
// capitalised at a sentence start ("Officials said", "The minister said").
func (f *finder) allCommon(r, b int) bool {
	for i := r; i < b; i++ {
		w := f.t[i].w
		if i > r && f.t[i].upper {
			return false
		}
		if !commonWords.Has(w) || nameTitleWords.Has(w) {
			return false
		}
	}
	return true
}

// commonWords are the words allCommon accepts (before nameTitleWords):
// unnamedHeads, descHeads, indefinites, titleWords and "the", merged so
// that a word costs one lookup instead of five.
var commonWords = func() *wordset.Set {
	m := setOf("the")
	for _, set := range []*wordset.Set{unnamedHeads, descHeads, indefinites, titleWords} {
		for w := range set.All() {
			m.Add(w)
		}
	}
	return m
}()

// named builds a named speaker: [r,b) is the capitalised run, words
// from a may carry a lower-case title ("Iran's foreign minister").
// titleThenName reports whether a title word in [i, b-1) is followed by
// the capitalised name that ends the run: "Organization of American
// States Secretary General Luis Almagro" names the secretary general,
// not the organisation.
func (f *finder) titleThenName(i, b int) bool {
	for k := i; k < b-1; k++ {
		if f.t[k].w != "of" && isTitleWord(f.t[k].w) && !isTitleWord(f.t[b-1].w) {
			return true
		}
	}
	return false
}

func (f *finder) named(a, r, b int) doc.Speaker {
	// an organisation is named whole: "the Foreign Ministry", "the
	// Ministry of Defence"
	if orgHeads.Has(f.t[b-1].w) || orgHeads.Has(f.t[r].w) && b-r >= 3 && f.t[r+1].w == "of" && !f.titleThenName(r+2, b) || b-r == 1 && f.t[r].e-f.t[r].s >= 2 && upperAsIs(f.text[f.t[r].s:f.t[r].e]) && !titleWords.Has(f.t[r].w) {
		spk := doc.Speaker{Kind: KindNamed, Mention: -1, Name: f.text[f.t[r].s:f.t[b-1].e], Span: doc.Span{Start: f.t[r].s, End: f.t[b-1].e}}
		f.link(&spk)
		return spk
	}
	// the last title word in the run splits title and name
	k := -1
	for i := r; i < b; i++ {
		if f.t[i].w != "of" && (isTitleWord(f.t[i].w) || demonym(f.t[i].w) && i+1 < b && isTitleWord(f.t[i+1].w)) {
			k = i
		}
	}
	if k == b-1 && k-1 > r && f.t[k-1].upper && f.t[k-1].kind == tWord && !isTitleWord(f.t[k-1].w) && !demonym(f.t[k-1].w) {
		// "Director General Amy Pope", "Senator John King": a title
		// word after a given name is a surname; the title before it
		// ends the title
		for i := k - 2; i >= r; i-- {
			if f.t[i].w != "of" && isTitleWord(f.t[i].w) {
				k = i
				break
			}
		}
	}
	nameStart := r
	if k >= 0 && k+1 < b {
		nameStart = k + 1
	} else if k < 0 {
		// "Uruguay's Luis Lacalle Pou": a possessive name before a name
		// of two words or more is the speaker's affiliation, written as
		// the title
		for i := r; i+2 < b; i++ {
			if w := f.t[i].w; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
				if !orgHeads.Has(f.t[b-1].w) && f.t[i+1].upper && f.t[i+2].upper {
					nameStart = i + 1
				}
				break
			}
		}
	}
	// the title may start before the run with lower-case title words
	ts := r
	sawTitle := k >= 0
	held := ts // the title's start before the last plain nouns taken
	for ts-1 >= a && f.t[ts-1].kind == tWord {
		if p := f.portfolioList(ts-1, a-1); p >= 0 && sawTitle {
			ts = p // "Minister for Political, Legal and Security Affairs"
			held = ts
			continue
		}
		w := f.t[ts-1].w
		if titlePreps.Has(w) {
			// "Within minutes U.S. President X said": the nouns after a
			// preposition are its object, no part of the title
			ts = held
			goto done
		}
		switch {
		case isTitleWord(w):
			sawTitle = true
			held = ts - 1
		case demonym(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s"):
			held = ts - 1
		case ts == r && !f.t[ts-1].upper && personNoun(w):
			// "farmer Ghulam Rasool", "activist Boniface Mwangi"
			sawTitle = true
		case sawTitle && (titleNoun(w) || f.t[ts-1].upper && properIng(w)) && (!f.t[ts-1].upper || !sentenceAdverbs.Has(w)):
			// "Boeing spokeswoman": a name ending in -ing is no verb
			// "Philippine coast guard spokesman", "Nigeria's
			// electoral commission chairman"
		case sawTitle && f.t[ts-1].upper && f.t[ts].upper && verbLike(w) && !cues.Has(w):
			// "Armed Forces chief": a capitalised participle opens the
			// name of the body
		case sawTitle && f.isWord(ts, "forces") && forcesParticiples.Has(w):
			// "Armed forces chief", "allied forces commander": the
			// participle names the body with "forces", in lower case
			// too ("ambushed forces chief X" stays a verb's object)
		default:
			goto done
		}
		ts--
	}
done:
	spk := doc.Speaker{Kind: KindNamed, Mention: -1}
	if k >= 0 && k+1 >= b {
		if k == r && (ts == r || f.isWord(ts, "the")) && nameTitleWords.Has(f.t[r].w) {
			// a body that also opens titles, alone: "NATO said", "the
			// UN said" (not "UN Secretary-General António Guterres")
			spk := doc.Speaker{Kind: KindNamed, Mention: -1, Name: f.text[f.t[r].s:f.t[b-1].e], Span: doc.Span{Start: f.t[r].s, End: f.t[b-1].e}}
			f.link(&spk)
			return spk
		}
		// title only: "the Foreign Minister said"
		return f.resolveDescription(ts, b, b-1)
	}
	for nameStart < b-1 && f.t[nameStart].w == "." {
		nameStart++
	}
	if f.t[nameStart].w == "of" && k >= 0 {
		// "the Governor of Ohio": a title with its domain, no name
		return f.resolveDescription(ts, b, k)
	}
	if nameStart > ts {
		spk.Title = f.text[f.t[ts].s:f.t[nameStart-1].e]
	}
	spk.Name = f.text[f.t[nameStart].s:f.t[b-1].e]
	spk.Span = doc.Span{Start: f.t[ts].s, End: f.t[b-1].e}
	if nameStart > r || ts < r {
		spk.Span.Start = f.t[min(ts, r)].s
	}
	f.link(&spk)
	return spk
}

// nameTitleWords are title words that name a body on their own ("UN
// Secretary-General" but "the UN said").
var nameTitleWords = setOf(`un nato eu us u.s uk`)

// isTitleWord reports whether w is a title word, or a compound of them
// ("secretary-general", "vice-president", "commander-in-chief").
func isTitleWord(w string) bool {
	if titleWords.Has(w) {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	n := 0
	for rest, more := w, true; more; {
		// the parts between hyphens, cut in place: no slice of them
		var p string
		p, rest, more = strings.Cut(rest, "-")
		switch {
		case titleWords.Has(p) && p != "of":
			n++
		case p == "in" || p == "of" || p == "at":
		default:
			return false
		}
	}
	return n > 0
}

// titleNoun reports whether a lower-case word may modify a title word
// before a name ("coast guard spokesman", "electoral commission
// chairman"): a content word, not a verb form, function word or time.
func titleNoun(w string) bool {
	return len(w) >= 3 && !verbLike(w) && !titleStop.Has(w) && !boundaryWords.Has(w) && !cues.Has(w) && !isTimeWord(w) && !weekdays.Has(w) && !months.Has(w) && !strings.HasSuffix(w, "ly")
}

// properIng reports whether a capitalised word ending in -ing may be a
// name ("Boeing", "Beijing", "Reading") rather than a participle.
func properIng(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !participles.Has(w) && !progressives.Has(w) && !participleOpeners.Has(w) && !titleStop.Has(w)
}

// titlePreps are prepositions that open an adverbial before a titled
// name ("Within minutes U.S. President X", "During the visit Foreign
// Minister Y"); "of" and "for" may sit inside a title ("Minister of
// State", "Minister for Health").
var titlePreps = setOf(`within during after before amid amidst since until following despite in on at from by with`)

// sentenceAdverbs open a sentence, capitalised, before a subject
// ("Meanwhile opposition leader X said"); they are no part of a title.
var sentenceAdverbs = setOf(`meanwhile however yesterday today earlier later separately
	also still now then elsewhere instead nevertheless moreover furthermore overnight
	afterwards eventually finally initially previously recently subsequently
	additionally likewise similarly nonetheless`)

// titleStop are function words that end a title scanned back from a name.
var titleStop = setOf(`the a an this that these those his her their its our my your of in on at
	for to from with by as and or but than who which what when where while after before
	since during into over under about against between through has have had will would
	can could may might must shall should did does not also new told met`)

// verbLike reports whether w looks like a verb form that cannot sit
// inside a source description.
func verbLike(w string) bool {
	// the form first: most words fail it, and skip the lookup
	if !(len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || w == "were" || w == "was" || w == "are" || w == "is") {
		return false
	}
	return !indefinites.Has(w)
}

// demonym reports whether w looks like a nationality adjective.
//
// A word is one when it ends with one of -ian, -ean, -an, -ese, -ish, -i,
// -ic, -ch, -ine and has more than two bytes before the ending; -ian and
// -ean need nothing -an does not, so the last byte picks the one or two
// endings to test.
func demonym(w string) bool {
	n := len(w)
	if n < 4 {
		return false
	}
	switch w[n-1] {
	case 'i': // -i
		return true
	case 'n': // -an (and so -ian, -ean)
		return n > 4 && w[n-2] == 'a'
	case 'c': // -ic
		return n > 4 && w[n-2] == 'i'
	case 'h': // -ch, -ish
		return n > 4 && w[n-2] == 'c' || n > 5 && w[n-3:] == "ish"
	case 'e': // -ese, -ine
		return n > 5 && (w[n-3:] == "ese" || w[n-3:] == "ine")
	}
	return false
}

// common classifies a lower-case noun phrase: an unnamed source, a
// description to resolve, or nothing.
func (f *finder) common(a, b int) (doc.Speaker, bool) {
	if b <= a {
		return doc.Speaker{}, false
	}
	// the first unnamed-source head
	for h := a; h < b; h++ {
		w := f.t[h].w
		if f.t[h].kind != tWord || !unnamedHeads.Has(w) {
			continue
		}
		if n := h + 1; n < b && f.t[n].kind == tWord && (institutionHeads.Has(f.t[n].w) || descHeads.Has(f.t[n].w) || unnamedHeads.Has(f.t[n].w)) {
			continue // a modifier: "intelligence agency", "security sources"
		}
		if n := h + 1; n < b && f.t[n].kind == tWord && f.t[n].upper && isTitleWord(w) && pronouns[f.t[n].w] == "" {
			// a title before a name: "Prime Minister Benjamin Netanyahu's
			// office", "opposition leader Raila Odinga's coalition"
			continue
		}
		// walk back over modifiers to a determiner; a capitalised -ing
		// or -ed word is a name's ("a Downing Street source")
		s := h
		for s-1 >= a && (f.t[s-1].kind == tWord && !boundaryWords.Has(f.t[s-1].w) && (!verbLike(f.t[s-1].w) || f.t[s-1].upper && s-1 > a) || f.abbrevDot(s-1, b)) {
			s-- // also the dot of "a senior U.S. official"
			if d := f.t[s].w; d == "the" || d == "a" || d == "an" || d == "some" || d == "several" {
				break
			}
		}
		det := f.t[s].w
		plural := strings.HasSuffix(w, "s") && w != "press" || w == "people" || w == "staff" || w == "police" || w == "media"
		possessive := false
		for x := s; x < h; x++ {
			if strings.HasSuffix(f.t[x].w, "'s") || strings.HasSuffix(f.t[x].w, "\u2019s") {
				possessive = true // "the prime minister's spokesman": unnamed
			}
		}
		if possessive && institutionHeads.Has(w) && h == b-1 {
			break // "President Joe Biden's administration": a body, described below
		}
		if possessive && h == b-1 {
			if spk, ok := f.countryOffice(s, b); ok {
				return spk, true // "Qatar's foreign minister said": one person, not an unnamed source
			}
		}
		if (det == "the" || det == "this" || det == "that" || det == "its" || det == "his" || det == "her" || det == "their") && !possessive {
			if !plural {
				return f.resolveDescription(s, b, h), true
			}
		}
		if det == "the" && plural && h == b-1 && len(f.groups) > 0 {
			// "the two leaders" after "Merz and Macron said"
			if spk := f.resolveDescription(s, b, h); spk.Kind == KindDescription && f.groups[f.groupSpan(spk.Name)] {
				return spk, true
			}
		}
		if plural || possessive || indefinites.Has(det) || det == "a" || det == "an" {
			// a finite verb after the head makes a clause ("people
			// were mistakenly …"); post-modifiers stay ("a source
			// familiar with the talks", "protesters marching …")
			e := h + 1
			for e < b && !beForms.Has(f.t[e].w) && !auxVerbs.Has(f.t[e].w) {
				e++
			}
			if e < b {
				return doc.Speaker{}, false // a clause, not a source: "people were mistakenly charged"
			}
			if n := h + 1; n+1 < b && f.t[n].kind == tWord && !f.t[n].upper && len(f.t[n].w) > 4 && strings.HasSuffix(f.t[n].w, "ed") && determiners.Has(f.t[n+1].w) {
				// a past tense and its object: "Activists besieged the
				// embassy, and Ambassador X said" (a participle goes on
				// with a preposition: "protesters arrested on Monday")
				return doc.Speaker{}, false
			}
			sp := doc.Span{Start: f.t[s].s, End: f.t[b-1].e}
			return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
		}
		return doc.Speaker{}, false
	}
	// a share of those polled: "Another 19 percent said", "63 percent
	// said"
	if h := b - 1; f.t[h].kind == tWord && (f.t[h].w == "percent" || f.t[h].w == "%") && h > a && isDigits(strings.ReplaceAll(f.t[h-1].w, ".", "")) {
		s := h - 1
		if s > a && (indefinites.Has(f.t[s-1].w) || f.t[s-1].w == "another" || f.t[s-1].w == "only" || f.t[s-1].w == "just") {
			s--
		}
		if f.opensClause(s, a) {
			sp := doc.Span{Start: f.t[s].s, End: f.t[h].e}
			return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
		}
	}
	// a person described with an indefinite: "one protester", "a
	// shopkeeper in Kabul"
	if h := b - 1; b-a >= 2 && f.t[h].kind == tWord && personNoun(f.t[h].w) && !f.t[h].upper {
		for s := h - 1; s >= a && s >= h-6; s-- { // "a former Democratic National Committee chairman"
			w := f.t[s].w
			if f.t[s].kind != tWord || verbLike(w) || boundaryWords.Has(w) {
				break
			}
			if w == "a" || w == "an" || w == "one" || w == "another" {
				if !f.opensClause(s, a) {
					break // "told a young woman who suggested": an object
				}
				sp := doc.Span{Start: f.t[s].s, End: f.t[h].e}
				return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
			}
		}
	}
	if spk, ok := f.modifiedPerson(a, b); ok {
		return spk, true
	}
	// a definite description: "the ministry", "the minister"
	if b-a >= 2 && (f.t[b-2].w == "the" || b-a >= 3 && f.t[b-3].w == "the") && descHeads.Has(f.t[b-1].w) {
		s := b - 2
		if f.t[s].w != "the" {
			s = b - 3
		}
		return f.resolveDescription(s, b, b-1), true
	}
	// a description after a name's possessive: "South Africa's health
	// department", "Ethiopia's disaster management agency"
	if h := f.t[b-1].w; f.t[b-1].kind == tWord && (institutionHeads.Has(h) || descHeads.Has(h) || isTitleWord(h) || personNoun(h) || possessedGroups.Has(h)) {
		// also a person by title: "Connecticut's tax commissioner",
		// "Clinton's team"
		for p := b - 2; p >= a && p >= b-5; p-- {
			t := &f.t[p]
			if t.kind != tWord || verbLike(t.w) || boundaryWords.Has(t.w) || titleStop.Has(t.w) {
				break
			}
			if t.upper && (strings.HasSuffix(t.w, "'s") || strings.HasSuffix(t.w, "\u2019s")) {
				s := p
				for s-1 >= a && f.t[s-1].kind == tWord && (f.t[s-1].upper || isTitleWord(f.t[s-1].w) || titleNoun(f.t[s-1].w) && isTitleWord(f.t[s].w)) {
					s-- // "opposition leader Raila Odinga's coalition"
				}
				if s-1 >= a && f.t[s-1].w == "the" {
					s-- // "the Philippines' …" is written with its article
				}
				if s == a && (f.opensClause(s, a) || f.isWord(s-1, "to") || f.isWord(s-1, "said")) {
					// opening a clause, or after "according to", "said"
					return f.resolveDescription(s, b, b-1), true
				}
				break
			}
		}
	}
	// "the ministry of health": the head before "of"
	for o := a + 2; o < b-1; o++ {
		if f.t[o].w != "of" {
			continue
		}
		if h := o - 1; institutionHeads.Has(f.t[h].w) && !f.t[h].upper {
			for s := h - 1; s >= a && s >= h-3; s-- {
				if f.isWord(s, "the") {
					if f.opensClause(s, a) || s == a && f.isWord(s-1, "to") {
						return f.resolveDescription(s, b, h), true
					}
					break
				}
				if f.t[s].kind != tWord || verbLike(f.t[s].w) && !f.t[s].upper {
					break
				}
			}
		}
		break
	}
	// any other definite description ending the subject: "the bank
	// said", "her campaign disclosed"; resolved like "the ministry" or
	// unresolved
	if h := f.t[b-1].w; b-a >= 2 && f.t[b-1].kind == tWord && !verbLike(h) && pronouns[h] == "" && !boundaryWords.Has(h) && !stopAfterName.Has(h) && !isTimeWord(h) {
		for s := b - 2; s >= a && s >= b-6; s-- {
			w := f.t[s].w
			if f.abbrevDot(s, b) {
				continue // "the U.S. envoy"
			}
			if f.t[s].kind != tWord || verbLike(w) && !f.t[s].upper && !(strings.HasSuffix(w, "ing") && !strings.Contains(w, "-") && f.isWord(s-1, "the")) || boundaryWords.Has(w) || stopAfterName.Has(w) && w != "the" && w != "this" {
				break // (but "the ruling ZANU-PF party": a participle after "the" modifies)
			}
			if (w == "the" || w == "its" || w == "his" || w == "her" || w == "their") && f.opensClause(s, a) {
				return f.resolveDescription(s, b, b-1), true
			}
		}
	}
	// plural bare nouns: "Companies and individuals complain"
	if h := f.t[b-1].w; f.t[b-1].kind == tWord && len(h) > 3 && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && !strings.HasSuffix(h, "'s") && !f.t[b-1].upper && !cues.Has(h) && pronouns[h] == "" {
		s := b - 1
		for s-1 >= a && (b-s < 4 && f.t[s-1].kind == tWord && !verbLike(f.t[s-1].w) && !boundaryWords.Has(f.t[s-1].w) || f.t[s-1].w == "and") {
			s--
		}
		if s == a && f.opensClause(s, a) {
			sp := doc.Span{Start: f.t[s].s, End: f.t[b-1].e}
			return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
		}
	}
	// a body described with an indefinite article: "a rights group",
	// "a monitoring group", "an aid agency" (unnamed, as "an official")
	if h := b - 1; b-a >= 2 && f.t[h].kind == tWord && !f.t[h].upper && indefiniteBodies.Has(f.t[h].w) {
		for s := h - 1; s >= a && s >= h-4; s-- {
			w := f.t[s].w
			if w == "a" || w == "an" {
				if s == a && f.opensClause(s, a) {
					sp := doc.Span{Start: f.t[s].s, End: f.t[h].e}
					return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
				}
				break
			}
			if f.t[s].kind != tWord || boundaryWords.Has(w) || cues.Has(w) || verbLike(w) && !strings.HasSuffix(w, "ing") {
				break
			}
		}
	}
	// a definite description of a person: "the New York businessman",
	// "the band leader"; resolved like "the minister", or unresolved
	if h := f.t[b-1].w; b-a >= 2 && personNoun(h) {
		for s := b - 2; s >= a && s >= b-5; s-- {
			if f.abbrevDot(s, b) {
				continue // "the U.N. special rapporteur"
			}
			if f.t[s].kind != tWord || verbLike(f.t[s].w) {
				break
			}
			if f.t[s].w == "the" {
				return f.resolveDescription(s, b, b-1), true
			}
		}
	}
	return doc.Speaker{}, false
}

// opensClause reports whether a subject noun phrase starting at token s
// (scanned back to a) opens its clause: no words of it before s, and a
// sentence start, punctuation or a conjunction before it. A phrase after
// a verb ("release his taxes") is an object, not a speaker.
func (f *finder) opensClause(s, a int) bool {
	if s != a {
		return false
	}
	if s == 0 || f.sent[s] >= 0 && f.sentLo[f.sent[s]] == s {
		return true
	}
	p := f.t[s-1]
	if p.w == "to" && f.isWord(s-2, "according") {
		return true // "according to the Iranian foreign ministry"
	}
	if (p.w == "from" || p.w == "by") && s >= 4 {
		// "according to a statement from the foreign ministry"
		for k := s - 2; k >= 0 && k >= s-7; k-- {
			if f.isWord(k, "according") {
				return f.sourceOfMedium(k+2, s+1) == s
			}
		}
	}
	return p.kind != tWord || p.w == "and" || p.w == "but" || p.w == "while" || p.w == "as" || p.w == "because" || p.w == "although" || p.w == "though" || p.w == "when" || p.w == "so"
}

// personNoun reports whether a lower-case word looks like a noun for a
// person by its ending (businessman, narrator, strategist, lawyer).
func personNoun(w string) bool {
	if len(w) < 5 || verbLike(w) {
		return false
	}
	for _, suf := range []string{"man", "woman", "person", "er", "or", "ist", "yst", "ant", "ent", "ee"} {
		if strings.HasSuffix(w, suf) {
			return !notPersonNouns.Has(w)
		}
	}
	return false
}

// notPersonNouns end like person nouns but name no one.
var notPersonNouns = setOf(`number order letter paper matter water power member center
	centre quarter border corner chapter error factor sector manner winter summer report
	statement comment content intent percent moment government agreement development
	payment treatment argument department parliament document amount point event
	guarantee committee`)

// link fills the entity of a named speaker from a mention inside its span
// when the mentions layer is present.
func (f *finder) link(spk *doc.Speaker) {
	if !f.mentions {
		return
	}
	// the mention must cover the start of the name, or end the span as
	// the head of a description ("the Israeli army"); a place inside a
	// name ("Greenpeace Brazil") or a country in a title ("Kenya's
	// President X") is not the speaker
	nameStart := spk.Span.Start
	if n := len(spk.Name); n > 0 && n <= spk.Span.Len() && f.text[spk.Span.End-n:spk.Span.End] == spk.Name {
		nameStart = spk.Span.End - n
	}
	best := -1
	// the mentions are in text order: those before the span cannot be
	// in it, and a long document has many
	from := sort.Search(len(f.d.Mentions), func(i int) bool { return f.d.Mentions[i].Span.Start >= spk.Span.Start })
	for i := from; i < len(f.d.Mentions); i++ {
		m := &f.d.Mentions[i]
		if m.Span.Start >= spk.Span.End {
			break
		}
		if !spk.Span.Contains(m.Span) {
			continue
		}
		if m.Span.End <= nameStart || m.Span.Start > nameStart && (m.Span.End != spk.Span.End || m.Type == doc.TypeCountry || m.Type == doc.TypePlace || m.Type == doc.TypePerson && !particlesOnly(f.text[nameStart:m.Span.Start]) && !f.titleAhead(m, nameStart)) {
			continue // but "van Rysselberghe" is the person of a mention "Rysselberghe"
		}
		if m.How == "demonym" && m.Span != spk.Span {
			continue // "African-American Museum" is no mention of a country
		}
		if best < 0 || m.Type == doc.TypePerson || f.d.Mentions[best].Type != doc.TypePerson {
			best = i
		}
	}
	if best < 0 {
		return
	}
	m := &f.d.Mentions[best]
	spk.Mention = best
	spk.Entity = m.KBID
	if m.Type != doc.TypePerson && m.Span.Start < nameStart && m.Span.End >= spk.Span.End {
		// "the far-right National Rally": an organisation whose name
		// holds a title word is no title and name
		spk.Name, spk.Title = m.Text, ""
	}
	if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" && m.KBID != "" {
		spk.Name = f.d.Entities[m.Entity].Name
	} else if m.Type == doc.TypePerson && (m.Span.Start <= nameStart || f.titleAhead(m, nameStart)) && m.Span.End >= spk.Span.End && !(m.Span.Start < nameStart && spk.Title != "") {
		// a mention of part of the name keeps the name as written; one
		// that holds our title too ("Rock Hill City Manager Carey
		// Smith") keeps the name after the title
		spk.Name = m.Text
	}
	if m.Title != "" && !(len(spk.Title) > len(m.Title) && strings.HasSuffix(spk.Title, m.Title)) && !(spk.Title != "" && rankOnly(m.Title) && !rankOnly(spk.Title)) {
		// (an office the text gives beside the name outranks the rank
		// the mentions layer read before it: "army chief", not "General")
		spk.Title = m.Title // unless ours holds it: "Kremlin spokesman", not "spokesman"
		spk.Title = f.formerTitle(m, spk.Title)
	}
	if m.Type == doc.TypePerson && m.Entity >= 0 && m.Entity < len(f.d.Entities) {
		f.laterMention(spk, best, &f.d.Entities[m.Entity])
	}
}

// titleAhead reports whether the words from nameStart to person mention
// m are the title the mentions layer gave m: a capitalised title the
// speaker scan took for part of the name ("Prosecutor Pablo Ouvina",
// "Magistrate Jean Roux") is the title of the person named after it.
func (f *finder) titleAhead(m *doc.Mention, nameStart int) bool {
	return m.Type == doc.TypePerson && m.Title != "" && m.Span.Start == nameStart+len(m.Title)+1 &&
		f.text[m.Span.Start-1] == ' ' && f.text[nameStart:m.Span.Start-1] == m.Title
}

// remember records a speaker for later pronouns and descriptions.
func (f *finder) remember(spk doc.Speaker) {
	switch spk.Kind {
	case KindNamed, KindUnnamed:
		f.history = append(f.history, spk)
	case KindDescription:
		// "the interior ministry" kept as written is the antecedent of
		// a later "the ministry"
		if spk.Name != "" {
			f.history = append(f.history, spk)
		}
	}
}

// isOrg reports whether a speaker looks like an organisation.
func (f *finder) isOrg(spk doc.Speaker) bool {
	// the type of a mention guessed from the name alone, with no KB
	// entry ("Haddad" typed an organisation), says less than the
	// name's head word below
	if m := spk.Mention; m >= 0 && m < len(f.d.Mentions) && !(f.d.Mentions[m].KBID == "" && f.d.Mentions[m].How == "name") {
		switch f.d.Mentions[spk.Mention].Type {
		case doc.TypeOrganization, doc.TypeCountry, doc.TypeArmedGroup, doc.TypePlace:
			return true
		case doc.TypePerson:
			return false
		}
	}
	// the head of the name: its last word, or the word before "of"
	// ("Ministry of Defence"); "a Homeland Security Department
	// official" is a person
	words := strings.Fields(strings.ToLower(spk.Name))
	for i, w := range words {
		if i == len(words)-1 || i+1 < len(words) && words[i+1] == "of" && i > 0 || i == 0 && len(words) > 1 && words[1] == "of" {
			if orgHeads.Has(w) || institutionHeads.Has(w) || w == "house" || w == "reuters" || w == "news" || w == "times" || w == "post" {
				return true
			}
		}
	}
	return false
}

// documentHeads name texts that "say" things ("The Nairobi Declaration
// says … It asks lenders …").
var documentHeads = setOf(`declaration report statement communique communiqué resolution
	agreement treaty charter accord accords study survey document letter plan proposal
	manifesto constitution`)

// isDocument reports whether a named speaker without a person mention is
// a text ("the Nairobi Declaration", "the Helsinki Final Act report"), by
// the last word of its name.
func (f *finder) isDocument(spk doc.Speaker) bool {
	if spk.Mention >= 0 && spk.Mention < len(f.d.Mentions) && f.d.Mentions[spk.Mention].Type == doc.TypePerson {
		return false
	}
	words := strings.Fields(strings.ToLower(spk.Name))
	return len(words) > 0 && documentHeads.Has(words[len(words)-1])
}

// documentSource reports whether an unnamed source is a document, not
// people ("according to military records"): no "they" stands for it.
func documentSource(spk doc.Speaker) bool {
	if spk.Kind != KindUnnamed {
		return false
	}
	n := strings.LastIndexByte(spk.Name, ' ')
	return documentNouns.Has(strings.ToLower(spk.Name[n+1:]))
}

// onePerson reports whether an unnamed source is one person a pronoun
// of gender g (m or f) may stand for: "a spokesman for the ministry",
// "an official", "a senior diplomat in Nairobi"; not "officials", nor a
// spokeswoman for "he".
func onePerson(name, g string) bool {
	l := strings.ToLower(name)
	if !strings.HasPrefix(l, "a ") && !strings.HasPrefix(l, "an ") && !strings.HasPrefix(l, "one ") {
		return false
	}
	woman := strings.Contains(l, "woman") || strings.Contains(l, "mother") || strings.Contains(l, "daughter")
	man := strings.Contains(l, "spokesman") || strings.Contains(l, " man ") || strings.HasSuffix(l, " man") || strings.Contains(l, "father")
	return !(g == "m" && woman) && !(g == "f" && man)
}

// resolvePronoun resolves the pronoun at token i of gender g (see
// pronounAntecedent); a person found with no title takes the one the
// article gave them before, as a named speaker does: "the rebel
// commander, Rodrigo Londono, … Londono asked for forgiveness. "…," he
// said" is the rebel commander.
func (f *finder) resolvePronoun(i int, g string) doc.Speaker {
	spk := f.pronounAntecedent(i, g)
	if spk.Title == "" && spk.Kind == KindPronoun && spk.Mention >= 0 && spk.Mention < len(f.d.Mentions) {
		m := &f.d.Mentions[spk.Mention]
		if m.Type == doc.TypePerson && m.Entity >= 0 && m.Entity < len(f.d.Entities) {
			// the antecedent's own mention counts: "Opposition leader
			// X, who returned …, called … "…," he told"
			f.laterTitle(&spk, spk.Mention+1, &f.d.Entities[m.Entity])
		}
	}
	return spk
}

// pronounAntecedent resolves he/she/they/it at token i to the most
// recent compatible speaker; unresolvable pronouns say so.
func (f *finder) pronounAntecedent(i int, g string) doc.Speaker {
	sp := doc.Span{Start: f.t[i].s, End: f.t[i].e}
	f.noteRef(sp, ref{a: i, g: g})
	if g == "n" {
		// "The Russian-installed administration of the plant blamed …
		// In a statement, it said": the institution that opens the
		// sentence before
		if spk, ok := f.previousSubject(i); ok {
			spk.Span = sp
			return spk
		}
	}
	if g == "p" {
		// "Farmers blocked the highway on Monday. They said …": the
		// people the sentence before opens with
		if spk, ok := f.previousPeopleSubject(i); ok {
			spk.Span = sp
			return spk
		}
	}
	if g == "m" || g == "f" {
		// inside its sentence, "he" is the person named before it there:
		// "President X condemned the killings, which he described as …"
		if spk, ok := f.personInSentence(i); ok && !f.speakerClash(spk.Name, spk.Entity, spk.Title, g, sp.Start) {
			spk.Kind, spk.Span = KindPronoun, sp
			return spk
		}
	}
	if g == "m" || g == "f" {
		// "Lula told reporters that … . Chavez, standing beside him,
		// nodded. He added that …": who adds goes on from the last
		// speaker, not from a person only mentioned since
		if spk, ok := f.addingSpeaker(i, g); ok {
			spk.Kind, spk.Span = KindPronoun, sp
			return spk
		}
		// "X said … . General Y appeared on television and declared
		// … . He said": the person the sentence before opens with,
		// when no speaker came after them, is newer than X
		if spk, at, ok := f.previousPersonSubject(i); ok && !f.spokeSince(g, at) && !f.speakerClash(spk.Name, spk.Entity, spk.Title, g, sp.Start) {
			spk.Kind, spk.Span = KindPronoun, sp
			return spk
		}
		if spk, at, ok := f.previousApposedSubject(i); ok && !f.spokeSince(g, at) && !f.speakerClash(spk.Name, spk.Entity, spk.Title, g, sp.Start) {
			// "Aliyev's foreign policy adviser, Hikmet Hajiyev,
			// rejected the charge. "…," he told reporters"
			spk.Kind, spk.Span = KindPronoun, sp
			return spk
		}
		if spk, at, ok := f.previousClauseSubject(i); ok && !f.spokeSince(g, at) && !f.speakerClash(spk.Name, spk.Entity, spk.Title, g, sp.Start) {
			// "…, where Foreign Minister Dominique de Villepin drew
			// applause. \"…,\" he said": the one person of the sentence
			// before, the subject of its clause
			spk.Kind, spk.Span = KindPronoun, sp
			return spk
		}
		if spk, ok := f.describedBefore(i, g); ok {
			return spk // "The interior minister said … . \"…,\" he told reporters"
		}
		if spk, at, ok := f.previousGendered(i, g); ok && !f.spokeSince(g, at) && !f.speakerClash(spk.Name, spk.Entity, spk.Title, g, sp.Start) {
			// "Milei named Patricia Bullrich … as security minister.
			// She said": the one person of the sentence before whose
			// name has the pronoun's gender, when its subject has not
			spk.Kind, spk.Span = KindPronoun, sp
			return spk
		}
		if spk, ok := f.personAfterUnnamed(i, g); ok {
			return spk
		}
	}
	// "Minister X met Jon Smith. "…," she said. "…," she said": the
	// person the same pronoun stood for last, unless one named after
	last, lastAt := f.lastPronounSpeaker(sp, g)
	for k := len(f.history) - 1; k >= 0; k-- {
		h := f.history[k]
		if h.Span.Start < sp.Start-doc.Lookback {
			break
		}
		org := f.isOrg(h)
		group := f.isGroup(h)
		ok := false
		switch g {
		case "m", "f":
			ok = (h.Kind == KindNamed || h.Kind == KindDescription) && !org && !group && !f.speakerClash(h.Name, h.Entity, h.Title, g, sp.Start) ||
				h.Kind == KindUnnamed && onePerson(h.Name, g) && !f.onlyAsked(h) // "A spokesman for X questioned … he said"
		case "n":
			ok = org && !group || h.Kind == KindNamed && f.isDocument(h)
		case "p":
			ok = org || h.Kind == KindUnnamed && !documentSource(h) && !onePerson(h.Name, "") || group // not "a police wife"
		}
		if ok && lastAt > h.Span.Start {
			last.Span = sp
			return last
		}
		if ok {
			kind := KindPronoun
			if h.Kind == KindUnnamed {
				kind = KindUnnamed // "officials said … They added": still unnamed
			}
			return doc.Speaker{Kind: kind, Name: h.Name, Entity: h.Entity, Title: h.Title, Span: sp, Mention: h.Mention}
		}
	}
	if f.mentions && (g == "m" || g == "f") {
		for k := f.mentionsFrom(sp.Start) - 1; k >= 0; k-- {
			m := &f.d.Mentions[k]
			if m.Span.Start < sp.Start-doc.Lookback {
				break
			}
			if m.Span.End > sp.Start || m.Type != doc.TypePerson || f.genderClash(m.Text, m.Title, g) || m.KBID != "" && f.speakerClash("", m.KBID, "", g, sp.Start) {
				continue
			}
			if lastAt > m.Span.Start {
				break
			}
			name := m.Text
			if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
				name = f.d.Entities[m.Entity].Name
			}
			return doc.Speaker{Kind: KindPronoun, Name: name, Entity: m.KBID, Title: m.Title, Span: sp, Mention: k}
		}
	}
	if lastAt >= 0 {
		last.Span = sp
		return last
	}
	if g == "m" || g == "f" {
		if name, ok := f.lastName(i); ok && !f.speakerClash(name, "", "", g, sp.Start) {
			return doc.Speaker{Kind: KindPronoun, Name: name, Span: sp, Mention: -1}
		}
	}
	return doc.Speaker{Kind: KindUnresolved, Span: sp, Mention: -1}
}

// onlyAsked reports whether every quote of the unnamed speaker h is a
// question it asked: "A reporter asked if Washington had been
// consulted. "…," he said": the answer is not the questioner's.
func (f *finder) onlyAsked(h doc.Speaker) bool {
	asked := false
	for i := range f.out {
		if q := &f.out[i]; q.Speaker.Span == h.Span && q.Speaker.Name == h.Name {
			if q.Cue != "asked" {
				return false
			}
			asked = true
		}
	}
	return asked
}

// previousSubject finds an institution described at the opening of the
// sentence before token i's ("The agriculture ministry", "The
// Russian-installed administration of the plant"), resolved like any
// description; it fails when that sentence opens otherwise.
func (f *finder) previousSubject(i int) (doc.Speaker, bool) {
	si := f.sent[i]
	if si < 0 {
		return doc.Speaker{}, false
	}
	if f.sentLo[si] >= 0 && f.sentLo[si] < i {
		// "The Security Council … pledged sanctions against what it
		// called …": the subject of its own sentence first
		if spk, ok := f.openingSubject(f.sentLo[si], i); ok {
			return spk, true
		}
	}
	if si == 0 || f.sentLo[si-1] < 0 {
		return doc.Speaker{}, false
	}
	return f.openingSubject(f.skipDateline(f.sentLo[si-1], f.sentHi[si-1]), f.sentHi[si-1])
}

// openingSubject finds an institution that opens the sentence [a,b):
// a description ("The agriculture ministry") or a capitalised name
// ending in an institution's head ("The United Nations Security
// Council").
func (f *finder) openingSubject(a, b int) (doc.Speaker, bool) {
	if f.isWord(a, "the") {
		e := a + 1
		for e < b && e < a+8 && f.t[e].kind == tWord && f.t[e].upper {
			e++
		}
		if e > a+1 && (institutionHeads.Has(f.t[e-1].w) || orgHeads.Has(f.t[e-1].w)) && e < b && f.t[e].kind == tWord && !f.t[e].upper {
			if spk, ok := f.classify(a, e, e); ok && spk.Kind == KindNamed && f.isOrg(spk) {
				spk.Kind = KindPronoun
				return spk, true
			}
		}
	}
	// "Donald Trump's campaign is defending …"
	for p := a; p < b && p < a+5 && f.t[p].kind == tWord && f.t[p].upper; p++ {
		if w := f.t[p].w; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			for h := p + 1; h < b && h <= p+3 && f.t[h].kind == tWord && !f.t[h].upper; h++ {
				if institutionHeads.Has(f.t[h].w) {
					spk := f.resolveDescription(a, h+1, h)
					if spk.Kind == KindDescription {
						spk.Kind = KindPronoun
						return spk, true
					}
					break
				}
			}
			break
		}
	}
	if !f.isWord(a, "the") {
		return doc.Speaker{}, false
	}
	for h := a + 1; h < b && h <= a+5; h++ {
		t := &f.t[h]
		if t.kind != tWord && t.w != "-" {
			break
		}
		if t.kind == tWord && institutionHeads.Has(t.w) && !t.upper {
			spk := f.resolveDescription(a, h+1, h)
			if spk.Kind == KindUnresolved {
				// kept as written when nothing earlier fits: the
				// sentence before names it
				sp := doc.Span{Start: f.t[a].s, End: f.t[h].e}
				spk = doc.Speaker{Kind: KindDescription, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}
			}
			if spk.Kind == KindDescription {
				spk.Kind = KindPronoun
				return spk, true
			}
			return doc.Speaker{}, false
		}
		if verbLike(t.w) && !t.upper && !strings.Contains(t.w, "-") || cues.Has(t.w) {
			break
		}
	}
	return doc.Speaker{}, false
}

// mentionsFrom returns the index of the first mention that starts at or
// after byte offset off; the mentions are in text order, so a backward
// scan for what precedes off starts just before it.
func (f *finder) mentionsFrom(off int) int {
	ms := f.d.Mentions
	return sort.Search(len(ms), func(k int) bool { return ms[k].Span.Start >= off })
}

// personInSentence finds the person named nearest before token i in
// i's sentence, when i does not open it: a person mention, or without
// the mentions layer a person-like name (see lastName).
func (f *finder) personInSentence(i int) (doc.Speaker, bool) {
	si := f.sent[i]
	if si < 0 || f.sentLo[si] >= i {
		return doc.Speaker{}, false
	}
	lo := f.sentLo[si]
	if c := f.askedOpening(lo, i); c >= 0 {
		// "Asked whether Mugabe should go, he said": the question's
		// people are not who answers it
		if lo = c + 1; lo >= i {
			return doc.Speaker{}, false
		}
	}
	if f.mentions {
		// the person opening the sentence (its subject, within its
		// first words) or else the nearest: "Trump took to Twitter to
		// accuse Clinton's campaign … what he called"
		start := f.t[lo].s
		subj := f.t[min(lo+6, i-1)].s
		best, nearest := -1, -1
		for k := f.mentionsFrom(f.t[i].s) - 1; k >= 0; k-- {
			m := &f.d.Mentions[k]
			if m.Span.End > f.t[i].s {
				continue
			}
			if m.Span.Start < start {
				break
			}
			if m.Type != doc.TypePerson || f.inQuote(m.Span.Start) {
				continue
			}
			if nearest < 0 {
				nearest = k
			}
			if best < 0 || m.Span.Start <= subj {
				best = k
			}
		}
		if best < 0 {
			return doc.Speaker{}, false
		}
		if nearest != best && f.parallelClause(f.tokAt(f.d.Mentions[nearest].Span.Start, i), i) {
			best = nearest // "… after Ibn Auf stepped down, a day after he had announced": Ibn Auf
		}
		m := &f.d.Mentions[best]
		name := m.Text
		if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
			name = f.d.Entities[m.Entity].Name
		}
		return doc.Speaker{Name: name, Entity: m.KBID, Title: m.Title, Mention: best}, true
	}
	if name, ok := f.lastNameFrom(i, lo); ok {
		for k := len(f.history) - 1; k >= 0; k-- {
			if h := f.history[k]; h.Name == name && h.Kind == KindNamed {
				return doc.Speaker{Name: name, Title: h.Title, Entity: h.Entity, Mention: h.Mention}, true // as it spoke
			}
		}
		return doc.Speaker{Name: name, Mention: -1}, true
	}
	return doc.Speaker{}, false
}

// previousPersonSubject finds, with the mentions layer, the person
// mention that is the subject of the sentence before token i's: it
// opens that sentence, after at most a title of capitalised words, and
// is no possessive ("Biden's aide"). It returns the byte offset where
// that sentence starts.
func (f *finder) previousPersonSubject(i int) (doc.Speaker, int, bool) {
	si := f.quoteOpenSentence(i)
	if !f.mentions || si <= 0 || f.sentLo[si-1] < 0 || f.sentHi[si-1] <= f.sentLo[si-1] {
		return doc.Speaker{}, 0, false
	}
	lo, hi := f.sentLo[si-1], f.sentHi[si-1]
	lo = f.skipDateline(f.skipStamp(lo, hi), hi) // "ACCRA (Reuters) - Finance Minister X met …"
	start, end := f.t[lo].s, f.t[hi-1].e
	mi := sort.Search(len(f.d.Mentions), func(k int) bool { return f.d.Mentions[k].Span.Start >= start })
	for ; mi < len(f.d.Mentions) && f.d.Mentions[mi].Span.Start < end; mi++ {
		m := &f.d.Mentions[mi]
		if m.Type != doc.TypePerson {
			// a title the mentions typed otherwise may precede; any
			// other mention first means the person is no subject
			if m.Span.Start > start {
				return doc.Speaker{}, 0, false
			}
			continue
		}
		// only a title before it: capitalised words or title words
		// ("Party spokesman X"), or the title the mentions gave it,
		// whatever its punctuation ("U.N. Secretary-General X")
		titled := m.Title != "" && strings.EqualFold(strings.TrimSpace(f.d.Text[start:m.Span.Start]), m.Title)
		for k := lo; !titled && k < hi && f.t[k].e <= m.Span.Start; k++ {
			if f.t[k].kind != tWord || !f.t[k].upper && !isTitleWord(f.t[k].w) || k >= lo+5 {
				return doc.Speaker{}, 0, false
			}
		}
		if rest := f.d.Text[m.Span.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s") || strings.HasPrefix(rest, "'") {
			return doc.Speaker{}, 0, false
		}
		// a predicate or an appositive follows, not "and Y" (a plural
		// subject, or a list a split abbreviation cut: "U.S. Sens. X
		// and Y.")
		n := f.tokAt(m.Span.End, lo)
		for n < hi && f.t[n].s < m.Span.End {
			n++
		}
		if n >= hi || f.t[n].w == "and" || f.t[n].w == "or" || f.t[n].kind != tWord && f.t[n].w != "," {
			return doc.Speaker{}, 0, false
		}
		if f.inQuote(m.Span.Start) && !f.openingReported(m.Span.Start, start, end) {
			return doc.Speaker{}, 0, false
		}
		name := m.Text
		if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
			name = f.d.Entities[m.Entity].Name
		}
		return doc.Speaker{Name: name, Entity: m.KBID, Title: m.Title, Mention: mi}, start, true
	}
	return doc.Speaker{}, 0, false
}

// previousGendered finds the one person mention of the sentence before
// token i's quote whose name or title gives the pronoun's gender g ("m"
// or "f") when no other person there can take it (nameGender: only
// names that say their gender count), with that sentence's start.
func (f *finder) previousGendered(i int, g string) (doc.Speaker, int, bool) {
	si := f.quoteOpenSentence(i)
	if !f.mentions || (g != "m" && g != "f") || si <= 0 || f.sentLo[si-1] < 0 || f.sentHi[si-1] <= f.sentLo[si-1] {
		return doc.Speaker{}, 0, false
	}
	lo, hi := f.sentLo[si-1], f.sentHi[si-1]
	start, end := f.t[lo].s, f.t[hi-1].e
	found, at := -1, -1
	mi := sort.Search(len(f.d.Mentions), func(k int) bool { return f.d.Mentions[k].Span.Start >= start })
	for ; mi < len(f.d.Mentions) && f.d.Mentions[mi].Span.Start < end; mi++ {
		m := &f.d.Mentions[mi]
		if m.Type != doc.TypePerson || f.inQuote(m.Span.Start) {
			continue
		}
		name := m.Text
		if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
			name = f.d.Entities[m.Entity].Name // "Milei" named "Javier Milei" before
		}
		switch f.nameGender(name, m.Title) {
		case g:
			if found >= 0 && f.d.Mentions[found].Entity != m.Entity {
				return doc.Speaker{}, 0, false // two candidates: no guess
			}
			found = mi
		case "":
			return doc.Speaker{}, 0, false // a person of either gender
		}
	}
	if found < 0 {
		return doc.Speaker{}, 0, false
	}
	at = start
	m := &f.d.Mentions[found]
	name := m.Text
	if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
		name = f.d.Entities[m.Entity].Name
	}
	return doc.Speaker{Name: name, Entity: m.KBID, Title: m.Title, Mention: found}, at, true
}

// skipStamp returns the first token after a live blog's clock stamp
// opening the sentence at token lo ("17:45 Finnish President X
// attended …", "0930 GMT X said"), else lo. hi bounds the sentence.
func (f *finder) skipStamp(lo, hi int) int {
	k := lo
	for k < hi && k < lo+4 && (f.t[k].w == ":" || f.t[k].w == "." || f.t[k].w != "" && f.t[k].w[0] >= '0' && f.t[k].w[0] <= '9') {
		k++
	}
	if k == lo || k >= hi {
		return lo
	}
	if f.t[k].w == "gmt" || f.t[k].w == "utc" {
		return k + 1
	}
	if !strings.ContainsAny(f.text[f.t[lo].s:f.t[k-1].e], ":.") {
		return lo // a number opening the sentence ("15 people were killed")
	}
	return k
}

// previousApposedSubject finds the person named between commas after
// the noun phrase that opens the sentence before token i's quote ("The
// president's adviser, Hikmet Hajiyev, rejected the charge"), or right
// after a fronted phrase ("In Baku, Hikmet Hajiyev rejected"): the
// phrase before the first comma has at most nine words and no verb. It returns the person and the sentence's
// start.
func (f *finder) previousApposedSubject(i int) (doc.Speaker, int, bool) {
	si := f.quoteOpenSentence(i)
	if !f.mentions || si <= 0 || f.sentLo[si-1] < 0 || f.sentHi[si-1] <= f.sentLo[si-1] {
		return doc.Speaker{}, 0, false
	}
	lo, hi := f.sentLo[si-1], f.sentHi[si-1]
	lo = f.skipDateline(lo, hi) // "ACCRA (Reuters) - Ghana's finance minister, X, met …"
	c := lo
	for c < hi && c < lo+10 && f.t[c].w != "," {
		if f.t[c].kind != tWord || verbLike(f.t[c].w) || f.t[c].report {
			return doc.Speaker{}, 0, false
		}
		c++
	}
	if c == lo || c+1 >= hi || f.t[c].w != "," {
		return doc.Speaker{}, 0, false
	}
	start := f.t[c+1].s
	mi := sort.Search(len(f.d.Mentions), func(k int) bool { return f.d.Mentions[k].Span.Start >= start })
	if mi < len(f.d.Mentions) && f.d.Mentions[mi].Span.Start != start && frontedOpeners.Has(f.t[lo].w) {
		// after a fronted phrase, a title may come before the name
		// ("In Belgrade, former Prime Minister X defended …"): words in
		// capitals or title words, "former" and the like
		k := c + 1
		for k < hi && k < c+6 && f.t[k].e <= f.d.Mentions[mi].Span.Start && f.t[k].kind == tWord && (f.t[k].upper || isTitleWord(f.t[k].w) || titleModifiers.Has(f.t[k].w)) {
			k++
		}
		if k < hi && f.t[k].s == f.d.Mentions[mi].Span.Start {
			start = f.t[k].s
		}
	}
	if mi >= len(f.d.Mentions) || f.d.Mentions[mi].Span.Start != start || f.d.Mentions[mi].Type != doc.TypePerson {
		return doc.Speaker{}, 0, false
	}
	m := &f.d.Mentions[mi]
	n := f.tokAt(m.Span.End, lo)
	if n >= hi || f.t[n].w != "," && !(frontedOpeners.Has(f.t[lo].w) && f.t[n].kind == tWord && !f.t[n].upper && f.t[n].w != "and" && f.t[n].w != "or") {
		// an apposition ("The adviser, X, rejected"), or the subject
		// after a fronted phrase ("In Baku, X rejected")
		return doc.Speaker{}, 0, false
	}
	name := m.Text
	if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
		name = f.d.Entities[m.Entity].Name
	}
	return doc.Speaker{Name: name, Entity: m.KBID, Title: m.Title, Mention: mi}, f.t[lo].s, true
}

// frontedOpeners open a phrase set before a sentence's subject ("In
// Baku, X rejected …", "Later, X said …").
var frontedOpeners = setOf(`in on at after before during earlier later meanwhile separately speaking asked`)

// inQuote reports whether byte offset at lies in the text of a quote
// found so far: a person a quote reports about is no speaker ("Barker
// is \"not considered a suspect\", he said.").
func (f *finder) inQuote(at int) bool {
	for q := range f.out {
		if sp := f.out[q].Span; sp.Start <= at && at < sp.End {
			return true
		}
	}
	return false
}

// spokeSince reports whether a speaker a pronoun of gender g may stand
// for was written at or after byte offset at.
func (f *finder) spokeSince(g string, at int) bool {
	for k := len(f.history) - 1; k >= 0; k-- {
		h := f.history[k]
		if h.Span.Start < at {
			continue
		}
		if h.Kind == KindUnnamed && onePerson(h.Name, g) || (h.Kind == KindNamed || h.Kind == KindDescription || h.Kind == KindPronoun) && !f.isOrg(h) && !f.isGroup(h) {
			return true
		}
	}
	return false
}

// lastName finds the nearest person-like name before token i without the
// mentions layer: a run of two or more capitalised words that is not
// at a sentence start and holds no title or organisation word, or a
// single capitalised surname after "Mr."/"Ms.".
func (f *finder) lastName(i int) (string, bool) {
	return f.lastNameFrom(i, max(1, i-400))
}

// lastNameFrom is lastName looking back no further than token lo.
func (f *finder) lastNameFrom(i, lo int) (string, bool) {
	for k := i - 1; k >= 1 && k >= lo; k-- {
		t := &f.t[k]
		if t.kind != tWord || !t.upper {
			continue
		}
		e := k + 1
		s := k
		for s-1 >= 0 && f.t[s-1].kind == tWord && f.t[s-1].upper && !titleWords.Has(f.t[s-1].w) {
			s--
		}
		if e-s >= 2 && f.sent[s] >= 0 && f.sentLo[f.sent[s]] != s {
			// a run after a locative preposition is a place ("in New
			// York", "on Capitol Hill")
			bad := s > 0 && f.t[s-1].kind == tWord && locatives.Has(f.t[s-1].w)
			for x := s; x < e; x++ {
				if orgHeads.Has(f.t[x].w) || titleWords.Has(f.t[x].w) || isTimeWord(f.t[x].w) || descHeads.Has(f.t[x].w) || placeWords.Has(f.t[x].w) {
					bad = true
				}
			}
			if !bad {
				return f.text[f.t[s].s:f.t[e-1].e], true
			}
		}
		k = s
	}
	return "", false
}

// containsWord reports whether s holds word w, ignoring ASCII case.
// spaceOrHyphen is strings.IndexAny(s, " -") without the byte set
// IndexAny builds on every call (both are ASCII: no byte of a longer
// rune is either).
func spaceOrHyphen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '-' {
			return i
		}
	}
	return -1
}

func containsWord(s, w string) bool {
	if s == "" {
		return false
	}
	// the fields of s between spaces and hyphens, as strings.FieldsFunc
	// splits them, without building the list
	for s != "" {
		var x string
		if i := spaceOrHyphen(s); i >= 0 {
			x, s = s[:i], s[i+1:]
		} else {
			x, s = s, ""
		}
		if x == "" {
			continue
		}
		if strings.EqualFold(x, w) || strings.EqualFold(strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "\u2019s"), w) {
			return true
		}
	}
	return false
}

// relativeWord reports whether w opens a relative clause: a clause in
// commas after a name that opens with it describes the speaker but is
// no title ("Muhammad Yunus, whom students have named to lead …, said").
func relativeWord(w string) bool {
	switch w {
	case "who", "whom", "whose", "which", "where", "when":
		return true
	}
	return false
}

// partyHeads are the plural heads with which "both" or "the two" name
// the parties of an interaction the article has named ("both sides",
// "the two countries").
var partyHeads = setOf(`sides countries nations governments parties leaders neighbours neighbors
	armies delegations capitals states`)

// bothSides reads "both sides", "the two countries" and the like: the
// parties the article named, never an unnamed source. The speaker is the
// last pair of names joined by "and" before it ("Armenia and
// Azerbaijan", not the last two of a list of three), or the
// description as written when there is none.
func (f *finder) bothSides(a, b int) (doc.Speaker, bool) {
	if b-a < 2 || b-a > 3 || !partyHeads.Has(f.t[b-1].w) {
		return doc.Speaker{}, false
	}
	switch {
	case b-a == 2 && f.t[a].w == "both":
	case b-a == 3 && f.t[a].w == "the" && f.t[a+1].w == "two":
	default:
		return doc.Speaker{}, false
	}
	sp := doc.Span{Start: f.t[a].s, End: f.t[b-1].e}
	spk := doc.Speaker{Kind: KindDescription, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}
	if n := len(f.history); n > 0 && f.isGroup(f.history[n-1]) {
		spk.Name = f.history[n-1].Name // "Merz and Macron said … the two leaders added"
		return spk, true
	}
	if !f.mentions {
		return spk, true
	}
	ms := f.d.Mentions
	for k := len(ms) - 1; k > 0; k-- {
		m2, m1 := &ms[k], &ms[k-1]
		if m2.Span.End > sp.Start || !partyType(m1.Type) || !partyType(m2.Type) {
			continue
		}
		if between := f.text[m1.Span.End:m2.Span.Start]; between == " and " {
			if k >= 2 && partyType(ms[k-2].Type) && strings.TrimSpace(f.text[ms[k-2].Span.End:m1.Span.Start]) == "," {
				// "Armenia, Azerbaijan and Russia signed a deal": the
				// tail of a list of three is no two sides
				continue
			}
			spk.Name = f.text[m1.Span.Start:m2.Span.End]
			return spk, true
		}
	}
	return spk, true
}

// partyType reports whether a mention of type t can be a party to an
// interaction: a country, an organisation, an armed group or a person.
func partyType(t string) bool {
	return t == doc.TypeCountry || t == doc.TypeOrganization || t == doc.TypeArmedGroup || t == doc.TypePerson
}

// titleOf reports whether token e, inside the capitalised run that opens
// at s and ends before k, is the "of" or "for" of a title written before
// the name: "Secretary of State Rex Tillerson", "Minister of Foreign
// Affairs Wang Yi", "Chief of Staff". A title word must come right before
// it and a capitalised word right after.
func (f *finder) titleOf(e, s, k int) bool {
	if e <= s || e+1 >= k || f.t[e].w != "of" && f.t[e].w != "for" {
		return false
	}
	return f.t[e-1].upper && (isTitleWord(f.t[e-1].w) || orgHeads.Has(f.t[e-1].w)) && f.t[e+1].kind == tWord && f.t[e+1].upper
}

// titleBeforeName reports whether the "of" at token o joins a
// capitalised title to its domain before a name that ends at b:
// "Minister of Defence John Smith" (not "the Minister of Defence", which
// names no one).
func (f *finder) titleBeforeName(o, b int) bool {
	return o > 0 && o+1 < b && f.t[o-1].upper && isTitleWord(f.t[o-1].w) && f.t[b-1].upper && !isTitleWord(f.t[b-1].w) && !orgHeads.Has(f.t[b-1].w)
}

// titleModifiers open a title written in lower case before a
// capitalised title and name ("former Nigerian President Olusegun
// Obasanjo").
var titleModifiers = setOf(`former ex then acting interim caretaker outgoing incoming late`)

// modifiedAppositive reads a subject whose appositive, closed by the
// comma at k, is a modified title and a name: "The African Union envoy,
// former Nigerian President Olusegun Obasanjo, said", "The group's
// leader, former Prime Minister Imran Khan, said". The name is the
// speaker, the appositive's title (with its modifier) the title.
func (f *finder) modifiedAppositive(k, lo int) (doc.Speaker, bool) {
	if f.t[k].w != "," {
		return doc.Speaker{}, false
	}
	x := k - 1
	for x > lo && x >= k-10 && f.t[x].kind == tWord && f.t[x].upper {
		x--
	}
	if x <= lo+1 || x+3 > k || !titleModifiers.Has(f.t[x].w) || f.t[x-1].w != "," {
		return doc.Speaker{}, false
	}
	if start := f.npStart(x-1, lo); start >= x-1 {
		return doc.Speaker{}, false // no noun phrase before the appositive
	}
	spk := f.named(x, x+1, k)
	if spk.Kind != KindNamed || spk.Title == "" || spk.Name == "" {
		return doc.Speaker{}, false
	}
	return spk, true
}

// stateOutlets are the heads of a state's news outlet written without
// its name ("state television", "state-run radio", "official news
// agency").
var stateOutlets = setOf(`television tv radio broadcaster media agency newspaper press`)

// stateMedia reads the noun phrase [a,b) as a state's news outlet named
// by what it is: "State television", "Iranian state TV", "state-run
// radio". It is an unnamed source, like "state media"; "the state news
// agency" is a description, resolved to the agency named before.
func (f *finder) stateMedia(a, b int) (doc.Speaker, bool) {
	h := b - 1
	if b-a < 2 || b-a > 5 || f.t[h].kind != tWord || !stateOutlets.Has(f.t[h].w) || f.t[a].w == "the" {
		return doc.Speaker{}, false
	}
	m := h - 1
	if f.t[h].w == "agency" {
		if !f.isWord(m, "news") {
			return doc.Speaker{}, false
		}
		m-- // "state news agency"
	}
	if m < a || f.t[m].kind != tWord {
		return doc.Speaker{}, false
	}
	switch f.t[m].w {
	case "state", "state-run", "state-owned", "state-controlled", "official", "government-run", "government-controlled":
	default:
		return doc.Speaker{}, false
	}
	for x := a; x < m; x++ {
		if t := f.t[x]; t.kind != tWord || !(t.w == "a" || t.upper && !isTitleWord(t.w) || demonym(t.w)) {
			return doc.Speaker{}, false // "the country's state television" is read elsewhere
		}
	}
	sp := doc.Span{Start: f.t[a].s, End: f.t[h].e}
	return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
}

// aliasOpeners open an appositive that gives another name, not a title
// ("Londono, better known by his nom de guerre Timochenko, said").
var aliasOpeners = setOf(`better also known commonly widely popularly alias aka nicknamed dubbed`)

// upperAsIs reports whether strings.ToUpper(w) == w, without building
// the upper-case copy for an ASCII word: it holds no lower-case letter.
// A word with bytes outside ASCII takes strings.ToUpper.
func upperAsIs(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToUpper(w) == w
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// askedAside returns the comma that opens a question put to a subject,
// set off by commas before the comma at token k: "asked" (or "pressed",
// "questioned") and a question word ("…, asked whether Athens would
// block Skopje again, said"); else -1.
func (f *finder) askedAside(k, lo int) int {
	for x := k - 1; x > lo && x >= k-24; x-- {
		if f.t[x].w != "," {
			continue
		}
		if x+2 < k && askedVerbs.Has(f.t[x+1].w) && f.askedQuestion(x+2, k) {
			return x
		}
		return -1
	}
	return -1
}

// askedQuestion reports whether a question opens at token i, before hi,
// after an asked verb: "whether …", "about …", or the askers first ("by
// reporters whether …", "by a journalist about …").
func (f *finder) askedQuestion(i, hi int) bool {
	if i < hi && f.isWord(i, "by") {
		for k := i + 1; k < hi && k <= i+4 && f.t[k].kind == tWord; k++ {
			if questionOpeners.Has(f.t[k].w) {
				return k > i+1
			}
		}
		return false
	}
	return i < hi && questionOpeners.Has(f.t[i].w)
}

// askedOpening returns the comma that closes a question opening the
// sentence at token lo, before token i: "Asked whether Mugabe should go,",
// "Pressed about the deal by reporters,"; else -1.
func (f *finder) askedOpening(lo, i int) int {
	if lo+2 >= i || !f.t[lo].upper || !askedVerbs.Has(f.t[lo].w) || !f.askedQuestion(lo+1, i) {
		return -1
	}
	for k := lo + 2; k < i; k++ {
		if f.t[k].w == "," {
			return k
		}
	}
	return -1
}

// askedVerbs put a question to the subject they follow.
var askedVerbs = setOf(`asked pressed questioned`)

// questionOpeners open the question after askedVerbs.
var questionOpeners = setOf(`whether if about what why how when who which where`)

// clauseEndsWithName reports whether the comma at x may set off a name
// in apposition to the lower-case noun before it that ends a relative
// clause before the comma at k ("…, which accuses X of being a puppet
// of his brother-in-law, former Prime Minister Y, said"): a capitalised
// word ends the span, and the word before the comma is no name.
// Only "which" then opens the clause (the caller checks): after "who"
// the name may be the speaker's own ("who gave her name, Amal, said").
func (f *finder) clauseEndsWithName(x, k int) bool {
	if x < 1 || k-x < 2 || k-x > 7 {
		return false
	}
	b, e := &f.t[x-1], &f.t[k-1]
	return b.kind == tWord && !b.upper && e.kind == tWord && e.upper && f.t[x+1].w != "which" && f.t[x+1].w != "who"
}

// asideOpens reports whether token o opens a relative or participle
// clause set off between commas before the comma at k ("who chairs the
// committee", "speaking on condition of anonymity", "still loyal to X").
func (f *finder) asideOpens(o, k int) bool {
	w := f.t[o].w
	return w == "who" || w == "whose" || w == "which" || w == "speaking" || w == "citing" || strings.HasSuffix(w, "ing") && participleOpeners.Has(w) || f.participialAside(o) || f.adjectiveAside(o, k)
}
