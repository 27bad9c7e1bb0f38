package mention

import "testing"

// TestQA21ArticleParticle: the lower-case Arabic article "es" written
// apart joins a place name ("Dar es Salaam"), like "de" in "Rio de
// Janeiro" (QA21 M-5, QA22 M-8).
func TestQA21ArticleParticle(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The president fell ill in Dar es Salaam on Tuesday.", []string{"Dar es Salaam/place//name"}, []string{"Dar"}},
		{"Ministers met in Dar es Salaam and Dodoma.", []string{"Dar es Salaam/place//name"}, []string{"Dar"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA21CommodityFirm: a name ending in the commodity its maker
// produces ("Impala Platinum", "Tata Steel") is an organisation whatever
// its verb, and a name shaped like a person's listed with such a firm,
// or set in a company's context ("a unit of X", "X shares fell"), is one
// too; a given name still makes a person (QA21 M-1).
func TestQA21CommodityFirm(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Northam Platinum complained that it must surrender part of its export earnings.", []string{"Northam Platinum/organization//name"}, nil},
		{"Kinross Gold and Harmony Gold cut jobs.", []string{"Kinross Gold/organization//name", "Harmony Gold/organization//name"}, []string{"Kinross Gold/person"}},
		{"Kafue Steel said output fell.", []string{"Kafue Steel/organization//name"}, nil},
		{"Ruvuma Uranium and Kagera Tawi cut jobs.", []string{"Ruvuma Uranium/organization//name", "Kagera Tawi/organization//name"}, []string{"Kagera Tawi/person"}},
		{"The smelter is a unit of Kagera Tawi.", []string{"Kagera Tawi/organization//name"}, []string{"Kagera Tawi/person"}},
		{"Kagera Tawi shares fell in early trade.", []string{"Kagera Tawi/organization//name"}, []string{"Kagera Tawi/person"}},
		{"David Steel said the party would win.", []string{"David Steel/person//name"}, nil},
		{"Kagera Tawi shares a house with his brother.", nil, []string{"Kagera Tawi/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA21DescriptorAfter: "the <Name> <modifiers> <body noun>" keeps
// <Name> as an organisation ("the Mercosur trade bloc", "the Tass news
// agency"), where a lone name before a plain noun names nothing (QA21
// M-3, QA22 M-5).
func TestQA21DescriptorAfter(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Andino trade bloc suspended Bolivia from its summit.", []string{"Andino/organization//name"}, nil},
		{"Officials said the Kobra rebel group had seized the town.", []string{"Kobra/organization//name"}, nil},
		{"The Zentara news agency reported the strike.", []string{"Zentara/organization//name"}, nil},
		{"Delegates of the Talvor labour federation walked out.", []string{"Talvor/organization//name"}, nil},
		{"The Andino trade ministers met on Friday.", nil, []string{"Andino/organization"}},
		{"The Internet security firm said the flaw was serious.", nil, []string{"Internet/organization"}},
		{"The judge ruled for the Kentville-based design firm.", nil, []string{"Kentville/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2012-06-23")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA22SettlementOf: "the <settlement noun> of <Name>" is a place
// even before an appositive that would make a person (QA22 M-3).
func TestQA22SettlementOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police arrested 30 people in Kampala and the central town of Kiboga, a party spokesman said.", []string{"Kiboga/place//name"}, []string{"Kiboga/person"}},
		{"Troops entered the northern city of Madoro, a military source said.", []string{"Madoro/place//name"}, []string{"Madoro/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-01-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA21OfficerTitle: judicial and public officers' titles before a
// name stay on the mention ("Chief Justice", "Reserve Bank Governor",
// "Police Commissioner"), with no role claim; a military rank is still
// a rank (QA21 M-6).
func TestQA21OfficerTitle(t *testing.T) {
	for _, tc := range []struct{ text, name, title string }{
		{"Chief Justice Amina Odhiambo administered the oath.", "Amina Odhiambo", "Chief Justice"},
		{"Police Commissioner Japheth Koome said the law was clear.", "Japheth Koome", "Police Commissioner"},
		{"Central Bank Governor Patrick Njoroge said inflation would ease.", "Patrick Njoroge", "Central Bank Governor"},
		{"Bank of Canada governor Tiff Macklem said rates would rise.", "Tiff Macklem", "Bank of Canada governor"},
		{"The ruling was written by Justice Martha Koome.", "Martha Koome", "Justice"},
		{"Major General Peter Njiru said the troops had withdrawn.", "Peter Njiru", "Major General"},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-19")
		m := mentionAt(d, tc.name, 0)
		if m == nil {
			t.Errorf("%q: no mention %q; all %v", tc.text, tc.name, mentionList(d))
			continue
		}
		if m.Title != tc.title {
			t.Errorf("%q: %q title %q; want %q", tc.text, tc.name, m.Title, tc.title)
		}
	}
}

// TestQA21PeopleBeforeRole: an unknown word before an identity role
// noun and a person's name is a people's name, not an organisation
// ("Karakalpak activist X"); before an occupation it is still the
// employer ("Zentrova spokesman X") (QA21 M-7).
func TestQA21PeopleBeforeRole(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Karakalpak activist Dauletmurat Tazhimuratov was detained.", []string{"Dauletmurat Tazhimuratov/person//name"}, []string{"Karakalpak/organization", "Karakalpak/person"}},
		{"Police detained Ogoni activist Ledum Mitee on Friday.", []string{"Ledum Mitee/person//name"}, []string{"Ogoni/organization", "Ogoni/person"}},
		{"Zentrova spokesman Ali Hamed said the plant would close.", []string{"Zentrova/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2022-07-04")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA21AcronymOwner: a parenthesised acronym after "<Body> in
// <Country>" abbreviates the body, not the country: one entity with the
// full name, the acronym and its repeats (QA21 M-4).
func TestQA21AcronymOwner(t *testing.T) {
	for _, tc := range []struct{ text, full, short string }{
		{"The rebel Front for Unity and Renewal in Chad (FURC), which crossed from Libya, said it was advancing. FURC fighters took the town.", "Front for Unity and Renewal", "FURC"},
		{"The Coalition for Peace in Mali (CPM) denied the report. CPM leaders met in Bamako.", "Coalition for Peace", "CPM"},
	} {
		d := analyzeShipped(t, tc.text, "2021-04-21")
		f, a, b := mentionAt(d, tc.full, 0), mentionAt(d, tc.short, 0), mentionAt(d, tc.short, 1)
		if f == nil || a == nil || b == nil {
			t.Errorf("%q: mentions %v %v %v; all %v", tc.text, f, a, b, mentionList(d))
			continue
		}
		if f.Entity != a.Entity || f.Entity != b.Entity {
			t.Errorf("%q: entities %d %d %d; want one", tc.text, f.Entity, a.Entity, b.Entity)
		}
	}
}

// TestQA21UnitAppositive: "X, a unit/affiliate/arm of Y," makes X an
// organisation (QA21 M-1: "Zimplats", a one-word company, was no
// mention).
func TestQA21UnitAppositive(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Output at Mimosa, a unit of Northam Platinum, fell in the quarter.", []string{"Mimosa/organization//name"}, nil},
		{"Lawyers for Brantel, an affiliate of the group, filed the appeal.", []string{"Brantel/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
