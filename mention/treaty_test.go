package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of treaty names, "The" names and treaty bodies.

// TestTreatyPlaces checks that a town a treaty is named after is no
// place mention: before a capitalised head ("the Rome Statute") or a
// lower-case one ("the Minsk agreements"); the same town elsewhere stays
// a place.
func TestTreatyPlaces(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Hungary withdrew from the Rome Statute in 2023.", nil, []string{"Rome"}},
		{"Both sides accused each other of breaking the Minsk agreements.", nil, []string{"Minsk"}},
		{"The Kyoto protocol expired before the Doha accord was signed.", nil, []string{"Kyoto", "Doha"}},
		{"Leaders met in Minsk on Tuesday.", []string{"Minsk/place/place.minsk/alias"}, nil},
		{"Minsk, agreements aside, was calm.", []string{"Minsk/place/place.minsk/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-03-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTheNames checks that a place whose name opens with "The"
// keeps it, in prose and in a capitalised dateline.
func TestTheNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The court ruled in The Hague on Friday.", []string{"The Hague/place/place.the-hague/alias"}, []string{"Hague"}},
		{"THE HAGUE, Netherlands — The court ruled on Friday.", []string{"THE HAGUE/place/place.the-hague/alias"}, []string{"HAGUE"}},
		{"The Bronx was quiet on Sunday.", nil, []string{"The Bronx"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-08-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTheHagueLinked checks that the KB's The Hague links with its "The"
// in the span, and that "Hague" alone stays a surname.
func TestTheHagueLinked(t *testing.T) {
	d := analyzeShipped(t, "Judges in The Hague ruled. Hague said he was tired.", "2023-03-17")
	checkMentions(t, d, "Judges in The Hague ruled. Hague said he was tired.", []string{"The Hague/place/place.the-hague/alias"}, []string{"Hague/place/place.the-hague/alias"})
}

// TestNoHalfPlace: the regions "Indo-Pacific" and "Asia-Pacific"
// are one place, not "Pacific" after an organisation "Indo"; a common
// word after "in" that ends a capitalised name ("the Ladies in White")
// is no place, while "in" before a place still gives one.
func TestNoHalfPlace(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		place      bool
	}{
		{"The Indo-Pacific region is growing, officials said.", "Indo-Pacific", true},
		{"The Indo-Pacific region is growing, officials said.", "Pacific", false},
		{"Trade in the Asia-Pacific region is growing, officials said.", "Asia-Pacific", true},
		{"Leaders met in the Pacific last week.", "Pacific", true},
		{"The Ladies in White marched in Havana on Sunday.", "White", false},
		{"The Women in Black held a vigil on Friday.", "Black", false},
		{"The dissidents marched in Kisumu on Sunday.", "Kisumu", true},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-01")
		got := false
		for _, m := range d.Mentions {
			if m.Text == tc.word && m.Type == doc.TypePlace {
				got = true
			}
		}
		if got != tc.place {
			t.Errorf("%q: %q a place = %v; want %v (mentions %+v)", tc.text, tc.word, got, tc.place, d.Mentions)
		}
	}
}

// TestTreatyOrg: a palace or body named right before a
// capitalised treaty head names the treaty ("the Elysee Treaty"), no
// organisation; the body alone and "the UN Charter" stay (e.g. France, Germany).
func TestTreatyOrg(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		org        bool
	}{
		{"Scholz and Macron marked the 60th anniversary of the Elysee Treaty in Paris.", "Elysee", false},
		{"The Elysee said on Sunday that the president would travel to Berlin.", "Elysee", true},
		{"The UN Charter forbids the use of force, the minister said.", "UN", true},
	} {
		d := analyzeShipped(t, tc.text, "2023-01-22")
		got := false
		for _, m := range d.Mentions {
			if m.Text == tc.word && m.Type == doc.TypeOrganization {
				got = true
			}
		}
		if got != tc.org {
			t.Errorf("%q: %q an organisation = %v; want %v", tc.text, tc.word, got, tc.org)
		}
	}
}
