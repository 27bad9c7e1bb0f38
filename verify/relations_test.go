package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of diplomatic relation claims: establishment, breaks,
// restorations and their dates.

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
// is false however far off.
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

// TestStatesmanActsForState: a head of state or government the KB knows
// who breaks off or restores relations acts for the state.
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

// TestClaimPastSentenceEnd: a claim whose name the segmenter splits
// after an initial ("Guðni Th. Jóhannesson") ends past its sentence; the
// clauses after it are then none, not a slice that panics.
func TestClaimPastSentenceEnd(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Icelandic President Guðni Th. Jóhannesson said on Monday that the talks would continue next month.", date: "2015-01-20", who: "Jóhannesson", verdict: doc.Contradicted},
	})
}

// TestRelativeClauseBreak: "relations with X, which Y had broken off in
// YEAR" claims the break in that year, dated inside the clause; the
// clause's year does not date the main clause's claim.
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

// TestBreakYearsBeforeTheBreak: a break dated years before the KB's only
// one, while the KB has the pair's relations in place since their
// establishment, is contradicted.
func TestBreakYearsBeforeTheBreak(t *testing.T) {
	d := analyze(t, "Georgia cut diplomatic ties with Russia in 2004.", "2010-08-09")
	var got []string
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted {
			got = append(got, f.Verdict+": "+f.Explanation)
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], doc.Contradicted) || !strings.Contains(got[0], "1992-07-01") {
		t.Errorf("findings %q; want one contradicted naming the 1992 establishment", got)
	}
}

// TestRelationAfterArticleDate: a relation event told in the past tense
// and dated after the article's date is contradicted; one still ahead
// ("agreed to restore") is not judged so.
func TestRelationAfterArticleDate(t *testing.T) {
	for _, tc := range []struct {
		text string
		late bool
	}{
		{"Saudi Arabia and Canada had restored full relations in 2023.", true},
		{"Saudi Arabia severed ties with Canada in 2019.", true},
		{"Saudi Arabia and Canada agreed to restore full relations in 2023.", false},
		{"Saudi Arabia and Canada will restore full relations in 2023.", false},
	} {
		d := analyze(t, tc.text, "2018-08-06")
		late := false
		for _, g := range findingsOf(d, doc.FindRelationContradicted) {
			if strings.HasPrefix(g, doc.Contradicted) && strings.Contains(g, "after the article's date") {
				late = true
			}
		}
		if late != tc.late {
			t.Errorf("%q: after-the-date finding %v; want %v (%q)", tc.text, late, tc.late, findingsOf(d, doc.FindRelationContradicted))
		}
	}
}

// TestReopenedEmbassy: "reopened its embassy in <capital>" is a
// restoration of relations with the capital's state, checked like
// "restored relations".
func TestReopenedEmbassy(t *testing.T) {
	for _, tc := range []struct{ text, verdict, expl string }{
		{"The United States reopened its embassy in Havana in 2013.", doc.Contradicted, "stayed severed"},
		{"The United States reopened its embassy in Havana in 2015.", doc.Supported, "2015-07-20"},
	} {
		d := analyze(t, tc.text, "2016-01-10")
		wantOne(t, d, doc.FindRelationContradicted, tc.text, tc.verdict, tc.expl)
	}
}

// TestContinuousRelations: a break claimed between states whose
// relations the KB records as unbroken since their establishment is
// contradicted ("Iran broke off diplomatic relations with
// Pakistan in 2015" was unverifiable).
func TestContinuousRelations(t *testing.T) {
	text := "Iran broke off diplomatic relations with Pakistan in 2015."
	d := analyzeQuotes(t, text, "2024-01-18")
	wantOne(t, d, doc.FindRelationContradicted, text, doc.Contradicted, "no break since")
}

// TestActingAndTrailingBreak: "Acting President X" after X's own
// acting term gave way to a full one is contradicted; a break
// claimed in a clause after the restored relations ("restore relations,
// which were severed in 2018", "relations, cut in 2019") is checked, and
// its year does not date the restoration.
func TestActingAndTrailingBreak(t *testing.T) {
	d := analyzeQuotes(t, "Acting President Michel Temer said on Monday that the budget would be cut.", "2016-09-20")
	wantOne(t, d, doc.FindRoleMismatch, "Temer", doc.Contradicted, "no longer acting")
	d = analyzeQuotes(t, "Acting President Michel Temer said on Monday that the budget would be cut.", "2016-06-20")
	wantOne(t, d, doc.FindRoleMismatch, "Temer", doc.Supported, "2016-05-12 → 2016-08-31")
	for _, tc := range []struct{ text, date, verdict, expl string }{
		{"Saudi Arabia and Iran agreed last week to restore relations, which were severed in 2018.", "2023-03-15", doc.Contradicted, "could not be severed in 2018"},
		{"Egypt and Qatar restored diplomatic relations, cut in 2019.", "2021-01-06", doc.Contradicted, "could not be severed in 2019"},
		{"Egypt and Qatar agreed on Tuesday to restore diplomatic relations, cut in 2017.", "2021-01-06", doc.Supported, "severed on 2017-06-05"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		found := false
		for _, f := range d.Findings {
			if f.Kind == doc.FindRelationContradicted && f.Verdict == tc.verdict && strings.Contains(f.Explanation, tc.expl) {
				found = true
			}
			if f.Kind == doc.FindRelationContradicted && strings.Contains(f.Explanation, "not restored in") {
				t.Errorf("%q: the break's year dated the restoration: %s", tc.text, f.Explanation)
			}
		}
		if !found {
			t.Errorf("%q: no %s finding naming %q in %+v", tc.text, tc.verdict, tc.expl, d.Findings)
		}
	}
}

// TestRelationMonths: a relation claim whose clause names a month
// is compared with the KB's month ("Algeria severed
// diplomatic ties with Morocco in June" was supported against
// 2021-08-24); a weekday or "last month" is not compared.
func TestRelationMonths(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Algeria severed diplomatic ties with Morocco in June.", "2021-09-01", doc.Contradicted, "not at the time the text gives (June)"},
		{"Algeria severed diplomatic ties with Morocco on June 24.", "2021-09-01", doc.Contradicted, "(June 24)"},
		{"Algeria severed diplomatic ties with Morocco in August.", "2021-09-01", doc.Supported, "2021-08-24"},
		{"Algeria severed diplomatic ties with Morocco last month.", "2021-09-01", doc.Supported, "2021-08-24"},
		{"Saudi Arabia and Iran restored relations in May 2023.", "2023-06-01", doc.Contradicted, "2023-03-10"},
	})
}

// TestRelationPhrasings: "have had no relations since YEAR" is a claim
// about the present and about the year of the break; "reopened their
// embassies in YEAR" claims a restoration.
func TestRelationPhrasings(t *testing.T) {
	k := doc.FindRelationContradicted
	checkFindings(t, []findingCase{
		{text: "Iran and Saudi Arabia, which have had no relations since 2015, met in Baghdad.", date: "2023-06-01", kind: k, who: "no relations", verdict: doc.Contradicted, expl: "restored on 2023-03-10"},
		{text: "Iran and Saudi Arabia, which have had no relations since 2015, met in Baghdad.", date: "2019-06-01", kind: k, who: "no relations", verdict: doc.Contradicted, expl: "on 2016-01-03, not in 2015"},
		{text: "Iran and Saudi Arabia, which have had no relations since 2016, met in Baghdad.", date: "2019-06-01", kind: k, who: "no relations", verdict: doc.Supported},
		// the negation on the verb: "have not had", "haven't had"
		{text: "The United States and Cuba have not had diplomatic relations since 1961.", date: "2017-01-01", kind: k, who: "not had diplomatic relations", verdict: doc.Contradicted, expl: "restored on 2015-07-20"},
		{text: "The United States and Iran haven't had diplomatic ties since 1980.", date: "2019-06-01", kind: k, who: "n't had diplomatic ties", verdict: doc.Supported},
		{text: "Iran and Saudi Arabia, which has not had any relations since 2015, met in Baghdad.", date: "2019-06-01", kind: k, who: "not had any relations", verdict: doc.Contradicted, expl: "on 2016-01-03, not in 2015"},
		{text: "Saudi Arabia and Iran reopened their embassies in 2021 after a seven-year rupture.", date: "2023-06-01", kind: k, who: "embassies", verdict: doc.Contradicted},
		{text: "Saudi Arabia and Iran reopened their embassies in 2023.", date: "2023-06-01", kind: k, who: "embassies", verdict: doc.Supported},
		// one state reopening its own embassy claims no restoration
		{text: "Britain reopened its embassy in Kyiv in 2022.", date: "2023-06-01", kind: k, who: "embassy"},
		// a break and a renewal decades apart (KB: Chad broke with Israel in 1972, renewed 2019-01-20)
		{text: "Israel and Chad, which have had no diplomatic relations since 1972, held talks.", date: "2021-03-03", kind: k, who: "no diplomatic relations", verdict: doc.Contradicted, expl: "restored on 2019-01-20"},
		{text: "Israel and Chad, which have had no diplomatic relations since 1972, held talks.", date: "2018-03-03", kind: k, who: "no diplomatic relations", verdict: doc.Supported},
	})
}

// TestOneRestorationPerSentence: "restore relations and reopen their
// embassies" is one claim, judged once.
func TestOneRestorationPerSentence(t *testing.T) {
	d := analyze(t, "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months.", "2023-03-10")
	n := 0
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d relation findings, want 1: %+v", n, d.Findings)
	}
}

// TestTreatyClaims: a named accord or a peace treaty signed in a year
// is checked against the KB's treaty and normalisation events; a named
// accord only against the event its note names, and a treaty the KB
// lacks gives no finding.
func TestTreatyClaims(t *testing.T) {
	k := doc.FindRelationContradicted
	checkFindings(t, []findingCase{
		{text: "Israel and the United Arab Emirates signed the Abraham Accords in 2019.", date: "2023-06-01", kind: k, who: "Abraham", verdict: doc.Contradicted, expl: "2020-09-15"},
		{text: "Israel and Bahrain signed the Abraham Accords in 2020.", date: "2023-06-01", kind: k, who: "Abraham", verdict: doc.Supported},
		{text: "Egypt and Israel signed a peace treaty in 1978.", date: "2023-06-01", kind: k, who: "peace treaty", verdict: doc.Contradicted},
		{text: "Egypt and Israel signed a peace treaty in 1979.", date: "2023-06-01", kind: k, who: "peace treaty", verdict: doc.Supported},
		{text: "Egypt and Israel signed the Camp David Accords in 1978.", date: "2023-06-01", kind: k, who: "Camp David"},
		{text: "Israel and the United Arab Emirates signed an aviation accord in 2021.", date: "2023-06-01", kind: k, who: "aviation"},
		{text: "Egypt and Israel signed a peace treaty.", date: "2023-06-01", kind: k, who: "peace treaty"},
	})
}

// TestSeveranceInContinuousPeriod: a severance claimed in a year the KB
// knows relations were continuously in place (after a restoration and
// before the next recorded break, or after the pair's establishment with
// no break since) is contradicted however far from a recorded break;
// before the KB's history, or in a year with a recorded event, it is not.
func TestSeveranceInContinuousPeriod(t *testing.T) {
	for _, tc := range []struct{ text, date, verdict, expl string }{
		{"Saudi Arabia, which broke off diplomatic relations with Iran in 2012, accuses Tehran of arming the Houthis.", "2015-03-26", doc.Contradicted, "2016-01-03"},
		{"Saudi Arabia severed ties with Iran in 2005.", "2017-03-26", doc.Contradicted, "1991-03"},
		{"Russia severed ties with Ukraine in 2005.", "2017-03-26", doc.Contradicted, "1992-02-14"},
		{"China severed ties with Japan in 1990.", "2017-03-26", doc.Contradicted, "no break since"},
		{"Saudi Arabia severed ties with Iran in 1988.", "2017-03-26", doc.Supported, ""},
		// a downgrade ends the period as a break does
		{"Turkish Prime Minister Recep Tayyip Erdogan, whose country broke off diplomatic relations with Israel in 2006, accused Israel of a crime against humanity.", "2009-01-17", doc.Contradicted, "until the downgrade on 2011-09"},
		// before the KB's history of the pair, or a year with an event
		{"Saudi Arabia severed ties with Iran in 1980.", "2017-03-26", doc.Unverifiable, ""},
		{"Canada severed ties with Iran in 2002.", "2019-03-26", doc.Unverifiable, ""},
		{"Turkey severed ties with Israel in 2018.", "2019-03-26", doc.Unverifiable, ""},
	} {
		d := analyze(t, tc.text, tc.date)
		var got *doc.Finding
		for i := range d.Findings {
			if d.Findings[i].Kind == doc.FindRelationContradicted {
				got = &d.Findings[i]
				break
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no relation finding; findings %+v", tc.text, d.Findings)
		case got.Verdict != tc.verdict:
			t.Errorf("%q: %s, want %s: %s", tc.text, got.Verdict, tc.verdict, got.Explanation)
		case !strings.Contains(got.Explanation, tc.expl):
			t.Errorf("%q: explanation %q lacks %q", tc.text, got.Explanation, tc.expl)
		}
	}
}

// TestAppealInfinitive: an appeal's infinitive ("urged President
// Putin to cut diplomatic ties with Tallinn") claims no break (e.g. Estonia);
// a stated break still is one.
func TestAppealInfinitive(t *testing.T) {
	d := analyzeQuotes(t, "The upper house of Russia's parliament urged President Vladimir Putin to cut diplomatic ties with Tallinn.", "2007-04-28")
	if got := findingsOf(d, doc.FindRelationContradicted); len(got) != 0 {
		t.Errorf("appeal: got %q; want no relation finding", got)
	}
	d = analyzeQuotes(t, "Venezuela severed diplomatic relations with Colombia in 2015.", "2022-08-29")
	if got := findingsOf(d, doc.FindRelationContradicted); len(got) == 0 {
		t.Errorf("stated break: got no finding; want one")
	}
}

// TestReducedBreakClause: a break clause without its comma
// ("restored ties severed in 2016", "relations that were cut in 2017")
// dates the break, not the restoration; a restoration told as done while
// the KB, which knows the article's date, has the pair still severed is
// contradicted.
func TestReducedBreakClause(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"Saudi Arabia and Iran restored ties severed in 2016 under a deal brokered by China on Friday.", "2023-03-11", "supported: Relations between Saudi Arabia and Iran were restored on 2023-03-10"},
		{"Qatar and Saudi Arabia restored relations that were cut in 2017, officials said.", "2021-02-01", "supported: Relations between Qatar and Saudi Arabia were restored on 2021-01-05"},
		{"Saudi Arabia and Iran restored ties severed in 2016 at a meeting in Baghdad last month.", "2019-05-01", "contradicted: Relations between Saudi Arabia and Iran were severed on 2016-01-03 and not restored by 2019-05-01"},
		{"Venezuela and Colombia restored relations broken off in 2019, the two governments said on Monday.", "2021-03-01", "contradicted: Relations between Venezuela and Colombia were severed on 2019-02-23 and not restored by 2021-03-01"},
	} {
		got := findingsOf(analyzeQuotes(t, tc.text, tc.date), doc.FindRelationContradicted)
		found := false
		for _, f := range got {
			found = found || strings.HasPrefix(f, tc.want)
			if strings.HasPrefix(tc.want, "supported") && strings.HasPrefix(f, "contradicted") {
				t.Errorf("%q: got %q; want nothing contradicted", tc.text, f)
			}
		}
		if !found {
			t.Errorf("%q: got %q; want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, date string }{
		{"Saudi Arabia and Iran agreed to restore ties severed in 2016, officials said on Monday.", "2019-05-01"},
		{"Saudi Arabia and Iran could restore ties severed in 2016, officials said on Monday.", "2019-05-01"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		for _, f := range findingsOf(d, doc.FindRelationContradicted) {
			if strings.HasPrefix(f, "contradicted") {
				t.Errorf("%q: got %q; want no restoration claimed", tc.text, f)
			}
		}
	}
}

// TestNegatedChange: a negation before a relation verb denies the
// change ("Bahrain … has not restored them" was contradicted as a
// restoration); a trailing break clause after a negated verb keeps its
// own claim.
func TestNegatedChange(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Bahrain, which cut ties with Iran in 2016, has not restored them.", "supported: Relations between Bahrain and Iran were severed on 2016-01-04"},
		{"Bahrain and Iran have never restored ties severed in 2016.", "supported: Relations between Bahrain and Iran were severed on 2016-01-04"},
		{"Bahrain hasn't restored ties with Iran, severed in 2016.", ""},
		{"Bahrain did not cut ties with Iran in 2019.", ""},
		{"Bahrain and Iran restored ties severed in 2016.", "contradicted: Relations between Bahrain and Iran were severed on 2016-01-04 and not restored by 2021-05-04"},
	} {
		got := findingsOf(analyzeQuotes(t, tc.text, "2021-05-04"), doc.FindRelationContradicted)
		found := tc.want == ""
		for _, f := range got {
			found = found || strings.HasPrefix(f, tc.want)
			if strings.HasPrefix(f, "contradicted") && !strings.HasPrefix(tc.want, "contradicted") {
				t.Errorf("%q: got %q; want nothing contradicted", tc.text, f)
			}
		}
		if !found {
			t.Errorf("%q: got %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestAfterClauseYear: a relation claim in a clause opened by
// "after" or "before" is not dated by the main clause's time ("reopened
// its embassy on Tuesday, seven years after Saudi Arabia cut ties" was a
// break contradicted in 2023); a year in its own clause still dates it.
func TestAfterClauseYear(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Iran reopened its embassy in Riyadh on Tuesday, seven years after Saudi Arabia cut ties.", ""},
		{"Iran reopened its embassy in Riyadh on Tuesday, seven years after Saudi Arabia cut ties in 2016.", "supported: Relations between Iran and Saudi Arabia were severed on 2016-01-03"},
		{"Iran reopened its embassy in Riyadh on Tuesday, seven years after Saudi Arabia cut ties in 2014.", "contradicted: The KB records the break in relations between Iran and Saudi Arabia on 2016-01-03, not in 2014"},
	} {
		got := findingsOf(analyzeQuotes(t, tc.text, "2023-06-07"), doc.FindRelationContradicted)
		found := tc.want == ""
		for _, f := range got {
			found = found || strings.HasPrefix(f, tc.want)
			if strings.HasPrefix(f, "contradicted") && !strings.HasPrefix(tc.want, "contradicted") {
				t.Errorf("%q: got %q; want nothing contradicted", tc.text, f)
			}
		}
		if !found {
			t.Errorf("%q: got %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestNormalisedAfterEstablishment: a restoration or normalisation
// claimed in a year after the pair's establishment, with no break recorded
// since, is contradicted (e.g. Japan–South Korea "normalised
// diplomatic relations in 1972", established in 1965); the year of the
// establishment itself is supported.
func TestNormalisedAfterEstablishment(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Japan and South Korea, which normalised diplomatic relations in 1972, remain divided over history.", "2023-03-16", doc.Contradicted, "1965-12-18"},
		{"Japan and South Korea, which normalised diplomatic relations in 1965, remain divided over history.", "2023-03-16", doc.Supported, "1965-12-18"},
		{"Pakistan and China, which restored diplomatic relations in 1990, signed a trade deal.", "2015-04-20", doc.Contradicted, "1951-05-21"},
	})
}

// TestRelationYears: a break clause after another relation noun
// than the claim's ("reopened its embassy … after the two countries
// restored ties cut in 2019") dates that break, not the claim; and
// "established relations" without "diplomatic" is a claim of
// establishment.
func TestRelationYears(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"Colombia reopened its embassy in Caracas after the two countries restored ties cut in 2019.", "2022-09-01", ""},
		{"Colombia reopened its embassy in Caracas after the two countries restored ties cut in 2016.", "2022-09-01", "contradicted: The KB records the break in relations between Colombia and Venezuela on 2019-02-23, not in 2016"},
		{"Honduras, which established relations with China in 2021, opened an embassy in Beijing on Friday.", "2024-03-01", "contradicted: The KB records the establishment of relations between Honduras and China on 2023-03-26, not in 2021"},
		{"Honduras established relations with China in 2023.", "2024-03-01", ""},
		// other wordings of a break: "broke (diplomatic) relations",
		// "has broken off", "froze", "ended diplomatic relations"
		{"Japan broke ties with Taiwan in 1975.", "2020-01-01", "contradicted: Relations between Japan and Taiwan could not be severed in 1975"},
		{"Japan has broken off relations with Taiwan in 1979.", "2020-01-01", "contradicted: Relations between Japan and Taiwan could not be severed in 1979"},
		{"Morocco broke diplomatic relations with Algeria in 1979.", "2020-01-01", "contradicted: Relations between Morocco and Algeria could not be severed in 1979"},
		{"Indonesia froze relations with China in 1970.", "2020-01-01", "contradicted: Relations between Indonesia and China could not be severed in 1970"},
		{"Britain ended diplomatic relations with Libya in 1986.", "2020-01-01", "contradicted: Relations between United Kingdom and Libya could not be severed in 1986"},
		{"Britain ended diplomatic relations with Libya in 1984.", "2020-01-01", ""},
		{"Iran wants to mend broken relations with Egypt, cut in 1980.", "2020-01-01", ""},
		// the date right after a claim is its own, not a nearer one
		// before it in the clause of another claim
		{"Egypt broke off relations with the United States in 1967 and restored them in 1974.", "2020-01-01", ""},
		{"Egypt broke off relations with the United States in 1967 and restored them in 1977.", "2020-01-01", "contradicted: The KB records the restoration of relations between Egypt and United States on 1974-02, not in 1977"},
		// a break told with a pronoun for the relations the sentence
		// names: "after Quito severed them in 2006"
		{"Colombia, with which Ecuador restored full relations in 2010 after Quito severed them in 2006, said it would help.", "2023-08-11", "contradicted: The KB records the break in relations between Colombia and Ecuador on 2008-03-03, not in 2006"},
		{"Colombia, with which Ecuador restored full relations in 2010 after Quito severed them in 2008, said it would help.", "2023-08-11", ""},
		{"Ecuador restored relations with Colombia in 2010, two years after it had broken them off in 2007.", "2023-08-11", "contradicted: The KB records the break in relations between Ecuador and Colombia on 2008-03-03, not in 2007"},
	} {
		var con []string
		for _, f := range findingsOf(analyzeQuotes(t, tc.text, tc.date), doc.FindRelationContradicted) {
			if strings.HasPrefix(f, "contradicted") {
				con = append(con, f)
			}
		}
		if tc.want == "" && len(con) > 0 || tc.want != "" && (len(con) != 1 || !strings.HasPrefix(con[0], tc.want)) {
			t.Errorf("%q: contradicted %q; want %q", tc.text, con, tc.want)
		}
	}
}

// TestRestorationAfterDowngrade: a restoration claimed in a year after a
// downgrade and before the restoration that is the pair's very next
// recorded event is false however far from it (Turkey–Israel:
// downgraded 2011-09, restored 2016-06); before the downgrade, the
// pair's record says nothing.
func TestRestorationAfterDowngrade(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Turkey and Israel resumed full diplomatic relations in 2012.", "2017-03-07", doc.Contradicted, "2016-06"},
		{"Turkey and Israel restored diplomatic relations in 2016.", "2017-03-07", doc.Supported, "2016-06"},
		{"Turkey and Israel restored diplomatic relations in 2010.", "2017-03-07", doc.Unverifiable, ""},
	})
}

// TestGerundClaimSubject: a relation claim in a gerund after "after" or
// "before" ("restored relations with China after cutting ties with
// Taiwan") has the main clause's subject as its party, not the state
// object before it; no China–Taiwan claim is made.
func TestGerundClaimSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Gambia restored diplomatic relations with China last year after cutting ties with Taiwan in 2013.", "supported: Relations between Gambia and Taiwan were severed on 2013-11"},
		{"The Gambia restored diplomatic relations with China last year after cutting ties with Taiwan in 2015.", "contradicted: Relations between Gambia and Taiwan could not be severed in 2015"},
	} {
		got := findingsOf(analyze(t, tc.text, "2017-01-10"), doc.FindRelationContradicted)
		found := false
		for _, f := range got {
			found = found || strings.HasPrefix(f, tc.want)
			if strings.Contains(f, "China and Taiwan") {
				t.Errorf("%q: claim about the object's relations: %q", tc.text, f)
			}
		}
		if !found {
			t.Errorf("%q: got %q; want %q", tc.text, got, tc.want)
		}
	}
}
