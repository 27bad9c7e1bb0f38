package mention

import "testing"

// TestQA17GivenNameAlone checks that a common first name written alone is
// a person of its own, not the full name it opens, when that name carries
// an honorific or a title and the first name comes before it or has an
// appositive of its own; other first names keep joining (QA17 M-1).
func TestQA17GivenNameAlone(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{`Grand Ayatollah Hussein al-Najafi urged restraint. "We want them all to go," said Hussein, a 24-year-old graduate.`, []string{"Hussein/person//name"}, []string{"Hussein/person//short-form"}},
		{`"We want them all to go," said Omar, who sells tea. Imam Omar Haddad urged restraint.`, []string{"Omar/person//name"}, []string{"Omar/person//short-form"}},
		{`President Mahmoud Kareem met the protesters. Later Mahmoud, 31, said the square was calm.`, []string{"Mahmoud/person//name"}, []string{"Mahmoud/person//short-form"}},
		{`Sheikh Ahmed Qureshi led the prayers. "It was full," said Ahmed, a shopkeeper.`, []string{"Ahmed/person//name"}, []string{"Ahmed/person//short-form"}},
		// an untitled full name keeps its first-name mentions, also
		// before it and with an appositive ("her husband Roger")
		{`Angelo Fusco won the spelling bee. Angelo, a pupil at the school, said he practised daily.`, []string{"Angelo/person//short-form"}, nil},
		{`The Rev. Roy Jones leads the church. "I talked to Roy today," Lewis said.`, []string{"Roy/person//short-form"}, nil},
		{`Her husband Roger had not come home. Roger Whipps was found on Friday.`, []string{"Roger/person//short-form"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-11-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA17FirstCompany checks that a company named "First <Name> <Head>"
// keeps its "First", also opening a sentence, and that a minerals or
// metals head makes an organisation, not a person (QA17 M-2).
func TestQA17FirstCompany(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Copper producers including First Lithium Minerals welcomed the result.", []string{"First Lithium Minerals/organization//name"}, []string{"Lithium Minerals"}},
		{"First Lithium Minerals said output rose.", []string{"First Lithium Minerals/organization//name"}, []string{"Lithium Minerals"}},
		{"Zinc producers such as Kabwe Metals cut jobs.", []string{"Kabwe Metals/organization//name"}, []string{"Kabwe Metals/person"}},
		// the adverb takes a comma
		{"First, Lithium Minerals said output rose.", nil, []string{"First Lithium Minerals"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA17FinanceRoles checks that a treasurer's, comptroller's or
// auditor's title before a name is no part of the person's name (QA17
// M-3).
func TestQA17FinanceRoles(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Independents won the seat held by Treasurer Tom Keating.", []string{"Tom Keating/person//name"}, []string{"Treasurer Tom Keating"}},
		{"The audit was ordered by Comptroller Maria Oyelaran.", []string{"Maria Oyelaran/person//name"}, []string{"Comptroller Maria Oyelaran"}},
		{"The report was signed by Auditor Ken Whitby.", []string{"Ken Whitby/person//name"}, []string{"Auditor Ken Whitby"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-05-22")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
	// the title stays the mention's title, with its written owner, and
	// makes no role claim: the KB holds no such office
	for _, tc := range []struct{ text, name, title string }{
		{"Independents won the seat held by Treasurer Tom Keating.", "Tom Keating", "Treasurer"},
		{"Ohio Comptroller Maria Oyelaran said revenue fell.", "Maria Oyelaran", "Ohio Comptroller"},
	} {
		d := analyzeShipped(t, tc.text, "2022-05-22")
		if m := mentionAt(d, tc.name, 0); m == nil || m.Title != tc.title {
			t.Errorf("%q: mention %+v; want title %q", tc.text, m, tc.title)
		}
		for _, c := range d.RoleClaims {
			t.Errorf("%q: claim %+v; want none", tc.text, c)
		}
	}
}

// TestQA17ElectedVerb checks that "elected"/"appointed" used as a verb
// before a title ("lawmakers elected former prime minister X") is no part
// of the title, while a modifier after a determiner or an adverb ("the
// newly elected president") still is (QA17 I-1).
func TestQA17ElectedVerb(t *testing.T) {
	for _, tc := range []struct{ text, name, title string }{
		{"Somali lawmakers elected former prime minister Mohamed Abdullahi Farmajo as president on Wednesday.", "Mohamed Abdullahi Farmajo", "former prime minister"},
		{"Deputies appointed former president Mohamed Abdullahi Farmajo as envoy.", "Mohamed Abdullahi Farmajo", "former president"},
		{"The newly elected President Mohamed Abdullahi Farmajo spoke.", "Mohamed Abdullahi Farmajo", "newly elected President"},
	} {
		d := analyzeShipped(t, tc.text, "2017-02-08")
		if m := mentionAt(d, tc.name, 0); m == nil || m.Title != tc.title {
			t.Errorf("%q: mention %+v; want title %q", tc.text, m, tc.title)
		}
	}
}
