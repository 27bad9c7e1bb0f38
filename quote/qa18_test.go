package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindQA18NameSaid: a capitalised "Said" after a given name or a
// name particle is the name, not the cue (QA18 Q-1); a sentence-initial
// "Said the minister" stays a cue.
func TestFindQA18NameSaid(t *testing.T) {
	tests := []mentionQuoteCase{
		{"surname Said before said",
			`Karim Said said the harbour would reopen next week.`,
			[]mentionMark{{"Karim Said", doc.TypePerson, "", ""}},
			[]want{{"^the harbour would reopen next week", Indirect, "Karim Said", "", KindNamed, "said"}}},
		{"surname Said before told",
			`Karim Said told reporters the harbour would reopen next week.`,
			[]mentionMark{{"Karim Said", doc.TypePerson, "", ""}},
			[]want{{"^the harbour would reopen next week", Indirect, "Karim Said", "", KindNamed, "told"}}},
		{"bin Said",
			`Faisal bin Said said the harbour would reopen next week.`,
			[]mentionMark{{"Faisal bin Said", doc.TypePerson, "", ""}},
			[]want{{"^the harbour would reopen next week", Indirect, "Faisal bin Said", "", KindNamed, "said"}}},
		{"sentence-initial Said stays a cue",
			`Said the minister: "The harbour will reopen next week."`,
			nil,
			[]want{{"The harbour will reopen next week", Direct, "", "", KindUnresolved, "Said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindQA18NamingAfterAnd: "said <clause> and called X \"…\"" keeps
// the said report, cut before "and"; the naming verb reports on its own
// (QA18 Q-2). "and called for" is no naming.
func TestFindQA18NamingAfterAnd(t *testing.T) {
	tests := []mentionQuoteCase{
		{"said then called with a quoted fragment",
			`Lena Varga said the ruling was fair and called the verdict "a turning point".`,
			[]mentionMark{{"Lena Varga", doc.TypePerson, "", ""}},
			[]want{{"^the ruling was fair", Indirect, "Lena Varga", "", KindNamed, "said"},
				{"a turning point", Mixed, "Lena Varga", "", KindNamed, "called"}}},
		{"said then described as",
			`Lena Varga said the ruling was fair and described the verdict as "a turning point".`,
			[]mentionMark{{"Lena Varga", doc.TypePerson, "", ""}},
			[]want{{"^the ruling was fair", Indirect, "Lena Varga", "", KindNamed, "said"},
				{"a turning point", Mixed, "Lena Varga", "", KindNamed, "described"}}},
		{"called for stays in the report",
			`Lena Varga said the ruling was fair and called for calm.`,
			[]mentionMark{{"Lena Varga", doc.TypePerson, "", ""}},
			[]want{{"^the ruling was fair and called for calm", Indirect, "Lena Varga", "", KindNamed, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindQA18AgeAppositive: an age between commas after a name is no
// title ("Name, 74, said"); a title after it still is (QA18 Q-3).
func TestFindQA18AgeAppositive(t *testing.T) {
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

// TestFindQA18LabelRelative: "V what X described as NP" labels V's
// object; it reports no speech, so no indirect quote (QA18 E-1, the
// quote side); a quoted label stays a mixed quote.
func TestFindQA18LabelRelative(t *testing.T) {
	tests := []mentionQuoteCase{
		{"unquoted label",
			`Drones hit what Tbilisi described as a fuel depot outside Gori on Sunday.`,
			[]mentionMark{{"Tbilisi", doc.TypePlace, "", ""}},
			nil},
		{"called with a pronoun subject",
			`The navy sank what it called a smuggling vessel near the coast.`,
			nil,
			nil},
		{"passive label with its agent",
			`The ship sailed on to Limassol, where its cargo, described by port officials as farm machinery, was unloaded.`,
			nil,
			nil},
		{"quoted label stays mixed",
			`Drones hit what Tbilisi described as "a fuel depot" outside Gori.`,
			[]mentionMark{{"Tbilisi", doc.TypePlace, "", ""}},
			[]want{{"a fuel depot", Mixed, "Tbilisi", "", KindNamed, "described"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindQA18SecondReport: a coordinated second report of the same
// speaker ends a mixed quote after its closing mark and a participle
// report before "and"; the second report is emitted on its own.
func TestFindQA18SecondReport(t *testing.T) {
	tests := []mentionQuoteCase{
		{"mixed quote then and said",
			`Lena Varga condemned the raid "in the harshest terms" and said the talks were over.`,
			[]mentionMark{{"Lena Varga", doc.TypePerson, "", ""}},
			[]want{{"^the raid \"in the harshest terms\"", Mixed, "Lena Varga", "", KindNamed, "condemned"},
				{"^the talks were over", Indirect, "Lena Varga", "", KindNamed, "said"}}},
		{"participle report then and announced that",
			`The port authority issued a statement saying the berth was flooded, and announced that it had closed two terminals.`,
			nil,
			[]want{{"^the berth was flooded", Indirect, "The port authority", "", KindDescription, "saying"},
				{"^it had closed two terminals", Indirect, "The port authority", "", KindDescription, "announced"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindQA18ContentEnds: the content of the first report stops before
// the second (no quote holds both).
func TestFindQA18ContentEnds(t *testing.T) {
	for _, tt := range []struct{ input, person, first, second string }{
		{`Lena Varga condemned the raid "in the harshest terms" and said the talks were over.`, "Lena Varga", "harshest", "talks"},
		{`Lena Varga said the ruling was fair and called the verdict "a turning point".`, "Lena Varga", "fair", "verdict"},
		{`The port authority issued a statement saying the berth was flooded, and announced that it had closed two terminals.`, "", "flooded", "terminals"},
	} {
		d := newDoc(tt.input)
		if tt.person != "" {
			markMention(d, tt.person, doc.TypePerson, "", "", "")
		}
		d.Fill(doc.LayerMentions)
		for _, q := range Find(d) {
			if strings.Contains(q.Text, tt.first) && strings.Contains(q.Text, tt.second) {
				t.Errorf("Find(%q) quote %q (cue %q) holds both reports", tt.input, q.Text, q.Cue)
			}
		}
	}
}
