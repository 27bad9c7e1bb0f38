package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of the date window of undated articles.

// TestFormerTitleInWindow: in an undated article, a former holder's
// title is supported by a term before the window, and the explanation
// says so rather than that the term covers the window.
func TestFormerTitleInWindow(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "French Prime Minister Michel Barnier said the budget would pass. Former President Jacques Chirac once backed him.", who: "Chirac", verdict: doc.Supported, expl: "before the article's estimated date window"},
		{text: "French Prime Minister Michel Barnier said the budget would pass. Former President Jacques Chirac once backed him.", who: "Barnier", verdict: doc.Supported, expl: "throughout the article's estimated date window"},
	})
}

// TestUndatedDeathReport: an undated report of the end of a term or of
// a death the KB dates is from after it; a dateline without a year
// picks the day in the window.
func TestUndatedDeathReport(t *testing.T) {
	const raisi = "TEHRAN, May 20 (AFP) — Iranian President Ebrahim Raisi was killed when his helicopter crashed, state media said on Monday. First Vice President Mohammad Mokhber will take over as acting president."
	d := analyze(t, raisi, "")
	if d.DateWindow == nil || d.DateWindow.From != "2024-05-20" || d.DateWindow.To != "2024-05-20" || !d.DateWindow.Consistent {
		t.Errorf("Raisi: DateWindow = %+v; want 2024-05-20, consistent", d.DateWindow)
	}
	checkFindings(t, []findingCase{
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

// TestUndatedAnchoredExplanation: in an undated article, a title dated
// by its own sentence is explained by that time, not as held all through
// the window.
func TestUndatedAnchoredExplanation(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "When Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif on July 28, 2017, it was the third time he had been removed from office.", who: "Sharif", verdict: doc.Supported, expl: "at the time the sentence names"},
	})
}

// TestToldWindow: an undated article no role claim dates gets the window
// its own written dates allow, open-ended.
func TestToldWindow(t *testing.T) {
	d := analyze(t, "Lukashenko was declared the winner of the August 9, 2020 election. European Union leaders agreed on August 19 that they did not recognise the results.", "")
	if d.DateWindow == nil || d.DateWindow.From != "2020-08-09" || d.DateWindow.To != "" {
		t.Errorf("DateWindow = %+v; want from 2020-08-09, open", d.DateWindow)
	}
	d = analyze(t, "The talks will resume on March 3, 2031, officials said.", "")
	if d.DateWindow != nil {
		t.Errorf("a date ahead: DateWindow = %+v; want none", d.DateWindow)
	}
}

// TestHandoverDay: in an undated article two holders of a one-holder
// office never both hold on the handover day, so their claims fix no
// common date and neither is supported by a window the other denies.
func TestHandoverDay(t *testing.T) {
	text := `Prime Minister Ahmet Davutoglu told reporters in Ankara that 2,839 soldiers had been detained. Prime Minister Binali Yildirim described the night as "a black stain on Turkish democracy."`
	checkFindings(t, []findingCase{
		{text: text, kind: doc.FindNoCommonDate, who: "Davutoglu", verdict: doc.Contradicted},
		{text: text, who: "Davutoglu", verdict: doc.Unverifiable},
		{text: text, who: "Yildirim", verdict: doc.Unverifiable},
		// dated on the handover day, both are still named in office
		{text: text, date: "2016-05-24", who: "Davutoglu", verdict: doc.Supported},
		{text: text, date: "2016-05-24", who: "Yildirim", verdict: doc.Supported},
	})
	if windowConsistent(t, text, "") {
		t.Errorf("the window of two holders' claims is consistent")
	}
}

// TestUnverifiableLeavesWindow: a claim judged only unverifiable at the
// article date does not make the date window inconsistent.
func TestUnverifiableLeavesWindow(t *testing.T) {
	for _, tc := range []struct{ text, date string }{
		{"Peruvian President Pedro Castillo remains in detention.", "2022-12-12"},
		{"Supporters of President Evo Morales gathered in the square.", "2025-11-12"},
	} {
		d := analyze(t, tc.text, tc.date)
		if w := d.DateWindow; w != nil && !w.Consistent {
			t.Errorf("%q (%s): window %+v inconsistent with findings %+v", tc.text, tc.date, w, d.Findings)
		}
	}
}

// TestUndatedToldDay: in an undated article the latest day the text
// states in a clause that does not look ahead bounds the window from
// below ("announced the measure on December 19, 2022"); a day in a
// future clause does not.
func TestUndatedToldDay(t *testing.T) {
	for _, tc := range []struct{ text, from string }{
		{"The ministry announced the measure on December 19, 2022. IMF Managing Director Kristalina Georgieva said the deal would help.", "2022-12-19"},
		{"The ministry announced the measure in 2021. IMF Managing Director Kristalina Georgieva said the deal would help.", "2021-01-01"},
		{"Talks will resume on March 3, 2031. IMF Managing Director Kristalina Georgieva said the deal would help.", "2019-10-01"},
	} {
		d := analyze(t, tc.text, "")
		if d.DateWindow == nil || d.DateWindow.From != tc.from {
			t.Errorf("%q: DateWindow = %+v; want from %s", tc.text, d.DateWindow, tc.from)
		}
	}
}

// TestUndatedRetrospectiveTitles: titles outlive terms. In an undated
// article a title whose sentence does not place its person at the
// article's time ("a chief of staff to President Bill Clinton", "Nixon's
// term") may be retrospective: when the claims conflict it dates the
// article only from its start, and no claim is said to share no date
// with it. A person the article quotes, or who acts in the sentence, is
// in the news then and still conflicts (PolNeAR dev false alarms).
func TestUndatedRetrospectiveTitles(t *testing.T) {
	checkFindingsFull(t, []findingCase{
		{text: "President Obama spoke with President Xi Jinping about the climate accord on Tuesday. \"It was a place Obama and Xi found some common ground,\" said John D. Podesta, a chief of staff to President Bill Clinton whom Mr. Obama recruited.",
			who: "Bill Clinton", verdict: doc.Unverifiable, expl: "may be historical"},
		{text: "President Obama spoke with President Xi Jinping about the climate accord on Tuesday. \"It was a place Obama and Xi found some common ground,\" said John D. Podesta, a chief of staff to President Bill Clinton whom Mr. Obama recruited.",
			kind: doc.FindNoCommonDate, who: "Bill Clinton"},
		{text: "President Obama and Hillary Clinton did not react as if these Americans were victims of terror. They cannot blame this on President Bush. The surge began under President Bush. After the attacks, President George W. Bush kept the country safe for the rest of his presidency.",
			kind: doc.FindNoCommonDate, who: "Obama"},
		{text: "President Obama and Hillary Clinton did not react as if these Americans were victims of terror. They cannot blame this on President Bush. The surge began under President Bush. After the attacks, President George W. Bush kept the country safe for the rest of his presidency.",
			who: "Obama", verdict: doc.Unverifiable},
		// still conflicts: both are quoted or act in their sentence
		{text: "Chilean President Sebastian Pinera and Argentine President Javier Milei agreed to cooperate on lithium. \"We want our resources to benefit our people,\" Pinera said after the talks.",
			kind: doc.FindNoCommonDate, who: "Pinera", verdict: doc.Contradicted},
		{text: "Prime Minister Theresa May met President Joe Biden in Washington. President Biden said the talks went well.",
			kind: doc.FindNoCommonDate, who: "Theresa May", verdict: doc.Contradicted},
	})
}

// TestUnderExplanation: "under President X" in an undated article is
// supported as a rule that began before the window, not as a term
// that covers it.
func TestUnderExplanation(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "President Obama and Hillary Clinton did not react. The policy was started under President George W. Bush and continued for years.",
			who: "Bush", verdict: doc.Supported, expl: "tells of that rule"},
	})
}

// TestQuotedTitleLeavesWindow: in an undated article a title in quoted
// words is the speaker's usage; it neither fixes the window nor
// conflicts with the article's own claims.
func TestQuotedTitleLeavesWindow(t *testing.T) {
	text := `Interim President Adly Mansour swore in the new cabinet. "We will stay in the squares until we carry President Morsi on our shoulders," a Brotherhood leader said.`
	d := analyzeQuotes(t, text, "")
	if w := d.DateWindow; w == nil || w.From != "2013-07-04" || !w.Consistent {
		t.Errorf("DateWindow = %+v; want from 2013-07-04, consistent", w)
	}
	for _, f := range d.Findings {
		if f.Kind == doc.FindNoCommonDate || f.Verdict == doc.Contradicted {
			t.Errorf("finding %s %s (%s); want none contradicted", f.Kind, f.Verdict, f.Explanation)
		}
	}
}
