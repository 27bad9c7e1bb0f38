package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// appealVerb reports whether token c is a verb of appeal with its
// particle, "called for/on", "appealed for/to": after ", and <Subject>"
// inside a report it opens another speaker's act ("Germany said it was
// concerned, and the European Union called for an investigation"), as
// a cue does (QA22 Q-1).
func (f *finder) appealVerb(c, e int) bool {
	if c+1 >= e || f.t[c].kind != tWord {
		return false
	}
	switch f.t[c].w {
	case "called", "calls":
		return f.isWord(c+1, "for") || f.isWord(c+1, "on")
	case "appealed", "appeals":
		return f.isWord(c+1, "for") || f.isWord(c+1, "to")
	}
	return false
}

// requestCues are cues that take an addressee and an infinitive
// ("urged India to withdraw its troops").
var requestCues = setOf(`urged urges asked asks pressed presses told tells called calls`)

// toAfterTimedObject returns the index of the "to" that opens the
// request of a cue at j whose addressee, read from k before b, is
// followed by a time adjunct: "urged India on Saturday to withdraw its
// troops", "asked New Delhi last week to …". The time dates the
// speech act, not the request, so the content opens at "to" (QA22 Q-2).
// It returns 0 for any other shape ("urged India to …" keeps its
// addressee).
func (f *finder) toAfterTimedObject(j, k, b int) int {
	if !requestCues.Has(f.t[j].w) {
		return 0
	}
	for x := k + 1; x < b && x <= k+6; x++ {
		t := &f.t[x]
		if t.kind != tWord || t.w == "to" || t.w == "that" || cues.Has(t.w) {
			return 0
		}
		if e := f.timeAdjunctEnd(x, b); e > x {
			if e+1 < b && f.isWord(e, "to") && f.t[e+1].kind == tWord {
				return e
			}
			return 0
		}
	}
	return 0
}

// timeAdjunctEnd returns the end of a short time adjunct at x ("on
// Saturday", "on March 3", "last week", "this month", "yesterday",
// "earlier this week"), or x.
func (f *finder) timeAdjunctEnd(x, b int) int {
	w := f.t[x].w
	switch {
	case w == "yesterday" || w == "today" || w == "tonight":
		return x + 1
	case w == "on" && x+1 < b && weekdays.Has(f.t[x+1].w):
		return x + 2
	case w == "on" && x+2 < b && months.Has(f.t[x+1].w) && isDigits(f.t[x+2].w):
		return x + 3
	case (w == "earlier" || w == "later") && x+2 < b && f.isWord(x+1, "this") && timeAfterUnits.Has(f.t[x+2].w):
		return x + 3
	case (w == "last" || w == "this") && x+1 < b && (timeAfterUnits.Has(f.t[x+1].w) || weekdays.Has(f.t[x+1].w) || months.Has(f.t[x+1].w)):
		return x + 2
	}
	return x
}

// demandCues are cues of demanding: with a bare noun phrase as their
// object they name a thing asked for, no proposition.
var demandCues = setOf(`demanded demands demand`)

// demandedThing reports whether the demand cue at token j has a bare
// noun phrase as its object [k,cb) ("demanded the names of officials
// accused of stealing coal", "demanded the release of its leader"): a
// request the events layer codes, not reported speech (QA21 Q-4).
// "demanded that …", "demanded to know …", "demanded the army to …"
// and a quotation still report.
func (f *finder) demandedThing(j, k, cb int) bool {
	if !demandCues.Has(f.t[j].w) || k >= cb || f.t[k].kind != tWord || f.t[k].w == "that" || pronouns[f.t[k].w] != "" || f.t[k].w == "to" {
		return false
	}
	for x := k; x < cb; x++ {
		switch t := &f.t[x]; {
		case t.kind == tOpen || t.kind == tClose || t.w == ":" || t.w == "that" || t.w == "whether" || t.w == "why":
			return false // a quotation, or a clause reported after all
		case t.w == "of" || t.w == ",":
			return true // "the release of …": a noun's complement
		case t.w == "to" && x+1 < cb && f.t[x+1].kind == tWord && !f.t[x+1].upper && !determiners.Has(f.t[x+1].w):
			return false // "demanded the army to withdraw": an infinitive after the addressee
		case t.kind == tWord && !t.upper && (x > k && (auxVerbs.Has(t.w) || beForms.Has(t.w) || modals.Has(t.w))):
			return false // "demanded they be released", "demanded the vote be annulled"
		}
	}
	return true
}

// discourseAside returns the opening comma of a short discourse
// adverbial set off by commas that closes with the comma at token k,
// between a subject and its cue ("The defence minister, for his part,
// warned", "The ministry, however, said", "The envoy, in turn, told"),
// or -1 (QA21 Q-5).
func (f *finder) discourseAside(k, lo int) int {
	if k-2 <= lo || f.t[k].w != "," {
		return -1
	}
	for x := k - 2; x > lo && x >= k-4; x-- {
		if f.t[x].w != "," {
			if f.t[x].kind != tWord {
				return -1
			}
			continue
		}
		switch n := k - x - 1; {
		case n == 1 && asideAdverbs.Has(f.t[x+1].w):
			return x
		case n == 2 && f.isWord(x+1, "in") && (f.isWord(x+2, "turn") || f.isWord(x+2, "response")):
			return x
		case n == 3 && (f.isWord(x+1, "for") && f.isWord(x+3, "part") || f.isWord(x+1, "in") && f.isWord(x+3, "turn")) && (f.isWord(x+2, "his") || f.isWord(x+2, "her") || f.isWord(x+2, "its") || f.isWord(x+2, "their")):
			return x
		}
		return -1
	}
	return -1
}

// asideAdverbs are sentence adverbs a writer sets off by commas between
// a subject and its verb.
var asideAdverbs = setOf(`however meanwhile though instead likewise separately nonetheless nevertheless moreover furthermore too also`)

// missionNouns are the plural heads of a body's mission: "EU observers",
// "UN inspectors" speak for the body that sent them.
var missionNouns = setOf(`observers monitors inspectors investigators`)

// missionSpeakers attributes a quote of "<Body> observers" ("SADC
// observers said", "African Union monitors said") to the body: the
// speaker is a description of the KB organisation, as "Observers from
// the African Union" is attributed by name, not an unnamed source
// (QA21 Q-7). Only an organisation the KB knows, written right before
// the noun and opening the speaker, counts: "Russian officials" and
// "Western observers" stay unnamed.
func (f *finder) missionSpeakers() {
	if !f.mentions {
		return
	}
	for i := range f.out {
		spk := &f.out[i].Speaker
		if spk.Kind != KindUnnamed || spk.Span.Len() < 6 || spk.Span.End > len(f.text) {
			continue
		}
		name := f.text[spk.Span.Start:spk.Span.End]
		sp := strings.LastIndexByte(name, ' ')
		if sp < 0 || !missionNouns.Has(strings.ToLower(name[sp+1:])) {
			continue
		}
		for k := range f.d.Mentions {
			m := &f.d.Mentions[k]
			if m.Span.Start > spk.Span.Start {
				break
			}
			if m.Span.Start == spk.Span.Start && m.Span.End == spk.Span.Start+sp && m.Type == doc.TypeOrganization && m.KBID != "" {
				spk.Kind, spk.Entity, spk.Mention = KindDescription, m.KBID, k
				break
			}
		}
	}
}

// acronymBefore returns the index of the "(" of a parenthesised acronym
// that ends right before token x ("The Front for Change and Concord
// (FACT), which …"): the name before it is the noun phrase, the acronym
// its alias. Otherwise x.
func (f *finder) acronymBefore(x, lo int) int {
	if x-3 <= lo || f.t[x-1].w != ")" || f.t[x-3].w != "(" || f.t[x-2].kind != tWord || !f.allUpper(x-2, x-1) || !f.t[x-4].upper {
		return x
	}
	return x - 3
}

// descriptorBefore reports whether the lower-case word at token s, after
// a determiner, describes the organisation named from byte offset start
// ("the rebel Front for Change and Concord", "the ruling Justice and
// Development Party"): one or two such words may sit between them.
func (f *finder) descriptorBefore(s, start int) bool {
	t := &f.t[s]
	if t.kind != tWord || t.upper || verbLike(t.w) || cues.Has(t.w) || boundaryWords.Has(t.w) {
		return false
	}
	return s+1 < len(f.t) && (f.t[s+1].s == start || s+2 < len(f.t) && f.t[s+2].s == start && f.t[s+1].kind == tWord && !f.t[s+1].upper)
}

// placeTail reports whether the tokens from byte offset end up to token
// b are "in <Place>" or "of <Place>", a capitalised place that ends an
// organisation's name as written ("the Front for Change and Concord in
// Chad"): the mention before it is the name (QA21 Q-3).
func (f *finder) placeTail(end, b int) bool {
	i := f.tokAt(end, 0)
	if i+1 >= b || f.t[i].s < end || !f.isWord(i, "in") && !f.isWord(i, "of") {
		return false
	}
	for x := i + 1; x < b; x++ {
		if f.t[x].kind != tWord || !f.t[x].upper {
			return false
		}
	}
	return b-i-1 <= 3 && f.placeMention(i+1, b)
}

// formerTitle returns the title of the person mention m, taken for a
// speaker, with "former" before it when the mention's role claim says
// the title is a past one ("Moussa Faki Mahamat, a former Chadian prime
// minister, urged" is no prime minister speaking; QA21 Q-6).
func (f *finder) formerTitle(m *doc.Mention, title string) string {
	if m.Role < 0 || m.Role >= len(f.d.RoleClaims) || f.d.RoleClaims[m.Role].Modifier != "former" {
		return title
	}
	l := strings.ToLower(title)
	if strings.Contains(l, "former") || strings.HasPrefix(l, "ex-") || hasWordIn(l, pastTitleWords) {
		return title // "Ukraine's ousted president" says it already (W12 QA)
	}
	return "former " + title
}

// pastTitleWords say in a title itself that it is past.
var pastTitleWords = setOf(`ousted deposed toppled overthrown exiled late erstwhile one-time onetime then`)
