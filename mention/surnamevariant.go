package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// linkSpelling links a titled full name the KB does not know ("Yemeni
// Prime Minister Mohamed Basindawa", "Libyan Prime Minister Abdel Rahim
// al-Keib") to the one KB person who held the claimed office and whose
// surname is the name's last word, when the two given names open with
// the same letter: another spelling of the given name, not a namesake
// (the office says who is meant). A given name of another letter stays
// unknown ("Prime Minister Ahmed Basindawa"), and so does a name no
// holder of the office bears.
func (p *proc) linkSpelling(f *found, office, country string) {
	if f.actor >= 0 || len(f.persons) > 0 || f.typ != kPerson || f.j-f.i < 2 || p.s.kb == nil || p.date.IsZero() {
		return
	}
	k := f.j - 1
	if !p.toks[k].word() || !p.toks[k].cap() || !p.toks[f.i].cap() {
		return
	}
	node, ok := p.s.names.step(0, p.toks[k].id)
	if !ok || !p.s.names.hasOuts(node) {
		return
	}
	initial := kb.Fold(p.word(f.i))
	if initial == "" {
		return
	}
	var cands []int32
	for _, o := range p.s.names.outs[node] {
		e := &p.s.entries[o]
		if e.actor < 0 || e.ntok != 1 || !p.s.kinds[e.actor].person || !p.caseOK(k, e) || containsI32(cands, e.actor) {
			continue
		}
		if name := kb.Fold(p.s.actors[e.actor].Name); name == "" || name[0] != initial[0] || strings.IndexByte(name, ' ') < 0 {
			continue
		}
		cands = append(cands, e.actor)
	}
	if len(cands) == 0 {
		return
	}
	persons, surname := f.persons, f.surname
	f.persons, f.surname = cands, true
	pick := p.titleHolder(f, office, country)
	f.persons, f.surname = persons, surname
	if pick >= 0 && p.heldOffice(pick, office) {
		f.actor, f.how = pick, hShortForm
	}
}
