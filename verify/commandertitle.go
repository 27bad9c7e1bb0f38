package verify

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// commanderTitle reports whether a claim's title ends in "commander":
// the mention stage reads "RSF commander Mohamed Hamdan Dagalo" as the
// group's leader, but a group or an army has many commanders ("Hezbollah
// commander Fuad Shukr", "Iranian commander Qassem Soleimani"), so the
// title says the person led the owner only when the KB agrees.
func commanderTitle(title string) bool {
	w := strings.ToLower(title[strings.LastIndexByte(title, ' ')+1:])
	return w == "commander" || w == "commanders"
}

// oneOfCommanders judges a commander claim on a person the KB never
// gives the leader's office: unverifiable, as the KB lists the leaders
// and not the other commanders. It reports whether it judged the claim.
func (c *checker) oneOfCommanders(ch *claimCheck) bool {
	if len(ch.roles) > 0 || !commanderTitle(ch.rc.Title) { // (the cheap test first: most claims have roles)
		return false
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
		fmt.Sprintf("The KB does not record %s as the %s; an armed group or force has many commanders, and the KB lists only its leader.", c.personName(ch), c.officeName(ch)), nil)
	return true
}
