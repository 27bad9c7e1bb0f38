package timex

import "time"

// dayFirstSlash reports whether a slashed date at token i that reads
// either way ("12/06/2019") is written day first: its month-first
// reading lies after the article date in a past clause while its
// day-first one does not ("Police fired tear gas outside the building
// on 12/06/2019", told on July 2, 2019, is June 12, as the British and
// most of the world write it). Otherwise the US order stands.
func (p *parser) dayFirstSlash(i, y, mo, d int) bool {
	if !p.known || mo == d || mo > 12 || d > 12 || !validDay(y, mo, d) || !validDay(y, d, mo) {
		return false
	}
	us, dayFirst := day(y, time.Month(mo), d), day(y, time.Month(d), mo)
	return us.After(p.anchor) && !dayFirst.After(p.anchor) && p.tense(i, i+5) < 0
}
