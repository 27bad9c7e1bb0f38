package mention

import "testing"

// Tests of "Minister of State for" and posts filed for one owner.

// TestMinisterOfStateFor checks that the portfolio of a junior
// minister's title before a known given name is no place ("State for
// Foreign Affairs").
func TestMinisterOfStateFor(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Minister of State for Energy Yusuf Okonkwo said the grid would recover.", []string{"Yusuf Okonkwo/person//name"}, []string{"State for Energy"}},
		{"Kenyan Minister of State for Foreign Affairs Mohamed Wario said talks would resume.", []string{"Mohamed Wario/person//name"}, []string{"State for Foreign Affairs"}},
		{"Minister of State for Trade and Industry Kyriakos Wario said talks would resume.", []string{"Kyriakos Wario/person//name"}, []string{"State for Trade and Industry Kyriakos Wario"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestShownTitle: a post the KB files only for one owner written
// after another body ("ECOWAS Commission President", the EU's alias
// "Commission President") and a junior minister's "Minister of State
// for <Portfolio>" are the person's title, shown though not checked,
// also when a known given name split the run.
func TestShownTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, title string }{
		{"ECOWAS Commission President Omar Touray spoke in Abuja on Monday.", "Omar Touray", "ECOWAS Commission President"},
		{"EU Commission President Ursula von der Leyen spoke in Brussels on Monday.", "Ursula von der Leyen", "EU Commission President"},
		{"Emirati Minister of State for Foreign Affairs Anwar Gargash said it was time.", "Anwar Gargash", "Minister of State for Foreign Affairs"},
		{"Kenyan Minister of State for Foreign Affairs Mohamed Wario spoke on Monday.", "Mohamed Wario", "Minister of State for Foreign Affairs"},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-01")
		got := ""
		for _, m := range d.Mentions {
			if m.Text == tc.person {
				got = m.Title
			}
		}
		if got != tc.title {
			t.Errorf("%q: %s title %q; want %q (mentions %+v)", tc.text, tc.person, got, tc.title, d.Mentions)
		}
	}
}
