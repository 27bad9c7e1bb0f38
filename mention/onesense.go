package mention

// oneSense gives a name typed a person only by its shape the type a cue
// gave the same name elsewhere in the article ("Eberhard Faber is a brand
// of pencils. … Eberhard Faber also produces …"): an article uses one
// name for one thing, and a cue outweighs a guess.
func (p *proc) oneSense() {
	var cued map[string]string
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how != HowName || f.actor >= 0 || f.shapeOnly || f.typ == "" || f.j-f.i < 2 {
			continue
		}
		if cued == nil {
			cued = map[string]string{}
		}
		if t, ok := cued[f.key]; ok && t != f.typ {
			cued[f.key] = "-" // cued two ways: leave the guesses alone
			continue
		}
		cued[f.key] = f.typ
	}
	if cued == nil {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || !f.shapeOnly {
			continue
		}
		if t, ok := cued[f.key]; ok && t != "-" && t != f.typ {
			f.typ = t
		}
	}
}
