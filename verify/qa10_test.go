package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestDeputyTitleNoClaim: a deputy's title ("Deputy Secretary of
// State", "Deputy Defense Secretary", "Vice Foreign Minister") names a
// post below the principal office: no finding against the office's
// holder (QA10 R-1).
func TestDeputyTitleNoClaim(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Deputy Secretary of State Kurt Campbell said Washington was watching.", date: "2024-12-04", kind: doc.FindUnknownPerson, who: "Campbell"},
		{text: "Deputy Secretary of State Kurt Campbell said Washington was watching.", date: "2024-12-04", who: "Campbell"},
		{text: "Deputy Defense Secretary Kathleen Hicks said the Pentagon would respond.", date: "2023-03-01", kind: doc.FindUnknownPerson, who: "Hicks"},
		{text: "Assistant Secretary of State Victoria Nuland spoke.", date: "2014-02-01", kind: doc.FindUnknownPerson, who: "Nuland"},
		// the principal title is still checked
		{text: "Secretary of State Kurt Campbell said Washington was watching.", date: "2024-12-04", kind: doc.FindUnknownPerson, who: "Campbell", verdict: doc.Contradicted},
	})
}

// TestDepartureOfConjuncts: a verb ending a tenure after coordinated
// subjects ends every conjunct's ("President X and Foreign Minister Y
// were killed"), not only the last one's (QA10 R-2).
func TestDepartureOfConjuncts(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed when their helicopter crashed, state media said on Monday.", date: "2024-05-20", who: "Raisi", verdict: doc.Supported, expl: "reports the departure"},
		{text: "Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed when their helicopter crashed, state media said on Monday.", date: "2024-05-20", who: "Abdollahian", verdict: doc.Supported, expl: "reports the departure"},
		// a conjunct of a verb that ends nothing is still judged
		{text: "Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian met reporters on Monday.", date: "2024-05-20", who: "Raisi", verdict: doc.Contradicted},
	})
}

// TestUnknownPersonAtSentenceDate: the title of a person the KB lacks,
// in a sentence about a past day or year, is judged at that time, not at
// the article date (QA10 R-3).
func TestUnknownPersonAtSentenceDate(t *testing.T) {
	checkQA7(t, []qa7Case{
		// the KB does not list Rwanda's presidents completely in 1994
		{text: "On the evening of April 6, 1994, a plane carrying Rwandan President Jean-Pierre Mugenzi was shot down.", date: "2024-04-07", kind: doc.FindUnknownPerson, who: "Mugenzi", verdict: doc.Unverifiable},
		{text: "In 1994, Rwandan President Jean-Pierre Mugenzi was killed when his plane was shot down.", date: "2024-04-07", kind: doc.FindUnknownPerson, who: "Mugenzi", verdict: doc.Unverifiable},
		// one holder all through the year the sentence names
		{text: "In 2015, French President Jean Dupont visited Mali.", date: "2024-04-07", kind: doc.FindUnknownPerson, who: "Dupont", verdict: doc.Contradicted, expl: "Hollande"},
		// two holders that year: nothing to say by the year alone
		{text: "In 2017, French President Jean Dupont visited Mali.", date: "2024-04-07", kind: doc.FindUnknownPerson, who: "Dupont", verdict: doc.Unverifiable},
		{text: "On March 3, 2016, French President Jean Dupont visited Mali.", date: "2024-04-07", kind: doc.FindUnknownPerson, who: "Dupont", verdict: doc.Contradicted, expl: "2016-03-03"},
		// at the article's own time, today's holder still decides
		{text: "Rwandan President Jean-Pierre Mugenzi spoke on Monday.", date: "2024-04-07", kind: doc.FindUnknownPerson, who: "Mugenzi", verdict: doc.Contradicted, expl: "Kagame"},
	})
}

// TestDeadSpeakerWeekAndLastSpeech: a quote dated to a week that began
// by the speaker's death, or from "his final speech", reports what was
// said before it (QA10 V-4).
func TestDeadSpeakerWeekAndLastSpeech(t *testing.T) {
	for _, tc := range []struct{ text, day, want string }{
		{"Raisi said last week that Iran would never bow to pressure.", "2024-05-21", ""},
		{"In his final speech, Raisi said Iran would never bow to pressure.", "2024-05-21", ""},
		{"Raisi said on Tuesday that Iran would never bow to pressure.", "2024-05-21", doc.Contradicted},
		// a week wholly after the death is no excuse
		{"Raisi said last week that Iran would never bow to pressure.", "2024-06-05", doc.Contradicted},
	} {
		if got := deceasedVerdict(t, tc.text, tc.day); got != tc.want {
			t.Errorf("%q (%s): speaker_deceased %q; want %q", tc.text, tc.day, got, tc.want)
		}
	}
}

// TestFormerTitleInWindow: in an undated article, a former holder's
// title is supported by a term before the window, and the explanation
// says so rather than that the term covers the window (QA10 V-3).
func TestFormerTitleInWindow(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "French Prime Minister Michel Barnier said the budget would pass. Former President Jacques Chirac once backed him.", who: "Chirac", verdict: doc.Supported, expl: "before the article's estimated date window"},
		{text: "French Prime Minister Michel Barnier said the budget would pass. Former President Jacques Chirac once backed him.", who: "Barnier", verdict: doc.Supported, expl: "throughout the article's estimated date window"},
	})
}

// TestTaipeiBreaks: the recognition switches to Beijing are also dated
// breaks with Taipei, so "X cut ties with Taiwan in YEAR" is checked
// (QA10 V-5).
func TestTaipeiBreaks(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"Nicaragua cut ties with Taiwan in December 2021.", "2024-01-15", doc.Supported},
		{"Nauru cut ties with Taiwan in 2019.", "2024-03-15", doc.Contradicted},
		{"Kiribati severed relations with Taiwan in 2019.", "2024-03-15", doc.Supported},
		{"The Solomon Islands broke off relations with Taiwan in 2017.", "2024-03-15", doc.Contradicted},
	} {
		d := analyze(t, tc.text, tc.date)
		got := ""
		for _, f := range d.Findings {
			if f.Kind == doc.FindRelationContradicted {
				got = f.Verdict
			}
		}
		if got != tc.want {
			t.Errorf("%q: relation verdict %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestUndatedDeathReport: an undated report of the end of a term or of
// a death the KB dates is from after it; a dateline without a year
// picks the day in the window (QA10 V-1, V-2).
func TestUndatedDeathReport(t *testing.T) {
	const raisi = "TEHRAN, May 20 (AFP) — Iranian President Ebrahim Raisi was killed when his helicopter crashed, state media said on Monday. First Vice President Mohammad Mokhber will take over as acting president."
	d := analyze(t, raisi, "")
	if d.DateWindow == nil || d.DateWindow.From != "2024-05-20" || d.DateWindow.To != "2024-05-20" || !d.DateWindow.Consistent {
		t.Errorf("Raisi: DateWindow = %+v; want 2024-05-20, consistent", d.DateWindow)
	}
	checkQA7(t, []qa7Case{
		{text: raisi, who: "Raisi", verdict: doc.Supported, expl: "reports the departure"},
		// without the dateline the window opens at the death
		{text: "Iranian President Ebrahim Raisi was killed when his helicopter crashed. First Vice President Mohammad Mokhber will take over as acting president.", who: "Raisi", verdict: doc.Supported, expl: "2024-05-19 → 2024-07-28"},
	})
	// a former leader's death the KB dates bounds the window from below,
	// so a successor's successor's title from before it fits no date
	abe := "NARA, Japan, July 8 (Reuters) - Former Japanese Prime Minister Shinzo Abe died on Friday after being shot. Prime Minister Yoshihide Suga condemned the attack."
	d = analyze(t, abe, "")
	if d.DateWindow == nil || d.DateWindow.Consistent {
		t.Errorf("Abe: DateWindow = %+v; want inconsistent (Suga left office before Abe died)", d.DateWindow)
	}
}

// TestUnknownPersonInVacancy: inside an office's complete range, a day
// no role covers is a vacancy the KB records (kb/data/gaps.txt reviews
// each), so a stranger claiming the office then is contradicted; an
// acting claimant may be one the KB does not list.
func TestUnknownPersonInVacancy(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Lebanese President Jean Haddad said on Monday that the talks would continue.", date: "2015-06-01", kind: doc.FindUnknownPerson, who: "Haddad", verdict: doc.Contradicted, expl: "vacant"},
		{text: "Lebanon's acting President Jean Haddad said on Monday that the talks would continue.", date: "2015-06-01", kind: doc.FindUnknownPerson, who: "Haddad", verdict: doc.Unverifiable},
		{text: "Lebanese President Jean Haddad said on Monday that the talks would continue.", date: "2019-06-03", kind: doc.FindUnknownPerson, who: "Haddad", verdict: doc.Contradicted, expl: "Michel Aoun"},
	})
}
