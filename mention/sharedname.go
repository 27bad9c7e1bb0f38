package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// sharedName reports whether found f is a name several KB people bear
// in full, not a surname ("King Abdullah" is the Saudi king's and
// Jordan's Abdullah II's; "Andris Bērziņš" two Latvians'), that no pass
// has linked yet.
func (p *proc) sharedName(f *found) bool {
	return !f.surname && f.actor < 0 && len(f.persons) >= 2
}

// titleHolder returns which of the KB people a name with a title may
// stand for (f.persons: a surname's bearers or a shared name's) the
// title names, -1 when none or several. office is the title's office
// key, country the state the text gives the title ("Jordan's King
// Abdullah", "Saudi King Abdullah"; "" when it gives none). The people
// who held the office (of that country) on the article date are the
// candidates; when several did, the dateline's country, then the one
// country of theirs the article names, decides. A shared name (not a
// surname, which may be a stranger's) whose title no one held on the
// date, or that the article has already linked to one of them
// elsewhere, is the one who ever held it: "Saudi King Abdullah" in 2018
// is the late king, claimed in office after his death. Undated, the
// office ever held decides.
func (p *proc) titleHolder(f *found, office, country string) int32 {
	shared := !f.surname
	if shared && country == "" {
		if c := p.linkedElsewhere(f); c >= 0 {
			return c // "Jordan's King Abdullah … King Abdullah said"
		}
	}
	c, n := p.holderAmong(f.persons, office, country, p.date)
	if n == 1 && shared && country == "" {
		if alt := p.namedFormerHolder(f, office, c); alt >= 0 {
			return alt // "In Riyadh, King Abdullah said" in a 2017 story of Saudi Arabia
		}
	}
	if n == 0 && shared && !p.date.IsZero() {
		c, n = p.holderAmong(f.persons, office, country, kb.Date{})
	}
	if n == 1 {
		return c
	}
	if n == 0 {
		return -1
	}
	day := p.date
	if c, _ := p.holderAmong(f.persons, office, country, day); c < 0 {
		day = kb.Date{} // several ever held it, none on the date
	}
	if dl := p.datelineCountry(); dl != "" {
		if c, n := p.holderAmong(f.persons, office, dl, day); n == 1 {
			return c // "AMMAN — King Abdullah said"
		}
	}
	pick := int32(-1)
	for _, c := range f.persons {
		if c < 0 {
			continue
		}
		if in := p.officeCountry(c, office, country, day); in != "" && p.namesCountry(in) {
			if pick >= 0 && pick != c {
				return -1
			}
			pick = c
		}
	}
	return pick
}

// namedFormerHolder returns, for a shared name whose title only KB
// person sitting held on the article date, the one other bearer who
// ever held the office in a country the article names when the article
// names none of sitting's office's country: "King Abdullah" in a 2017
// story of Saudi Arabia that never names Jordan is the late Saudi king
// (a claim the verifier then finds made after his death), not Jordan's
// Abdullah II. -1 when the sitting holder's country is named, or no or
// several other bearers qualify.
func (p *proc) namedFormerHolder(f *found, office string, sitting int32) int32 {
	if p.date.IsZero() || p.namesCountry(p.officeCountry(sitting, office, "", p.date)) {
		return -1
	}
	pick := int32(-1)
	for _, c := range f.persons {
		if c < 0 || c == sitting || c == pick || !p.namesCountry(p.officeCountry(c, office, "", kb.Date{})) {
			continue
		}
		if pick >= 0 {
			return -1
		}
		pick = c
	}
	return pick
}

// formerHolder returns, for a title the text gives as held in the past,
// the one KB person among f.persons who had left an office with key
// office (of country, unless it is "") by the article date and does not
// hold it on that date: "Sargsyan, 63, served two terms as president" in
// April 2018 is Serzh Sargsyan, president until that month, not Armen
// Sarkissian (alias Sargsyan), the sitting president. It returns -1 when
// none or several did, or when the article is undated.
func (p *proc) formerHolder(f *found, office, country string) int32 {
	if p.date.IsZero() || p.s.kb == nil {
		return -1
	}
	pick := int32(-1)
	for _, c := range f.persons {
		if c < 0 || c == pick || p.officeCountry(c, office, country, p.date) != "" || !p.leftBy(c, office, country, p.date) {
			continue
		}
		if pick >= 0 {
			return -1
		}
		pick = c
	}
	return pick
}

// leftBy reports whether KB person a held an office with key office (of
// country, unless it is "") in a term that ended on or before day.
func (p *proc) leftBy(a int32, office, country string, day kb.Date) bool {
	for _, r := range p.s.kb.RolesOf(p.s.actors[a].ID) {
		k := strings.LastIndexByte(r.Office, '.')
		if k <= 0 || r.Office[k+1:] != office || country != "" && r.Office[:k] != country {
			continue
		}
		if !r.End.IsZero() && r.End.First().Compare(day) <= 0 {
			return true
		}
	}
	return false
}

// holderAmong returns how many of the KB people cands held an office
// with key office (of country, unless it is "") on day (ever, when day
// is zero), and the last of them.
func (p *proc) holderAmong(cands []int32, office, country string, day kb.Date) (int32, int) {
	pick, n := int32(-1), 0
	for _, c := range cands {
		if c >= 0 && c != pick && p.officeCountry(c, office, country, day) != "" {
			pick = c
			n++
		}
	}
	return pick, n
}

// officeCountry returns the country (or organisation) of the office
// with key office that KB person a held on day (ever, when day is zero),
// restricted to country unless it is "", or "" for none.
func (p *proc) officeCountry(a int32, office, country string, day kb.Date) string {
	id := p.s.actors[a].ID
	var roles []kb.Role
	if day.IsZero() {
		roles = p.s.kb.RolesOf(id)
	} else {
		roles = p.s.kb.RolesAt(id, day)
	}
	for _, r := range roles {
		// the key follows the last dot ("group.hamas.leader")
		if k := strings.LastIndexByte(r.Office, '.'); k > 0 && r.Office[k+1:] == office && (country == "" || r.Office[:k] == country) {
			return r.Office[:k]
		}
	}
	return ""
}

// linkedElsewhere returns the one KB person among f.persons another
// mention of the article links to, or -1 for none or several.
func (p *proc) linkedElsewhere(f *found) int32 {
	pick := int32(-1)
	for k := range p.found {
		g := &p.found[k]
		if g == f || g.dead || g.actor < 0 || g.actor == pick || !containsI32(f.persons, g.actor) {
			continue
		}
		if pick >= 0 {
			return -1
		}
		pick = g.actor
	}
	return pick
}

// holderNamed returns the one KB person among the holders of roles
// whose name or an alias holds words (folded, whole words: "abdullah",
// "sharif"), or -1 for none or several.
func (p *proc) holderNamed(roles []kb.Role, words string) int32 {
	pick := ""
	for _, r := range roles {
		a, ok := p.s.kb.Actor(r.Person)
		if !ok || a.ID == pick {
			continue
		}
		match := strings.Contains(" "+kb.Fold(a.Name)+" ", " "+words+" ")
		for _, al := range a.Aliases {
			match = match || strings.Contains(" "+kb.Fold(al)+" ", " "+words+" ")
		}
		if !match {
			continue
		}
		if pick != "" {
			return -1
		}
		pick = a.ID
	}
	if pick == "" {
		return -1
	}
	for i, a := range p.s.actors {
		if a.ID == pick {
			return int32(i)
		}
	}
	return -1
}

// linkNamedHolder links a titled name the KB does not know as a name
// (found f: no KB person's name, alias or surname) to the holder of the
// claimed office officeID on the article date whose name holds it:
// "Prime Minister Sharif" in a 2014 story is Nawaz Sharif ("Sharif" is
// also a KB person's given name, so no surname), "King Mohammed" in 2015
// Mohammed VI of Morocco, "Emir Sheikh Hamad" in 2010 Qatar's Hamad bin
// Khalifa. A former holder ("former", "then", "ousted") is looked for
// among those whose term began by the date and who were alive on it (a
// guess must not make a dead speaker). An undated article, a name no
// holder bears, or one two bear leaves it unlinked.
func (p *proc) linkNamedHolder(f *found, officeID, mod string) {
	if f.actor >= 0 || len(f.persons) > 0 || f.surname || f.joinTo >= 0 || p.date.IsZero() || p.s.kb == nil {
		return
	}
	var roles []kb.Role
	switch mod {
	case "":
		roles = p.s.kb.HoldersAt(officeID, p.date)
	case "former", "then", "ousted":
		for _, r := range p.s.kb.Holders(officeID) {
			if r.Start.IsZero() || r.Start.First().Compare(p.date) > 0 {
				continue
			}
			if a, ok := p.s.kb.Actor(r.Person); ok && a.IsAlive(p.date) == kb.True {
				roles = append(roles, r)
			}
		}
	default:
		return
	}
	if c := p.holderNamed(roles, p.fold(f.i, f.j)); c >= 0 {
		f.actor, f.how = c, hShortForm
	}
}
