package verify

import (
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// thenFrame finds, in the sentence of ch, another person's "then-" title
// whose term overlaps one of ch's: "the report said then-Prime Minister
// Tony Blair had told President George W. Bush …" sets the whole
// sentence at Blair's time, and the plain title beside his is of that
// time too, not of the article's date. It returns the other claim, its
// person's role and ch's role held during it.
func (c *checker) thenFrame(ch *claimCheck) (peer doc.RoleClaim, then, own kb.Role, ok bool) {
	si := c.d.SentenceAt(ch.rc.Span.Start)
	if si < 0 || len(ch.roles) == 0 {
		return peer, then, own, false
	}
	s := c.d.Sentences[si]
	for i := range c.d.RoleClaims {
		rc := &c.d.RoleClaims[i]
		if i == ch.idx || rc.Modifier != "then" || rc.PersonKBID == "" || rc.PersonKBID == ch.rc.PersonKBID || !s.Contains(rc.Span) {
			continue
		}
		for _, r := range c.rolesOf(rc.PersonKBID) {
			if rc.Office == "" || !keyMatches(rc.Office, officeKey(r.Office)) {
				continue
			}
			held := loose(r.Period())
			for _, o := range ch.roles {
				if _, ok := loose(o.Period()).intersect(held); ok {
					return *rc, r, o, true
				}
			}
		}
	}
	return peer, then, own, false
}
