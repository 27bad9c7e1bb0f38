package mention

import (
	"strings"
	"testing"
)

// TestQA15PartyShortNames checks that a party named by its members'
// plural or its bare adjective ("the Conservatives", "the Tories",
// "Labour took 232 seats") links to the party of the country the story
// is about, or, with no state named, of the KB persons it names; and
// that "labour" as the economists' word and "Labour Day" stay unlinked
// (QA15 M-1).
func TestQA15PartyShortNames(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       map[string]string
	}{
		{"Theresa May's Conservatives won 318 seats. Labour took 262 seats.", "2017-06-09",
			map[string]string{"Conservatives": "organization/org.uk-conservative-party", "Labour": "organization/org.uk-labour-party"}},
		{"In Britain, the Tories lost ground as the Labour Party gained.", "2017-06-09",
			map[string]string{"Tories": "organization/org.uk-conservative-party", "Labour Party": "organization/org.uk-labour-party"}},
		{"Donald Trump attacked the Democrats, and the Republicans cheered.", "2018-03-01",
			map[string]string{"Democrats": "organization/org.us-democratic-party", "Republicans": "organization/org.us-republican-party"}},
		{"In Britain, Labour costs rose on Labour Day.", "2017-06-09",
			map[string]string{"Labour": ""}},
		{"Republicans and Democrats argued. Labour gained while the Tories lost.", "2017-06-09",
			map[string]string{"Republicans": "", "Democrats": "", "Labour": "", "Tories": ""}},
	} {
		checkLinks(t, tc.text, tc.date, tc.want)
	}
}

// TestQA15BareTitleForeignHolder checks that a title that implies a
// country when none is written ("Defence Secretary" is British) yields
// to the country of the KB person it names: his own country's office
// when the KB holds it, else no claim, never the implied country's
// (QA15 R-1: "Defence Secretary Gotabaya Rajapaksa" was checked against
// the British defence secretary).
func TestQA15BareTitleForeignHolder(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Defence Secretary John Hutton rejected the accusations.", "2009-05-19", "John Hutton", "GBR.defence_minister", ""},
		{"Defence Secretary Robert Gates rejected the accusations.", "2009-05-19", "Robert Gates", "USA.defence_minister", ""},
	})
	checkNoClaims(t, "2009-05-19", "Defence Secretary Gotabaya Rajapaksa, the president's brother, rejected the accusations.")
}

// TestQA15MenCompoundOpener checks that a "-man"/"-men" compound of a
// common noun opening a sentence ("Gunmen attacked …", "Tribesmen
// blocked …") is no organisation's name, while names ending in the same
// letters ("Bremen", "Carmen") still are names (QA15 M-2).
func TestQA15MenCompoundOpener(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gunmen attacked dozens of mosques in Baghdad within hours.", nil, []string{"Gunmen"}},
		{"Tribesmen blocked the main road to Sanaa on Sunday.", nil, []string{"Tribesmen"}},
		{"Militiamen opened fire on the convoy.", nil, []string{"Militiamen"}},
		{"A gunman shot two guards. Gunman fled the scene, police said.", nil, []string{"Gunman"}},
	} {
		d := analyzeShipped(t, tc.text, "2010-01-01")
		got := mentionList(d)
		for _, a := range tc.absent {
			for _, g := range got {
				if strings.HasPrefix(g, a+"/") {
					t.Errorf("%q: %q is a mention (%s); want none", tc.text, a, g)
				}
			}
		}
	}
	if !menCompound("Gunmen") || !menCompound("TRIBESMEN") || menCompound("Bremen") || menCompound("Carmen") || menCompound("Newman") {
		t.Error("menCompound: wrong on Gunmen/TRIBESMEN/Bremen/Carmen/Newman")
	}
}

// TestQA15OrgTitleName checks that a person's name after an
// organisation's name or acronym and its head's title is a person
// ("BOJ Governor Haruhiko Kuroda", "Bank of Japan Governor …"), and that
// a body's head word opening a sentence stays in the body's name when
// the article also writes it lower case (QA15 M-7).
func TestQA15OrgTitleName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"BOJ Governor Haruhiko Kuroda said the bank would cut rates further.", []string{"Haruhiko Kuroda/person//name", "BOJ/organization/org.bank-of-japan/alias"}, []string{"BOJ Governor"}},
		{"RBI Governor Raghuram Rajan said inflation had eased.", []string{"Raghuram Rajan/person//name"}, nil},
		{"Bank of Japan Governor Haruhiko Kuroda said the bank would cut rates further.", []string{"Haruhiko Kuroda/person//name", "Bank of Japan/organization/org.bank-of-japan/alias"}, nil},
		{"University of Leeds researchers said the university would expand.", []string{"University of Leeds/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2016-01-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA15MovementOfName checks that a movement's name with "of" inside
// and no head word ("Liberation Tigers of Tamil Eelam") is one
// organisation span, not dropped (QA15 M-3).
func TestQA15MovementOfName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The army said it had killed the leader of the Liberation Tigers of Tamil Eelam.", []string{"Liberation Tigers of Tamil Eelam/organization//name"}, nil},
		{"Police arrested members of the Patriotic Youth of Kavaria on Monday.", []string{"Patriotic Youth of Kavaria/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2009-05-19")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA15ReElected checks that "was re-elected (as) <title>" gives the
// person a claim to the office held now (no "designate": a re-elected
// holder is in office), the country from the KB person when the
// sentence names none (QA15 R-3).
func TestQA15ReElected(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Mahinda Rajapaksa was re-elected president with 57.8 percent of the vote.", "2010-01-28", "Mahinda Rajapaksa", "LKA.president", ""},
		{"Mahinda Rajapaksa was re-elected as president on Tuesday.", "2010-01-28", "Mahinda Rajapaksa", "LKA.president", ""},
		{"Mahinda Rajapaksa was reelected president on Tuesday.", "2010-01-28", "Mahinda Rajapaksa", "LKA.president", ""},
	})
}

// TestQA15VenuesAndFaiths checks that a venue named with a Romance head
// word and a country ("Stade de France") is one place, not the country,
// and that a faith ("Shi'ite Islam") is no place (QA15 M-6).
func TestQA15VenuesAndFaiths(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police evacuated the Stade de France and the Estadio Nacional de Chile.",
			[]string{"Stade de France/place//name", "Estadio Nacional de Chile/place//name"}, []string{"France/country", "Chile/country"}},
		{"Talks opened at the Palais des Nations in Geneva.", []string{"Palais des Nations/place//name"}, nil},
		{"Fighters fled to France and Chile.", []string{"France/country/FRA/alias"}, nil},
		{"Samarra is one of the holiest sites in Shi'ite Islam.", nil, []string{"Shi'ite Islam/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2015-11-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA15LeaderNamesake checks that a surname shared by two KB persons
// the article names in full links to the one who led a state on the
// article date, and stays unlinked when neither or both did (QA15 M-5).
func TestQA15LeaderNamesake(t *testing.T) {
	const text = "President Mahinda Rajapaksa declared victory. Defence Secretary Gotabaya Rajapaksa rejected the accusations. Indian Prime Minister Manmohan Singh telephoned Rajapaksa on Tuesday."
	d := analyzeShipped(t, text, "2009-05-19")
	checkMentions(t, d, text, []string{"Rajapaksa/person/person.mahinda-rajapaksa/short-form"}, nil)
	// in 2021 Gotabaya was president and Mahinda prime minister: both led
	d = analyzeShipped(t, text, "2021-05-19")
	checkMentions(t, d, text, nil, []string{"Rajapaksa/person/person.mahinda-rajapaksa", "Rajapaksa/person/person.gotabaya-rajapaksa"})
}

// TestQA15RoyalTitleNotSurname checks that "King <Name>" is the title
// and the name even though "King" is a KB person's surname: the name
// links, and the title gives a role claim (QA15 M-4/V-1: "King
// Gyanendra" and "King Birendra" gave no mention or an unknown person).
func TestQA15RoyalTitleNotSurname(t *testing.T) {
	checkClaims(t, []claimCase{
		{"The April protests forced King Gyanendra to restore parliament.", "2006-11-21", "Gyanendra", "NPL.monarch", ""},
		{"King Birendra said he welcomed the agreement.", "2006-11-21", "Birendra", "NPL.monarch", ""},
	})
	const text = "He met King Gyanendra on Monday."
	d := analyzeShipped(t, text, "2006-11-21")
	checkMentions(t, d, text, []string{"Gyanendra/person/person.gyanendra-of-nepal/alias"}, []string{"King Gyanendra/person//"})
	const mlk = "Crowds marched on Martin Luther King Jr. Day."
	d = analyzeShipped(t, mlk, "2006-11-21")
	checkMentions(t, d, mlk, nil, []string{"Martin Luther/"})
}

// TestQA15OrgHeadShortForm checks that "the <Head>" after an
// organisation named in full joins it ("the Tigers", "the Front"), and
// that a head before "of" or a number, or a head that is no plural nor
// an organisation's head word, does not (QA15 M-3).
func TestQA15OrgHeadShortForm(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The army fought the Liberation Tigers of Tamil Eelam. He said the Tigers had fought since 1983.",
			[]string{"Tigers/organization//short-form"}, nil},
		{"Troops fought the Moro Islamic Liberation Front. He said the Front had fought since 1983.",
			[]string{"Front/organization//short-form"}, nil},
		{"He joined the Ohio National Guard in 2001. Later the Office of the Attorney General called.",
			nil, []string{"Office/organization//short-form"}},
	} {
		d := analyzeShipped(t, tc.text, "2009-05-19")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
