package timex

import (
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// FindSouth is [Find] for a story told south of the equator, where the
// seasons fall in the other half of the year: winter is June to August,
// summer December to February (and belongs to the year it starts in, as
// a northern winter does), autumn March to May, spring September to
// November. The values keep the season's name ("the winter", told in
// Buenos Aires in July 2024, is 2024-WI).
func FindSouth(text string, anchor time.Time) []doc.Time {
	p := newParser(text, anchor)
	p.south = true
	out := p.run()
	p.release()
	return out
}

// calendarSeason returns the northern season whose months the season
// code spans where the story is told: code itself, or in the south the
// opposite season ("WI" spans the months of a northern "SU").
func (p *parser) calendarSeason(code string) string {
	if !p.south {
		return code
	}
	switch code {
	case "WI":
		return "SU"
	case "SU":
		return "WI"
	case "SP":
		return "FA"
	case "FA":
		return "SP"
	}
	return code
}
