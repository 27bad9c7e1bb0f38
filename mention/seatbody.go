package mention

import (
	"strings"
)

// seatBodies maps a country (ISO3) whose capital, standing for a
// government, names a body seated there rather than the country's own
// government, to that body's KB id: "Brussels wants Budapest to …",
// "Brussels froze the funds" is the European Union in nearly every story;
// Belgium's government is "the Belgian government".
var seatBodies = map[string]string{"BEL": "org.eu"}

// seatDomestic are words of a country's domestic politics whose presence
// keeps its capital the country's own government: "Brussels" beside
// "Flanders" and "Wallonia" is the Belgian capital region.
var seatDomestic = map[string][]string{"BEL": {"Flanders", "Flemish", "Wallonia", "Walloon"}}

// seatMetonyms links a capital read as its government (resolveCapitals)
// to the body seated there when seatBodies names one and the article
// holds none of the country's seatDomestic words.
func (p *proc) seatMetonyms() {
	for k := range p.found {
		f := &p.found[k]
		if f.dead || !f.metonymy || f.how != hCapital || f.capital < 0 || f.actor != f.capital {
			continue
		}
		iso := p.s.actors[f.capital].ID
		id, ok := seatBodies[iso]
		if !ok || p.domestic(iso) {
			continue
		}
		for ai, a := range p.s.actors {
			if a.ID == id {
				f.actor, f.typ = int32(ai), kOrganization
				break
			}
		}
	}
}

// domestic reports whether the text holds one of iso's seatDomestic words.
func (p *proc) domestic(iso string) bool {
	for _, w := range seatDomestic[iso] {
		if strings.Contains(p.text, w) {
			return true
		}
	}
	return false
}
