package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of role claims checked against the KB's office holders.

// TestDeputyTitleNoClaim: a deputy's title ("Deputy Secretary of
// State", "Deputy Defense Secretary", "Vice Foreign Minister") names a
// post below the principal office: no finding against the office's
// holder.
func TestDeputyTitleNoClaim(t *testing.T) {
	checkFindings(t, []findingCase{
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
// were killed"), not only the last one's.
func TestDepartureOfConjuncts(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed when their helicopter crashed, state media said on Monday.", date: "2024-05-20", who: "Raisi", verdict: doc.Supported, expl: "reports the departure"},
		{text: "Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed when their helicopter crashed, state media said on Monday.", date: "2024-05-20", who: "Abdollahian", verdict: doc.Supported, expl: "reports the departure"},
		// a conjunct of a verb that ends nothing is still judged
		{text: "Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian met reporters on Monday.", date: "2024-05-20", who: "Raisi", verdict: doc.Contradicted},
	})
}

// TestUnknownPersonAtSentenceDate: the title of a person the KB lacks,
// in a sentence about a past day or year, is judged at that time, not at
// the article date.
func TestUnknownPersonAtSentenceDate(t *testing.T) {
	checkFindings(t, []findingCase{
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

// TestUnknownPersonInVacancy: inside an office's complete range, a day
// no role covers is a vacancy the KB records (kb/data/gaps.txt reviews
// each), so a stranger claiming the office then is contradicted; an
// acting claimant may be one the KB does not list.
func TestUnknownPersonInVacancy(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Lebanese President Jean Haddad said on Monday that the talks would continue.", date: "2015-06-01", kind: doc.FindUnknownPerson, who: "Haddad", verdict: doc.Contradicted, expl: "vacant"},
		{text: "Lebanon's acting President Jean Haddad said on Monday that the talks would continue.", date: "2015-06-01", kind: doc.FindUnknownPerson, who: "Haddad", verdict: doc.Unverifiable},
		{text: "Lebanese President Jean Haddad said on Monday that the talks would continue.", date: "2019-06-03", kind: doc.FindUnknownPerson, who: "Haddad", verdict: doc.Contradicted, expl: "Michel Aoun"},
	})
}

// TestKnownPersonInVacancy: a person the KB knows, titled with an office
// no one held on the date (a vacancy kb/data/gaps.txt reviews), never
// held it either; an acting claimant may be one the KB does not list.
func TestKnownPersonInVacancy(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Myanmar's Prime Minister Aung San Suu Kyi urged people not to accept the coup.", date: "2021-02-01", who: "Suu Kyi", verdict: doc.Contradicted, expl: "no one did"},
		{text: "Bangladeshi Prime Minister Muhammad Yunus said on Monday that the vote would be held.", date: "2007-06-05", who: "Yunus", verdict: doc.Contradicted, expl: "no one did"},
		{text: "Myanmar's acting Prime Minister Aung San Suu Kyi urged people not to accept the coup.", date: "2021-02-01", who: "Suu Kyi", verdict: doc.Unverifiable},
	})
}

// TestDisqualifiedIsRemoval: a court's disqualification, a dismissal or
// a sacking ends the term the title names, like an ouster.
func TestDisqualifiedIsRemoval(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif on Friday.", date: "2017-08-01", who: "Sharif", verdict: doc.Supported, expl: "until 2017-07-28"},
		{text: "Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif in 2017.", date: "2023-11-23", who: "Sharif", verdict: doc.Supported},
		// a successor's taking over names the office the predecessor
		// held until then
		{text: "Thabo Mbeki was sworn in as president on Wednesday, succeeding President Nelson Mandela.", date: "1999-06-17", who: "Mandela", verdict: doc.Supported, expl: "until 1999-06-14"},
		{text: "Shehbaz Sharif was sworn in on Monday, replacing caretaker Prime Minister Anwaar-ul-Haq Kakar.", date: "2024-03-05", who: "Kakar", verdict: doc.Supported},
		{text: "President Nelson Mandela opened the new road in Durban.", date: "1999-06-17", who: "Mandela", verdict: doc.Contradicted},
	})
}

// TestFedChair: the Fed's chair is a KB office with its holders.
func TestFedChair(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Fed Chair Jerome Powell said the move showed the central bank's commitment.", date: "2024-09-18", who: "Powell", verdict: doc.Supported},
		{text: "Fed Chair Janet Yellen said rates would rise.", date: "2022-06-14", who: "Yellen", verdict: doc.Contradicted, expl: "Jerome Powell"},
		{text: "Fed Chairwoman Janet Yellen said rates would rise.", date: "2016-06-14", who: "Yellen", verdict: doc.Supported},
		{text: "Treasury Secretary Janet Yellen said the decision was a positive sign.", date: "2017-06-14", who: "Yellen", verdict: doc.Contradicted},
	})
}

// TestCentralBankAndCourtHeads: the heads of central banks and of top
// courts, and ministers of finance, are KB offices with their holders: a
// title is supported in the holder's term, contradicted outside it,
// unverifiable past the KB's as-of date.
func TestCentralBankAndCourtHeads(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Bank of England Governor Mark Carney said rates would stay low.", date: "2019-03-05", who: "Carney", verdict: doc.Supported},
		{text: "Bank of England Governor Mark Carney said rates would stay low.", date: "2021-03-05", who: "Carney", verdict: doc.Contradicted, expl: "Andrew Bailey"},
		{text: "Bank of England Governor Andrew Bailey said rates would stay high.", date: "2026-03-05", who: "Bailey", verdict: doc.Unverifiable},
		{text: "RBI Governor Raghuram Rajan said inflation had eased.", date: "2015-06-02", who: "Rajan", verdict: doc.Supported},
		{text: "India's central bank governor Urjit Patel said inflation had eased.", date: "2020-06-02", who: "Patel", verdict: doc.Contradicted, expl: "Shaktikanta Das"},
		{text: "Turkish central bank governor Naci Agbal raised rates.", date: "2021-03-18", who: "Agbal", verdict: doc.Supported},
		{text: "Turkish central bank governor Naci Agbal raised rates.", date: "2021-06-10", who: "Agbal", verdict: doc.Contradicted, expl: "Kavcıoğlu"},
		{text: "Bank of Russia Governor Elvira Nabiullina raised rates.", date: "2022-02-28", who: "Nabiullina", verdict: doc.Supported},
		{text: "Canadian Finance Minister Jim Flaherty presented the budget.", date: "2014-11-03", who: "Flaherty", verdict: doc.Contradicted, expl: "Joe Oliver"},
		{text: "Canadian Finance Minister Bill Morneau presented the budget.", date: "2019-03-19", who: "Morneau", verdict: doc.Supported},
		{text: "Chief Justice John Roberts swore in the new justice.", date: "2018-10-08", who: "Roberts", verdict: doc.Supported},
		{text: "Chief Justice William Rehnquist swore in the new justice.", date: "2006-01-31", who: "Rehnquist", verdict: doc.Contradicted, expl: "John Roberts"},
		{text: "Kenyan Chief Justice David Maraga annulled the presidential election.", date: "2017-09-01", who: "Maraga", verdict: doc.Supported},
		{text: "Kenyan Chief Justice David Maraga spoke on Monday.", date: "2023-09-01", who: "Maraga", verdict: doc.Contradicted, expl: "Martha Koome"},
		{text: "Chief Justice of India Ranjan Gogoi read the verdict.", date: "2019-11-09", who: "Gogoi", verdict: doc.Supported},
		{text: "Indian Chief Justice Dipak Misra read the verdict.", date: "2019-11-09", who: "Misra", verdict: doc.Contradicted, expl: "Ranjan Gogoi"},
	})
}

// TestNarrativeTitle: in an undated retrospective, a title in a past
// sentence that names no time belongs to the dated sentence before it in
// the same paragraph: it dates the article only to after that time, and
// a month the text narrates later bounds the window.
func TestNarrativeTitle(t *testing.T) {
	const text = "On January 6, 2005, world leaders met in Jakarta and pledged more than $4 billion in aid. U.S. Secretary of State Colin Powell, who toured Aceh by helicopter, said he had never seen anything like it.\n\n" +
		"On August 15, 2005, the two sides signed a peace agreement in Helsinki. In June 2006 a tsunami warning system began operating."
	d := analyze(t, text, "")
	if d.DateWindow == nil || d.DateWindow.From != "2006-01-01" || d.DateWindow.To != "" {
		t.Errorf("DateWindow = %+v; want from 2006-01-01, open", d.DateWindow)
	}
	var f *doc.Finding
	for i := range d.Findings {
		if d.Findings[i].Kind == doc.FindRoleMismatch {
			f = &d.Findings[i]
		}
	}
	if f == nil || f.Verdict != doc.Supported || !strings.Contains(f.Explanation, "from 2005-01-06") {
		t.Errorf("Powell's title: %+v; want supported at the time the sentence names (from 2005-01-06)", f)
	}
	// present tense ties the title to the time of writing again
	d = analyze(t, "On January 6, 2005, world leaders met in Jakarta. U.S. Secretary of State Colin Powell says he has never seen anything like it.", "")
	if d.DateWindow == nil || d.DateWindow.To != "2005-01-26" {
		t.Errorf("present tense: DateWindow = %+v; want it to end with Powell's term (2005-01-26)", d.DateWindow)
	}
}

// TestFutureDateNoLowerBound: a month-year in a clause that looks ahead
// ("would open talks in June 2019") does not bound an undated article's
// window from below.
func TestFutureDateNoLowerBound(t *testing.T) {
	d := analyze(t, "Prime Minister Zoran Zaev met officials. The EU said it would open accession talks in June 2019 if the deal was ratified. President Gjorge Ivanov refused to sign the law.", "")
	if d.DateWindow == nil || d.DateWindow.From >= "2019" {
		t.Errorf("DateWindow = %+v; want it to start before 2019", d.DateWindow)
	}
	for _, f := range d.Findings {
		if f.Verdict == doc.Contradicted {
			t.Errorf("finding %s %s: %s", f.Kind, f.Verdict, f.Explanation)
		}
	}
}

// TestTitleWordedForAnotherCountry: a title worded as one country's
// office ("Defence Secretary" reads British) yields to the person's own
// country's office when the KB has the person there; for a person of
// another country with no such office it is never contradicted by the
// British holder.
func TestTitleWordedForAnotherCountry(t *testing.T) {
	for _, tc := range []struct{ text, day, verdict, expl string }{
		{"Defence Secretary Lloyd Austin visited the troops.", "2021-06-01", doc.Supported, "2021-01-22"},
		{"Defence Secretary Ben Wallace visited the troops.", "2021-06-01", doc.Supported, "2019-07-24"},
	} {
		d := analyze(t, tc.text, tc.day)
		var got []string
		for _, f := range d.Findings {
			if f.Kind == doc.FindRoleMismatch {
				got = append(got, f.Verdict+": "+f.Explanation)
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], tc.verdict) || !strings.Contains(got[0], tc.expl) {
			t.Errorf("%q: %q; want one %s naming %q", tc.text, got, tc.verdict, tc.expl)
		}
	}
	d := analyze(t, "Defence Secretary Gotabaya Rajapaksa, the president's brother, rejected the accusations.", "2009-05-19")
	for _, f := range d.Findings {
		if f.Verdict == doc.Contradicted {
			t.Errorf("Gotabaya Rajapaksa: %s %s", f.Kind, f.Explanation)
		}
	}
}

// TestNoRoleAtPastTime: a KB person the KB never records in an office,
// claimed for a past time the sentence names or for the life of a person
// dead by the article date, is judged at that time: unverifiable where
// the KB's list of holders does not reach it, contradicted where it does.
func TestNoRoleAtPastTime(t *testing.T) {
	for _, tc := range []struct{ text, verdict, expl string }{
		{"Tebboune became foreign minister of Algeria in 1990.", doc.Unverifiable, "does not settle 1990"},
		{"At 40, Nelson Mandela became foreign minister of South Africa.", doc.Unverifiable, "the life of Nelson Mandela"},
		{"Bouteflika became foreign minister in 1963.", doc.Supported, "1963 → 1979"},
		{"Tebboune became foreign minister of Algeria in 2015.", doc.Contradicted, "in 2015, the time the sentence names"},
		{"Lamamra became president of Algeria in 2005.", doc.Contradicted, "Abdelaziz Bouteflika"},
	} {
		d := analyze(t, tc.text, "2021-09-18")
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
}

// TestTitleInSubordinateClause: a title in a clause after "after",
// "when" or "since" is of that clause's time, not of the main clause's
// "on Monday": judged at the clause's own date, else left historical;
// and its holder, long dead, is no dead man acting.
func TestTitleInSubordinateClause(t *testing.T) {
	for _, tc := range []struct{ text, verdict, expl string }{
		{"The United States and Cuba on Monday formally restored diplomatic relations, more than five decades after President Dwight Eisenhower broke off relations in January 1961.", doc.Supported, "1953-01-20"},
		{"The embassy reopened on Monday, decades after President Dwight Eisenhower broke off relations in January 1971.", doc.Contradicted, "Richard Nixon"},
		{"Relations were restored on Monday, decades after President Eisenhower cut them.", doc.Unverifiable, "historical"},
		{"On Monday, President Dwight Eisenhower cut relations.", doc.Contradicted, "Barack Obama"},
	} {
		d := analyze(t, tc.text, "2015-07-20")
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
	d := analyze(t, "Relations were restored on Monday, decades after President Eisenhower cut them.", "2015-07-20")
	if got := findingsOf(d, doc.FindSpeakerDeceased); len(got) != 0 {
		t.Errorf("dead man acting in a subordinate clause: %q", got)
	}
}

// TestReportedYearDoesNotDateSpeaker: a year inside what a speaker is
// reported to have said does not date the speaker's own title, while a
// year of the statement or about a title inside the content still does
// ("the system adopted in 2017" made Yildirim's "prime minister"
// of 2023 supported).
func TestReportedYearDoesNotDateSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, kind, verdict, expl string }{
		{"Binali Yildirim, the prime minister, said the result showed the strength of the presidential system adopted in 2017.",
			doc.FindOfficeNonexistent, doc.Contradicted, "abolished"},
		{"Binali Yildirim, the prime minister, said in 2017 that the presidential system would work.",
			doc.FindRoleMismatch, doc.Supported, "2017"},
		{"Erdogan said Prime Minister Binali Yildirim had visited Baku in 2017.",
			doc.FindRoleMismatch, doc.Supported, "2017"},
	} {
		d := analyzeQuotes(t, tc.text, "2023-05-28")
		wantOne(t, d, tc.kind, tc.text, tc.verdict, tc.expl)
	}
}

// TestNeverExistingOffice: a title for an office the country has never
// had ("Indonesian Prime Minister" after 1959, "Saudi President") is
// office_nonexistent whoever holds it, but not when the country is only
// guessed from the story's context.
func TestNeverExistingOffice(t *testing.T) {
	for _, tc := range []struct{ text, date, expl string }{
		{"Indonesian Prime Minister Airlangga Hartarto said the cabinet would meet.", "2024-10-20", "1945 → 1959"},
		{"Indonesian Prime Minister Joko Widodo said the cabinet would meet.", "2024-10-20", "1945 → 1959"},
		{"South Korean Vice President Kim Min-soo met the Chinese envoy on Monday.", "2017-05-15", "1948 → 1960"},
		{"U.S. Prime Minister John Smith said the talks had failed.", "2022-05-10", "never been such an office"},
		{"Saudi President Mohammed bin Salman said the inquiry was over.", "2018-10-20", "never been such an office"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, doc.FindOfficeNonexistent, tc.text, doc.Contradicted, tc.expl)
	}
	d := analyzeQuotes(t, "RIYADH - President John Smith said the inquiry was over.", "2018-10-20")
	if got := findingsOf(d, doc.FindOfficeNonexistent); len(got) != 0 {
		t.Errorf("context country: %q; want no office_nonexistent", got)
	}
}

// TestNoCommonDateOnce: a title repeated later in the article gives its
// role_mismatch at each mention but its no_common_date pair once ("King
// Abdullah" twice beside "US President Donald Trump" gave the same
// pair twice), also when the first mention gives the title's country and
// the second does not (one person, one office). "King Abdullah" alone is
// Jordan's king in 2018, the Saudi one having died in 2015.
func TestNoCommonDateOnce(t *testing.T) {
	for _, text := range []string{
		"US President Donald Trump spoke on Friday. Saudi King Abdullah said in a royal decree that the inquiry would go on. Later, Saudi King Abdullah ordered an inquiry.",
		"US President Donald Trump spoke on Friday. Saudi King Abdullah said in a royal decree that the inquiry would go on. Later, King Abdullah ordered an inquiry.",
	} {
		d := analyzeQuotes(t, text, "2018-10-20")
		if got := findingsOf(d, doc.FindNoCommonDate); len(got) != 1 {
			t.Errorf("%q: %d no_common_date findings %q; want 1", text, len(got), got)
		}
		if got := findingsOf(d, doc.FindRoleMismatch); len(got) < 2 {
			t.Errorf("%q: role_mismatch %q; want one per mention of King Abdullah", text, got)
		}
	}
}

// TestDeputyTitles: "Deputy President X" is checked against the
// deputy's office (Kenya's and South Africa's are in the KB), and where the KB has
// no such office the finding names the deputy's title, not the
// principal's ("no record of William Ruto as President").
func TestDeputyTitles(t *testing.T) {
	for _, tc := range []struct{ text, date, verdict, expl string }{
		{"Deputy President William Ruto said he would run.", "2021-05-01", doc.Supported, "2013-04-09 → 2022-09-13"},
		{"Kenya's Deputy President William Ruto said he would run.", "2023-05-01", doc.Contradicted, "Rigathi Gachagua"},
		{"South Africa's Deputy President Cyril Ramaphosa said the talks had failed.", "2016-05-01", doc.Supported, "2014-05-26 → 2018-02-15"},
		{"Malawi's Deputy President Peter Mutharika said the talks had failed.", "2016-05-01", doc.Unverifiable, "as deputy President"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
}

// TestPresidentialRepublicPM: a prime minister of a presidential
// republic of the Americas is office_nonexistent ("Guatemala's Prime Minister
// Alejandro Giammattei" was unverifiable).
func TestPresidentialRepublicPM(t *testing.T) {
	text := "Guatemala's Prime Minister Alejandro Giammattei congratulated Arevalo."
	d := analyzeQuotes(t, text, "2023-08-21")
	wantOne(t, d, doc.FindOfficeNonexistent, text, doc.Contradicted, "never been such an office")
}

// TestNeverVicePresident: a vice-president of a parliamentary
// republic whose president has no deputy, or of a monarchy, is
// office_nonexistent whether or not the KB knows the person ("Hungarian Vice
// President Zsolt Semjen" gave no finding).
func TestNeverVicePresident(t *testing.T) {
	for _, text := range []string{
		"Hungarian Vice President Zsolt Semjen said on Thursday that the government was close to a deal.",
		"Italian Vice President Antonio Tajani spoke in Rome.",
		"Swedish President Ulf Kristersson spoke in Stockholm.",
	} {
		d := analyzeQuotes(t, text, "2022-10-14")
		wantOne(t, d, doc.FindOfficeNonexistent, text, doc.Contradicted, "never been such an office")
	}
}

// TestDeputiesAndVicePresidents: the deputy prime ministers of
// Malaysia, Singapore and Italy and the vice-presidents of Tanzania,
// Ghana and Paraguay are in the KB, so a deputy's title is checked
// ("Anwar Ibrahim, who is also deputy prime minister" in 2023
// was unverifiable; "Vice President Samia Suluhu Hassan").
func TestDeputiesAndVicePresidents(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Anwar Ibrahim, who is also deputy prime minister, spoke.", "2023-01-30", doc.Contradicted, "1993-12-01 → 1998-09-02"},
		{"Deputy Prime Minister Lawrence Wong spoke in Singapore.", "2023-01-30", doc.Supported, "2022-06-13 → 2024-05-15"},
		{"Vice President Samia Suluhu Hassan said the president had died.", "2021-03-18", doc.Supported, "2015-11-05 → 2021-03-19"},
		{"Tanzanian Vice President Samia Suluhu Hassan spoke in Dodoma.", "2022-03-18", doc.Contradicted, "Philip Mpango"},
		{"Paraguayan Vice President Federico Franco said the vote would go ahead.", "2013-01-10", doc.Contradicted, "2008-08-15 → 2012-06-22"},
		{"Ghana's Vice President Mahamudu Bawumia said the IMF deal was near.", "2023-05-01", doc.Supported, "2017-01-07 → 2025-01-07"},
		{"Italian Deputy Prime Minister Matteo Salvini spoke.", "2020-05-01", doc.Contradicted, "2018-06-01 → 2019-09-05"},
	})
}

// TestChancellorSystems: Germany's and Austria's vice-chancellors
// are in the KB, and neither state has a prime minister.
func TestChancellorSystems(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Vice Chancellor Heinz-Christian Strache said on Monday that he would fight.", "2019-05-28", doc.Contradicted, "2017-12-18 → 2019-05-22"},
		{"German Vice Chancellor Olaf Scholz said on Monday that the vote was regrettable.", "2019-05-28", doc.Supported, "2018-03-14 → 2021-12-08"},
	})
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Austrian Prime Minister Sebastian Kurz said on Monday that the vote was regrettable.", "2019-05-28", doc.Contradicted, "never been such an office"},
	})
}

// TestSurnameAndDayPart: a title on a surname the article has named
// in full before is checked, not excused as a possible namesake; "on
// Wednesday evening" dates the clause like "on Wednesday".
func TestSurnameAndDayPart(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Jacob Zuma appeared in court on Wednesday. President Zuma said on Wednesday he was innocent.", "2018-03-15", doc.Contradicted, "Cyril Ramaphosa"},
		{"Taro Kono visited Guam on Monday. Foreign Minister Kono said on Monday that ties were strong.", "2022-09-20", doc.Contradicted, "Yoshimasa Hayashi"},
		{"Foreign Minister Taro Kono is in Seoul on Wednesday evening.", "2020-09-16", doc.Contradicted, "Toshimitsu Motegi"},
		{"Emperor Akihito formally appointed Suga at a ceremony on Wednesday evening.", "2020-09-16", doc.Contradicted, "Naruhito"},
	})
}

// TestFutureTense: the present and future tense place a title at
// the article's date like a verb of speech does ("Foreign
// Minister Taro Kono will visit Seoul next week" a year after he left
// was unverifiable).
func TestFutureTense(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Foreign Minister Taro Kono will visit Seoul next week.", "2020-09-16", doc.Contradicted, "Toshimitsu Motegi"},
		{"Foreign Minister Taro Kono wants stable ties with China.", "2020-09-16", doc.Contradicted, "Toshimitsu Motegi"},
		{"President Jacob Zuma will visit Durban next week.", "2018-03-15", doc.Contradicted, "Cyril Ramaphosa"},
	})
}

// TestEconomyAndGaps: economy ministers are an office of their own
// (Germany's and Argentina's in the KB), Finland's and Taiwan's foreign
// ministers and the UK–Argentina break and restoration are in the KB,
// and a restoration claimed years after relations were restored and
// unbroken is contradicted.
func TestEconomyAndGaps(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Economy Minister Javier Milei spoke in Buenos Aires.", "2023-12-13", doc.Contradicted, "Luis Caputo"},
		{"German Economy Minister Robert Habeck spoke.", "2022-06-13", doc.Supported, "2021-12-08 → 2025-05-06"},
		{"Taiwan's foreign minister Joseph Wu said the drills were a threat.", "2021-05-13", doc.Supported, "2018-02-26 → 2024-05-20"},
		{"Finnish Foreign Minister Pekka Haavisto said the talks were useful.", "2024-05-13", doc.Contradicted, "Elina Valtonen"},
	})
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Britain and Argentina restored diplomatic relations in 2005.", "2023-12-13", doc.Contradicted, "restored on 1990-02-15"},
		{"Britain and Argentina restored diplomatic relations in 1990.", "2023-12-13", doc.Supported, "1990-02-15"},
	})
}

// TestLeavingOffice: the subject of a verb ending a tenure ("left the
// country", "resigned", "fled") and the object of "the resignation of"
// name the office held until then, like a removal; a day of the week
// before the article date named in the sentence dates the claim.
func TestLeavingOffice(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Taliban fighters entered Kabul on Sunday hours after President Ashraf Ghani left the country.", date: "2021-08-16", who: "Ghani", verdict: doc.Supported, expl: "departure"},
		{text: "Sri Lanka's parliament speaker on Friday formally accepted the resignation of President Gotabaya Rajapaksa, who fled to the Maldives on Wednesday.", date: "2022-07-15", who: "Rajapaksa", verdict: doc.Supported},
		{text: "The crowd cheered after President Gotabaya Rajapaksa resigned.", date: "2022-07-16", who: "Rajapaksa", verdict: doc.Supported},
		{text: "Officials said President Ashraf Ghani, who fled, was in the Gulf.", date: "2021-08-17", who: "Ghani", verdict: doc.Supported},
		{text: "On Sunday, President Ashraf Ghani met the envoys.", date: "2021-08-16", who: "Ghani", verdict: doc.Supported, expl: "2021-08-15"},
		// controls: the title at the article's own day is not held; a
		// day after the removal the press still gives it (unverifiable,
		// with how recent the removal was), three days after it is false
		{text: "On Monday, President Ashraf Ghani met the envoys.", date: "2021-08-16", who: "Ghani", verdict: doc.Unverifiable, expl: "1 day before"},
		{text: "President Ashraf Ghani met the envoys.", date: "2021-08-16", who: "Ghani", verdict: doc.Unverifiable, expl: "1 day before"},
		{text: "President Ashraf Ghani met the envoys.", date: "2021-08-18", who: "Ghani", verdict: doc.Contradicted},
		{text: "President Ashraf Ghani met the envoys on Sunday.", date: "2021-08-24", who: "Ghani", verdict: doc.Contradicted},
		{text: "President Ashraf Ghani left the room.", date: "2021-08-16", who: "Ghani", verdict: doc.Unverifiable},
		// held by those who removed him, while the removal is fresh
		{text: "Special forces commander Mamady Doumbouya said on Monday that President Alpha Condé was in custody.", date: "2021-09-06", who: "Condé", verdict: doc.Supported, expl: "until 2021-09-05"},
		{text: "President Alpha Condé remains under house arrest, the junta said on Monday.", date: "2021-09-06", who: "Condé", verdict: doc.Supported},
		{text: "President Alpha Condé was in custody on Monday.", date: "2023-09-04", who: "Condé", verdict: doc.Contradicted},
	})
	if !windowConsistent(t, "Taliban fighters entered Kabul on Sunday hours after President Ashraf Ghani left the country.", "2021-08-16") {
		t.Errorf("the departure's window is not consistent")
	}
}

// TestThenTitleAtClauseDate: "then-TITLE" in a sentence naming the time
// it is about is checked at that time (not "held at some time before"),
// and a plain title's explanation cites the time it was checked at.
func TestThenTitleAtClauseDate(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "In 2017, then-Prime Minister Ahmet Davutoglu met Merkel in Berlin.", date: "2021-08-16", who: "Davutoglu", verdict: doc.Contradicted, expl: "(2017); then it was held by"},
		{text: "In 2017, then-Prime Minister Ahmet Davutoglu met Merkel in Berlin.", who: "Davutoglu", verdict: doc.Contradicted, expl: "(2017)"},
		{text: "Then-President Hamid Karzai met Barack Obama in Washington in 2018.", date: "2021-08-16", who: "Karzai", verdict: doc.Contradicted, expl: "(2018)"},
		{text: "Then-President Hamid Karzai met Barack Obama in Washington in 2010.", date: "2021-08-16", who: "Karzai", verdict: doc.Supported, expl: "2010"},
		{text: "In 2015, then-Prime Minister Ahmet Davutoglu met Merkel in Berlin.", who: "Davutoglu", verdict: doc.Supported},
		// a time of a relative clause is not the title's
		{text: "Then-Secretary of State Hillary Clinton, who ran for president in 2016, met Karzai.", date: "2021-08-16", who: "Clinton", verdict: doc.Supported},
		{text: "Then-President Hamid Karzai met Barack Obama in Washington.", date: "2021-08-16", who: "Karzai", verdict: doc.Supported},
		{text: "In 2005, President Ashraf Ghani visited Kabul.", date: "2021-08-16", who: "Ghani", verdict: doc.Contradicted, expl: "(2005); then it was held by Hamid Karzai"},
		// "by then-" is the title's, not "by then" naming the day before
		{text: "Mohamed Morsi died on Monday. Morsi was removed by the army in 2013, led by then-Defence Minister Abdel Fattah al-Sisi, now the president.", date: "2019-06-18", who: "Defence", verdict: doc.Supported, expl: "(2013;"},
	})
}

// TestNoCommonDatePartnerByTerm: the claim a conflicting one is paired
// with is one whose days are its term, not a title dated by its
// sentence (a departure), whose "only" days would read as a term.
func TestNoCommonDatePartnerByTerm(t *testing.T) {
	text := "Taliban fighters entered Kabul on Sunday hours after President Ashraf Ghani left the country. President Hamid Karzai called on the Taliban to protect civilians. Secretary of State Antony Blinken said the embassy was safe."
	d := analyze(t, text, "2021-08-16")
	f := findKind(d.Findings, doc.FindNoCommonDate)
	if f == nil || !strings.Contains(f.Claim, "Karzai") || !strings.Contains(f.Claim, "Blinken") {
		t.Errorf("no_common_date = %+v; want Karzai paired with Blinken", f)
	}
}

// TestCompletedHolderLists: offices whose holder lists the KB completes
// contradict a wrong person in them (president and prime minister
// swapped), naming the real holder.
func TestCompletedHolderLists(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Haitian President Joseph Jouthe was killed.", date: "2020-11-04", who: "Jouthe", verdict: doc.Contradicted, expl: "Jovenel Mo"},
		{text: "Haitian Prime Minister Jovenel Moise spoke.", date: "2021-05-15", who: "Moise", verdict: doc.Contradicted, expl: "Claude Joseph"},
		{text: "Serbian President Ana Brnabic spoke.", date: "2019-05-15", who: "Brnabic", verdict: doc.Contradicted},
		{text: "Ukrainian Prime Minister Volodymyr Zelensky spoke.", date: "2021-05-15", who: "Zelensky", verdict: doc.Contradicted},
		{text: "South Korean Prime Minister Moon Jae-in spoke.", date: "2019-05-15", who: "Moon", verdict: doc.Contradicted},
		// a vacancy names no holder: nothing to contradict with
		{text: "Haitian President Ariel Henry spoke.", date: "2022-05-15", who: "Henry", verdict: doc.Unverifiable},
	})
}

// TestDepartureNotNews: a departure verb exempts a title from the check
// at the article date only when the departure is news (the KB ends the
// term within days, or the sentence names a recent day); a term the KB
// ends years earlier is the same wrong title as any other.
func TestDepartureNotNews(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Yemeni President Ali Abdullah Saleh fled to Riyadh.", date: "2015-03-26", who: "Saleh", verdict: doc.Contradicted, expl: "Hadi"},
		{text: "President Gotabaya Rajapaksa fled to the Maldives.", date: "2022-07-20", who: "Rajapaksa", verdict: doc.Supported},
		{text: "President Gotabaya Rajapaksa fled to the Maldives on Wednesday.", date: "2022-07-15", who: "Rajapaksa", verdict: doc.Supported},
		{text: "President Ashraf Ghani left the country.", date: "2023-08-16", who: "Ghani", verdict: doc.Contradicted},
	})
}

// TestSimplePastPlacesTitle: a title whose person is the subject of a
// simple-past main verb is placed at the article date like "said" or
// "visited"; a historical reading needs a cue.
func TestSimplePastPlacesTitle(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "President Martin Vizcarra dissolved the legislature.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Contradicted},
		{text: "President Martin Vizcarra fired the minister.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Contradicted},
		{text: "President Martin Vizcarra took the oath.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Contradicted},
		// historical cues keep the title unjudged
		{text: "President Martin Vizcarra had dissolved the legislature.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Unverifiable},
		{text: "The law dates from when President Martin Vizcarra dissolved the legislature.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Unverifiable},
		{text: "President Martin Vizcarra dissolved the legislature in his first term.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Unverifiable},
		{text: "President Martin Vizcarra signed the terms of the deal.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Contradicted},
	})
}

// TestOustedIsFormer: "Ousted/Deposed/Toppled President X" is a title
// held before, like "former" (a holder still in office is contradicted); as
// a verb ("the army ousted President X")
// the participle is a removal.
func TestOustedIsFormer(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Ousted President Omar al-Bashir appeared in court on Monday.", date: "2019-08-19", who: "Bashir", verdict: doc.Supported},
		{text: "Ousted President Omar al-Bashir appeared in court on Monday.", date: "2019-08-19", kind: doc.FindOfficeNonexistent, who: "Bashir"},
		{text: "Deposed president Evo Morales flew to Mexico.", date: "2019-11-12", who: "Morales", verdict: doc.Supported},
		{text: "Supporters of toppled President Evo Morales marched.", date: "2019-11-12", who: "Morales", verdict: doc.Supported},
		{text: "Ousted President Evo Morales flew to Mexico.", date: "2019-10-12", who: "Morales", verdict: doc.Contradicted},
		{text: "The military ousted President Omar al-Bashir on Thursday.", date: "2019-04-11", who: "Bashir", verdict: doc.Supported},
	})
	if !windowConsistent(t, "Ousted President Omar al-Bashir appeared in court on Monday.", "2019-08-19") {
		t.Errorf("the ousted president's window is not consistent")
	}
}

// TestUnderRule: "under Chancellor X" (the time of X's rule) is checked
// as a title held at some time up to the article date; "Under
// Secretary" stays another office.
func TestUnderRule(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "The deal ends 16 years of conservative rule under Chancellor Angela Merkel.", date: "2021-11-24", who: "Merkel", verdict: doc.Supported},
		{text: "The deal ends 16 years of conservative rule under Chancellor Gerhard Schroeder.", date: "2021-11-24", who: "Schroeder", verdict: doc.Supported},
		{text: "Under President Omar al-Bashir, Sudan was isolated.", date: "2020-08-19", who: "Bashir", verdict: doc.Supported},
		{text: "Under President Omar al-Bashir, Sudan was isolated.", date: "1980-08-19", who: "Bashir", verdict: doc.Contradicted},
		{text: "Under President Omar al-Bashir, Sudan was isolated.", date: "2020-08-19", kind: doc.FindOfficeNonexistent, who: "Bashir"},
		{text: "Under Secretary of State Victoria Nuland met the envoy.", date: "2021-11-24", kind: doc.FindUnknownPerson, who: "Nuland"},
	})
}

// TestLastHolderJustAbolished: the last holder of an office
// abolished a day or two before the article keeps the title in the news
// of its end (e.g. Nepal); a week later, or a holder of an earlier
// term, the office no longer exists.
func TestLastHolderJustAbolished(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"The assembly gave King Gyanendra 15 days to leave the palace.", "2008-05-29", doc.Supported, "until it was abolished on 2008-05-28"},
	})
	for _, tc := range []struct{ text, date string }{
		{"The assembly gave King Gyanendra 15 days to leave the palace.", "2008-06-05"},
		{"King Birendra said the royal family respects the will of the people.", "2008-05-29"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, doc.FindOfficeNonexistent, tc.text, doc.Contradicted, "abolished on 2008-05-28")
	}
}

// TestDepartureConjuncts: "also" may stand before the verb of
// leaving, and a conjunct after "and" may carry a body and a title of
// its own before the name ("X and Senate President Y resigned"): the
// departure is every conjunct's (e.g. Bolivia).
func TestDepartureConjuncts(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Vice President Alvaro Garcia Linera also resigned on Sunday.", "2019-11-11", doc.Supported, "the sentence reports the departure"},
		{"Vice President Alvaro Garcia Linera and Senate President Adriana Salvatierra resigned.", "2019-11-11", doc.Supported, "the sentence reports the departure"},
	})
}

// TestReinstate: "reinstate President X" and "the release of
// President X" days after a coup report the removal, as "ousted" does
// (e.g. Niger); years later the KB has no removal to match.
func TestReinstate(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"West African leaders gave the officers one week to reinstate President Mohamed Bazoum.", "2023-07-30", doc.Supported, "reports the removal"},
		{"The United Nations demanded the release of President Mohamed Bazoum.", "2023-07-30", doc.Supported, "reports the removal"},
		{"West African leaders gave the officers one week to reinstate President Mohamed Bazoum.", "2025-07-30", doc.Unverifiable, "does not date that removal near"},
	})
}

// TestCustodyPhrase: "placed President X under house arrest" and "took
// President X into custody" a day after a coup report the removal, as
// "detained President X" does (e.g. Gabon); years after the term
// ended they are the old title, as an arrest is.
func TestCustodyPhrase(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Officers named a transitional leader a day after they seized power and placed President Ali Bongo Ondimba under house arrest.", "2023-08-31", doc.Supported, "reports the removal"},
		{"Soldiers took President Mohamed Bazoum into custody at the palace.", "2023-07-28", doc.Supported, "reports the removal"},
		{"Police placed President Ali Bongo Ondimba under house arrest.", "2027-08-31", doc.Contradicted, "2023-08-30"},
	})
}

// TestForcedOut: "forced President X to flee" the day after the KB
// ends his term reports the removal, as "ousted President X" does
// (e.g. Kyrgyzstan); a verb of force without a phrase of leaving
// reports no removal.
func TestForcedOut(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"The opposition said on Thursday it had taken power, a day after protesters stormed government buildings and forced President Kurmanbek Bakiyev to flee to the south.", "2010-04-08", doc.Supported, "reports the removal"},
		{"Protesters forced President Kurmanbek Bakiyev out of the capital.", "2010-04-08", doc.Supported, "reports the removal"},
		{"Protesters forced President Kurmanbek Bakiyev to sign a decree.", "2010-04-08", doc.Unverifiable, "does not place the title"},
	})
}

// TestSeizureObject: "seized power from Prime Minister X" and "a coup
// against Prime Minister X" the day after the KB ends X's term report the
// removal, as "ousted Prime Minister X" does (Thailand); protests
// against a holder report none, and a failed coup leaves the holder's title
// current.
func TestSeizureObject(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"The army seized power from Prime Minister Thaksin Shinawatra.", "2006-09-20", doc.Supported, "reports the removal"},
		{"The army staged a bloodless coup against Prime Minister Thaksin Shinawatra.", "2006-09-20", doc.Supported, "reports the removal"},
		{"Protests against Prime Minister Thaksin Shinawatra grew.", "2006-09-20", doc.Unverifiable, "does not place the title"},
		{"Soldiers staged a coup against President Tayyip Erdogan.", "2016-07-16", doc.Supported, "2014-08-28"},
	})
}

// TestSucceedInfinitive: "nominated to succeed Prime Minister X" and
// "chosen to replace X" the day after X's removal name the office held
// until then, as "succeeding Prime Minister X" does (e.g. Pakistan); a
// holder still in office stays supported.
func TestSucceedInfinitive(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Raja Pervez Ashraf was nominated on Wednesday to succeed Prime Minister Yousaf Raza Gilani.", "2012-06-20", doc.Supported, "reports the removal"},
		{"The party chose Ashraf to replace Prime Minister Yousaf Raza Gilani.", "2012-06-20", doc.Supported, "reports the removal"},
		{"Ashton Carter was nominated to succeed Defense Secretary Chuck Hagel.", "2014-12-05", doc.Supported, "held this office on 2014-12-05"},
	})
}

// TestCoordinatedThen: titles joined by "and" in a sentence about an
// earlier time are held together then: one held then and not at the
// article date, the other at the date and not then, fit no single date
// (e.g. Germany); a pair both held then, or both now, stays
// supported.
func TestCoordinatedThen(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Chancellor Olaf Scholz and Foreign Minister Johann Wadephul discussed the target in Paris in February.", date: "2025-05-14", who: "Wadephul", verdict: doc.Contradicted, expl: "fit no single date"},
		{text: "Chancellor Olaf Scholz and Foreign Minister Johann Wadephul discussed the target in Paris in February.", date: "2025-05-14", who: "Scholz", verdict: doc.Supported},
		{text: "Chancellor Olaf Scholz and Foreign Minister Annalena Baerbock discussed the target in Paris in February.", date: "2025-05-14", who: "Baerbock", verdict: doc.Supported},
		{text: "Chancellor Friedrich Merz and Foreign Minister Johann Wadephul discussed the target in Paris on Monday.", date: "2025-05-14", who: "Wadephul", verdict: doc.Supported},
	})
}

// TestCoordinatedDisjoint: titles joined by "and" whose holders were
// never in office together fit no single date, whatever the sentence's
// time (e.g. Italy); a pair in office together is no finding.
func TestCoordinatedDisjoint(t *testing.T) {
	wantVerdicts(t, doc.FindNoCommonDate, []verdictCase{
		{"Years ago, Prime Minister Matteo Renzi and Interior Minister Matteo Salvini jointly wrote to Brussels.", "2021-02-13", doc.Contradicted, "titles the sentence joins: Matteo Renzi held this office only 2014-02-22"},
		{"Prime Minister Matteo Renzi and Interior Minister Matteo Salvini wrote to Brussels on Friday.", "2016-04-01", doc.Contradicted, "Matteo Salvini only 2018-06-01"},
	})
	for _, text := range []string{
		"Prime Minister Mario Draghi and Interior Minister Luciana Lamorgese met the mayors in Rome on Friday.",
		"Prime Minister Giuseppe Conte and Interior Minister Matteo Salvini met the mayors in Rome on Friday.",
	} {
		if got := findingsOf(analyzeQuotes(t, text, "2021-02-13"), doc.FindNoCommonDate); len(got) != 0 {
			t.Errorf("%q: %q; want no no_common_date finding", text, got)
		}
	}
}

// TestDistantPastRef: a title in a clause about an undated time years
// back ("Years ago", "Decades ago") is not judged at the article date;
// "recently" is near it and is (e.g. Italy).
func TestDistantPastRef(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Years ago, Prime Minister Matteo Renzi wrote to Brussels to demand more help with migrants.", "2021-02-13", doc.Unverifiable, "undated earlier time (\"Years ago\")"},
		{"Decades ago, President Jacques Chirac visited Rome.", "2021-02-13", doc.Unverifiable, "undated earlier time"},
		{"Recently, Prime Minister Matteo Renzi wrote to Brussels to demand more help with migrants.", "2021-02-13", doc.Contradicted, "not on 2021-02-13"},
		{"Prime Minister Matteo Renzi, who years ago wrote to Brussels, visited Rome.", "2021-02-13", doc.Contradicted, "not on 2021-02-13"},
	})
}

// TestThenDated: a "then-" title, or "who was X at the time", is
// of the past time its clause names even when the sentence also names
// the article's own days ("…, the ministry said on Friday"); a person
// the KB never records in the office is contradicted at that time when
// its list of holders is complete then.
func TestThenDated(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"In 2016, then-Foreign Minister Ahmet Davutoglu hosted his Iranian counterpart in Ankara, the ministry said on Friday.", "2024-03-01", doc.Contradicted, "not in the time the sentence refers to (2016)"},
		{"In 2012, then-Foreign Minister Ahmet Davutoglu hosted his Iranian counterpart in Ankara, the ministry said on Friday.", "2024-03-01", doc.Supported, "in the time the sentence refers to (2012"},
		{"Sergei Lavrov, who was Russia's defence minister at the time, visited Damascus in 2016.", "2022-02-02", doc.Contradicted, "in 2016, the time the sentence names, the Minister of Defence of Russia was Sergei Shoigu"},
		{"Ukraine's then-defence minister Dmytro Kuleba signed the contract in 2021, officials said on Friday.", "2023-06-02", doc.Contradicted, "never held the office"},
		{"Benny Gantz, who was defence minister at the time, approved the operation in 2021, the newspaper reported on Monday.", "2023-05-01", doc.Supported, "2021"},
		{"Then-Foreign Minister Ahmet Davutoglu, who became prime minister in 2014, hosted the talks.", "2024-03-01", doc.Supported, "2009-05-01"},
	})
}

// TestActingPastAsOf: an acting title past the KB's as-of date
// is not contradicted by the person's earlier acting term alone (e.g.
// Phumtham Wechayachai, acting prime minister of Thailand in
// August 2024 and again from July 2025); inside the KB's time it still is,
// and so is a plain title past the as-of date.
func TestActingPastAsOf(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Acting Prime Minister Phumtham Wechayachai ordered the border closed.", "2025-07-24", doc.Unverifiable, "as-of"},
		{"Acting Prime Minister Phumtham Wechayachai ordered the border closed.", "2025-03-24", doc.Contradicted, "2024-08-16"},
		{"President Joe Biden ordered the border closed.", "2025-07-24", doc.Contradicted, "2025-01-20"},
	})
}

// TestBeforeCreated: an office claimed before it was created is
// contradicted as nonexistent even when the claim's person later held
// it to its abolition; only the news of an abolition just past keeps
// the last holder's title.
func TestBeforeCreated(t *testing.T) {
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks with the generals on Tuesday.", "2012-05-01", doc.Contradicted, "existed only 2016-04-06"},
		{"Afghan Chief Executive Abdullah Abdullah called for talks on Tuesday.", "2012-05-01", doc.Contradicted, "existed only 2014-09-29"},
	})
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"The assembly gave King Gyanendra 15 days to leave the palace.", "2008-05-29", doc.Supported, "until it was abolished on 2008-05-28"},
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks with the generals on Monday.", "2017-05-01", doc.Supported, "2016-04-06"},
	})
}

// TestCaptionPresent: a photo caption's present of action
// ("President X shakes hands with …") places a former holder's title at
// the article's date like "said" does; an archive picture's caption
// ("FILE PHOTO: …", "(File photo)") does not.
func TestCaptionPresent(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Zimbabwean President Robert Mugabe shakes hands with a farmer in Harare.", "2019-10-10", doc.Contradicted, "not on 2019-10-10"},
		{"PHOTO: Zimbabwean President Robert Mugabe greets supporters in Harare.", "2019-10-10", doc.Contradicted, "not on 2019-10-10"},
		{"Zimbabwean President Emmerson Mnangagwa greets supporters in Harare.", "2019-10-10", doc.Supported, "2017-11-24"},
	})
	for _, text := range []string{
		"FILE PHOTO: Zimbabwean President Robert Mugabe greets supporters in Harare.",
		"Zimbabwean President Robert Mugabe greets supporters in Harare. (File photo)",
	} {
		for _, f := range findingsOf(analyzeQuotes(t, text, "2019-10-10"), doc.FindRoleMismatch) {
			if strings.HasPrefix(f, "contradicted") {
				t.Errorf("%q: %q; want an archive picture's title unjudged", text, f)
			}
		}
	}
}

// TestCaptionOwnDate: an archive picture's caption that dates the
// picture ("FILE PHOTO: … in Santiago, June 24, 2019") is judged at that
// day, not left unjudged: a title its person held only at the article's
// date, or only before, is contradicted; one held on the picture's day is
// supported. A description ("Palestinian leader") is no office.
func TestCaptionOwnDate(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"FILE PHOTO: Chilean President Michelle Bachelet speaks in Santiago, June 24, 2019.", "2024-05-01", doc.Contradicted, "then it was held by Sebastián Piñera"},
		{"FILE PHOTO: Kenyan President William Ruto speaks at State House in Nairobi, Kenya, March 9, 2018.", "2024-06-26", doc.Contradicted, "not on the day of the archive picture (2018-03-09)"},
		{"Kenyan President William Ruto speaks at State House in Nairobi, Kenya, March 9, 2018. (File photo)", "2024-06-26", doc.Contradicted, "not on the day of the archive picture"},
		{"FILE PHOTO: Tanzanian President John Magufuli addresses supporters in Dodoma, Tanzania, October 28, 2020.", "2021-03-18", doc.Supported, "on the day of the archive picture (2020-10-28"},
	})
	for _, f := range findingsOf(analyzeQuotes(t, "FILE - Palestinian leader Yasser Arafat and Israeli Prime Minister Yitzhak Rabin shake hands at the White House on Sept. 13, 1993.", "2023-09-13"), doc.FindRoleMismatch) {
		if strings.HasPrefix(f, doc.Contradicted) {
			t.Errorf("Arafat caption: %q; want no contradiction", f)
		}
	}
}

// TestReportedAccount: a title in another's account of past acts
// ("Prosecutors said President X steered contracts", "told the court
// that President X took bribes") or the object of a past act in a
// relative clause about others ("Venezuelans who voted for President X
// now queue") is of the time of those acts, not placed at the article's
// date; the person's own saying is.
func TestReportedAccount(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Prosecutors said President Cristina Fernández de Kirchner steered road contracts to a friend.", "2022-08-23", doc.Unverifiable, "does not place the title"},
		{"A witness told the court that President Jacob Zuma took bribes from an arms company.", "2021-05-26", doc.Unverifiable, "does not place the title"},
		{"Many Venezuelans who voted for President Hugo Chávez now queue for hours for bread.", "2017-06-20", doc.Unverifiable, "does not place the title"},
		{"Farmers who backed President Evo Morales say they feel abandoned.", "2021-11-10", doc.Unverifiable, "does not place the title"},
		{"President Cristina Fernández de Kirchner said on Tuesday that prosecutors had invented the case.", "2022-08-23", doc.Contradicted, "not on 2022-08-23"},
		{"President Jacob Zuma took bribes from an arms company.", "2021-05-26", doc.Contradicted, "not on 2021-05-26"},
		// the reported clause's own year dates the title, not the day of
		// the telling
		{"A former soldier told the commission on Thursday that President Yahya Jammeh ordered the killing of the migrants in 2005.", "2019-07-25", doc.Supported, "2005"},
		{"The court heard on Monday that President Yahya Jammeh had ordered the killing in July 2005.", "2019-07-22", doc.Supported, "2005"},
		{"In a memoir published on Tuesday, a former aide recalls how President Ashraf Ghani refused to meet Taliban negotiators in Doha in 2020.", "2022-03-15", doc.Supported, "2020"},
		{"A witness told the court on Monday that President Jacob Zuma took bribes in 1999.", "2021-05-24", doc.Contradicted, "1999"},
		// the clause opened by the verb itself, by "According to …,", with
		// its time before the claim, or told of what the person owns
		{"Testifying on Thursday, a former soldier said President Yahya Jammeh had ordered the killings in 2005.", "2019-07-25", doc.Supported, "2005"},
		{"According to testimony given on Thursday, President Yahya Jammeh ordered the killing of the migrants in 2005.", "2019-07-25", doc.Supported, "2005"},
		{"A former soldier told the commission on Thursday that in July 2005 President Yahya Jammeh gave the order.", "2019-07-25", doc.Supported, "2005"},
		{"The commission heard on Thursday how President Yahya Jammeh's guards detained the migrants in July 2005.", "2019-07-25", doc.Supported, "2005"},
		{"A judge ruled on Monday that President Álvaro Uribe's security chief had spied on judges in 2008.", "2022-03-14", doc.Supported, "2008"},
		// not a past act of the clause, or an act of the article's days
		{"A minister said on Monday that President Jacob Zuma would not repeat the mistakes of 2012.", "2021-05-24", doc.Contradicted, "not on 2021-05-24"},
		{"A witness told the court on Monday that President Jacob Zuma took bribes on Sunday and in 2012.", "2021-05-24", doc.Contradicted, "not on 2021-05-24"},
	})
}

// TestReportedActBeforeTerm: the subject of a reported past act dated
// before the holder's first term of the office ("told the commission
// on Thursday that President Adama Barrow ordered the arrest … in April
// 2000", in 2019: Barrow took office in 2017) did not hold the title
// then, when the KB lists every holder through that time; an act in the
// term, or one before the KB's complete list, is no such finding.
func TestReportedActBeforeTerm(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"A former police officer told the truth commission on Thursday that President Adama Barrow ordered the arrest of student protesters in April 2000.", "2019-07-25", doc.Contradicted, "held by Yahya Jammeh"},
		{"A witness told the court on Monday that President Cyril Ramaphosa ordered the police deployment in 2012.", "2021-05-24", doc.Contradicted, "2018-02-15"},
		{"A former police officer told the truth commission on Thursday that President Adama Barrow ordered the arrest of student protesters in 2018.", "2019-07-25", doc.Supported, ""},
		{"A witness told the court on Monday that President Cyril Ramaphosa ordered the strike in 1987.", "2021-05-24", doc.Supported, ""},
		// a year that modifies a noun dates no act
		{"A minister said on Monday that President Adama Barrow ordered a review of the 2005 election results.", "2019-07-25", doc.Supported, ""},
	})
}

// TestLaterBecame: "X, who later became Y" claims that X took office Y
// after the time the sentence names and by the article's date: a holder
// since is supported whatever that time, and a person missing from the
// KB's complete list of holders over the stretch is contradicted.
func TestLaterBecame(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Jens Stoltenberg, who later became NATO secretary general, met Vladimir Putin in 2010.", "2025-03-12", doc.Supported, "2014-10-01"},
		{"Mwai Kibaki, who later became president, served as finance minister in 1978.", "2023-03-12", doc.Supported, "2002-12-30"},
		{"Erna Solberg, who later became NATO secretary general, met Vladimir Putin in 2010.", "2023-03-12", doc.Contradicted, "Jens Stoltenberg"},
		{"Kaja Kallas, who later became EU foreign policy chief, met Vladimir Putin in 2010.", "2023-03-12", doc.Contradicted, "Josep Borrell"},
	})
}

// TestWhenClauseTime: a "when" clause that hangs from a date ("Finland
// joined NATO in April 2023, when Prime Minister X signed the papers")
// is of that date, for a plain title of an act and for "then-"; a
// holder then is supported, and "when President X was a security
// guard" tells of no act under the title.
func TestWhenClauseTime(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Finland joined NATO in April 2023, when Prime Minister Petteri Orpo signed the accession papers.", "2024-10-10", doc.Contradicted, "Sanna Marin"},
		{"Finland joined NATO in April 2023, when then-Prime Minister Petteri Orpo signed the accession papers.", "2024-10-10", doc.Contradicted, "Sanna Marin"},
		{"Montenegro joined NATO in 2017, when NATO Secretary General Anders Fogh Rasmussen welcomed it.", "2025-03-10", doc.Contradicted, "Jens Stoltenberg"},
		{"Finland joined NATO in April 2023, when Prime Minister Sanna Marin signed the accession papers.", "2024-10-10", doc.Supported, ""},
		{"Montenegro joined NATO in 2017, when NATO Secretary General Jens Stoltenberg welcomed it.", "2025-03-10", doc.Supported, ""},
		{"The company was founded in 2005, when President Adama Barrow was a security guard in London.", "2019-07-25", doc.Supported, ""},
	})
}

// TestThenFromSentenceBefore: a "then" title in a sentence that names no
// date is of the one date the sentence before names ("Montenegro joined
// NATO in June 2017. Anders Fogh Rasmussen, who was then NATO secretary
// general, welcomed it"); a sentence before with no past date, or with
// several, leaves it to the article's date.
func TestThenFromSentenceBefore(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Montenegro joined NATO in June 2017. Anders Fogh Rasmussen, who was then NATO secretary general, welcomed it as the 29th member.", "2025-03-10", doc.Contradicted, "Jens Stoltenberg"},
		{"Montenegro joined NATO in June 2017. Jens Stoltenberg, who was then NATO secretary general, welcomed it as the 29th member.", "2025-03-10", doc.Supported, "2017-06"},
		{"Montenegro joined NATO on Monday. Then-NATO Secretary General Anders Fogh Rasmussen had welcomed its bid.", "2025-03-10", doc.Supported, ""},
		{"Montenegro applied in 2009 and joined NATO in June 2017. Then-NATO Secretary General Anders Fogh Rasmussen welcomed it.", "2025-03-10", doc.Supported, ""},
	})
}

// TestRelativeClauseYearRoles: a year in a relative clause apart from
// the claim ("President X, who took office in 2013, opened …") dates the
// clause's event, not the title; a year the main clause names still
// does.
func TestRelativeClauseYearRoles(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Kenyan President Uhuru Kenyatta, who took office in 2013, opened the railway on Monday.", "2023-06-10", doc.Contradicted, "not on 2023-06-10"},
		{"Kenyan President Uhuru Kenyatta, who took office in 2013, opened the railway on Monday.", "2020-06-10", doc.Supported, "2013-04-09"},
		{"In 2016, Kenyan President Uhuru Kenyatta, who took office in 2013, opened the railway.", "2023-06-10", doc.Supported, "2016-01-01"},
	})
}

// TestSurnameOfOtherHolder: a surname alone that the KB cannot
// link to one person ("Sri Lankan President Rajapaksa": Mahinda or
// Gotabaya) but that holders of the office at other times bear is a
// title out of its time (role_mismatch), not a stranger unknown to the
// KB.
func TestSurnameOfOtherHolder(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Sri Lankan President Rajapaksa opened a new port in Hambantota.", "2023-06-10", doc.Contradicted, "the holders named Rajapaksa held it only at other times (Mahinda Rajapaksa 2005-11-19 → 2015-01-09; Gotabaya Rajapaksa 2019-11-18"},
	})
	if got := findingsOf(analyzeQuotes(t, "Sri Lankan President Rajapaksa opened a new port in Hambantota.", "2023-06-10"), doc.FindUnknownPerson); len(got) > 0 {
		t.Errorf("unknown_person %q; want none", got)
	}
}

// TestRelativeTitle: a title in a relative clause after its
// person ("Robert Mugabe, who became prime minister in 1980, died on
// Friday") is dated by the clause's own time, not the main clause's.
func TestRelativeTitle(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Robert Mugabe, who became prime minister at independence in 1980, died on Friday.", "2019-09-06", doc.Supported, "1980-04-18"},
		{"Raila Odinga, who became prime minister in 2008, died on Friday.", "2024-06-01", doc.Supported, "2008-04-17"},
		{"Raila Odinga, who became prime minister in 2015, died on Friday.", "2024-06-01", doc.Contradicted, "not in 2015"},
		{"Uhuru Kenyatta, who is president, spoke on Friday.", "2024-06-01", doc.Contradicted, "not on 2024-06-01"},
	})
}

// TestNowVerbNouns: a verb of present action after a determiner is a
// noun ("for all the visits by Secretary of State X"), and "for the rest
// of his presidency" names a past term: neither places a former holder
// at the article's date (LGL op23, a 2016 column).
func TestNowVerbNouns(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "For all the visits by US Secretary of State Condoleezza Rice to the region, the administration did little.", date: "2009-03-15",
			who: "Rice", verdict: doc.Unverifiable, expl: "may be historical"},
		{text: "US Secretary of State Condoleezza Rice visits the region, the administration said.", date: "2009-03-15",
			who: "Rice", verdict: doc.Contradicted},
		{text: "After the 9/11 attacks, President George W. Bush kept the homeland safe for the rest of his presidency.", date: "2016-09-22",
			who: "Bush", verdict: doc.Unverifiable},
		{text: "President George W. Bush kept the homeland safe, the White House said.", date: "2016-09-22",
			who: "Bush", verdict: doc.Contradicted},
	})
}

// TestPastRelativeTitle: a title after an unknown person defined by a
// past act in a relative clause names whoever did that, then ("The
// daughter of Aung San, the Burmese leader who secured independence
// before being assassinated", a 2016 article); one whose clause is
// today's news is still judged at the date.
func TestPastRelativeTitle(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "The daughter of Aung San, the Burmese leader who secured independence from British rule before being assassinated, spoke.", date: "2016-09-16",
			kind: doc.FindUnknownPerson, who: "Aung San", verdict: doc.Unverifiable, expl: "past act"},
		{text: "Ali Rezaei, the Iranian foreign minister who met Blinken, spoke.", date: "2022-09-16",
			kind: doc.FindUnknownPerson, who: "Ali Rezaei", verdict: doc.Contradicted},
	})
}

// TestContextCountryYieldsToPerson: a title's country guessed from
// context in which the person holds no office yields to the person's
// own country ("President Clinton" beside five "Cuban"s of Mark Cuban's
// name: the US presidency, held by another Clinton).
func TestContextCountryYieldsToPerson(t *testing.T) {
	checkFindingsFull(t, []findingCase{
		{text: "Hillary Clinton spoke in Havana on Sunday with Cuban officials. Cuban leaders and Cuban dissidents watched as a Cuban band played. Trump invited Gennifer Flowers, who once had an affair with President Clinton.", date: "2016-09-25",
			who: "Clinton", verdict: doc.Unverifiable, expl: "Bill Clinton"},
	})
}

// TestSharedNameFindings: a name two KB people share is checked against
// the one the title's country, the article date, the dateline or the
// article's countries pick, and against no one when none does ("AMMAN —
// King Abdullah said" in 2021 is Jordan's Abdullah II, not the Saudi
// king who died in 2015: no dead speaker, no role mismatch); a titled
// name that is part of a holder's name is checked as that holder.
func TestSharedNameFindings(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "AMMAN — King Abdullah said on Monday that the crisis with his half-brother was over.", date: "2021-04-05", who: "King Abdullah", verdict: doc.Supported},
		{text: "AMMAN — King Abdullah said on Monday that the crisis with his half-brother was over.", date: "2021-04-05", kind: doc.FindSpeakerDeceased, who: "Abdullah"},
		{text: "Saudi King Abdullah said on Monday that the kingdom would raise output.", date: "2018-03-05", who: "King Abdullah", verdict: doc.Contradicted, expl: "2005-08-01 → 2015-01-23"},
		{text: "Saudi King Abdullah said on Monday that the kingdom would raise output.", date: "2018-03-05", kind: doc.FindSpeakerDeceased, who: "Abdullah of Saudi Arabia", verdict: doc.Contradicted},
		{text: "King Abdullah said the kingdom would host talks between Israel and the Palestinians.", date: "2010-06-14", who: "King Abdullah"},
		{text: "MANAMA — Prime Minister Sheikh Khalifa said the protests would be contained.", date: "2012-06-14", who: "Sheikh Khalifa", verdict: doc.Supported},
		{text: "RIYADH — Crown Prince Salman said the kingdom would buy the jets.", date: "2013-06-14", who: "Crown Prince Salman", verdict: doc.Supported},
		{text: "Prime Minister Sharif said on Monday that Pakistan wanted peace with India.", date: "2014-05-05", who: "Sharif", verdict: doc.Supported},
		{text: "Prime Minister Sharif said on Monday that Pakistan wanted peace with India.", date: "2014-05-05", kind: doc.FindUnknownPerson, who: "Sharif"},
	})
}

// TestListAndDeFactoTitles: a plural title over a list of states and of
// names checks each name against its state's office ("The presidents of
// Kenya and Uganda, Uhuru Kenyatta and Yoweri Museveni" in 2023: Kenyatta
// no longer held it); "de facto leader" claims no office (Aung San Suu
// Kyi was never chairman of Myanmar's junta).
func TestListAndDeFactoTitles(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "The presidents of Kenya and Uganda, William Ruto and Yoweri Museveni, met in Nairobi on Tuesday.", date: "2023-06-14", who: "William Ruto", verdict: doc.Supported},
		{text: "The presidents of Kenya and Uganda, William Ruto and Yoweri Museveni, met in Nairobi on Tuesday.", date: "2023-06-14", who: "Yoweri Museveni", verdict: doc.Supported},
		{text: "The presidents of Kenya and Uganda, Uhuru Kenyatta and Yoweri Museveni, met in Nairobi on Tuesday.", date: "2023-06-14", who: "Uhuru Kenyatta", verdict: doc.Contradicted, expl: "2013-04-09 → 2022-09-13"},
		{text: "Myanmar's de facto leader Aung San Suu Kyi said the vote was fair.", date: "2023-06-14", who: "Aung San Suu Kyi"},
		{text: "Saudi Arabia's de facto leader Mohammed bin Salman said the kingdom would invest.", date: "2023-06-14", who: "Mohammed bin Salman"},
	})
}

// TestDatelineNotSentenceTime: the date of the dateline opening a lede
// dates the filing, not the lede's story, so a weekday in the lede still
// names the time its titles are of ("declared a state of siege on
// Wednesday after gunmen shot President X dead", filed the day after
// the killing); a lede naming no other time is of the article date
// (e.g. Haiti 2021).
func TestDatelineNotSentenceTime(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"PORT-AU-PRINCE, July 8, 2021 - Haiti declared a state of siege on Wednesday after gunmen stormed the residence of President Jovenel Moise and shot him dead.", "2021-07-08", doc.Supported, "held this office"},
		{"PORT-AU-PRINCE, July 8, 2021 (Reuters) - Haiti declared a state of siege on Wednesday after gunmen stormed the residence of President Jovenel Moise and shot him dead.", "2021-07-08", doc.Supported, "held this office"},
		{"PORT-AU-PRINCE, July 8, 2021 - Gunmen stormed the residence of President Jovenel Moise, police said.", "2021-07-08", doc.Contradicted, "not on 2021-07-08"},
	})
}

// TestThenTitleFramesSentence: another person's "then-" title sets the
// sentence at that person's time, and a plain title beside it held then
// is of that time, not of the article's date (a report retelling 2002).
func TestThenTitleFramesSentence(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Documents released on Tuesday show then-Prime Minister Silvio Berlusconi had assured President George W. Bush of his support in Rome.", date: "2021-05-04", who: "Bush", verdict: doc.Supported, expl: "then"},
		{text: "The report said then-Prime Minister Tony Blair had told President George W. Bush months earlier that he would back him.", date: "2016-07-06", who: "Bush", verdict: doc.Supported, expl: "Tony Blair"},
		// terms that never overlapped: the "then-" sets no time for the other title
		{text: "The report said then-Prime Minister Tony Blair had told President Donald Trump that he would back him.", date: "2021-05-04", who: "Trump", verdict: doc.Contradicted},
		// a "former" title sets no time
		{text: "Former Prime Minister Tony Blair said on Tuesday he had told President George W. Bush he would back him.", date: "2016-07-06", who: "Bush", verdict: doc.Contradicted},
	})
}

// TestRetoldTitle: a plain title in a sentence that retells its
// person's past is not placed at the article's date: a saying retold
// ("famously said"), or a sentence in the simple past naming no time
// (or only a day after the article, counted from the wrong anchor)
// about a person who died before the date, as obituaries and
// anniversaries tell them. A holder of an office since abolished is so
// judged as a role, not as a claim that the office still exists. The
// dead said to speak, to act in the present or on a day near the date
// stay contradicted.
func TestRetoldTitle(t *testing.T) {
	checkFindingsFull(t, []findingCase{
		{text: "President Nelson Mandela famously said that education is the most powerful weapon.", date: "2024-05-10", who: "Mandela", verdict: doc.Unverifiable},
		{text: "Robert Mugabe died on Friday in Singapore. President Robert Mugabe ruled Zimbabwe for 37 years.", date: "2019-09-07", who: "President Robert Mugabe", verdict: doc.Unverifiable},
		{text: "In November 1979 students stormed the U.S. Embassy in Tehran. Prime Minister Mehdi Bazargan resigned in protest.", date: "2019-11-05", kind: doc.FindOfficeNonexistent, who: "Bazargan"},
		{text: "Forty years ago this week, students stormed the U.S. Embassy in Tehran. Two days later Prime Minister Mehdi Bazargan resigned.", date: "2019-11-05", kind: doc.FindOfficeNonexistent, who: "Bazargan"},
		{text: "The book describes how President Barack Obama struggled to pass the health care law.", date: "2019-06-14", who: "Obama", verdict: doc.Unverifiable},
		{text: "She recalls the night President Barack Obama won Iowa.", date: "2019-06-14", who: "Obama", verdict: doc.Unverifiable},
		// a verb of the past other than saying tells of the life, even one
		// of nowVerbs, and on the day of the death
		{text: "Henry Kissinger died on Wednesday. Secretary of State Henry Kissinger opened relations with China.", date: "2023-11-30", who: "Secretary of State Henry Kissinger", verdict: doc.Unverifiable},
		{text: "Jiang Zemin died on Wednesday. President Jiang Zemin oversaw the return of Hong Kong.", date: "2022-11-30", who: "President Jiang Zemin", verdict: doc.Unverifiable},
		// placed at the date
		{text: "President Barack Obama struggled to pass the health care law, the book says.", date: "2019-06-14", who: "Obama", verdict: doc.Contradicted},
		{text: "Zimbabwean President Robert Mugabe visited Harare on Monday.", date: "2019-10-10", who: "Mugabe", verdict: doc.Contradicted},
		{text: "Zimbabwean President Robert Mugabe said the land must return.", date: "2019-10-10", who: "Mugabe", verdict: doc.Contradicted},
		{text: "Prime Minister Mehdi Bazargan said on Monday that the embassy must be returned.", date: "2019-11-05", kind: doc.FindOfficeNonexistent, who: "Bazargan", verdict: doc.Contradicted},
		// the living: a simple past still places the title
		{text: "President Jacob Zuma opened the new road in Durban.", date: "2021-06-29", who: "Zuma", verdict: doc.Contradicted},
	})
}

// TestDeadActsUnframed: an undated simple-past act of a person dead by
// the date tells of the life only in an article that frames the life —
// it tells of the death or names a time by it; in one that does neither
// ("President Idriss Déby ordered troops to the border, the army said",
// two years after his death) it is news, and the title is judged.
func TestDeadActsUnframed(t *testing.T) {
	checkFindingsFull(t, []findingCase{
		{text: "N'DJAMENA - President Idriss Déby ordered troops to the border with Sudan, the army said in a statement.", date: "2023-05-10", who: "Déby", verdict: doc.Contradicted},
		{text: "ABU DHABI - President Sheikh Khalifa bin Zayed Al Nahyan pardoned 870 prisoners ahead of Ramadan.", date: "2023-03-20", who: "Khalifa", verdict: doc.Contradicted},
		{text: "Idriss Déby seized power in 1990. President Idriss Déby ordered troops to the border whenever rebels threatened the capital.", date: "2023-05-10", who: "President Idriss Déby", verdict: doc.Unverifiable},
		{text: "Chad buried Idriss Déby on Friday. President Idriss Déby ordered troops to the border whenever rebels threatened the capital.", date: "2021-04-23", who: "President Idriss Déby", verdict: doc.Unverifiable},
	})
}

// TestSayingOfAnother: a verb of saying before a title whose person is
// the subject of a finite verb after it ("the prosecution said Prime
// Minister X had received gifts", "investigators said President X
// dissolved the legislature") is another's saying about X, not X
// speaking or acting at the article's date; "said President X" is X's.
func TestSayingOfAnother(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "The prosecution said Prime Minister Imran Khan had received gifts worth millions while in office.", date: "2024-02-26", who: "Imran Khan", verdict: doc.Unverifiable},
		{text: "Investigators said President Martin Vizcarra had taken bribes as a governor.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Unverifiable},
		{text: "\"We will appeal,\" said Prime Minister Imran Khan.", date: "2024-02-26", who: "Imran Khan", verdict: doc.Contradicted},
		// another's account of a past act in the simple past is of that
		// act's time too (TestReportedAccount); the person's own simple
		// past still places the title (TestSimplePastPlacesTitle)
		{text: "Investigators said President Martin Vizcarra dissolved the legislature.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Unverifiable},
	})
}

// TestNamedAsObject: a title after a verb that names its person as what
// is praised or criticised ("Bolsonaro praised Chilean President Augusto
// Pinochet on Sunday") is not placed at the date by the subject's time:
// a former holder, or a stranger to an office whose KB list begins
// after it existed, may carry a historical title. The subject's own
// title, and the object of a meeting, are still judged.
func TestNamedAsObject(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Brazilian President Jair Bolsonaro praised Chilean President Augusto Pinochet on Sunday.", date: "2019-01-20", kind: doc.FindUnknownPerson, who: "Pinochet", verdict: doc.Unverifiable},
		{text: "Brazilian President Jair Bolsonaro criticised Argentine President Cristina Fernández de Kirchner on Sunday.", date: "2019-01-20", who: "Kirchner", verdict: doc.Unverifiable},
		{text: "Chilean President Augusto Pinochet praised Brazil on Sunday.", date: "2019-01-20", kind: doc.FindUnknownPerson, who: "Pinochet", verdict: doc.Contradicted},
		{text: "Brazilian President Jair Bolsonaro met Chilean President Augusto Pinochet on Sunday.", date: "2019-01-20", kind: doc.FindUnknownPerson, who: "Pinochet", verdict: doc.Contradicted},
		{text: "Brazilian President Jair Bolsonaro met Argentine President Cristina Fernández de Kirchner on Sunday.", date: "2019-01-20", who: "Kirchner", verdict: doc.Contradicted},
	})
}

// TestFileCaptionWording: a caption that calls its picture a file or
// archive photo anywhere ("In this file photo, President X waves", "…
// in this archive picture") shows the titles of the picture's day, as
// "FILE PHOTO:" does; a present caption with no such words is judged
// at the article's date (TestCaptionPresent).
func TestFileCaptionWording(t *testing.T) {
	for _, text := range []string{
		"In this file photo, President Nelson Mandela waves to supporters in Soweto.",
		"In this undated file photo, Zimbabwean President Robert Mugabe greets supporters in Harare.",
		"Zimbabwean President Robert Mugabe greets supporters in Harare in this archive picture.",
	} {
		for _, f := range findingsOf(analyzeQuotes(t, text, "2024-01-10"), doc.FindRoleMismatch) {
			if strings.HasPrefix(f, doc.Contradicted) {
				t.Errorf("%q: %q; want an archive picture's title unjudged", text, f)
			}
		}
	}
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Zimbabwean President Robert Mugabe greets supporters in Harare, filed under sport.", "2024-01-10", doc.Contradicted, "not on 2024-01-10"},
	})
}

// TestUnknownShortSurname: a one-word name that is a word of the name of
// the office's holder ("Kim" for Kim Jong Un, a surname shorter than the
// four letters of a distinctive word) resembles the holder: unverifiable,
// never an impostor; another one-word name is still contradicted.
func TestUnknownShortSurname(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "President Moon Jae-in and North Korean leader Kim Jong-un met at Panmunjom. Foreign Minister Kang Kyung-wha said the talks went well. Kim became the first North Korean leader to set foot in the South.", kind: doc.FindUnknownPerson, who: "Kim", verdict: doc.Unverifiable},
		{text: "President Moon Jae-in and North Korean leader Kim Jong-un met at Panmunjom. Foreign Minister Kang Kyung-wha said the talks went well. Pak became the first North Korean leader to set foot in the South.", kind: doc.FindUnknownPerson, who: "Pak", verdict: doc.Contradicted},
	})
}

// TestUnknownCommonGivenName: an unknown name that shares only a common
// given name with the office's holder is no variant spelling of the
// holder's name: contradicted where the KB's holders are complete; a
// shared surname still resembles.
func TestUnknownCommonGivenName(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "Iranian Defence Minister Mohammad Bagher Soltani said on Monday that the talks would continue.", date: "2023-07-21", kind: doc.FindUnknownPerson, who: "Soltani", verdict: doc.Contradicted},
		{text: "Iranian Defence Minister Mohammad Gharaei said on Monday that the talks would continue.", date: "2023-07-21", kind: doc.FindUnknownPerson, who: "Gharaei", verdict: doc.Unverifiable},
	})
}

// TestCommanderTitle: an armed group or a state has many commanders, so
// "X commander Y" is supported when the KB has Y as the leader and is
// never contradicted when it does not, known person or unknown.
func TestCommanderTitle(t *testing.T) {
	checkFindings(t, []findingCase{
		{text: "A day after a strike in Beirut killed Hezbollah commander Fuad Shukr, the group vowed revenge.", date: "2024-08-01", who: "Shukr", verdict: doc.Unverifiable, expl: "many commanders"},
		{text: "Iranian commander Qassem Soleimani visited Baghdad on Friday.", date: "2019-12-27", who: "Soleimani", verdict: doc.Unverifiable},
		{text: "The Taliban commander Sirajuddin Haqqani said on Monday the group would fight.", date: "2024-03-11", who: "Haqqani", verdict: doc.Unverifiable},
		{text: "Hamas commander Marwan Issa was killed in the strike, officials said on Monday.", date: "2024-03-11", who: "Issa", kind: doc.FindUnknownPerson, verdict: ""},
		// the leader called a commander keeps the leader's verdict
		{text: "RSF commander Mohamed Hamdan Dagalo said the group would fight.", date: "2024-03-11", who: "Dagalo", verdict: doc.Supported},
		{text: "Houthi commander Abdul-Malik al-Houthi said the group would keep attacking ships.", date: "2024-03-11", who: "Houthi", verdict: doc.Supported},
		// controls: "leader" names the one leader
		{text: "Hezbollah leader Fuad Shukr said the group would fight.", date: "2024-07-01", who: "Shukr", verdict: doc.Contradicted},
	})
}

// TestSpeakerTitleNotDatedByContent: a month in what a titled speaker
// says dates the thing said, not the speaker's title, which is of the
// telling; the month still dates a title in the clause itself.
func TestSpeakerTitleNotDatedByContent(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"In Israel, Defence Minister Yoav Gallant said the army would complete its withdrawal under the ceasefire agreed in November.", "2025-01-09", doc.Contradicted, "Israel Katz"},
		{"Yoav Gallant, the defence minister, said the result showed the strength of the ceasefire agreed in November.", "2025-01-09", doc.Contradicted, "Israel Katz"},
		// controls: the speaker at the time named outside the content, and a title within it
		{"Defence Minister Yoav Gallant said in November that the army would withdraw.", "2025-01-09", doc.Supported, "2024-11"},
		{"Netanyahu said the army had acted in October under Defence Minister Yoav Gallant.", "2025-01-09", doc.Supported, ""},
	})
}

// TestFormerLastTermEvidence: a past title with no time of its own is
// judged by the holder's last term to end before the date, and that
// term alone is its evidence ("then-President Mikheil Saakashvili" in
// 2024: 2008–2013, not 2004–2007).
func TestFormerLastTermEvidence(t *testing.T) {
	for _, tc := range []struct{ text, date, who, expl string }{
		{"Georgia's opposition was led for years by then-President Mikheil Saakashvili, who is now in prison.", "2024-12-03", "Saakashvili", "2008-01-20 → 2013-11-17"},
		{"Former Prime Minister Irakli Garibashvili is no longer active in politics.", "2024-12-03", "Garibashvili", "2021-02-22 → 2024-02-08"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, doc.FindRoleMismatch, tc.who, doc.Supported, tc.expl)
		for _, f := range d.Findings {
			if f.Kind == doc.FindRoleMismatch && (len(f.Evidence) != 1 || !strings.Contains(f.Evidence[0].Fact, tc.expl)) {
				t.Errorf("%q: evidence %+v; want the one term %s", tc.text, f.Evidence, tc.expl)
			}
		}
	}
}

// TestNoCommonDateOpenTerm: a no_common_date finding writes a term still
// open in the KB as "from START on", not as a span ending "present",
// both for titles the sentence joins and for claims of an undated text.
func TestNoCommonDateOpenTerm(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"In 2013, President Emmerson Mnangagwa and Prime Minister Morgan Tsvangirai presented the draft constitution.", "2017-11-22", "Emmerson Mnangagwa held this office only from 2017-11-24 on, Morgan Tsvangirai only 2009-02-11 → 2013-09-11"},
		{"President Emmerson Mnangagwa met Prime Minister Morgan Tsvangirai.", "", "President Emmerson Mnangagwa holds only from 2017-11-24 on, Prime Minister Morgan Tsvangirai only 2009-02-11 → 2013-09-11"},
	} {
		d := analyze(t, tc.text, tc.date)
		f := findKind(d.Findings, doc.FindNoCommonDate)
		if f == nil || !strings.Contains(f.Explanation, tc.want) {
			t.Errorf("%q: no_common_date = %+v; want explanation with %q", tc.text, f, tc.want)
		}
	}
}

// TestTitleJustAfterRemoval: a title given one or two days after a coup
// or dismissal removed its holder ("President Win Myint" the day after
// the 2021 coup) is unverifiable with how recent the removal was, not
// contradicted; later it is contradicted again.
func TestTitleJustAfterRemoval(t *testing.T) {
	for _, tc := range []struct{ text, date, verdict, expl string }{
		{"President Win Myint said in a statement that the country must stay calm.", "2021-02-02", doc.Unverifiable, "removed from this office in a coup on 2021-02-01, 1 day before"},
		{"President Win Myint said in a statement that the country must stay calm.", "2021-02-03", doc.Unverifiable, "2 days before"},
		{"President Win Myint said in a statement that the country must stay calm.", "2021-02-10", doc.Contradicted, "not on 2021-02-10"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
}
