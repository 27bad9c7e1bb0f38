package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// officeReach is how far back, in bytes (about four paragraphs), a
// title description looks for the office holder it refers to.
const officeReach = 2500

// officeHolder resolves a title description ("the prime minister", "the
// Japanese president") that no earlier speaker or titled mention fits to
// the nearest person mention before it, within officeReach, whom the KB
// has in a fitting office on the article date: the role's title holds
// the head (or a word of its kind) and every modifier is in the title or
// names the office's country ("Japanese", "Japan's"). "Rishi Sunak met
// union leaders. … The prime minister said" is Sunak in December 2022.
// A modifier the role does not carry fits no one; "former" fits a term
// the KB ends before the date ("Amadou Ba … The former prime minister
// said"), of an office the person does not hold then. Without a KB,
// the mentions layer or an article date there is no answer. A bare head
// that also names unnamed sources ("the minister", "the official") is
// left to them, "the leader" aside.
func (f *finder) officeHolder(head string, mods []string, sp doc.Span) (doc.Speaker, bool) {
	base, elect := strings.CutSuffix(head, "-elect")
	if elect {
		head = base
	}
	if f.kb == nil || !f.mentions || !f.d.HasDate() || !titleWords.Has(head) || unnamedHeads.Has(head) && len(mods) == 0 && head != "leader" {
		return doc.Speaker{}, false
	}
	if institutionHeads.Has(head) {
		// "The army said", "the police said": the body, not the
		// commander whose office it names ("Commander of the Royal
		// Thai Army")
		return doc.Speaker{}, false
	}
	day := kb.DateOf(f.d.Date)
	former := len(mods) > 0 && (mods[0] == "former" || mods[0] == "ex")
	if former {
		mods = mods[1:]
	}
	var qualBuf [6]string
	for k := f.mentionsFrom(sp.Start) - 1; k >= 0; k-- {
		m := &f.d.Mentions[k]
		if m.Span.End > sp.Start {
			continue
		}
		if sp.Start-m.Span.End > officeReach {
			break
		}
		if m.Type != doc.TypePerson || m.KBID == "" {
			continue
		}
		if former {
			// "Amadou Ba … The former prime minister said": a term
			// the KB ends before the article date, of an office the
			// person no longer holds then
			if f.formerHolder(m.KBID, day, head, mods) {
				return f.mentionSpeaker(k, sp), true
			}
			continue
		}
		if elect {
			// "Ouattara … the president-elect said": a term of that
			// office the KB starts within a year after the date
			if !former && f.electHolder(m.KBID, day, head, mods) {
				return f.mentionSpeaker(k, sp), true
			}
			continue
		}
		for _, r := range f.kb.RolesAt(m.KBID, day) {
			if (head == "army" || head == "military") && strings.HasPrefix(r.Office, "group.") {
				continue // "the army" is no commander of the paramilitary Rapid Support Forces
			}
			if f.compatible(r.Title, f.countryWords(r.Country), -1, head, withoutQualifier(mods, r.Qualifier, qualBuf[:0])) {
				return f.mentionSpeaker(k, sp), true
			}
		}
	}
	return doc.Speaker{}, false
}

// formerHolder reports whether the KB has person in an office whose
// title fits head and mods in a term that ended before day, and not in
// that office on day.
func (f *finder) formerHolder(person string, day kb.Date, head string, mods []string) bool {
	for _, r := range f.kb.RolesOf(person) {
		if r.End.IsZero() || r.End.Compare(day) >= 0 || !f.compatible(r.Title, f.countryWords(r.Country), -1, head, mods) {
			continue
		}
		holds := false
		for _, now := range f.kb.RolesAt(person, day) {
			holds = holds || now.Office == r.Office
		}
		if !holds {
			return true
		}
	}
	return false
}

// electLead is how many days before a term starts a "-elect" title
// may name its holder: a year covers the longest waits between an
// election and the swearing-in.
const electLead = 366

// electHolder reports whether the KB has person in an office whose
// title fits head and mods in a term that starts after day and at most
// electLead days after it.
func (f *finder) electHolder(person string, day kb.Date, head string, mods []string) bool {
	for _, r := range f.kb.RolesOf(person) {
		if r.Start.IsZero() || r.Start.Compare(day) <= 0 || daysBetween(day, r.Start) > electLead {
			continue
		}
		if f.compatible(r.Title, f.countryWords(r.Country), -1, head, mods) {
			return true
		}
	}
	return false
}

// daysBetween returns the whole days from a to b.
func daysBetween(a, b kb.Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}

// withoutQualifier returns mods without the word of a role's qualifier
// ("interim", "acting", "caretaker"), appended to out: "the interim
// president" fits a role the KB qualifies as interim though its title,
// "President of Bolivia", does not say so. Other modifiers stay.
func withoutQualifier(mods []string, qualifier string, out []string) []string {
	if qualifier == "" {
		return mods
	}
	for _, m := range mods {
		if m != qualifier {
			out = append(out, m)
		}
	}
	return out
}

// countryWords returns the name and demonyms of the KB actor with this
// id ("Japan Japanese"), the words a description may name its office's
// country by, or "".
func (f *finder) countryWords(id string) string {
	c, ok := f.kb.Actor(id)
	if !ok {
		return ""
	}
	if len(c.Demonyms) == 0 {
		return c.Name
	}
	return c.Name + " " + strings.Join(c.Demonyms, " ")
}

// leaderOffice reports whether the description head is "leader" and
// token k is a head-of-state or head-of-government office word
// ("president", "prime"): "Medvedev was sworn in as president … the new
// Kremlin leader said" is Medvedev.
func (f *finder) leaderOffice(head string, k int) bool {
	if head != "leader" {
		return false
	}
	for _, w := range headSynonyms[head] {
		if f.t[k].w == w {
			return true
		}
	}
	return false
}

// participleLinks are the words after a past participle that make it
// the head of a clause ("barred by", "elected in", "named as",
// "appointed last year") rather than an adjective in a title ("retired
// general").
var participleLinks = setOf(`by in as from to on for with at after last this since during over
	under into until before`)

// participialAside reports whether token i opens a participle clause
// set off after a name, which describes the speaker but is no title:
// "Putin, barred by the constitution from a third term, said",
// "Lukashenko, addressing supporters the same day, said". A
// title word ("acting president", "managing director") or a participle
// used as an adjective ("retired general") is not one, nor a report
// ("The mother called police, saying …, said X": the clause is the
// caller's).
func (f *finder) participialAside(i int) bool {
	if i+1 >= len(f.t) {
		return false
	}
	t, n := &f.t[i], &f.t[i+1]
	if t.kind != tWord || t.upper || t.report || titleWords.Has(t.w) || n.kind != tWord || titleWords.Has(n.w) {
		return false
	}
	switch {
	case len(t.w) > 5 && strings.HasSuffix(t.w, "ing"):
		return !n.upper || participleLinks.Has(n.w)
	case len(t.w) > 4 && strings.HasSuffix(t.w, "ed"), finiteIrregular.Has(t.w):
		// "barred by", and an irregular participle: "led by
		// Secretary General X", "held in custody"
		return participleLinks.Has(n.w)
	}
	return false
}
