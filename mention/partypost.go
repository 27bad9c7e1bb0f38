package mention

import "github.com/sitrep-project/sitrep/kb"

// uncheckedPartyPost reports whether office of owner (an organisation's
// code, as phrase.country holds it) is a political party's post the KB
// keeps no record of: "Labour leader Keir Starmer". Such a title is kept
// on the mention but makes no role claim, since no check could ever
// decide it; once the KB lists holders of the post the claim is made.
func (p *proc) uncheckedPartyPost(owner, office string) bool {
	if p.s.kb == nil || owner == "" {
		return false
	}
	a, ok := p.s.kb.Actor(owner)
	if !ok || a.Sector != "PTY" {
		return false
	}
	id := kb.OfficeID(owner, office)
	if _, ok := p.s.kb.Office(id); ok {
		return false
	}
	return len(p.s.kb.Holders(id)) == 0
}
