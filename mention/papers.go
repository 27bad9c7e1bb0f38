package mention

import "github.com/sitrep-project/sitrep/doc"

// weekdayPapers widens a newspaper's name over the weekday written
// before it ("The Sunday Times", "the Sunday Telegraph"): a weekday,
// capitalised inside a sentence right before a paper's head word, is the
// paper's first word, not a date.
func (p *proc) weekdayPapers() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != doc.TypeOrganization || f.i == 0 || !p.joined(f.i) || p.cover[f.i-1] >= 0 || p.tcover[f.i-1] >= 0 {
			continue
		}
		switch p.word(f.j - 1) {
		case "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Independent", "Tribune", "Star", "Mail", "Journal", "Observer", "Sun":
		default:
			continue
		}
		switch p.word(f.i - 1) {
		case "Sunday", "Saturday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday":
		default:
			continue
		}
		f.i--
		p.cover[f.i] = int32(g)
		f.actor, f.how = -1, HowName
		f.key = p.fold(f.i, f.j)
	}
}
