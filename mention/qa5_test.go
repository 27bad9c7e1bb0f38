package mention

import "testing"

// qa5Tests are phenomena from a QA run over unseen articles: disaster
// news, live blogs, press releases, honorifics before long names.
var qa5Tests = []struct {
	name   string
	text   string
	want   []string // "text/type/kbid/how"
	absent []string // mention texts, or "text/type"
}{
	{"a named storm is no person", "Typhoon Haiyan made landfall on Friday. Hurricane Ian hit Florida, and Super Typhoon Goni and Cyclone Freddy followed.",
		nil, []string{"Typhoon Haiyan/person", "Hurricane Ian/person", "Super Typhoon Goni/person", "Cyclone Freddy/person", "Haiyan/person", "Ian/person"}},
	{"a live blog's time stamp opens the entry's sentence", "Storm news.\n\n09:30 - Power has been cut across the city.\n\n3:20 p.m. GMT — Rain is falling.",
		nil, []string{"Power", "Rain"}},
	{"a release's closing mark alone on its line names nothing", "Statement\n\nWe thank the commission for its work.\n\nEND",
		nil, []string{"END"}},
	{"a wire story's closing mark between dashes names nothing", "Statement\n\nWe thank the commission for its work.\n\n-ENDS-",
		nil, []string{"ENDS"}},
	{"an acronym END inside a sentence still names", "The END party won. The END said it would govern.",
		[]string{"END/organization//name"}, nil},
	{"a KB person's full name after an honorific beats an alias opening with the honorific", "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah said the Gulf states were ready to help. Sheikh Sabah left.",
		[]string{"Sabah Al-Ahmad Al-Jaber Al-Sabah/person/person.sabah-al-ahmad-al-jaber-al-sabah/alias", "Sheikh Sabah/person/person.sabah-al-ahmad-al-jaber-al-sabah/alias"}, []string{"Al-Sabah", "Sheikh Sabah Al-Ahmad Al-Jaber"}},
	{"a UN body's name without the UN prefix, after the UN's possessive, is the body", "The UN's Office for the Coordination of Humanitarian Affairs (OCHA) said it was sending a team.",
		[]string{"Office for the Coordination of Humanitarian Affairs/organization/org.ocha/alias", "OCHA/organization/org.ocha/alias"}, nil},
	{"an African Union mission is one body", "African Union Transition Mission in Somalia (ATMIS) troops left. ATMIS replaced AMISOM.",
		[]string{"African Union Transition Mission in Somalia/organization/org.atmis/alias", "AMISOM/organization/org.amisom/alias"}, []string{"Transition Mission"}},
}

func TestQA5Names(t *testing.T) {
	for _, tc := range qa5Tests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyzeShipped(t, tc.text, "")
			checkMentions(t, d, tc.text, tc.want, tc.absent)
		})
	}
}

// TestQA5Titles checks the title a person's mention carries: a
// capitalised portfolio title before the name, or a public post in
// apposition after it.
func TestQA5Titles(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Climate Change Minister Sherry Rehman said the rains were heavy.", "Sherry Rehman", "Climate Change Minister"},
		{"On Monday, Social Welfare Secretary Corazon Soliman visited the town.", "Corazon Soliman", "Social Welfare Secretary"},
		{"Cabinet Secretary Raychelle Omamo will brief diplomats on Thursday.", "Raychelle Omamo", "Cabinet Secretary"},
		{"The order was signed by Minister Ali Hamdan on Monday.", "Ali Hamdan", ""},
		{"The climate change minister Sherry Rehman said so.", "Sherry Rehman", ""},
		{"Lolwah Al-Khater, Qatar's minister of state for international cooperation, said the children were safe.", "Lolwah Al-Khater", "minister of state for international cooperation"},
		{"Officials met. Tinubu, 70, a former governor of Lagos State, won the vote.", "Tinubu", "former governor of Lagos State"},
		{"Amina Yusuf, the deputy health minister, visited the camp.", "Amina Yusuf", "deputy health minister"},
		{"Amina Yusuf, a mother of three, visited the camp.", "Amina Yusuf", ""},
		{"Amina Yusuf, who was a minister, visited the camp.", "Amina Yusuf", ""},
	})
}

// A titleCase is a text, a person named in it and the title the
// person's first mention should carry ("" for none).
type titleCase struct{ text, person, title string }

// checkTitles analyses each case with the shipped KB and compares the
// title of the person's first mention.
func checkTitles(t *testing.T, cases []titleCase) {
	t.Helper()
	for _, tc := range cases {
		d := analyzeShipped(t, tc.text, "")
		m := mentionAt(d, tc.person, 0)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.person)
			continue
		}
		if m.Title != tc.title {
			t.Errorf("%q: %q title %q; want %q", tc.text, tc.person, m.Title, tc.title)
		}
	}
}
