package quote

import "testing"

// TestFindAttributiveParticiple: a cue written as an adjective after a
// conjunction or a preposition ("and alleged sponsorship of …", "by
// suspected militants") reports nothing; after a conjunction before
// "that", a determiner or a name it is still the verb of a report.
func TestFindAttributiveParticiple(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`The recent talks are particularly significant given Israel's hardline stance against any form of diplomacy perceived to legitimize Tehran amid its nuclear program and alleged sponsorship of armed groups aiming for regional upheaval in Lebanon.`, 0},
		{`The new report is significant given the government's record on rights and alleged abuses of detainees in the north.`, 0},
		{`The opposition boycotted the vote, citing intimidation and reported irregularities in the count.`, 0},
		{`Three soldiers were killed by suspected militants near the border on Sunday.`, 0},
		{`The mission recorded dozens of reported violations of the ceasefire in the east.`, 0},
		{`The minister spoke for an hour and alleged that the police had fabricated evidence.`, 1},
		{`The minister spoke for an hour and alleged the police had fabricated the evidence.`, 1},
		{`Officials said the talks would resume next week in Geneva.`, 1},
	} {
		d := newDoc(tc.in)
		if qs := Find(d); len(qs) != tc.want {
			t.Errorf("Find(%q) = %s; want %d quotes", tc.in, describe(qs), tc.want)
		}
	}
}
