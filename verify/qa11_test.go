package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// relationVerdict returns the verdict of the relation finding of text at
// date, "" when there is none.
func relationVerdict(t *testing.T, text, date string) string {
	t.Helper()
	d := analyze(t, text, date)
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted {
			return f.Verdict
		}
	}
	return ""
}

// TestEstablishedLongBefore: relations are established once, the first
// event of a pair's history, so a claimed establishment years before it
// is false however far off (QA11 V-1).
func TestEstablishedLongBefore(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The United States and China established full diplomatic relations in 1972.", doc.Contradicted},
		{"The United States and China established full diplomatic relations in 1979.", doc.Supported},
		{"Israel and China established diplomatic relations in 1950.", doc.Contradicted},
		// a peace treaty recorded before the establishment is no relations
		{"Israel, which established diplomatic relations with Egypt in 1967, said it was watching.", doc.Contradicted},
		{"Israel and Egypt established diplomatic relations in 1980.", doc.Supported},
	} {
		if got := relationVerdict(t, tc.text, "2023-11-30"); got != tc.want {
			t.Errorf("%q: %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestDisqualifiedIsRemoval: a court's disqualification, a dismissal or
// a sacking ends the term the title names, like an ouster (QA11 R-2).
func TestDisqualifiedIsRemoval(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif on Friday.", date: "2017-08-01", who: "Sharif", verdict: doc.Supported, expl: "until 2017-07-28"},
		{text: "Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif in 2017.", date: "2023-11-23", who: "Sharif", verdict: doc.Supported},
	})
}

// TestStartOfTerm: a claim that dates its term's start ("prime minister
// since 2008", "became secretary of state in January 2019", "who became
// prime minister in 2020") is contradicted when no recorded term of the
// office began then (QA11 R-1).
func TestStartOfTerm(t *testing.T) {
	full := func(text string) string {
		day, _ := timeParse("2023-11-24")
		d := &doc.Doc{Raw: text, Source: "t", Date: day, DateSource: doc.DateFromFlag}
		if err := fullPipeline(t).Run(d, nil); err != nil {
			t.Fatal(err)
		}
		for _, f := range d.Findings {
			if f.Kind == doc.FindRoleMismatch {
				return f.Verdict
			}
		}
		return ""
	}
	for _, tc := range []struct{ text, want string }{
		{"Antony Blinken became secretary of state in January 2019.", doc.Contradicted},
		{"Antony Blinken became secretary of state in January 2021.", doc.Supported},
		{"Mark Rutte, the Dutch prime minister since 2008, resigned in July.", doc.Contradicted},
		{"Olaf Scholz, Germany's chancellor since 2019, met the dissidents.", doc.Contradicted},
		{"Olaf Scholz, Germany's chancellor since 2021, met the dissidents.", doc.Supported},
		{"Elisabeth Borne, who became prime minister in 2020, said the plan would work.", doc.Contradicted},
		{"Elisabeth Borne, who became prime minister in May 2022, said the plan would work.", doc.Supported},
	} {
		if got := full(tc.text); got != tc.want {
			t.Errorf("%q: role_mismatch %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestOneFindingPerUnnamedSource: two quotes of one unnamed speaker ("…,"
// one official said, adding that …) give one finding, and both count
// in the sourcing profile (QA11 V-3).
func TestOneFindingPerUnnamedSource(t *testing.T) {
	day, _ := timeParse("2017-07-28")
	d := &doc.Doc{Raw: `"Nobody shed a tear," one official said, adding that the generals were relieved.`, Source: "t", Date: day, DateSource: doc.DateFromFlag}
	if err := fullPipeline(t).Run(d, nil); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range d.Findings {
		if f.Kind == doc.FindUnnamedSource {
			n++
		}
	}
	if n != 1 || d.Sourcing == nil || d.Sourcing.Unnamed != 2 {
		t.Errorf("%d unnamed_source findings, sourcing %+v; want 1 finding and 2 unnamed quotes", n, d.Sourcing)
	}
}

// TestUndatedAnchoredExplanation: in an undated article, a title dated
// by its own sentence is explained by that time, not as held all through
// the window (QA11 V-2).
func TestUndatedAnchoredExplanation(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "When Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif on July 28, 2017, it was the third time he had been removed from office.", who: "Sharif", verdict: doc.Supported, expl: "at the time the sentence names"},
	})
}

// TestDeadSubjectOfUncodedVerb: a person the KB knows died, subject of a
// simple-past verb the events stage does not code, in a sentence dated
// after the death, is flagged; dying itself and a date before the death
// are not (QA11 V-4).
func TestDeadSubjectOfUncodedVerb(t *testing.T) {
	for _, tc := range []struct{ text, day, want string }{
		{"Former Chinese President Jiang Zemin sent a message of condolence to Biden on Thursday.", "2023-11-30", doc.Contradicted},
		{"Jiang Zemin died on Wednesday.", "2022-11-30", ""},
		{"Jiang Zemin visited Shanghai on March 3, 1998.", "2023-11-30", ""},
	} {
		if got := deceasedVerdict(t, tc.text, tc.day); got != tc.want {
			t.Errorf("%q (%s): speaker_deceased %q; want %q", tc.text, tc.day, got, tc.want)
		}
	}
}

// TestStatesmanActsForState: a head of state or government the KB knows
// who breaks off or restores relations acts for the state (QA12 V-1).
func TestStatesmanActsForState(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Evo Morales resigned on Sunday. Morales broke off relations with Israel in 2012 in protest at the war in Gaza.", doc.Contradicted},
		{"Evo Morales resigned on Sunday. Morales broke off relations with Israel in 2009 in protest at the war in Gaza.", doc.Supported},
	} {
		if got := relationVerdict(t, tc.text, "2019-11-15"); got != tc.want {
			t.Errorf("%q: %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestServedFromYear: "X, who served as TITLE from YEAR to YEAR" is a
// former holder's claim whose first year is the term's start; a title
// with its owner after it ("president of the European Council") names
// the owner's office (QA12 R-2).
func TestServedFromYear(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Donald Tusk, who served as president of the European Council from 2010 to 2019, said he would go to Brussels.", date: "2023-12-13", who: "Tusk", verdict: doc.Contradicted, expl: "2014-12-01"},
		{text: "Donald Tusk, who served as president of the European Council from 2014 to 2019, said he would go to Brussels.", date: "2023-12-13", who: "Tusk", verdict: doc.Supported},
		{text: "Angela Merkel, who served as chancellor from 2004 to 2021, said she would not return.", date: "2023-12-13", who: "Merkel", verdict: doc.Contradicted, expl: "2005-11-22"},
	})
}

// TestRelativeClauseBreak: "relations with X, which Y had broken off in
// YEAR" claims the break in that year, dated inside the clause; the
// clause's year does not date the main clause's claim (QA12 V-1).
func TestRelativeClauseBreak(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"Evo Morales resigned. The new government said it would restore relations with Israel, which Morales had broken off in 2012.", "2019-11-15", doc.Contradicted},
		{"Evo Morales resigned. The new government said it would restore relations with Israel, which Morales had broken off in 2009.", "2019-11-15", doc.Supported},
	} {
		if got := relationVerdict(t, tc.text, tc.date); got != tc.want {
			t.Errorf("%q: %q; want %q", tc.text, got, tc.want)
		}
	}
	d := analyze(t, "Bolivia restored relations with Israel in 2019, which it had broken off in 2009.", "2024-01-15")
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted && f.Verdict != doc.Supported {
			t.Errorf("restored in 2019 after a 2009 break: %s %s", f.Verdict, f.Explanation)
		}
	}
}

// TestClaimedAsAct: "claimed" hedges a claim ("the group claimed the
// ship was carrying weapons") but not a party's claim named by a noun
// ("the rights claimed by South Africa") or a claim of responsibility
// or victory, which is the news itself (QA12 V-2).
func TestClaimedAsAct(t *testing.T) {
	for _, tc := range []struct {
		text  string
		hedge bool
	}{
		{"The judges found that at least some of the rights claimed by South Africa were plausible.", false},
		{"Islamic State claimed responsibility for the attack.", false},
		{"He claimed victory on Sunday.", false},
		{"The group claimed the ship was carrying weapons.", true},
		// a claim of the attack itself, and what a disaster claims (QA14 V-2)
		{"Al-Shabaab claimed the attack as revenge for Kenya's military intervention in Somalia.", false},
		{"The group claimed Saturday's twin bombings in the capital.", false},
		{"The blast claimed the lives of 20 people.", false},
		{"The minister claimed the election was rigged.", true},
		{"He claimed the attack was staged.", true},
		// British wire phrasing (QA14 V-3)
		{"The agency is understood to have circulated a report in 2012.", true},
		{"He understood the risks of the plan.", false},
	} {
		d := analyze(t, tc.text, "2024-01-26")
		got := false
		for _, f := range d.Findings {
			if f.Kind == doc.FindHedgedClaim {
				got = true
			}
		}
		if got != tc.hedge {
			t.Errorf("%q: hedged %v; want %v", tc.text, got, tc.hedge)
		}
	}
}

// TestFedChair: the Fed's chair is a KB office with its holders (QA12
//
func TestFedChair(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Fed Chair Jerome Powell said the move showed the central bank's commitment.", date: "2024-09-18", who: "Powell", verdict: doc.Supported},
		{text: "Fed Chair Janet Yellen said rates would rise.", date: "2022-06-14", who: "Yellen", verdict: doc.Contradicted, expl: "Jerome Powell"},
		{text: "Treasury Secretary Janet Yellen said the decision was a positive sign.", date: "2017-06-14", who: "Yellen", verdict: doc.Contradicted},
	})
}
