package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// foreignHolder reports whether found f is a KB person of a country
// other than implied, the one a bare title implies ("Defence Secretary"
// is British, "Secretary of State" American): Sri Lanka's "Defence
// Secretary Gotabaya Rajapaksa" then takes his own country, never the
// British office.
func (p *proc) foreignHolder(f *found, implied string) bool {
	if f.actor < 0 {
		return false
	}
	c := p.s.actors[f.actor].Country
	return c != "" && c != implied
}

// hasOffice reports whether the KB holds the office key of country.
func (p *proc) hasOffice(country, key string) bool {
	return p.s.hasOfficeID(country, key)
}

// impliedElsewhere reports whether a bare title that implies a country
// ("Foreign Secretary" is British) belongs, for a holder the KB does not
// know, to another country's system: the story is datelined in another
// state, or it never names the implied one but names others. India's and
// Pakistan's foreign secretaries are civil servants; "NEW DELHI — Foreign
// Secretary Vijay Gokhale said" is no claim to the British office.
func (p *proc) impliedElsewhere(f *found, implied string) bool {
	if f.actor >= 0 {
		return false
	}
	if dl := p.datelineCountry(); dl != "" {
		return dl != implied
	}
	other := false
	for g := range p.found {
		h := &p.found[g]
		if h.dead || !p.isState(g) {
			continue
		}
		if countryCode(p.s.actors[h.actor]) == implied {
			return false
		}
		other = true
	}
	return other
}

// titleFiled reports whether the KB files country's office under a name
// holding the words of title th: a title that implies another state
// ("Foreign Secretary" is British) is country's minister only where the
// state names its minister so ("Foreign Secretary of Mexico",
// "Philippine Defense Secretary"). India's, Pakistan's and Sri Lanka's
// foreign, defence and home secretaries are civil servants under a
// minister. Called once per such claim, not per token.
func (p *proc) titleFiled(country, office string, th titleHit) bool {
	if p.s.kb == nil {
		return true
	}
	id, ok := p.s.office(country, office)
	if !ok {
		return false
	}
	o, ok := p.s.kb.Office(id)
	if !ok {
		return false
	}
	words := defenceSpelling(p.fold(th.i, th.j))
	if strings.Contains(defenceSpelling(kb.Fold(o.Name)), words) {
		return true
	}
	for _, a := range o.Aliases {
		if strings.Contains(defenceSpelling(kb.Fold(a)), words) {
			return true
		}
	}
	return false
}

// defenceSpelling writes the American "defense" the British way, so
// that "US Defence Secretary" matches the KB's "Defense Secretary".
func defenceSpelling(s string) string {
	return strings.ReplaceAll(s, "defense", "defence")
}
