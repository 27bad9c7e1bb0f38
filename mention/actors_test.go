package mention

import "testing"

// TestCountryActs checks which country names stand for their state
// acting (doc.Mention.Acts) and which name the territory.
func TestCountryActs(t *testing.T) {
	for _, tc := range []struct {
		text, country string
		n             int // occurrence of country in text
		acts          bool
	}{
		{"Iraq faces significant challenges.", "Iraq", 0, true},
		{"The United States condemns the attacks.", "United States", 0, true},
		{"Syria has accused Israel of bombarding an area.", "Syria", 0, true},
		{"Russia said on Monday it would respond.", "Russia", 0, true},
		{"Iraq's efforts to destroy the group go on.", "Iraq", 0, true},
		{"Today, the United States and Iraq signed a loan agreement.", "United States", 0, true},
		{"Today, the United States and Iraq signed a loan agreement.", "Iraq", 0, true},
		{"Iraq is expanding economic relations with the United States and the world.", "United States", 0, true},
		{"Hezbollah fought a war with Israel in 2006.", "Israel", 0, true},
		{"We are in Iraq and Syria this week.", "Iraq", 0, false},
		{"We are in Iraq and Syria this week.", "Syria", 0, false},
		{"He flew to France on Monday.", "France", 0, false},
		{"The war in Syria goes on.", "Syria", 0, false},
		{"Refugees from Syria and Iraq arrived.", "Iraq", 0, false},
		{"The UK stands by Iraq to defeat Daesh.", "UK", 0, true},
		{"The UK is committed to supporting the government.", "UK", 0, true},
		{"The UK is home to many refugees.", "UK", 0, false},
		{"It underscores the enduring U.S. commitment to support Iraq.", "U.S.", 0, true},
		{"A strong U.S.-Iraq partnership is critical.", "U.S.", 0, true},
		{"A strong U.S.-Iraq partnership is critical.", "Iraq", 0, true},
		{"The Ministers of Foreign Affairs of Iran, Saudi Arabia, Egypt and Lebanon met.", "Iran", 0, true},
		{"The Ministers of Foreign Affairs of Iran, Saudi Arabia, Egypt and Lebanon met.", "Egypt", 0, true},
		{"The Ministers of Foreign Affairs of Iran, Saudi Arabia, Egypt and Lebanon met.", "Lebanon", 0, true},
		{"The history of Iran, Egypt and Lebanon is long.", "Egypt", 0, false},
		{"The US economy shrank.", "US", 0, false},
	} {
		d := analyzeShipped(t, tc.text, "")
		m := mentionAt(d, tc.country, tc.n)
		if m == nil {
			t.Errorf("%q: no mention at %q", tc.text, tc.country)
			continue
		}
		if m.Acts != tc.acts {
			t.Errorf("%q: %q Acts = %v; want %v", tc.text, tc.country, m.Acts, tc.acts)
		}
	}
}

// TestCountryActsEachDocument checks that countryActs answers each
// document afresh: two articles of as many tokens, the same country at
// the same token, one acting and one the place, analysed in turn.
func TestCountryActsEachDocument(t *testing.T) {
	for range 3 {
		for _, tc := range []struct {
			text string
			acts bool
		}{
			{"Yes Iraq faces risks.", true},
			{"In Iraq troops wait.", false},
		} {
			d := analyzeShipped(t, tc.text, "")
			if m := mentionAt(d, "Iraq", 0); m == nil || m.Acts != tc.acts {
				t.Fatalf("%q: Iraq mention %+v; want Acts %v", tc.text, m, tc.acts)
			}
		}
	}
}
