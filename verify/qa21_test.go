package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA21NeverVicePresident: a vice-president of a parliamentary
// republic whose president has no deputy, or of a monarchy, is
// office_nonexistent whether or not the KB knows the person (QA22 V-2:
// "Hungarian Vice President Zsolt Semjen" gave no finding).
func TestQA21NeverVicePresident(t *testing.T) {
	for _, text := range []string{
		"Hungarian Vice President Zsolt Semjen said on Thursday that the government was close to a deal.",
		"Italian Vice President Antonio Tajani spoke in Rome.",
		"Swedish President Ulf Kristersson spoke in Stockholm.",
	} {
		d := analyzeQuotes(t, text, "2022-10-14")
		wantOne(t, d, doc.FindOfficeNonexistent, text, doc.Contradicted, "never been such an office")
	}
}

// TestQA21DeputiesAndVicePresidents: the deputy prime ministers of
// Malaysia, Singapore and Italy and the vice-presidents of Tanzania,
// Ghana and Paraguay are in the KB, so a deputy's title is checked
// (QA22 V-3: "Anwar Ibrahim, who is also deputy prime minister" in 2023
// was unverifiable; QA21 V-5: "Vice President Samia Suluhu Hassan").
func TestQA21DeputiesAndVicePresidents(t *testing.T) {
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

// TestQA21DesignateAndOutgoing: a "-elect" title is supported only in
// the year before the term starts and the week after; before that it
// is too early, after it the person holds the office (QA21 V-3:
// "President-elect Santiago Pena" was supported in 2019 and 2024). An
// "outgoing" title passes for a week after the term's end, the
// hand-over (QA22 V-4: "Outgoing Prime Minister Mario Draghi" the day
// after Meloni's oath was contradicted).
func TestQA21DesignateAndOutgoing(t *testing.T) {
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

// TestQA21LastWords: a dead person's last speech, address or interview,
// with an adjective between ("his last public speech", "her final
// televised address"), was given before the death (QA21 V-6: a false
// speaker_deceased).
func TestQA21LastWords(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"In his last public speech, Magufuli said the country would never import vaccines.", ""},
		{"In his final televised address, Magufuli said the country would never import vaccines.", ""},
		{"Magufuli said on Monday the country would never import vaccines.", doc.Contradicted},
	} {
		if got := deceasedVerdict(t, tc.text, "2021-04-12"); got != tc.want {
			t.Errorf("%q: speaker_deceased %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestQA21RelationsSince: "have had diplomatic relations since YEAR"
// claims relations in place from that year without a break (QA21 V-4:
// "Honduras has had diplomatic relations with China since 1985" gave no
// finding; the KB records their establishment on 2023-03-26).
func TestQA21RelationsSince(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Honduras has had diplomatic relations with China since 1985.", "2024-07-06", doc.Contradicted, "only from 2023-03-26"},
		{"China and Honduras have maintained diplomatic ties since 1985.", "2024-07-06", doc.Contradicted, "only from 2023-03-26"},
		{"Honduras and China have had diplomatic relations since 2023.", "2024-07-06", doc.Supported, "since 2023-03-26"},
		{"Iran and Saudi Arabia have had diplomatic relations since 2016.", "2024-07-06", doc.Contradicted, "severed on 2016-01-03"},
		{"Iran and Saudi Arabia have had diplomatic relations since 1991.", "2024-07-06", doc.Contradicted, "broken on 2016-01-03"},
		{"Iran and Saudi Arabia have had diplomatic relations since 1991.", "2015-07-06", doc.Supported, "since 1991-03"},
	})
	d := analyzeQuotes(t, "Iran and Saudi Arabia have had close ties for decades.", "2015-07-06")
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted {
			t.Errorf("close ties: %s %s", f.Verdict, f.Explanation)
		}
	}
}

// TestQA23ChancellorSystems: Germany's and Austria's vice-chancellors
// are in the KB, and neither state has a prime minister (QA23 V-10,
// V-11).
func TestQA23ChancellorSystems(t *testing.T) {
	for _, tc := range []struct{ text, date, kind, verdict, expl string }{
		{"Vice Chancellor Heinz-Christian Strache said on Monday that he would fight.", "2019-05-28", doc.FindRoleMismatch, doc.Contradicted, "2017-12-18 → 2019-05-22"},
		{"German Vice Chancellor Olaf Scholz said on Monday that the vote was regrettable.", "2019-05-28", doc.FindRoleMismatch, doc.Supported, "2018-03-14 → 2021-12-08"},
		{"Austrian Prime Minister Sebastian Kurz said on Monday that the vote was regrettable.", "2019-05-28", doc.FindOfficeNonexistent, doc.Contradicted, "never been such an office"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, tc.kind, tc.text, tc.verdict, tc.expl)
	}
}

// TestQA23OwnPeriods: a title whose apposition or relative clause gives
// its own time is judged at that time ("X, foreign minister from 2017
// to 2019," was contradicted at the article date: QA23 V-14); "since
// YEAR" must not precede the term's start (V-15); "Former X" on the day
// the term ends is no contradiction (V-5).
func TestQA23OwnPeriods(t *testing.T) {
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

// TestQA23SurnameAndDayPart: a title on a surname the article has named
// in full before is checked, not excused as a possible namesake (QA23
// V-4); "on Wednesday evening" dates the clause like "on Wednesday"
// (V-2).
func TestQA23SurnameAndDayPart(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Jacob Zuma appeared in court on Wednesday. President Zuma said on Wednesday he was innocent.", "2018-03-15", doc.Contradicted, "Cyril Ramaphosa"},
		{"Taro Kono visited Guam on Monday. Foreign Minister Kono said on Monday that ties were strong.", "2022-09-20", doc.Contradicted, "Yoshimasa Hayashi"},
		{"Foreign Minister Taro Kono is in Seoul on Wednesday evening.", "2020-09-16", doc.Contradicted, "Toshimitsu Motegi"},
		{"Emperor Akihito formally appointed Suga at a ceremony on Wednesday evening.", "2020-09-16", doc.Contradicted, "Naruhito"},
	})
}

// TestQA23FutureTense: the present and future tense place a title at
// the article's date like a verb of speech does (QA23 V-3: "Foreign
// Minister Taro Kono will visit Seoul next week" a year after he left
// was unverifiable).
func TestQA23FutureTense(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Foreign Minister Taro Kono will visit Seoul next week.", "2020-09-16", doc.Contradicted, "Toshimitsu Motegi"},
		{"Foreign Minister Taro Kono wants stable ties with China.", "2020-09-16", doc.Contradicted, "Toshimitsu Motegi"},
		{"President Jacob Zuma will visit Durban next week.", "2018-03-15", doc.Contradicted, "Cyril Ramaphosa"},
	})
}

// TestQA23KBGaps: facts QA23 found missing are in the KB: Qureshi's two
// terms as Pakistan's foreign minister, South Africa's finance
// ministers, Mabuza's swearing-in as deputy president to the day.
func TestQA23KBGaps(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Foreign Minister Shah Mehmood Qureshi told reporters on Saturday that ties were strong.", "2018-08-18", doc.Contradicted, "2018-08-20 → 2022-04-10"},
		{"Finance Minister Nhlanhla Nene told investors on Thursday that the budget was sound.", "2018-02-15", doc.Contradicted, "Malusi Gigaba"},
		{"Deputy President David Mabuza said on Thursday that the party was united.", "2018-02-15", doc.Contradicted, "2018-02-27"},
	})
}

// TestQA23ActingAndTrailingBreak: "Acting President X" after X's own
// acting term gave way to a full one is contradicted (QA23 V-6); a break
// claimed in a clause after the restored relations ("restore relations,
// which were severed in 2018", "relations, cut in 2019") is checked, and
// its year does not date the restoration (V-8).
func TestQA23ActingAndTrailingBreak(t *testing.T) {
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

// TestQA23RelationMonths: a relation claim whose clause names a month
// is compared with the KB's month (QA23 V-7: "Algeria severed
// diplomatic ties with Morocco in June" was supported against
// 2021-08-24); a weekday or "last month" is not compared.
func TestQA23RelationMonths(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Algeria severed diplomatic ties with Morocco in June.", "2021-09-01", doc.Contradicted, "not at the time the text gives (June)"},
		{"Algeria severed diplomatic ties with Morocco on June 24.", "2021-09-01", doc.Contradicted, "(June 24)"},
		{"Algeria severed diplomatic ties with Morocco in August.", "2021-09-01", doc.Supported, "2021-08-24"},
		{"Algeria severed diplomatic ties with Morocco last month.", "2021-09-01", doc.Supported, "2021-08-24"},
		{"Saudi Arabia and Iran restored relations in May 2023.", "2023-06-01", doc.Contradicted, "2023-03-10"},
	})
}

// TestQA24EconomyAndGaps: economy ministers are an office of their own
// (Germany's and Argentina's in the KB), Finland's and Taiwan's foreign
// ministers and the UK–Argentina break and restoration are in the KB,
// and a restoration claimed years after relations were restored and
// unbroken is contradicted (QA24 V-1, V-2, V-4).
func TestQA24EconomyAndGaps(t *testing.T) {
	for _, tc := range []struct{ text, date, kind, verdict, expl string }{
		{"Economy Minister Javier Milei spoke in Buenos Aires.", "2023-12-13", doc.FindRoleMismatch, doc.Contradicted, "Luis Caputo"},
		{"German Economy Minister Robert Habeck spoke.", "2022-06-13", doc.FindRoleMismatch, doc.Supported, "2021-12-08 → 2025-05-06"},
		{"Taiwan's foreign minister Joseph Wu said the drills were a threat.", "2021-05-13", doc.FindRoleMismatch, doc.Supported, "2018-02-26 → 2024-05-20"},
		{"Finnish Foreign Minister Pekka Haavisto said the talks were useful.", "2024-05-13", doc.FindRoleMismatch, doc.Contradicted, "Elina Valtonen"},
		{"Britain and Argentina restored diplomatic relations in 2005.", "2023-12-13", doc.FindRelationContradicted, doc.Contradicted, "restored on 1990-02-15"},
		{"Britain and Argentina restored diplomatic relations in 1990.", "2023-12-13", doc.FindRelationContradicted, doc.Supported, "1990-02-15"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, tc.kind, tc.text, tc.verdict, tc.expl)
	}
}

// TestQA23Until: "who served as X until Y" and "X, foreign minister
// until Y," must name the year a term ended (QA23 V-16).
func TestQA23Until(t *testing.T) {
	for _, tc := range []struct{ text, verdict, expl string }{
		{"Taro Kono, who served as foreign minister until 2018, met his Korean counterpart on Tuesday.", doc.Contradicted, "left this office on 2019-09-11"},
		{"Taro Kono, foreign minister until 2018, met his Korean counterpart on Tuesday.", doc.Contradicted, "left this office on 2019-09-11"},
		{"Taro Kono, who served as foreign minister until 2019, met his Korean counterpart on Tuesday.", doc.Supported, "2017-08-03 → 2019-09-11"},
	} {
		d := analyzeQuotes(t, tc.text, "2021-03-16")
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
}

// TestQA23NeverHeldInLife: a former title for a KB person who holds no
// term of a one-holder office whose complete list covers the person's
// whole adult life is contradicted (QA23 V-21).
func TestQA23NeverHeldInLife(t *testing.T) {
	d := analyzeQuotes(t, "Former President Ronald Lamola visited Guam on Monday.", "2024-03-16")
	wantOne(t, d, doc.FindRoleMismatch, "Lamola", doc.Contradicted, "lists every President of South Africa since 2000-01-01")
	d = analyzeQuotes(t, "Japan's former prime minister Taro Kono visited Guam on Monday.", "2021-03-16")
	wantOne(t, d, doc.FindRoleMismatch, "Kono", doc.Unverifiable, "no record")
}

// TestQA23FullTermEvidence: a former holder's explanation names a full
// term before an acting one (QA23 V-13).
func TestQA23FullTermEvidence(t *testing.T) {
	d := analyzeQuotes(t, "Former President Goodluck Jonathan attended the ceremony.", "2023-05-29")
	wantOne(t, d, doc.FindRoleMismatch, "Jonathan", doc.Supported, "2010-05-06 → 2015-05-29")
}

// TestQA23LateWithoutTitle: "the late X" with no title, for a KB person
// who died after the article's date, is contradicted (QA23 V-1: "The
// late Winnie Madikizela-Mandela" two months before her death); after
// the death it passes.
func TestQA23LateWithoutTitle(t *testing.T) {
	text := "The late Winnie Madikizela-Mandela always said the land must return."
	d := analyzeQuotes(t, text, "2018-02-15")
	wantOne(t, d, doc.FindRoleMismatch, text, doc.Contradicted, "died 2018-04-02")
	d = analyzeQuotes(t, text, "2019-02-15")
	for _, f := range d.Findings {
		if f.Kind == doc.FindRoleMismatch {
			t.Errorf("after the death: %s %s", f.Verdict, f.Explanation)
		}
	}
}

// A verdictCase is a sentence, its article date, and the verdict and a
// part of the explanation its one finding must have.
type verdictCase struct{ text, date, verdict, expl string }

// wantVerdicts runs each case through the full pipeline and wants one
// finding of kind with the case's verdict and explanation.
func wantVerdicts(t *testing.T, kind string, cases []verdictCase) {
	t.Helper()
	for _, tc := range cases {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, kind, tc.text, tc.verdict, tc.expl)
	}
}
