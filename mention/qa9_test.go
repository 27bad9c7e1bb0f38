package mention

import "testing"

// TestQA9ShortSurname checks that a two-letter surname ("Ba", "Wu") after
// the person's full name joins that person, while a lone two-letter
// capitalised word no full name ends with names nothing.
func TestQA9ShortSurname(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Faye took 54 percent against 35 percent for Amadou Ba. Ba conceded on Monday.", "2024-03-26", []string{"Ba/person/person.amadou-ba/short-form"}, nil},
		{"Officials met Jennifer Wu on Monday. Wu said talks went well.", "2024-03-26", []string{"Wu/person//short-form"}, nil},
		{"Officials met Jennifer Wu on Monday. Ng said talks went well.", "2024-03-26", nil, []string{"Ng"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA9Initials checks that an acronym after an organisation's full
// name, its initials counting hyphenated parts, joins that organisation.
func TestQA9Initials(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Pakistan Tehreek-e-Insaf called the arrest an abduction. Rana Sanaullah accused PTI leaders of inciting attacks.", "2023-05-09", []string{"PTI/organization/org.pti/name"}, []string{"PTI/organization//name"}},
		{"The Volta Farmers Union held a rally. VFU leaders spoke.", "2023-05-09", []string{"VFU/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		if len(d.Entities) > 0 {
			for _, e := range d.Entities {
				if e.Name == "VFU" || e.Name == "PTI" {
					t.Errorf("%q: acronym is an entity of its own", tc.text)
				}
			}
		}
	}
}

// TestQA9SittingLeaderSurname checks that a bare surname links to the KB
// person holding a head of state's or government's office on the article
// date in a country the article names, and to no one otherwise.
func TestQA9SittingLeaderSurname(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Ecuador closed its border. The United States said it was in close contact with Noboa's team.", "2024-01-11", []string{"Noboa/person/person.daniel-noboa/short-form"}, nil},
		{"In Dakar, Faye appointed Ousmane Sonko as prime minister on Tuesday.", "2024-04-03", []string{"Faye/person/person.bassirou-diomaye-faye/short-form"}, nil},
		// no country named: stays unlinked
		{"The United States said it was in close contact with Noboa's team.", "2024-01-11", []string{"Noboa/person//name"}, nil},
		// not in office on the date: stays unlinked
		{"Senegal's new cabinet met. Faye appointed Ousmane Sonko as prime minister on Tuesday.", "2020-04-03", []string{"Faye/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA9AssistantTitle checks that "Assistant Secretary of State" is one
// title (modifier assistant), with no body named "US Assistant".
func TestQA9AssistantTitle(t *testing.T) {
	for _, tc := range []struct{ text, date, person, title string }{
		{"US Assistant Secretary of State James O'Brien visited Tbilisi on Tuesday.", "2024-05-14", "James O'Brien", "US Assistant Secretary of State"},
		{"Assistant Secretary of State Victoria Nuland visited Kyiv on Thursday.", "2014-02-06", "Victoria Nuland", "Assistant Secretary of State"},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, nil, []string{"US Assistant"})
		m := mentionAt(d, tc.person, 0)
		if m == nil || m.Title != tc.title {
			t.Errorf("%q: mention %+v; want title %q", tc.text, m, tc.title)
			continue
		}
		if m.Role < 0 || d.RoleClaims[m.Role].Modifier != "assistant" {
			t.Errorf("%q: claim %+v; want modifier assistant", tc.text, d.RoleClaims)
		}
	}
}

// TestQA9NationalCouncil checks that "Security Council" is a state's own
// council after its possessive or as "head of the Security Council" with
// no UN body named, and the UN's otherwise.
func TestQA9NationalCouncil(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Tokayev removed former President Nursultan Nazarbayev as head of the powerful Security Council.", "2022-01-07", []string{"Security Council/organization//name"}, []string{"Security Council/organization/org.unsc"}},
		{"Putin chaired a meeting of Russia's Security Council.", "2022-01-07", []string{"Security Council/organization//name"}, []string{"Security Council/organization/org.unsc"}},
		{"The United Nations Security Council met. Russia vetoed a resolution at the Security Council.", "2022-01-07", []string{"Security Council/organization/org.unsc/alias"}, nil},
		{"The UN chief spoke. He was named head of the Security Council.", "2022-01-07", []string{"Security Council/organization/org.unsc/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA9GangName checks that a name before "gang" or "cartel" is an
// armed group, not a place.
func TestQA9GangName(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"The violence erupted after the escape of the leader of the Los Choneros gang from a prison.", "2024-01-10", []string{"Los Choneros/armed_group//name"}, []string{"Los Choneros/place"}},
		{"Soldiers fought the Los Lobos gang in Quito.", "2024-01-10", []string{"Los Lobos/armed_group//name"}, []string{"Los Lobos/place"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA9HyphenFirm checks that a hyphenated compound with no given name
// listed with a company is a company, while a person's double surname
// after a given name stays a person.
func TestQA9HyphenFirm(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Maersk and Hapag-Lloyd said on Monday they would keep diverting vessels.", "2024-01-15", []string{"Hapag-Lloyd/organization//name"}, []string{"Hapag-Lloyd/person"}},
		{"Maersk and Anna Hapag-Lloyd said on Monday they would keep diverting vessels.", "2024-01-15", []string{"Anna Hapag-Lloyd/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA9ShipNames checks that a ship's name after an ownership or flag
// participle or a vessel noun is one name, not the place its first word
// names.
func TestQA9ShipNames(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"The Houthis fired an anti-ship missile at the US-owned Gibraltar Eagle on Monday.", "2024-01-15", []string{"Gibraltar Eagle/organization//name"}, []string{"Gibraltar/place"}},
		{"A missile struck the tanker Sounion in the Red Sea.", "2024-08-21", []string{"Sounion/organization//name"}, nil},
		{"Troops from Gibraltar arrived at the ship on Monday.", "2024-01-15", nil, []string{"Gibraltar/organization"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
