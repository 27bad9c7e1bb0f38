package quote

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of speaker subjects.

// TestFindAgeAppositive: an age between commas after a name is no
// title ("Name, 74, said"); a title after it still is.
func TestFindAgeAppositive(t *testing.T) {
	tests := []mentionQuoteCase{
		{"bare age",
			`Marta Oyelaran, 58, said the clinic would close.`,
			[]mentionMark{{"Marta Oyelaran", doc.TypePerson, "", ""}},
			[]want{{"^the clinic would close", Indirect, "Marta Oyelaran", "", KindNamed, "said"}}},
		{"aged",
			`Marta Oyelaran, aged 58, told reporters: "The clinic will close."`,
			[]mentionMark{{"Marta Oyelaran", doc.TypePerson, "", ""}},
			[]want{{"The clinic will close", Direct, "Marta Oyelaran", "", KindNamed, "told"}}},
		{"age then a title",
			`Marta Oyelaran, 58, the clinic's director, said the clinic would close.`,
			[]mentionMark{{"Marta Oyelaran", doc.TypePerson, "", ""}},
			[]want{{"^the clinic would close", Indirect, "Marta Oyelaran", "clinic's director", KindNamed, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindPronounAfterLongQuote: "he said" after a direct quote of
// several sentences resolves like after a one-sentence quote: to the
// person who opens the sentence before the quote, not to the previous
// quote's speaker.
func TestFindPronounAfterLongQuote(t *testing.T) {
	per := func(names ...string) []mentionMark {
		var ms []mentionMark
		for _, n := range names {
			ms = append(ms, mentionMark{n, doc.TypePerson, "", ""})
		}
		return ms
	}
	tests := []mentionQuoteCase{
		{"two-sentence quote",
			`"The count is final," Mwangi said. Otieno, 61, thanked the crowd. "This is a new day. We will unite the country," he said.`,
			per("Mwangi", "Otieno"),
			[]want{{"The count is final", Direct, "Mwangi", "", KindNamed, "said"},
				{"This is a new day. We will unite", Direct, "Otieno", "", KindPronoun, "said"}}},
		{"three-sentence quote, she",
			`"We lost," Kamau said. Wanjiru greeted her supporters. "It is over. We move on. We will be back," she said.`,
			per("Kamau", "Wanjiru"),
			[]want{{"We lost", Direct, "Kamau", "", KindNamed, "said"},
				{"It is over.", Direct, "Wanjiru", "", KindPronoun, "said"}}},
		{"same speaker continues",
			`Otieno thanked the crowd. "This is a new day. We will unite the country," he said.`,
			per("Otieno"),
			[]want{{"This is a new day.", Direct, "Otieno", "", KindPronoun, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindPronounAfterQuotedSentence: a pronoun that opens the
// sentence after one ending in a quote is no pronoun after that quote:
// its antecedent search starts from its own sentence.
func TestFindPronounAfterQuotedSentence(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"He after a quoted sentence",
			`Brennan urged calm. Okafor called for talks in "any format." He said the army could oversee them.`,
			[]mentionMark{{"Brennan", doc.TypePerson, "", ""}, {"Okafor", doc.TypePerson, "", ""}},
			[]want{{"any format.", Mixed, "Okafor", "", KindNamed, "called for"}, {"^the army could oversee them", Indirect, "Okafor", "", KindPronoun, "said"}}},
	})
}

// TestFindDiscourseAside: a discourse adverbial set off by commas
// between a title-only subject and its cue ("for his part", "however",
// "in turn") is skipped.
func TestFindDiscourseAside(t *testing.T) {
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

// TestFindOrgWithAcronym: an organisation subject with a descriptor
// before it, a place after it, a bracketed acronym and a relative clause
// before "said" is the speaker, and the content is the clause after
// "said".
func TestFindOrgWithAcronym(t *testing.T) {
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

// TestFindFormerTitle: a speaker whose mention's role claim is a
// former title keeps "former" in its title.
func TestFindFormerTitle(t *testing.T) {
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

// TestFindApposedSubject: a named subject with an appositive before
// a non-speech verb and ", saying" speaks: the name, not the possessor
// of a title before it.
func TestFindApposedSubject(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"name, appositive, verb, saying",
			`Colonel Mamadi Sangare, the head of the guard, dissolved parliament on Sunday, saying the country needed a fresh start.`,
			people("Mamadi Sangare"),
			[]want{{"^the country needed a fresh start", Indirect, "Mamadi Sangare", "Colonel", KindNamed, "saying"}}},
		{"possessor's title, name, verb, saying",
			`Guinea's army chief, Colonel Mamadi Sangare, dissolved parliament on Sunday, saying the country needed a fresh start.`,
			append(people("Mamadi Sangare"), mentionMark{"Guinea", doc.TypeCountry, "", ""}),
			[]want{{"^the country needed a fresh start", Indirect, "Mamadi Sangare", "Colonel", KindNamed, "saying"}}},
	})
}

// TestFindPastTitle: a former title that says it is past
// ("Ukraine's ousted president") gets no "former" before it.
func TestFindPastTitle(t *testing.T) {
	in := `Ukraine's ousted president, Viktor Yanukovich, told a news conference in Rostov that he was still the legitimate leader.`
	d := newDoc(in)
	markMention(d, "Viktor Yanukovich", doc.TypePerson, "", "", "Ukraine's ousted president")
	d.Mentions[0].Role = 0
	d.RoleClaims = []doc.RoleClaim{{Title: "president", Office: "president", Modifier: "former", Person: "Viktor Yanukovich", Mention: 0}}
	d.Fill(doc.LayerMentions)
	qs := Find(d)
	if len(qs) != 1 || qs[0].Speaker.Title != "Ukraine's ousted president" {
		t.Errorf("Find(%q) = %s; want title %q", in, describe(qs), "Ukraine's ousted president")
	}
}
