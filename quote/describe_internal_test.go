package quote

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of speaker descriptions resolved to earlier actors.

// TestFindBloc checks that "the bloc" and "the alliance" refer to
// the international body (a KB organisation of no country) named last,
// and stay as they were with none, or with only a national body.
func TestFindBloc(t *testing.T) {
	type km struct{ text, typ, kbid, country string }
	build := func(input string, ms []km) *doc.Doc {
		d := newDoc(input)
		from := 0
		for _, m := range ms {
			s := from + strings.Index(input[from:], m.text)
			from = s + len(m.text)
			d.Entities = append(d.Entities, doc.Entity{KBID: m.kbid, Name: m.text, Type: m.typ, Country: m.country, Mentions: []int{len(d.Mentions)}})
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len(m.text)}, Text: m.text, Type: m.typ, KBID: m.kbid, Entity: len(d.Entities) - 1, Role: -1})
		}
		d.Fill(doc.LayerMentions)
		return d
	}
	tests := []struct {
		name, input string
		ms          []km
		want        []want
	}{
		{"the bloc after a body named as an object",
			"Three states quit the Southern African Development Community. The bloc said it regretted the move.",
			[]km{{"Southern African Development Community", doc.TypeOrganization, "org.sadc", ""}},
			[]want{{"^it regretted the move", Indirect, "Southern African Development Community", "", KindDescription, "said"}}},
		{"the alliance is the body named last",
			"The African Union met in Addis Ababa. NATO sent observers. The alliance said it would stay neutral.",
			[]km{{"African Union", doc.TypeOrganization, "org.au", ""}, {"NATO", doc.TypeOrganization, "org.nato", ""}},
			[]want{{"^it would stay neutral", Indirect, "NATO", "", KindDescription, "said"}}},
		{"a national body is no bloc",
			"The Labour Party lost the vote. The bloc said it would regroup.",
			[]km{{"Labour Party", doc.TypeOrganization, "org.labour", "GBR"}},
			[]want{{"^it would regroup", Indirect, "", "", KindUnresolved, "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(tt.input, tt.ms)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}

// With the mentions layer, "the government" in an article that names
// several countries is the government of the one country its opening
// words name.
func TestFindLeadCountry(t *testing.T) {
	tests := []mentionQuoteCase{
		{"the government of the lead country", `ACCRA - Ghana's top court annulled the first round of the presidential vote on Friday, two days before the runoff was due, after reports of a coordinated campaign of fraud in three regions.

Officials blamed Togo. The government said a new vote would be held in March.`,
			[]mentionMark{{"Ghana", doc.TypeCountry, "GHA", "Ghana"}, {"Togo", doc.TypeCountry, "TGO", "Togo"}},
			[]want{{"^a new vote would be held in March", Indirect, "Government of Ghana", "", KindDescription, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindNewLeader: "the new <country> leader" is the person the
// text says was sworn in as president or prime minister.
func TestFindNewLeader(t *testing.T) {
	d := docWithMentions("Ben Okoro was sworn in as president on Wednesday.\n\n\"We will keep the course,\" the new Ruritanian leader said.",
		[]handMention{{"Ben Okoro", doc.TypePerson, ""}})
	checkQuotes(t, d, Find(d), []want{{"We will keep the course", Direct, "Ben Okoro", "", KindDescription, "said"}})
}

// TestFindGroupDescriptions checks that a description of an armed
// group by what it is ("the militant group", "the Iran-backed group",
// "the Islamist movement") refers to the armed group named before, and
// that a description with another kind of modifier, or one without an
// armed group before it, stays as written.
func TestFindGroupDescriptions(t *testing.T) {
	hez := []handMention{{"Hezbollah", doc.TypeArmedGroup, ""}, {"Hassan Nasrallah", doc.TypePerson, "Hezbollah leader"}}
	tests := []struct {
		name, input string
		ms          []handMention
		want        []want
	}{
		{"the militant group",
			"Hezbollah leader Hassan Nasrallah postponed a speech. The militant group said it had not stored weapons at the port.",
			hez, []want{{"^it had not stored weapons", Indirect, "Hezbollah", "", KindDescription, "said"}}},
		{"a sponsor's -backed",
			"Hezbollah leader Hassan Nasrallah postponed a speech. The Iran-backed group denied it had stored weapons at the port.",
			hez, []want{{"^it had stored weapons", Indirect, "Hezbollah", "", KindDescription, "denied"}}},
		{"the Islamist movement",
			"Hamas fired rockets at Israel. The Islamist movement said it would fight on.",
			[]handMention{{"Hamas", doc.TypeArmedGroup, ""}, {"Israel", doc.TypeCountry, ""}},
			[]want{{"^it would fight on", Indirect, "Hamas", "", KindDescription, "said"}}},
		{"a rights group is no armed group",
			"Human Rights Watch criticised Hezbollah. The rights group said the strike was illegal.",
			[]handMention{{"Human Rights Watch", doc.TypeOrganization, ""}, {"Hezbollah", doc.TypeArmedGroup, ""}},
			[]want{{"^the strike was illegal", Indirect, "Human Rights Watch", "", KindDescription, "said"}}},
		{"a militant trait is no organisation's",
			"The World Bank approved the loan. The militant group said it would resist.",
			[]handMention{{"World Bank", doc.TypeOrganization, ""}},
			[]want{{"^it would resist", Indirect, "The militant group", "", KindDescription, "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWithMentions(tt.input, tt.ms)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}

// TestFindMilitary checks that "the military" in an article naming
// one country is that country's armed forces, and stays unresolved with
// two countries named.
func TestFindMilitary(t *testing.T) {
	tests := []mentionQuoteCase{
		{"the military of the one country named", `Pakistan's army chief met Khan. The military said in a statement that May 9 would be remembered as a dark chapter.`,
			[]mentionMark{{"Pakistan", doc.TypeCountry, "PAK", "Pakistan"}},
			[]want{{"^May 9 would be remembered", Indirect, "Armed forces of Pakistan", "", KindDescription, "said"}}},
		{"the army of the one country named", `Troops clashed with rebels in Mali. The army said 12 fighters were killed.`,
			[]mentionMark{{"Mali", doc.TypeCountry, "MLI", "Mali"}},
			[]want{{"^12 fighters were killed", Indirect, "Armed forces of Mali", "", KindDescription, "said"}}},
		{"the army of the country the opening names, then it", `BANGKOK - Thailand's army chief met the king on Friday, a day after seizing power in the country's twelfth successful coup, and summoned the former prime minister and dozens of politicians to an army facility in the capital. The U.S. State Department condemned the coup. The army said a curfew would remain. Schools would reopen on Monday, it added.`,
			[]mentionMark{{"Thailand", doc.TypeCountry, "THA", "Thailand"}, {"U.S.", doc.TypeCountry, "USA", "United States"}},
			[]want{{"^a curfew would remain", Indirect, "Armed forces of Thailand", "", KindDescription, "said"},
				{"^Schools would reopen", Indirect, "Armed forces of Thailand", "", KindPronoun, "added"}}},
		{"the military among two countries stays unresolved", `Chile and Peru signed a deal. The military said the deal was fair.`,
			[]mentionMark{{"Chile", doc.TypeCountry, "CHL", "Chile"}, {"Peru", doc.TypeCountry, "PER", "Peru"}},
			[]want{{"^the deal was fair", Indirect, "The military", "", KindUnresolved, "said"}}},
		{"the army is not the officers who spoke unnamed", `Chile and Peru signed a deal. Two senior military officers, speaking on condition of anonymity, said a battalion was lost. The army also said troops had freed 30 women.`,
			[]mentionMark{{"Chile", doc.TypeCountry, "CHL", "Chile"}, {"Peru", doc.TypeCountry, "PER", "Peru"}},
			[]want{{"^a battalion was lost", Indirect, "Two senior military officers", "", KindUnnamed, "said"},
				{"^troops had freed", Indirect, "The army", "", KindUnresolved, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestHeadFacts checks the facts compatible reads of a head against the
// lookups they stand for, as the head changes from call to call.
func TestHeadFacts(t *testing.T) {
	f := &finder{}
	for _, head := range []string{"president", "president", "company", "rebels", "72-year-old", "airline", "minister", "president", "xyzzy", ""} {
		hf := f.headFacts(head)
		if hf.title != titleWords.Has(head) || hf.company != companyHeads.Has(head) || hf.yearsOld != yearsOld(head) || !slices.Equal(hf.synonyms, headSynonyms[head]) {
			t.Errorf("headFacts(%q) = %+v, not its lookups", head, *hf)
		}
	}
}

// TestFindModifiedPerson: a person described with an indefinite and a
// post-modifier is an unnamed source, not a later description or none.
func TestFindModifiedPerson(t *testing.T) {
	for _, tt := range []struct {
		name  string
		input string
		want  []want
	}{
		{"a N involved in, aside", `A prosecutor involved in the case, speaking on condition of anonymity, said investigators had found bribes.`,
			[]want{{"^investigators had found bribes", Indirect, "A prosecutor involved in the case", "", KindUnnamed, "said"}}},
		{"a N for the family", `A lawyer for the family said the deal was close.`,
			[]want{{"^the deal was close", Indirect, "A lawyer for the family", "", KindUnnamed, "said"}}},
		{"a N for the company: no description", `A lawyer for the company told reporters the deal was close.`,
			[]want{{"^the deal was close", Indirect, "A lawyer for the company", "", KindUnnamed, "told"}}},
		{"a N V-ing the family", `A lawyer representing the family said the deal was close.`,
			[]want{{"^the deal was close", Indirect, "A lawyer representing the family", "", KindUnnamed, "said"}}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindAgencyDescription: "the agency" is the body named before
// whose name's head is an organisation, administration or service.
func TestFindAgencyDescription(t *testing.T) {
	for _, tt := range []struct {
		name  string
		input string
		want  []want
	}{
		{"the agency after an Organization", `The World Health Organization said cases had doubled. The agency added that vaccines were on their way.`,
			[]want{{"^cases had doubled", Indirect, "World Health Organization", "", KindNamed, "said"}, {"^vaccines were on their way", Indirect, "World Health Organization", "", KindDescription, "added"}}},
		{"the agency after a Service", `The National Weather Service said the storm would strengthen. The agency said residents should leave.`,
			[]want{{"^the storm would strengthen", Indirect, "National Weather Service", "", KindNamed, "said"}, {"^residents should leave", Indirect, "National Weather Service", "", KindDescription, "said"}}},
		{"no agency after a ministry", `The Foreign Ministry said the talks had failed. The agency said residents should leave.`,
			[]want{{"^the talks had failed", Indirect, "Foreign Ministry", "", KindNamed, "said"}, {"^residents should leave", Indirect, "The agency", "", KindUnresolved, "said"}}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}
