package mention

import "testing"

// TestW13QA5DatelineOverCounts: a bare title in a datelined story is the
// dateline country's even when another state is named more often, up to
// twice as often (W13 QA5: Georgia, Peru); a state named more than twice
// as often still wins.
func TestW13QA5DatelineOverCounts(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"TBILISI, Aug 29, 2008 - Georgia broke off relations with Russia. Foreign Minister Eka Tkeshelashvili said Georgia could not keep an embassy in Russia. Russia has troops near Gori. Russia denied it.",
			"Eka Tkeshelashvili", "GEO.foreign_minister"},
		{"LIMA, Dec 21, 2022 - Peru expelled Mexico's ambassador. Foreign Minister Ana Cecilia Gervasi said Mexico's comments were unacceptable. Mexico granted asylum. Mexico disagreed.",
			"Ana Cecilia Gervasi", "PER.foreign_minister"},
		{"LIMA, Dec 21, 2022 - Foreign Minister Ana Cecilia Gervasi spoke. Mexico granted asylum. Mexico disagreed. Mexico protested. Mexico left.",
			"Ana Cecilia Gervasi", "MEX.foreign_minister"},
	} {
		checkClaimOffice(t, analyzeShipped(t, tc.text, "2015-07-20"), tc.text, tc.person, tc.office)
	}
}

// TestW13QA5DeclaredVerb: "declared" and "proclaimed" after a subject are
// the clause's verb, no modifier of the title after them ("Peru declared
// Mexico's ambassador X persona non grata"); after "self-" they are
// (W13 QA5: Peru).
func TestW13QA5DeclaredVerb(t *testing.T) {
	for _, tc := range []struct{ text, person, title string }{
		{"Peru declared Mexico's ambassador Pablo Monroy persona non grata on Tuesday.", "Pablo Monroy", "Mexico's ambassador"},
		{"The junta proclaimed Colonel Juan Perez leader on Tuesday.", "Juan Perez", "Colonel"},
		{"The self-declared president Juan Perez spoke.", "Juan Perez", "self-declared president"},
	} {
		d := analyzeShipped(t, tc.text, "2022-12-21")
		found := false
		for _, m := range d.Mentions {
			if m.Text == tc.person {
				found = true
				if m.Title != tc.title {
					t.Errorf("%q: %s title %q; want %q", tc.text, tc.person, m.Title, tc.title)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %s", tc.text, tc.person)
		}
	}
}

// TestW13QA5CapitalList: a list of capitals before a verb acts as one:
// the reading of the last passes to every one before it ("Riyadh, Abu
// Dhabi and Manama withdrew their ambassadors", where only Manama was
// read as Bahrain's government; W13 QA5: Qatar).
func TestW13QA5CapitalList(t *testing.T) {
	d := analyzeShipped(t, "In 2014, Riyadh, Abu Dhabi and Manama withdrew their ambassadors from Doha.", "2017-06-05")
	want := map[string]string{"Riyadh": "SAU", "Abu Dhabi": "ARE", "Manama": "BHR", "Doha": "place.doha"}
	for _, m := range d.Mentions {
		if w, ok := want[m.Text]; ok {
			if m.KBID != w {
				t.Errorf("%s linked to %q; want %q", m.Text, m.KBID, w)
			}
			delete(want, m.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("no mentions of %v", want)
	}
}

// TestW13QA5HouseSpeaker: "House Speaker" is the speaker's title, with
// the state written before it ("US House Speaker Kevin McCarthy" was an
// unknown body "US House" and an untitled person; W13 QA5: Honduras).
func TestW13QA5HouseSpeaker(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Tsai may meet US House Speaker Kevin McCarthy in Los Angeles.", "2023-03-26", "Kevin McCarthy", "USA.speaker", ""},
		{"Philippine House Speaker Martin Romualdez opened the session.", "2023-03-26", "Martin Romualdez", "PHL.speaker", ""},
	})
}
