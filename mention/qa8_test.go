package mention

import (
	"strings"
	"testing"
)

// TestQA8LowerTitleAfterModifier checks that a capitalised modifier
// opening a sentence before a lower-case title ("Former president",
// "Ex-president") is the title's, not a name of its own.
func TestQA8LowerTitleAfterModifier(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Former president Evo Morales flew to Mexico.", "Evo Morales", "Former president"},
		{"Former president Omar al-Bashir appeared in court on Monday.", "Omar al-Bashir", "Former president"},
		{"Former prime minister Nawaz Sharif returned to Lahore.", "Nawaz Sharif", "Former prime minister"},
		{"Acting president Jeanine Anez spoke.", "Jeanine Anez", "Acting president"},
		{"Former President Evo Morales flew to Mexico.", "Evo Morales", "Former President"},
		{"Supporters of former president Evo Morales marched.", "Evo Morales", "former president"},
	})
	for _, text := range []string{"Former president Evo Morales flew to Mexico.", "Acting president Jeanine Anez spoke."} {
		d := analyzeShipped(t, text, "2019-11-12")
		for _, m := range d.Mentions {
			if m.Span.Start == 0 && m.Span.End <= 7 {
				t.Errorf("%q: modifier is a %s mention %q; want none", text, m.Type, d.Text[m.Span.Start:m.Span.End])
			}
		}
	}
}

// TestQA8PossessivePlace checks that a place the gazetteer knows with a
// possessive inside its name ("Cox's Bazar") is one place, not a place
// and an organisation; a possessive owner stays apart.
func TestQA8PossessivePlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police in Cox's Bazar arrested two men.", []string{"Cox's Bazar/place//name"}, []string{"Cox", "Bazar"}},
		{"Cox's Bazar is crowded.", []string{"Cox's Bazar/place//name"}, []string{"Cox", "Bazar"}},
		{"COX'S BAZAR, Bangladesh, Sept 14, 2017 - Aid arrived.", []string{"COX'S BAZAR/place//name"}, []string{"COX", "BAZAR"}},
		{"Iran's Foreign Ministry said so.", []string{"Iran/country/IRN/alias"}, []string{"Iran's Foreign Ministry"}},
	} {
		d := analyzeShipped(t, tc.text, "2017-09-12")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA8PartyPlurals checks that a party named by its members' plural
// links to the KB party of the country in context, and to none without
// one.
func TestQA8PartyPlurals(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // mention text → "type/kbid"; "" kbid: unlinked or absent
	}{
		{"Germany's Social Democrats, Greens and Free Democrats agreed on Wednesday to form a coalition government.",
			map[string]string{"Social Democrats": "organization/org.spd", "Greens": "organization/org.german-greens", "Free Democrats": "organization/org.fdp"}},
		{"Olaf Scholz spoke in Germany. The Social Democrats narrowly beat the Christian Democrats.",
			map[string]string{"Social Democrats": "organization/org.spd", "Christian Democrats": "organization/org.cdu"}},
		{"Sweden's Social Democrats won the election.",
			map[string]string{"Social Democrats": "organization/org.swedish-social-democrats"}},
		{"Spain's Socialists won the vote.",
			map[string]string{"Socialists": "organization/org.psoe"}},
		{"The Social Democrats narrowly beat the Christian Democrats.",
			map[string]string{"Social Democrats": "", "Christian Democrats": ""}},
		{"Japan's Social Democrats met in Tokyo.",
			map[string]string{"Social Democrats": ""}},
	} {
		checkLinks(t, tc.text, "2021-11-24", tc.want)
	}
}

// TestQA8PartyPosts checks that a party's leader is no office of the
// party's state: "CDU leader" is not the President of Germany.
func TestQA8PartyPosts(t *testing.T) {
	for _, tc := range []struct{ text, person, notPrefix string }{
		{"CDU leader Armin Laschet met Scholz.", "Armin Laschet", "DEU."},
		{"Likud leader Benjamin Netanyahu met Scholz.", "Benjamin Netanyahu", "ISR."},
		{"Social Democrat leader Lars Klingbeil became vice chancellor in Germany.", "Lars Klingbeil", "DEU."},
	} {
		d := analyzeShipped(t, tc.text, "2021-05-06")
		for _, c := range d.RoleClaims {
			// (the title the person is given after the name, "became vice
			// chancellor", is a claim of its own)
			if c.Person == tc.person && strings.HasPrefix(c.OfficeID, tc.notPrefix) && strings.Contains(c.Title, "leader") {
				t.Errorf("%q: claim office %q; want no office of the party's state", tc.text, c.OfficeID)
			}
		}
	}
}

// TestQA8PlacePairBodies checks that a body whose name opens with two
// places joined by "and" is one organisation, and that places in a list
// stay apart.
func TestQA8PlacePairBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Beijing's Hong Kong and Macau Affairs Office called the break-in illegal.", []string{"Hong Kong and Macau Affairs Office/organization//name"}, []string{"Macau Affairs Office", "Hong Kong"}},
		{"Hong Kong and Macau Affairs Office officials met.", []string{"Hong Kong and Macau Affairs Office/organization//name"}, []string{"Macau Affairs Office"}},
		{"The Jammu and Kashmir Liberation Front called a strike.", []string{"Jammu and Kashmir Liberation Front/organization//name"}, []string{"Kashmir Liberation Front", "Jammu"}},
		{"Trade between Hong Kong and Macau Affairs Office staff grew.", nil, []string{"Hong Kong and Macau Affairs Office"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-07-02")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA8America checks that "America" alone names the United States,
// and that regions and bodies with the word in their names keep it.
func TestQA8America(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Osama bin Laden praised the attacks on America.", []string{"America/country/USA/alias"}, nil},
		{"America will respond, he said.", []string{"America/country/USA/alias"}, nil},
		{"Leaders from Latin America and South America met.", []string{"Latin America/place//alias", "South America/place//alias"}, []string{"America/country/USA/alias"}},
		{"He spoke to Voice of America and sailed in the America's Cup.", nil, []string{"America/country/USA/alias"}},
		{"The America First movement grew.", nil, []string{"America/country/USA/alias"}},
	} {
		d := analyzeShipped(t, tc.text, "2001-10-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA8OustedModifiers checks that a holder put out of office is
// claimed as a former holder, and a killed one as the late holder.
func TestQA8OustedModifiers(t *testing.T) {
	for _, tc := range []struct{ text, person, modifier string }{
		{"Ousted President Omar al-Bashir appeared in court on Monday.", "Omar al-Bashir", "former"},
		{"Deposed president Evo Morales flew to Mexico.", "Evo Morales", "former"},
		{"Supporters of toppled president Evo Morales marched.", "Evo Morales", "former"},
		{"Exiled former president Evo Morales spoke.", "Evo Morales", "former"},
		{"Slain President Jovenel Moise was buried.", "Jovenel Moise", "late"},
		{"President Evo Morales flew to Mexico.", "Evo Morales", ""},
	} {
		d := analyzeShipped(t, tc.text, "2019-11-12")
		found := false
		for _, c := range d.RoleClaims {
			if c.Person == tc.person {
				found = true
				if c.Modifier != tc.modifier {
					t.Errorf("%q: claim modifier %q; want %q", tc.text, c.Modifier, tc.modifier)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim for %q", tc.text, tc.person)
		}
	}
}
