package kb

import "sync"

// shippedVacancies are the reviewed gaps of the shipped KB in which the
// office had no holder (kinds vacant and none), by office id, read once.
var shippedVacancies = sync.OnceValue(func() map[string][]*GapReview {
	reviews, err := ShippedGapReviews()
	if err != nil {
		return nil
	}
	by := map[string][]*GapReview{}
	for _, r := range reviews {
		if r.Kind == ReviewVacant || r.Kind == ReviewNone {
			by[r.Office] = append(by[r.Office], r)
		}
	}
	return by
})

// Vacancy returns the reviewed stretch (kb/data/gaps.txt) in which the
// office had no holder at all that covers day, when the office's list of
// holders is complete on day and the KB lists none then: Myanmar's prime
// ministership between 2011 and 2021, Bangladesh's under a caretaker
// Chief Adviser. A title of that office on day names a post no one held.
// Gaps reviewed as unsure or left out name a holder the KB lacks and are
// never a vacancy.
func (k *KB) Vacancy(officeID string, day Date) (*GapReview, bool) {
	if !k.complete(officeID, day) || len(k.HolderOn(officeID, day)) > 0 {
		return nil, false
	}
	for _, r := range shippedVacancies()[officeID] {
		if (Period{r.From, r.To}).Holds(day) == True {
			return r, true
		}
	}
	return nil, false
}

// HeadOn reports whether person holds, or may hold, on day an office of
// country that heads its state or government (a president, monarch,
// prime minister, chancellor or head of state): the one who exercises
// the powers of a vacant head office ("Haitian President Ariel Henry",
// the prime minister while the presidency was vacant) is loosely given
// its title.
func (k *KB) HeadOn(person, country string, day Date) bool {
	for _, i := range k.byPerson[person] {
		r := &k.roles[i]
		if r.Country != country || r.Period().Holds(day) == False {
			continue
		}
		if o, ok := k.offices[r.Office]; ok && headKeys[o.Key] {
			return true
		}
	}
	return false
}
