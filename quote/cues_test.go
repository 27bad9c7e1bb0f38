package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of report cues in context.

// TestFindNameSaid: a capitalised "Said" after a given name or a
// name particle is the name, not the cue; a sentence-initial
// "Said the minister" stays a cue.
func TestFindNameSaid(t *testing.T) {
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

// TestFindNamingAfterAnd: "said <clause> and called X \"…\"" keeps
// the said report, cut before "and"; the naming verb reports on its own. "and
// called for" is no naming.
func TestFindNamingAfterAnd(t *testing.T) {
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
		{"called for is the speaker's appeal, not the report's",
			`Lena Varga said the ruling was fair and called for calm.`,
			[]mentionMark{{"Lena Varga", doc.TypePerson, "", ""}},
			[]want{{"^the ruling was fair", Indirect, "Lena Varga", "", KindNamed, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindLabelRelative: "V what X described as NP" labels V's
// object; it reports no speech, so no indirect quote (the
// quote side); a quoted label stays a mixed quote.
func TestFindLabelRelative(t *testing.T) {
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

// TestFindFeltState: "felt" before a state (an adjective or a
// participle) reports nothing; before a clause it reports a belief.
func TestFindFeltState(t *testing.T) {
	p := []mentionMark{{"Banda", doc.TypePerson, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"felt unwell", `The rally was halted when Banda felt unwell during his address.`, p, nil},
		{"felt betrayed by", `Banda felt betrayed by the court's decision.`, p, nil},
		{"felt very sick", `Banda felt very sick after the flight.`, p, nil},
		{"felt deeply hurt", `Banda felt deeply hurt by the remarks.`, p, nil},
		{"feels safe", `Banda feels safe in the capital again.`, p, nil},
		{"felt that", `Banda felt that the count had been rigged.`, p,
			[]want{{"^the count had been rigged", Indirect, "Banda", "", KindNamed, "felt"}}},
		{"felt + clause", `Banda felt the count had been rigged.`, p,
			[]want{{"^the count had been rigged", Indirect, "Banda", "", KindNamed, "felt"}}},
		{"felt strongly that", `Banda felt strongly that the count had been rigged.`, p,
			[]want{{"^the count had been rigged", Indirect, "Banda", "", KindNamed, "felt"}}},
	})
}

// TestFindLabelSaid: "what X said was Y" is the writer's label of
// a thing, like "what X described as Y", no report (e.g. India).
func TestFindLabelSaid(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`Indian warplanes struck what New Delhi said was a militant training camp in Pakistan.`, 0},
		{`Police raided what officials say is a bomb factory near the border.`, 0},
		{`Officials said the camp was a bomb factory.`, 1},
	} {
		if qs := Find(newDoc(tc.in)); len(qs) != tc.want {
			t.Errorf("Find(%q) = %s; want %d quotes", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindNamingCoordinated: a naming verb's second quoted part
// after "and" and a few words of its own is part of the same naming
// (e.g. Qatar).
func TestFindNamingCoordinated(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"called … and based on …",
			`Sheikh Mohammed called the decision "unjustified" and based on "false and baseless claims."`,
			people("Sheikh Mohammed"),
			[]want{{`unjustified" and based on "false and baseless claims`, Mixed, "Mohammed", "Sheikh", KindNamed, "called"}}},
	})
}
