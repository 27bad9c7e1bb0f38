package event

import (
	"testing"
	"time"
)

// TestW13QA5Events: an adverb and a participle between an owner or a
// determiner and a noun modify the noun ("Yemen's internationally
// recognised government" is no recognition), and an agent word before
// "and" and another adjective is an adjective too ("military and
// diplomatic pressure" is the state's, not the military's); W13 QA5:
// Qatar, Honduras.
func TestW13QA5Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"internationally recognised government", "2017-06-05", "Yemen's internationally recognised government and the Maldives later joined the boycott.", nil, []string{"054"}},
		{"the newly recognised state", "2017-06-05", "The newly recognised state opened an embassy.", nil, []string{"054"}},
		{"formally recognised stays", "2017-06-05", "Sweden formally recognised Palestine on Monday.", []string{"SWE PSE 054"}, nil},
		{"military and diplomatic pressure", "2023-03-26", "China has stepped up military and diplomatic pressure on Taiwan.", []string{"CHN TWN"}, []string{"MIL TWN"}},
		{"ending decades of fighting", "2005-08-15", "The Indonesian government and the Free Aceh Movement signed a peace agreement on Monday, ending nearly three decades of fighting in the province.", []string{"057"}, []string{"190"}},
		{"resumed fighting stays", "2005-08-15", "The Indonesian government and the Free Aceh Movement resumed fighting in the province on Monday.", []string{"190"}, nil},
		{"declare X occupied territories", "2008-08-29", "The parliament voted to declare Abkhazia and South Ossetia occupied territories.", nil, []string{"192"}},
		{"troops occupied stays", "2008-08-29", "Russian troops occupied South Ossetia on Friday.", []string{"RUSMIL XSO 192"}, nil},
		{"military and police stay actors", "2023-03-26", "The military and police attacked protesters on Monday.", []string{"MIL OPP 18"}, nil},
	})
}

// TestW13QA5WhenClauseDate: a clause ", when …" right after a time
// happened then, even after "since" ("the worst since 2014, when Riyadh,
// Abu Dhabi and Manama withdrew their ambassadors"; W13 QA5: Qatar).
func TestW13QA5WhenClauseDate(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, trigger, want string
	}{
		{"since a year, when", "The crisis is the worst since 2014, when Riyadh, Abu Dhabi and Manama withdrew their ambassadors from Doha for eight months.", "ambassadors", "2014"},
		{"in a month, when", "Tensions rose in March, when Russia attacked the Ukrainian port of Odesa.", "attacked", "2017-03"},
		// a participle aside dates the noun before it, not a later trigger
		{"a year in an agreement's name", "Miller said an armed attack on Philippine public vessels would trigger US commitments under the 1951 Mutual Defense Treaty.", "attack", "2017-06-05"},
		{"participle aside before", "Japan said it would lift curbs on exports of three materials, imposed in July 2019, while South Korea said it would withdraw its complaint.", "said", "2017-06-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2017, 6, 5, 0, 0, 0, 0, time.UTC))
			checkTriggerDate(t, d, tt.text, tt.trigger, tt.want)
		})
	}
}

// TestW13QA5ClauseNegation: a comma and "and" open another clause; a
// denial or negation before them is not the later trigger's ("Congress
// rejected the statement, and lawmakers accused the four countries of
// meddling" was a negated accusation; W13 QA5: Peru).
func TestW13QA5ClauseNegation(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		neg           bool
	}{
		{"Peru's Congress rejected the statement, and lawmakers accused the four countries of meddling.", "accused", false},
		{"Peru's Congress did not accuse Mexico of meddling.", "accuse", true},
	} {
		found := false
		for _, e := range worldDoc(t, tc.text, "2022-12-21").Events {
			if e.Trigger != tc.trigger {
				continue
			}
			found = true
			if e.Negated != tc.neg {
				t.Errorf("%q: %s negated %v; want %v", tc.text, tc.trigger, e.Negated, tc.neg)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", tc.text, tc.trigger)
		}
	}
}

// TestW13QA5DurationClausePlace: a place in a clause a duration opens
// after the trigger ("three days after Moscow recognised … Abkhazia") is
// that clause's, not where the trigger happened (W13 QA5: Georgia); a
// place before the duration stays.
func TestW13QA5DurationClausePlace(t *testing.T) {
	for _, tc := range []struct{ text, trigger, place string }{
		{"TBILISI, Aug 29, 2008 - Georgia broke off diplomatic relations with Russia on Friday, three days after Moscow recognised the independence of the breakaway regions of Abkhazia and South Ossetia.", "relations", ""},
		{"Troops attacked a village in Darfur two days after talks collapsed.", "attacked", "Darfur"},
	} {
		found := false
		for _, e := range worldDoc(t, tc.text, "2008-08-29").Events {
			if e.Trigger != tc.trigger {
				continue
			}
			found = true
			if e.Place != tc.place {
				t.Errorf("%q: %s placed %q; want %q", tc.text, tc.trigger, e.Place, tc.place)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", tc.text, tc.trigger)
		}
	}
}
