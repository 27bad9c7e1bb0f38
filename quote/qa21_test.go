package quote

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

func people(names ...string) []mentionMark {
	var ms []mentionMark
	for _, n := range names {
		ms = append(ms, mentionMark{n, doc.TypePerson, "", ""})
	}
	return ms
}

// TestFindQA21PronounGender: "she" never resolves to a person whose
// given name or title is a man's, nor "he" to a woman's; the nearest
// compatible person wins (QA21 Q-1).
func TestFindQA21PronounGender(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"she skips a man named last",
			`Angela Okafor arrived on Friday. Mayor John Mbeki greeted her. "We must move forward together," she said.`,
			people("Angela Okafor", "John Mbeki"),
			[]want{{"We must move forward", Direct, "Angela Okafor", "", KindPronoun, "said"}}},
		{"he skips a woman named last",
			`Ibrahim Kone arrived on Friday. Fatima Diallo greeted him. "We must move forward together," he said.`,
			people("Ibrahim Kone", "Fatima Diallo"),
			[]want{{"We must move forward", Direct, "Ibrahim Kone", "", KindPronoun, "said"}}},
		{"she after a sultan",
			`Wanjiru Kamau met Sultan Haitham Tarik. "The talks went well," she said.`,
			people("Wanjiru Kamau", "Haitham Tarik"),
			[]want{{"The talks went well", Direct, "Wanjiru Kamau", "", KindPronoun, "said"}}},
		{"unknown given name still resolves",
			`Mayor Kwame Asante greeted the crowd. "We must move forward," she said.`,
			people("Kwame Asante"),
			[]want{{"We must move forward", Direct, "Kwame Asante", "", KindPronoun, "said"}}},
	})
}

func TestNameGender(t *testing.T) {
	for _, tc := range []struct{ name, title, want string }{
		{"John Smith", "", "m"}, {"Mayor John Smith", "", "m"}, {"Samia Suluhu Hassan", "", "f"},
		{"Ibrahim Juma", "Chief Justice", "m"}, {"Kim Lee", "", ""}, {"Okafor", "Mrs.", "f"},
		{"Mr. Okafor", "", "m"}, {"Okafor", "party spokeswoman", "f"}, {"French President Emmanuel Macron", "", "m"},
		{"Brian Cox", "", "m"}, {"Susan Rice", "", "f"},
		{"Sheikh Hasina", "", "f"}, {"Prime Minister Sheikh Hasina", "", "f"}, {"Sheikh Tamim bin Hamad", "", "m"}, {"Sheikh Mohammed", "", "m"},
	} {
		if got := nameGender(tc.name, tc.title); got != tc.want {
			t.Errorf("nameGender(%q, %q) = %q; want %q", tc.name, tc.title, got, tc.want)
		}
	}
}

// TestFindQA21TitleOnlySpeaker: "he said" after a title-only speaker
// ("The interior minister said …") is that speaker, unresolved, not a
// person named before it (QA21 Q-2).
func TestFindQA21TitleOnlySpeaker(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"he after the interior minister",
			`Army spokesman Paul Ndong read a statement. The interior minister said the borders had been closed. "We will not allow disorder," he told reporters.`,
			people("Paul Ndong"),
			[]want{{"^the borders had been closed", Indirect, "The interior minister", "", KindUnresolved, "said"},
				{"We will not allow disorder", Direct, "The interior minister", "", KindUnresolved, "told"}}},
		{"a person named in between wins",
			`The interior minister said the borders had been closed. Army spokesman Paul Ndong read a statement. "We will not allow disorder," he told reporters.`,
			people("Paul Ndong"),
			[]want{{"^the borders had been closed", Indirect, "The interior minister", "", KindUnresolved, "said"},
				{"We will not allow disorder", Direct, "Paul Ndong", "", KindPronoun, "told"}}},
	})
}

// TestFindQA22AppealAfterReport: ", and <Subject> called for/on …" or
// "appealed for …" ends the report before it, as ", and X urged" does
// (QA22 Q-1).
func TestFindQA22AppealAfterReport(t *testing.T) {
	for _, in := range []string{
		`Norway said it was alarmed, and the African Union called for an inquiry.`,
		`Norway said it was alarmed, and Kenya called on both sides to talk.`,
		`Norway said it was alarmed, and Kenya appealed for calm.`,
	} {
		d := newDoc(in)
		markMention(d, "Norway", doc.TypeCountry, "", "", "")
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) == 0 || qs[0].Text != "it was alarmed" || qs[0].Speaker.Name != "Norway" {
			t.Errorf("Find(%q) = %s; want Norway: \"it was alarmed\"", in, describe(qs))
		}
	}
}

// TestFindQA22TimedAddressee: a time adjunct between a request's
// addressee and its infinitive dates the speech act; the content opens
// at "to" (QA22 Q-2). Without the time the addressee stays.
func TestFindQA22TimedAddressee(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`Okonkwo urged Ghana on Saturday to withdraw its troops.`, "to withdraw its troops"},
		{`Okonkwo asked the government last week to release the prisoners.`, "to release the prisoners"},
		{`Okonkwo asked Abuja on March 3 to reopen the border.`, "to reopen the border"},
		{`Okonkwo urged Ghana to withdraw its troops.`, "Ghana to withdraw its troops"},
	} {
		d := newDoc(tc.in)
		markMention(d, "Okonkwo", doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Text != tc.want {
			t.Errorf("Find(%q) = %s; want %q", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindQA21DemandedThing: "demanded" with a bare noun phrase asks for
// a thing and reports no words; "demanded that …" and an infinitive
// after the addressee still report (QA21 Q-4).
func TestFindQA21DemandedThing(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`Demonstrators demanded the names of officials accused of stealing coal.`, 0},
		{`The opposition demanded the release of its leader.`, 0},
		{`Okafor demanded a jury trial.`, 0},
		{`Okafor demanded that the minister resign at once.`, 1},
		{`Okafor demanded the army to withdraw from the town.`, 1},
		{`Okafor demanded the vote be annulled by the court.`, 1},
	} {
		d := newDoc(tc.in)
		markMention(d, "Okafor", doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		if qs := Find(d); len(qs) != tc.want {
			t.Errorf("Find(%q) = %s; want %d quotes", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindQA21DiscourseAside: a discourse adverbial set off by commas
// between a title-only subject and its cue ("for his part", "however",
// "in turn") is skipped (QA21 Q-5).
func TestFindQA21DiscourseAside(t *testing.T) {
	for _, in := range []string{
		`The defence minister, for his part, warned that the army was ready.`,
		`The defence minister, however, warned that the army was ready.`,
		`The defence minister, in turn, warned that the army was ready.`,
		`The defence minister, in her turn, warned that the army was ready.`,
	} {
		qs := Find(newDoc(in))
		if len(qs) != 1 || qs[0].Text != "the army was ready" || qs[0].Speaker.Name != "The defence minister" {
			t.Errorf("Find(%q) = %s; want The defence minister: \"the army was ready\"", in, describe(qs))
		}
	}
}

// TestFindQA21MissionSpeaker: "<KB body> observers/monitors said" is the
// body's statement (a description with the body's entity), not an
// unnamed source; a country's officials or unnamed observers stay
// unnamed (QA21 Q-7).
func TestFindQA21MissionSpeaker(t *testing.T) {
	for _, tc := range []struct {
		in, mention, typ, kbid, kind string
	}{
		{`SADC observers said the vote fell short of regional standards.`, "SADC", doc.TypeOrganization, "org.sadc", KindDescription},
		{`African Union monitors said the vote was flawed.`, "African Union", doc.TypeOrganization, "org.au", KindDescription},
		{`Russian officials said the vote was flawed.`, "Russian", doc.TypeCountry, "RUS", KindUnnamed},
		{`Western observers said the vote was flawed.`, "", "", "", KindUnnamed},
	} {
		d := newDoc(tc.in)
		if tc.mention != "" {
			markMention(d, tc.mention, tc.typ, tc.kbid, tc.mention, "")
		}
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Speaker.Kind != tc.kind || tc.kind == KindDescription && qs[0].Speaker.Entity != tc.kbid {
			t.Errorf("Find(%q) = %s; want speaker kind %s", tc.in, describe(qs), tc.kind)
		}
	}
}

// TestFindQA21OrgWithAcronym: an organisation subject with a descriptor
// before it, a place after it, a bracketed acronym and a relative clause
// before "said" is the speaker, and the content is the clause after
// "said" (QA21 Q-3).
func TestFindQA21OrgWithAcronym(t *testing.T) {
	org := "Movement for Justice and Renewal"
	for _, in := range []string{
		`The rebel Movement for Justice and Renewal in Ruritania (MJR), which launched its offensive on April 11, said its columns were advancing on Zenda.`,
		`The Movement for Justice and Renewal (MJR), which launched its offensive on April 11, said its columns were advancing on Zenda.`,
		`The rebel Movement for Justice and Renewal, which launched its offensive on April 11, said its columns were advancing on Zenda.`,
	} {
		d := newDoc(in)
		markMention(d, org, doc.TypeArmedGroup, "", "", "")
		if i := strings.Index(in, "Ruritania"); i >= 0 {
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: i, End: i + len("Ruritania")}, Text: "Ruritania", Type: doc.TypeCountry, KBID: "RUR", Entity: -1, Role: -1})
			slices.SortFunc(d.Mentions, func(a, b doc.Mention) int { return a.Span.Start - b.Span.Start })
		}
		i := strings.Index(in, "Zenda")
		d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: i, End: i + 5}, Text: "Zenda", Type: doc.TypePlace, Entity: -1, Role: -1})
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Speaker.Name != org || qs[0].Text != "its columns were advancing on Zenda" {
			t.Errorf("Find(%q) = %s; want %s: \"its columns were advancing on Zenda\"", in, describe(qs), org)
		}
	}
}

// TestFindQA21FormerTitle: a speaker whose mention's role claim is a
// former title keeps "former" in its title (QA21 Q-6).
func TestFindQA21FormerTitle(t *testing.T) {
	in := `Ada Mbeki, a former Ruritanian prime minister, urged a return to civilian rule.`
	for _, mod := range []string{"former", ""} {
		d := newDoc(in)
		markMention(d, "Ada Mbeki", doc.TypePerson, "", "", "prime minister")
		d.Mentions[0].Role = 0
		d.RoleClaims = []doc.RoleClaim{{Title: "prime minister", Office: "prime_minister", Modifier: mod, Person: "Ada Mbeki", Mention: 0}}
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		want := strings.TrimSpace(mod + " prime minister")
		if len(qs) != 1 || qs[0].Speaker.Title != want {
			t.Errorf("modifier %q: Find(%q) = %s; want title %q", mod, in, describe(qs), want)
		}
	}
}

func TestTitleGender(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"guidance counselor at George Washington High School", ""}, {"Frank Buck Zoo Director", ""},
		{"Queen", "f"}, {"crown prince", "m"}, {"party spokeswoman", "f"}, {"Mr.", "m"}, {"", ""},
	} {
		if got := titleGender(tc.title); got != tc.want {
			t.Errorf("titleGender(%q) = %q; want %q", tc.title, got, tc.want)
		}
	}
}
