package mention

import "testing"

// TestQA14RankedTitles checks that an ordinal or a rank qualifier
// between a title's owner and the title keeps the role claim: "sworn in
// as Malaysia's seventh prime minister", "Chile's first female
// president" (QA14 R-1).
func TestQA14RankedTitles(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Alberto Fernandez was sworn in as Argentina's 51st president on Tuesday.", "2019-12-10", "Alberto Fernandez", "ARG.president", ""},
		{"Ellen Johnson Sirleaf was sworn in as Liberia's first female president.", "2006-01-16", "Ellen Johnson Sirleaf", "LBR.president", ""},
		{"Jacinda Ardern became New Zealand's youngest prime minister in 150 years.", "2017-10-26", "Jacinda Ardern", "NZL.prime_minister", ""},
		{"Narendra Modi was sworn in as India's fourteenth prime minister.", "2014-05-26", "Narendra Modi", "IND.prime_minister", ""},
	})
}

// TestQA14TitleCountryNotFromContent checks that a bare title does not
// take its country from a state named in the person's own reported
// words: the story's other states decide, and the reported one only
// when it is the article's sole state (QA14 R-3).
func TestQA14TitleCountryNotFromContent(t *testing.T) {
	checkClaims(t, []claimCase{
		{"NAIROBI — Kenyan officials met on Monday. Foreign Minister Wanjiru Kamau told PBS that two Americans may have been among the attackers.", "2013-09-25", "Wanjiru Kamau", "KEN.foreign_minister", ""},
		{"Peruvian police made arrests. Interior Minister Rosa Quispe said Bolivian smugglers had crossed the border.", "2013-09-25", "Rosa Quispe", "PER.interior_minister", ""},
		{"Interior Minister Rosa Quispe said Bolivian smugglers had crossed the border.", "2013-09-25", "Rosa Quispe", "BOL.interior_minister", ""},
	})
}

// TestQA14NameEndingInTitleLetters checks that a name whose last word
// is spelt like a title abbreviation ends its sentence without taking
// the full stop ("Hun Sen. He …"), while a title before a name and a
// company's "Inc." keep their dots (QA14 I-4).
func TestQA14NameEndingInTitleLetters(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The senate is now led by Hun Sen. He is 71.", []string{"Hun Sen/person/person.hun-sen/alias"}, []string{"Hun Sen."}},
		{"Republican Sen. Ted Cruz spoke. The vote was close.", []string{"Ted Cruz/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-03-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		if len(d.Sentences) != 2 {
			t.Errorf("%q: %d sentences; want 2", tc.text, len(d.Sentences))
		}
	}
}

// TestQA14DepartureClaims checks that "resigned/quit/stepped down as
// <title>" gives the person an "outgoing" role claim (QA14 R-2), and
// that "stepped as" gives none.
func TestQA14DepartureClaims(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Ahmed Nazif resigned as prime minister of Egypt on Saturday.", "2011-01-29", "Ahmed Nazif", "EGY.prime_minister", "outgoing"},
		{"Shinzo Abe stepped down as Japan's prime minister on Wednesday.", "2020-09-16", "Shinzo Abe", "JPN.prime_minister", "outgoing"},
		{"Boris Johnson, who quit as foreign minister of Britain, spoke.", "2018-07-10", "Boris Johnson", "GBR.foreign_minister", "outgoing"},
	})
	// no departure, or a body's post, not a state's
	checkNoClaims(t, "2020-01-01",
		"Jane Smith stepped as president of the club.",
		"In London, Jane Smith, who stepped down as president of the network after her arrest, spoke.",
		"In London, Jane Smith was named president of the network on Monday.",
	)
}

// TestQA14ForeignBuildings checks that a body named after its building
// is not linked when the text places the building in another country
// ("the White House, the main government building in Bishkek"), and
// stays linked at home or unplaced (QA14 M-1).
func TestQA14ForeignBuildings(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Clashes broke out near the White House, the main government building in Bishkek. Later the White House was burned.", []string{"White House/place//name"}, []string{"White House/organization"}},
		{"Protesters gathered outside the White House in Moscow on Sunday.", []string{"White House/place//name"}, []string{"White House/organization"}},
		{"Protesters gathered outside the White House in Washington on Sunday.", []string{"White House/organization/org.white-house/alias"}, nil},
		{"The White House said it would respond.", []string{"White House/organization/org.white-house/alias"}, nil},
		// unplaced, in a story with no US context and another country named twice
		{"MOSCOW — Russian troops surrounded the White House on Sunday. Moscow was tense.", []string{"White House/place//name"}, []string{"White House/organization"}},
		{"MOSCOW — Protesters surrounded the White House on Sunday. Moscow and Washington traded barbs.", []string{"White House/organization/org.white-house/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2010-04-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA14TitleNames checks that a religious title written after the
// word it ranks makes the run a person, after "the" too (QA14 M-2).
func TestQA14TitleNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Tutu was a close friend of the Dalai Lama.", []string{"Dalai Lama/person//name"}, []string{"Dalai Lama/organization"}},
		{"The Panchen Lama was silent on Sunday.", []string{"Panchen Lama/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-12-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA14Epithets checks that "<Name> the <Epithet>" is one person and
// that an epithet word opening a longer name or after a weekday makes
// none (QA14 M-5).
func TestQA14Epithets(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Macedonia was the homeland of Alexander the Great.", []string{"Alexander the Great/person//name"}, []string{"Alexander/person"}},
		{"Catherine the Great ruled Russia for decades.", []string{"Catherine the Great/person//name"}, nil},
		{"The scholar quoted Pliny the Elder at length.", []string{"Pliny the Elder/person//name"}, []string{"Elder/organization"}},
		{"On Sunday the Great Hall was closed.", nil, []string{"Sunday the Great"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-06-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA14Subdivisions checks that a country's name after "province
// of", "region of" is the subdivision, an unlinked place, and that the
// country elsewhere stays linked (QA14 M-4).
func TestQA14Subdivisions(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Athens claims its northern province of Macedonia.", []string{"Macedonia/place//name"}, []string{"Macedonia/country"}},
		{"Fires burned in the region of Macedonia in northern Greece.", []string{"Macedonia/place//name"}, []string{"Macedonia/country"}},
		{"The Republic of Macedonia applied to join NATO.", nil, []string{"Macedonia/place"}},
		{"Georgian forces tried to retake the breakaway region of South Ossetia.", []string{"South Ossetia/country/XSO/alias"}, []string{"South Ossetia/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-06-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
