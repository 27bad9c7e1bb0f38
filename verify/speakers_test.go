package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of speakers the KB knows died before they spoke.

// TestDeadSpeakerWeekAndLastSpeech: a quote dated to a week that began
// by the speaker's death, or from "his final speech", reports what was
// said before it.
func TestDeadSpeakerWeekAndLastSpeech(t *testing.T) {
	checkDeceased(t, []deceasedCase{
		{"Raisi said last week that Iran would never bow to pressure.", "2024-05-21", ""},
		{"In his final speech, Raisi said Iran would never bow to pressure.", "2024-05-21", ""},
		{"Raisi said on Tuesday that Iran would never bow to pressure.", "2024-05-21", doc.Contradicted},
		// a week wholly after the death is no excuse
		{"Raisi said last week that Iran would never bow to pressure.", "2024-06-05", doc.Contradicted},
	})
}

// TestDeadSubjectOfUncodedVerb: a person the KB knows died, subject of a
// simple-past verb the events stage does not code, in a sentence dated
// after the death, is flagged; dying itself and a date before the death
// are not.
func TestDeadSubjectOfUncodedVerb(t *testing.T) {
	checkDeceased(t, []deceasedCase{
		{"Former Chinese President Jiang Zemin sent a message of condolence to Biden on Thursday.", "2023-11-30", doc.Contradicted},
		{"Jiang Zemin died on Wednesday.", "2022-11-30", ""},
		{"Jiang Zemin visited Shanghai on March 3, 1998.", "2023-11-30", ""},
		// an undated time years back dates the act, not the day the
		// sentence also names
		{"Years ago, Jiang Zemin told students in Shanghai on a visit that China would open up, the school said on Thursday.", "2023-11-30", ""},
		{"Jiang Zemin told students in Shanghai on a visit that China would open up, the school said on Thursday.", "2023-11-30", doc.Contradicted},
	})
}

// TestPastTimeInsideQuote: an undated earlier time inside the quoted
// words ("many years ago") tells what they say, not when they were said;
// one outside them still dates the saying.
func TestPastTimeInsideQuote(t *testing.T) {
	checkDeceased(t, []deceasedCase{
		{"\"This is what we should have done many years ago,\" Meles Zenawi told state television on Monday.", "2018-07-09", doc.Contradicted},
		{"\"This is what we should have done years ago,\" Meles Zenawi said on Monday.", "2018-07-09", doc.Contradicted},
		{"Many years ago, Meles Zenawi told state television: \"This is what we should have done.\"", "2018-07-09", ""},
	})
}

// TestSpeechNotDatedByRelativeClause: the years of a relative clause
// about the speaker ("who led Japan from 2012 to 2020") date his past,
// not the statement, so a dead speaker is still flagged.
func TestSpeechNotDatedByRelativeClause(t *testing.T) {
	for _, text := range []string{
		"Shinzo Abe, who led Japan from 2012 to 2020, said on Tuesday the economy had escaped deflation.",
		"Shinzo Abe, who led Japan from 2012 to 2020, said the economy had escaped deflation.",
	} {
		d := analyzeQuotes(t, text, "2024-03-19")
		got := findingsOf(d, doc.FindSpeakerDeceased)
		if len(got) != 1 || !strings.HasPrefix(got[0], doc.Contradicted) {
			t.Errorf("%q: %q; want one contradicted speaker_deceased", text, got)
		}
	}
	// a year of the statement itself still dates it
	d := analyzeQuotes(t, "Shinzo Abe, who led Japan, said in 2019 the economy had escaped deflation.", "2024-03-19")
	if got := findingsOf(d, doc.FindSpeakerDeceased); len(got) != 0 {
		t.Errorf("said in 2019: %q; want none", got)
	}
}

// TestQuoteFramedBefore: an undated quote of a dead person takes the
// time of the sentence before it when that sentence names the person and
// a time by the death ("Twenty years ago today, President Boris Yeltsin
// went on television …"), or of an article that tells of the death; a
// sentence before of the article's own days, or one about someone else,
// leaves the quote at the article's date (TestSpeechNotDatedByRelativeClause).
func TestQuoteFramedBefore(t *testing.T) {
	checkDeceased(t, []deceasedCase{
		{"Twenty years ago today, President Boris Yeltsin went on television and announced his resignation. \"I am leaving. I have done all I could,\" Yeltsin said.", "2019-12-31", ""},
		{"In March 2011, as rebels closed in on Benghazi, Muammar Gaddafi went on state television. \"We will come house by house, room by room,\" Gaddafi said.", "2021-03-17", ""},
		{"Tanzanians marked one year on Thursday since the death of John Magufuli. \"Corona cannot survive in the body of Christ,\" Magufuli said.", "2022-03-17", ""},
		{"Venezuela's government on Monday announced new price controls on food. \"The economic war will not defeat us,\" Chávez said.", "2018-02-12", doc.Contradicted},
		{"Supporters of Hugo Chávez marched in Caracas on Monday. \"The economic war will not defeat us,\" Chávez said.", "2018-02-12", doc.Contradicted},
		{"In 2011 the rebels took Benghazi. \"We will come house by house,\" Gaddafi said.", "2021-03-17", doc.Contradicted},
		// a death dated years before the article, told in passing, frames
		// no quote of the article's days (e.g. Gabon); one remembered
		// or just past does
		{"Ali Bongo succeeded his father, Omar Bongo, who died in 2009 after four decades in power. Former president Omar Bongo said in a statement that the family accepted the soldiers' decision.", "2023-08-31", doc.Contradicted},
		{"Gabon marked the anniversary of the death of Omar Bongo, who died in 2009. \"Gabon must remain united,\" Omar Bongo said.", "2019-06-08", ""},
		{"Omar Bongo died in June 2009 after four decades in power. \"Gabon must remain united,\" Omar Bongo said.", "2009-06-10", ""},
	})
}

// TestLastWords: a dead person's last speech, address or interview,
// with an adjective between ("his last public speech", "her final
// televised address"), was given before the death (a false
// speaker_deceased).
func TestLastWords(t *testing.T) {
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

// TestLateWithoutTitle: "the late X" with no title, for a KB person
// who died after the article's date, is contradicted ("The
// late Winnie Madikizela-Mandela" two months before her death); after
// the death it passes.
func TestLateWithoutTitle(t *testing.T) {
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

// TestLateSaidOn: "the late X said on Wednesday", with the day
// right after the cue falling after the death, has a dead man speak;
// "the late" with "once said", a year at or before the death, or a
// last interview aired that day stays a report of the past.
func TestLateSaidOn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"\"We will respond,\" the late President Ebrahim Raisi said on Wednesday.", true},
		{"The late President Ebrahim Raisi said on Wednesday that Iran would respond.", true},
		{"\"We will respond,\" the late President Ebrahim Raisi once said.", false},
		{"The late Ebrahim Raisi said in 2022 that Iran would respond.", false},
		{"The late President Ebrahim Raisi's last interview, aired on Wednesday, said Iran would respond.", false},
	} {
		if got := deceasedContradicted(t, tc.text, "2024-08-01"); got != tc.want {
			t.Errorf("%q: speaker_deceased contradicted %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestQuotedPast: what a quote tells is not dated by the day of
// its saying outside it ("\"Hosni Mubarak ruled us for 30 years,\" a
// protester said on Monday" had the dead man act on Monday), and a
// quote opening with a subordinator ("\"When President X ruled, …\"")
// sets its title at another time, as without the quote mark.
func TestQuotedPast(t *testing.T) {
	for _, tc := range []struct {
		text       string
		kind       string
		contradict bool
	}{
		{"\"When President Hosni Mubarak ruled, we had no voice,\" a protester said on Monday.", doc.FindRoleMismatch, false},
		{"\"When President Hosni Mubarak ruled, we had no voice,\" a protester said on Monday.", doc.FindSpeakerDeceased, false},
		{"“When President Hosni Mubarak ruled, we had no voice,” a protester said on Monday.", doc.FindRoleMismatch, false},
		{"(When President Hosni Mubarak ruled, we had no voice, a protester said on Monday.)", doc.FindRoleMismatch, false},
		{"\"Hosni Mubarak ruled us for 30 years,\" a protester said on Monday.", doc.FindSpeakerDeceased, false},
		{"\"President Hosni Mubarak spoke to us on Monday,\" a protester said.", doc.FindSpeakerDeceased, true},
		{"Hosni Mubarak visited Cairo on Monday.", doc.FindSpeakerDeceased, true},
	} {
		got := false
		for _, f := range findingsOf(analyzeQuotes(t, tc.text, "2023-05-01"), tc.kind) {
			got = got || strings.HasPrefix(f, "contradicted")
		}
		if got != tc.contradict {
			t.Errorf("%q: %s contradicted %v; want %v", tc.text, tc.kind, got, tc.contradict)
		}
	}
}

// TestPrepositionObject: a dead person named as the object of a
// preposition before the verb is not its subject ("a statement from the
// family of Shinzo Abe said on Tuesday"); a time before the name ("On
// Tuesday Shinzo Abe visited") is no preposition of his.
func TestPrepositionObject(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"A statement from the family of Shinzo Abe said on Tuesday that a funeral would be held.", false},
		{"On Tuesday Shinzo Abe visited Taipei.", true},
		{"In Tokyo, Shinzo Abe visited Taipei on Tuesday.", true},
		{"Shinzo Abe said on Tuesday that a funeral would be held.", true},
	} {
		if got := deceasedContradicted(t, tc.text, "2022-09-01"); got != tc.want {
			t.Errorf("%q: speaker_deceased contradicted %v; want %v", tc.text, got, tc.want)
		}
	}
}

// deceasedContradicted reports whether text, dated date, gets a
// contradicted speaker_deceased finding.
func deceasedContradicted(t *testing.T, text, date string) bool {
	t.Helper()
	for _, f := range findingsOf(analyzeQuotes(t, text, date), doc.FindSpeakerDeceased) {
		if strings.HasPrefix(f, "contradicted") {
			return true
		}
	}
	return false
}

// TestRetoldQuotes: a dead person's words told as history ("was once
// asked … He responded then", "the famous story X told") are no
// statement at the article's date; the same words reported as news
// are (PolNeAR dev: Reagan and Kennedy in 2016 columns).
func TestRetoldQuotes(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Ronald Reagan was once asked how the Cold War would end. He responded then the same way that we must respond now: "They lose, we win."`, ""},
		{`Scott invoked the famous story John F. Kennedy told about his father: "Don't buy a single vote more than is necessary," John F. Kennedy said.`, ""},
		{`Ronald Reagan famously said: "Tear down this wall."`, ""},
		{`"They lose, we win," Ronald Reagan said on Monday.`, doc.Contradicted},
		{`Ronald Reagan was asked how the talks would end. He said: "They lose, we win."`, doc.Contradicted},
		// a book's words, in the literary present
		{`In "An American Life", Ronald Reagan writes that he never doubted the outcome.`, ""},
		{`In his autobiography, Ronald Reagan writes that he never doubted the outcome.`, ""},
		{`Ronald Reagan writes on Monday that he never doubted the outcome.`, doc.Contradicted},
	} {
		if got := deceasedVerdict(t, tc.text, "2016-09-22"); got != tc.want {
			t.Errorf("%q: speaker_deceased %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCitedAndMisdatedSayings: a saying cited ("As President X said,
// …") or quoted by another ("Ramaphosa quoted President Nelson Mandela,
// who said …") is retold, and an act told in the simple past but dated
// after the article (a "two days later" counted from the wrong anchor)
// is no act after a death; "was quoted as saying on Monday" and a
// dated cue of the present stay flagged.
func TestCitedAndMisdatedSayings(t *testing.T) {
	checkDeceased(t, []deceasedCase{
		{"As President Kenneth Kaunda said, the world is one family.", "2024-05-10", ""},
		{"Ramaphosa quoted President Nelson Mandela, who said that education was the most powerful weapon.", "2024-05-10", ""},
		{"Forty years ago this week, students stormed the U.S. Embassy in Tehran. Two days later Prime Minister Mehdi Bazargan resigned.", "2019-11-05", ""},
		{"Nelson Mandela was quoted as saying on Monday that education was the most powerful weapon.", "2024-05-10", doc.Contradicted},
		{"As Kenneth Kaunda said on Monday, the world is one family.", "2024-05-10", doc.Contradicted},
	})
}

// TestActDatedOnlyByRelativeClause: an act of a dead person whose
// sentence's only day lies in a relative clause about the person ("Queen
// Elizabeth II, who died on Thursday, met every prime minister") is
// told in retrospect, like an undated act; a day of the main clause
// still dates it.
func TestActDatedOnlyByRelativeClause(t *testing.T) {
	checkDeceased(t, []deceasedCase{
		{"Queen Elizabeth II, who died on Thursday, met every British prime minister from Winston Churchill to Liz Truss.", "2022-09-09", ""},
		{"Shinzo Abe, who was shot on Friday, visited Taiwan twice.", "2022-07-10", ""},
		{"Shinzo Abe, who was shot last July, visited Taiwan on Tuesday.", "2023-03-01", doc.Contradicted},
	})
}

// TestDeadNameInRelativeClause: a dead person named inside a relative
// clause set off by commas ("John Mahama, who became president when John
// Atta Mills died in 2012, was sworn in") is not the subject of the verb
// after the clause, whatever the events stage made its source; as the
// clause's head he still is.
func TestDeadNameInRelativeClause(t *testing.T) {
	checkDeceased(t, []deceasedCase{
		{"John Mahama, who became president when John Atta Mills died in 2012, was sworn in on Tuesday for a second term after beating Vice President Mahamudu Bawumia.", "2025-01-07", ""},
		{"John Atta Mills, who won the 2008 election, met Nana Akufo-Addo in Accra on Tuesday.", "2025-01-07", doc.Contradicted},
	})
}
