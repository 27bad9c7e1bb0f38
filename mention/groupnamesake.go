package mention

import (
	"strings"
	"sync"

	"github.com/sitrep-project/sitrep/kb"
)

// groupNamesakes relinks a KB armed group's name to the group's local
// namesake when the article is set in the namesake's country and never
// in the group's own: Mozambique's Cabo Delgado insurgents are "known
// locally as al-Shabab", unrelated to Somalia's al-Shabaab, so in a story
// that names Mozambique (or its places) and nothing Somali, "al-Shabab"
// is the KB's Mozambican group. The KB marks a namesake by its id: the
// group's id, a hyphen and its country's name ("group.al-shabaab" and
// "group.al-shabaab-mozambique", country MOZ). A story that names the
// group's own country, or none of the namesake's, keeps the link (Kenyan
// copy about al-Shabaab raids means the Somali group).
func (p *proc) groupNamesakes() {
	s := p.s
	if s.kb == nil {
		return
	}
	var alts map[int32][]int32
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 || s.kinds[f.actor].typ != kArmedGroup {
			continue
		}
		if alts == nil {
			alts = s.groupNamesakeIndex()
		}
		a := f.actor
		cands := alts[a]
		if len(cands) == 0 || p.evidenceBut(s.actors[a].Country, a) > 0 {
			continue
		}
		to := int32(-1)
		for _, c := range cands {
			if p.evidenceBut(s.actors[c].Country, a) > 0 {
				if to >= 0 {
					to = -1 // two namesakes' countries: no evidence for one
					break
				}
				to = c
			}
		}
		if to < 0 {
			continue
		}
		for h := range p.found {
			if p.found[h].actor == a {
				p.found[h].actor = to
			}
		}
	}
}

// evidenceBut counts the mentions other than demonyms and those of actor
// a that name the country with ISO3 code, or a place in it (see
// countryEvidence).
func (p *proc) evidenceBut(code string, a int32) int {
	if code == "" {
		return 0
	}
	n := p.countryEvidence(code)
	for g := range p.found {
		h := &p.found[g]
		if !h.dead && h.actor == a && h.how != hDemonym && countryCode(p.s.actors[a]) == code {
			n--
		}
	}
	return n
}

// namesakeIndexes caches each Stage's groupNamesakeIndex, built on first
// use: most documents name no armed group.
var namesakeIndexes sync.Map // *Stage → map[int32][]int32

// groupNamesakeIndex maps the actor index of a KB armed group to its
// local namesakes: armed groups whose id is the group's id, a hyphen and
// the folded name of the namesake's own country, hyphenated ("Ansar
// al-Sunna", "group.al-shabaab-mozambique", is al-Shabaab's namesake in
// Mozambique).
func (s *Stage) groupNamesakeIndex() map[int32][]int32 {
	if m, ok := namesakeIndexes.Load(s); ok {
		return m.(map[int32][]int32)
	}
	byID := make(map[string]int32, len(s.actors))
	for i, a := range s.actors {
		if a.Kind == kb.KindArmedGroup {
			byID[a.ID] = int32(i)
		}
	}
	m := map[int32][]int32{}
	for i, a := range s.actors {
		if a.Kind != kb.KindArmedGroup || a.Country == "" {
			continue
		}
		c, ok := s.kb.Actor(a.Country)
		if !ok {
			continue
		}
		suffix := "-" + strings.ReplaceAll(kb.Fold(c.Name), " ", "-")
		base, ok := strings.CutSuffix(a.ID, suffix)
		if !ok {
			continue
		}
		if g, ok := byID[base]; ok && s.actors[g].Country != a.Country {
			m[g] = append(m[g], int32(i))
		}
	}
	v, _ := namesakeIndexes.LoadOrStore(s, m)
	return v.(map[int32][]int32)
}
