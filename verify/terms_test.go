package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/verify"
)

// termsKB holds a prime minister with two terms and a gap between them.
func termsKB() *kb.KB {
	k := kb.New()
	k.AddSource(kb.Source{Name: "t", AsOf: date("2025-06-30")})
	k.AddActor(kb.Actor{ID: "XKX", Kind: kb.KindCountry, Name: "Kosovo"})
	k.AddActor(kb.Actor{ID: "p.k", Kind: kb.KindPerson, Name: "Albin Kurti", Source: "t"})
	k.AddOffice(kb.Office{ID: "XKX.prime_minister", Country: "XKX", Key: "prime_minister", Name: "Prime Minister of Kosovo", Source: "t"})
	k.AddRole(kb.Role{ID: "r.k1", Person: "p.k", Office: "XKX.prime_minister", Title: "Prime Minister of Kosovo", Country: "XKX", Start: date("2020-02-03"), End: date("2020-06-03"), Source: "t"})
	k.AddRole(kb.Role{ID: "r.k2", Person: "p.k", Office: "XKX.prime_minister", Title: "Prime Minister of Kosovo", Country: "XKX", Start: date("2021-03-22"), Source: "t"})
	return k
}

func TestUndatedSeveralTerms(t *testing.T) {
	for _, tc := range []struct {
		name, text, stated string
		from, to           string
		alts               int
		explain            string
	}{
		// Both terms fit: the window spans them and names each.
		{"ambiguous", "Kosovo Prime Minister Albin Kurti spoke.", "", "2020-02-03", "", 2, "2020-02-03 → 2020-06-03 or 2021-03-22 → present"},
		// A date the text states elsewhere picks the term holding it,
		// and the article is from that day or later.
		{"stated", "Kosovo Prime Minister Albin Kurti spoke. It was the day of the vote.", "2023-09-26", "2023-09-26", "", 0, "throughout"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := claimDoc(tc.text, "Kosovo Prime Minister Albin Kurti", "Prime Minister", "prime_minister", "XKX", "adjective", "", "Albin Kurti", "p.k", "")
			if tc.stated != "" {
				i := strings.Index(tc.text, "the day of the vote")
				d.Sentences = []doc.Span{{Start: 0, End: i - 7}, {Start: i - 6, End: len(tc.text)}}
				d.Times = []doc.Time{{Span: doc.Span{Start: i, End: i + 19}, Text: "the day of the vote", Type: "DATE", Value: tc.stated}}
			}
			if err := verify.New(termsKB()).Process(d); err != nil {
				t.Fatal(err)
			}
			dw := d.DateWindow
			if dw == nil || dw.From != tc.from || dw.To != tc.to || len(dw.Alternatives) != tc.alts || !dw.Consistent {
				t.Fatalf("DateWindow = %+v; want %s → %q with %d alternatives", dw, tc.from, tc.to, tc.alts)
			}
			f := findKind(d.Findings, doc.FindRoleMismatch)
			if f == nil || f.Verdict != doc.Supported || !strings.Contains(f.Explanation, tc.explain) {
				t.Errorf("role finding = %+v; want supported mentioning %q", f, tc.explain)
			}
		})
	}
}

// TestStartOfTerm: a claim that dates its term's start ("prime minister
// since 2008", "became secretary of state in January 2019", "who became
// prime minister in 2020") is contradicted when no recorded term of the
// office began then.
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

// TestServedFromYear: "X, who served as TITLE from YEAR to YEAR" is a
// former holder's claim whose first year is the term's start; a title
// with its owner after it ("president of the European Council") names
// the owner's office.
func TestServedFromYear(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Donald Tusk, who served as president of the European Council from 2010 to 2019, said he would go to Brussels.", date: "2023-12-13", who: "Tusk", verdict: doc.Contradicted, expl: "2014-12-01"},
		{text: "Donald Tusk, who served as president of the European Council from 2014 to 2019, said he would go to Brussels.", date: "2023-12-13", who: "Tusk", verdict: doc.Supported},
		{text: "Angela Merkel, who served as chancellor from 2004 to 2021, said she would not return.", date: "2023-12-13", who: "Merkel", verdict: doc.Contradicted, expl: "2005-11-22"},
	})
}

// TestFutureTermAndAgreements: a term still to begin ("will be sworn in
// as … on Monday") is judged like "-elect" and leaves the window alone;
// an agreement to normalise ties is supported by the KB's later act
// within a year, never contradicted by its date; a
// dead former president quoted is flagged.
func TestFutureTermAndAgreements(t *testing.T) {
	for _, tc := range []struct{ text, day, kind, verdict, expl string }{
		{"Anthony Albanese will be sworn in as Australia's 31st prime minister on Monday.", "2022-05-22", doc.FindRoleMismatch, doc.Supported, "took the office on 2022-05-23"},
		{"Peter Dutton will be sworn in as Australia's 31st prime minister on Monday.", "2022-05-22", doc.FindRoleMismatch, doc.Contradicted, "Anthony Albanese"},
		{"Sudan agreed on Friday to normalise ties with Israel.", "2020-10-24", doc.FindRelationContradicted, doc.Supported, "2021-01-06"},
	} {
		d := analyze(t, tc.text, tc.day)
		wantOne(t, d, tc.kind, tc.text, tc.verdict, tc.expl)
		if d.DateWindow != nil && !d.DateWindow.Consistent {
			t.Errorf("%q: window %+v; want none or consistent", tc.text, d.DateWindow)
		}
	}
	d := analyzeQuotes(t, `"We must unite," Kaunda said in a statement on Monday.`, "2021-08-16")
	if got := findingsOf(d, doc.FindSpeakerDeceased); len(got) != 1 {
		t.Errorf("Kaunda: %q; want one speaker_deceased", got)
	}
}

// TestDesignateAndOutgoing: a "-elect" title is supported only in
// the year before the term starts and the week after; before that it
// is too early, after it the person holds the office ("President-elect
// Santiago Pena" was supported in 2019 and 2024). An
// "outgoing" title passes for a week after the term's end, the
// hand-over ("Outgoing Prime Minister Mario Draghi" the day
// after Meloni's oath was contradicted).
func TestDesignateAndOutgoing(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"President-elect Santiago Pena met Lula.", "2019-05-02", doc.Contradicted, "too early"},
		{"President-elect Santiago Pena met Lula.", "2024-05-02", doc.Contradicted, "no longer designate"},
		{"President-elect Santiago Pena met Lula.", "2023-05-02", doc.Supported, "took the office on 2023-08-15"},
		{"President-elect Santiago Pena met Lula.", "2023-08-17", doc.Supported, "took the office on 2023-08-15"},
		{"President-elect Donald Trump met Macron.", "2024-12-10", doc.Supported, "took the office on 2025-01-20"},
		{"Outgoing Prime Minister Mario Draghi handed Meloni the bell.", "2022-10-23", doc.Supported, "the term ended 1 day(s) before"},
		{"Outgoing Prime Minister Mario Draghi spoke.", "2022-11-24", doc.Contradicted, "not on 2022-11-24"},
		{"Outgoing Prime Minister Mario Draghi spoke.", "2022-10-10", doc.Supported, "held this office on 2022-10-10"},
	})
}

// TestOwnPeriods: a title whose apposition or relative clause gives
// its own time is judged at that time ("X, foreign minister from 2017
// to 2019," was contradicted at the article date); "since
// YEAR" must not precede the term's start; "Former X" on the day
// the term ends is no contradiction.
func TestOwnPeriods(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Taro Kono, foreign minister from 2017 to 2019, met his Korean counterpart on Tuesday.", "2021-03-16", doc.Supported, "in the time the sentence refers to"},
		{"Taro Kono, foreign minister between 2015 and 2016, met his Korean counterpart on Tuesday.", "2021-03-16", doc.Contradicted, "not in the time the sentence refers to"},
		{"Taro Kono, who was foreign minister in 2018, met his counterpart on Tuesday.", "2021-03-16", doc.Supported, "in the time the sentence refers to"},
		{"Taro Kono, who has been foreign minister since 2015, met his Korean counterpart on Tuesday.", "2019-03-16", doc.Contradicted, "took this office on 2017-08-03"},
		{"Taro Kono, who has been foreign minister since 2017, met his Korean counterpart on Tuesday.", "2019-03-16", doc.Supported, "held this office on 2019-03-16"},
		{"Former Chancellor Sebastian Kurz, 32, remains leader of the People's Party.", "2019-05-28", doc.Supported, "2017-12-18 → 2019-05-28"},
		{"Former Chancellor Sebastian Kurz, 32, remains leader of the People's Party.", "2019-05-20", doc.Contradicted, "not a former holder"},
	})
}

// TestLateSittingHolder: "the late President X" while the KB has X in
// the office that day is contradicted, as "former" is (a term ends at
// death); after the death, or on the day the term ends, it is supported.
func TestLateSittingHolder(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Supporters of the late President William Ruto gathered in Nairobi on Friday.", "2023-03-03", doc.Contradicted, "not the late holder"},
		{"The late Nigerian President Muhammadu Buhari was remembered in Abuja.", "2023-03-03", doc.Contradicted, "not the late holder"},
		{"Mourners gathered for the late President Ebrahim Raisi in Tabriz.", "2024-05-20", doc.Supported, "2021-08-03 → 2024-05-19"},
		{"Mourners gathered for the late President Ebrahim Raisi in Tabriz.", "2024-05-19", doc.Supported, "2021-08-03 → 2024-05-19"},
	})
}

// TestUntil: "who served as X until Y" and "X, foreign minister
// until Y," must name the year a term ended.
func TestUntil(t *testing.T) {
	for _, tc := range []struct{ text, verdict, expl string }{
		{"Taro Kono, who served as foreign minister until 2018, met his Korean counterpart on Tuesday.", doc.Contradicted, "left this office on 2019-09-11"},
		{"Taro Kono, foreign minister until 2018, met his Korean counterpart on Tuesday.", doc.Contradicted, "left this office on 2019-09-11"},
		{"Taro Kono, who served as foreign minister until 2019, met his Korean counterpart on Tuesday.", doc.Supported, "2017-08-03 → 2019-09-11"},
	} {
		d := analyzeQuotes(t, tc.text, "2021-03-16")
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
}

// TestNeverHeldInLife: a former title for a KB person who holds no
// term of a one-holder office whose complete list covers the person's
// whole adult life is contradicted.
func TestNeverHeldInLife(t *testing.T) {
	d := analyzeQuotes(t, "Former President Ronald Lamola visited Guam on Monday.", "2024-03-16")
	wantOne(t, d, doc.FindRoleMismatch, "Lamola", doc.Contradicted, "lists every President of South Africa since 2000-01-01")
	d = analyzeQuotes(t, "Japan's former prime minister Taro Kono visited Guam on Monday.", "2021-03-16")
	wantOne(t, d, doc.FindRoleMismatch, "Kono", doc.Unverifiable, "no record")
}

// TestFullTermEvidence: a former holder's explanation names a full
// term before an acting one.
func TestFullTermEvidence(t *testing.T) {
	d := analyzeQuotes(t, "Former President Goodluck Jonathan attended the ceremony.", "2023-05-29")
	wantOne(t, d, doc.FindRoleMismatch, "Jonathan", doc.Supported, "2010-05-06 → 2015-05-29")
}

// TestOfficeLifetimes: an office with two lifetimes (Zimbabwe's
// premiership 1980–1987 and 2009–2013, Kenya's 1963–1964 and
// 2008–2013) is no office_nonexistent in its first ("In 1980, Prime
// Minister Robert Mugabe"), and still is after its last.
func TestOfficeLifetimes(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"In 1980, Prime Minister Robert Mugabe promised reconciliation with white farmers.", "2017-06-01", doc.Supported, "1980-04-18"},
	})
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Zimbabwe's Prime Minister Morgan Tsvangirai addressed a rally in Harare on Friday.", "2016-04-01", doc.Contradicted, "2013-09-11"},
		{"Kenyan Prime Minister Raila Odinga greets supporters in Kisumu on Thursday.", "2022-11-10", doc.Contradicted, "2013-04-09"},
	})
}

// TestNewBeforeStart: a title written "new" on a person whose term
// starts within a year after the date names the holder chosen, as
// "-elect" does ("Argentina's new president, Javier Milei" the day
// after the run-off); without "new", or after a past term, it is judged
// as before.
func TestNewBeforeStart(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Argentina's new president, Javier Milei, has compared himself to Carlos Menem.", date: "2023-11-20", who: "Milei", verdict: doc.Supported, expl: "\"new\""},
		{text: "The new Argentine President Javier Milei spoke to supporters in Buenos Aires.", date: "2023-11-20", who: "Milei", verdict: doc.Supported},
		{text: "Argentine President Javier Milei spoke to supporters in Buenos Aires.", date: "2023-11-20", who: "Milei", verdict: doc.Contradicted},
		{text: "The new Argentine President Javier Milei spoke to supporters in Buenos Aires.", date: "2021-11-20", who: "Milei", verdict: doc.Contradicted},
	})
}

// TestFormerTermClause: a "former" title of an office the KB never
// records its person in is judged at the term a relative clause right
// after it, or after a later mention of the person, dates ("Former
// Israeli President Ehud Olmert, who left office in 2009,": Shimon Peres
// was president then); with no such clause, or
// a clause of no term, before the KB's complete list, nothing is said.
func TestFormerTermClause(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Former Israeli President Ehud Olmert, who left office in 2009, was sentenced on Wednesday.", date: "2015-05-13", who: "Olmert", verdict: doc.Contradicted, expl: "Shimon Peres"},
		{text: "Former Israeli President Ehud Olmert, who served from 2006 to 2009, was sentenced on Wednesday.", date: "2015-05-13", who: "Olmert", verdict: doc.Contradicted},
		{text: "Former Israeli Prime Minister Ehud Olmert, who left office in 2009, was sentenced on Wednesday.", date: "2015-05-13", who: "Olmert", verdict: doc.Supported},
		{text: "Former Israeli President Ehud Olmert was sentenced on Wednesday.", date: "2015-05-13", who: "Olmert", verdict: doc.Unverifiable},
		{text: "Former Israeli President Ehud Olmert, who was born in 1945, was sentenced on Wednesday.", date: "2015-05-13", who: "Olmert", verdict: doc.Unverifiable},
		// the clause after a later mention of the person, in another
		// sentence; not one about someone else
		{text: "Former Israeli President Ehud Olmert was sentenced on Wednesday to eight months in prison. Olmert, who left office in 2009, said he would appeal.", date: "2015-05-13", who: "Olmert", verdict: doc.Contradicted, expl: "Shimon Peres"},
		{text: "Former Israeli Prime Minister Ehud Olmert was sentenced on Wednesday to eight months in prison. Olmert, who left office in 2009, said he would appeal.", date: "2015-05-13", who: "Olmert", verdict: doc.Supported},
		{text: "Former Israeli President Ehud Olmert was sentenced on Wednesday. Shimon Peres, who served from 2007 to 2014, said nothing.", date: "2015-05-13", who: "Olmert", verdict: doc.Unverifiable},
	})
}

// TestDiedInOffice: the news of a death in office, the burial and the
// mourning give the dead holder the title for two weeks ("Uzbek
// President Islam Karimov … was buried on Saturday", the day after his
// death); the dead said to act then, and the title weeks later, stay
// judged.
func TestDiedInOffice(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Uzbek President Islam Karimov, who ruled the country for 27 years, was buried on Saturday in Samarkand.", date: "2016-09-03", who: "Karimov", verdict: doc.Supported, expl: "death in office"},
		{text: "Thousands mourned Uzbek President Islam Karimov in Samarkand on Sunday.", date: "2016-09-04", who: "Karimov", verdict: doc.Supported},
		{text: "Uzbek President Islam Karimov met reporters in Tashkent on Saturday.", date: "2016-09-03", who: "Karimov", verdict: doc.Contradicted},
		{text: "Thousands mourned Uzbek President Islam Karimov in Samarkand on Sunday.", date: "2016-12-04", who: "Karimov", verdict: doc.Contradicted},
		// the rites themselves, up to a month after the death
		{text: "Haitians gathered on Friday for the funeral of President Jovenel Moïse.", date: "2021-07-23", who: "Moïse", verdict: doc.Supported, expl: "death in office"},
		{text: "Malawians paid their last respects to President Bingu wa Mutharika on Monday.", date: "2012-04-23", who: "Mutharika", verdict: doc.Supported},
		{text: "Haitians gathered on Friday for the funeral of President Jovenel Moïse.", date: "2021-09-23", who: "Moïse", verdict: doc.Contradicted},
		{text: "Haitians mourned President Jovenel Moïse on Friday.", date: "2021-07-23", who: "Moïse", verdict: doc.Contradicted},
	})
}

// TestFoundingTitle: "founding President X" is a title of the country's
// first years, of that time: the state funeral of a founding president
// who left office years before is no present claim.
func TestFoundingTitle(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Mourners filled the stadium on Saturday for the state funeral of founding President Robert Mugabe.", date: "2019-09-16", who: "Mugabe", verdict: doc.Supported},
		{text: "Mourners filled the stadium on Saturday for the state funeral of President Robert Mugabe.", date: "2019-09-16", who: "Mugabe", verdict: doc.Contradicted},
	})
}

// TestDeputyActing: an acting title of an office its person never held
// in the KB is unverifiable when the person is that office's deputy on
// the day (a vice-president acting while the president is on leave);
// another office, or a day the person is no deputy, stays contradicted.
func TestDeputyActing(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Acting President Yemi Osinbajo signed the budget on Friday in Abuja.", "2017-02-10", doc.Unverifiable, "Vice President of Nigeria"},
		{"Acting President Yemi Osinbajo signed the budget on Friday.", "2024-02-09", doc.Contradicted, "Bola Tinubu"},
		{"President Yemi Osinbajo signed the budget on Friday.", "2017-02-10", doc.Contradicted, "Muhammadu Buhari"},
	})
}

// TestRemovedFromOtherHead: a president's or prime minister's title on
// the object of a removal, for a person the KB records removed only as
// the other head of the same country at the time the sentence allows,
// names the wrong office ("overthrew then-President Nawaz Sharif": he
// was prime minister); the right office, or a time the removal does
// not fit, is judged as before.
func TestRemovedFromOtherHead(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Pervez Musharraf seized power in 1999. He overthrew then-President Nawaz Sharif in a bloodless coup and ruled until 2008.", "2023-02-05", doc.Contradicted, "removed as Prime Minister of Pakistan"},
		{"He overthrew then-President Nawaz Sharif in a bloodless coup in 1999.", "2023-02-05", doc.Contradicted, "1999-10-12"},
		{"The army ousted then-Prime Minister Mohamed Morsi in 2013.", "2020-02-05", doc.Contradicted, "removed as President of Egypt"},
		{"He overthrew then-Prime Minister Nawaz Sharif in a bloodless coup in 1999.", "2023-02-05", doc.Supported, "1999"},
		{"He overthrew then-President Nawaz Sharif in a bloodless coup in 2012.", "2023-02-05", doc.Contradicted, "Asif Ali Zardari"},
		{"Then-President Nawaz Sharif visited Lahore.", "2023-02-05", doc.Unverifiable, ""},
	})
}

// TestDesignateAtRefs: a title an election gives in a sentence dated
// before the article ("In 2008, X was elected president", "began in April
// when X was elected prime minister") is judged at that time, not at the
// article's date, when the holder had long taken office (e.g. Armenia); with
// no such time, or one no term follows, it is as before.
func TestDesignateAtRefs(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"In 2008, Serzh Sargsyan was elected president.", "2018-05-08", doc.Supported, "took the office on 2008-04-09, in or after the time the sentence refers to (2008)"},
		{"The protests began in April when Serzh Sargsyan was elected prime minister.", "2018-05-08", doc.Supported, "2018-04-17"},
		{"In 2001, Serzh Sargsyan was elected president.", "2018-05-08", doc.Unverifiable, "not recorded as taking this office"},
		{"Nikol Pashinyan was elected prime minister on Tuesday.", "2018-05-08", doc.Supported, "took the office on 2018-05-08."},
	})
}
