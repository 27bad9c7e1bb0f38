package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of media, documents and trailing attributions.

// shortAdjunctMediums are reports made in a medium with a short adjunct between
// the medium and "saying".
var shortAdjunctMediums = []struct {
	name  string
	input string
	want  []want
}{
	{"statement on television saying", `Colonel Amadou Diallo read a statement on state television saying the army had taken control.`,
		[]want{{"^the army had taken control", Indirect, "Amadou Diallo", "Colonel", KindNamed, "saying"}}},
	{"message on a platform saying", `Okafor posted a message on Facebook saying he would not resign.`,
		[]want{{"^he would not resign", Indirect, "Okafor", "", KindNamed, "saying"}}},
	{"statement late on a day saying", `Mensah issued a statement late on Friday saying the talks had failed.`,
		[]want{{"^the talks had failed", Indirect, "Mensah", "", KindNamed, "saying"}}},
	// no medium: a participle after an action reports nothing
	{"troops to the border saying", `Okafor sent troops to the border saying they would stay.`, nil},
}

func TestFindMediums(t *testing.T) {
	for _, tt := range shortAdjunctMediums {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// outletAdjunctMediums: a medium with a longer adjunct of outlet and time before
// "saying" ("published a letter in the state newspaper X on Thursday
// saying") reports its content, spoken by the clause's subject.
var outletAdjunctMediums = []struct {
	name  string
	input string
	want  []want
}{
	{"letter in a newspaper on a day saying", `Maria Brandt published a letter in the state newspaper Tribune on Thursday saying the United States owed the country millions of dollars.`,
		[]want{{"^the United States owed", Indirect, "Maria Brandt", "", KindNamed, "saying"}}},
	{"statement on the state broadcaster's website saying", `Maria Brandt issued a statement on the state broadcaster's website late on Friday saying the talks had failed.`,
		[]want{{"^the talks had failed", Indirect, "Maria Brandt", "", KindNamed, "saying"}}},
}

func TestFindOutlet(t *testing.T) {
	for _, tt := range outletAdjunctMediums {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// trailingMediums: an attribution that closes the sentence after a medium
// adjunct (", the royal palace said in a statement") is the source of
// the whole report before its comma, a report inside it included, as it is
// without the adjunct.
var trailingMediums = []struct {
	name  string
	input string
	want  []want
}{
	{"trailing said in a statement", `Maria Brandt told reporters that the port would reopen, the interior ministry said in a statement.`,
		[]want{{"^Maria Brandt told reporters that the port would reopen", Indirect, "the interior ministry", "", KindDescription, "said"}}},
	{"trailing said during a news conference", `Maria Brandt said the port would reopen, the regional government said during a news conference.`,
		[]want{{"^Maria Brandt said the port would reopen", Indirect, "the regional government", "", KindDescription, "said"}}},
	{"a palace speaks as an institution", `Maria Brandt told the envoy that the port would reopen, the royal palace said in a statement.`,
		[]want{{"^Maria Brandt told the envoy that the port would reopen", Indirect, "the royal palace", "", KindDescription, "said"}}},
	{"a medium that belongs to the content stays", `Maria Brandt said the port would reopen, a decision the ministry announced in a statement.`,
		[]want{{"^the port would reopen, a decision the ministry announced in a statement", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
}

func TestFindTrailing(t *testing.T) {
	for _, tt := range trailingMediums {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindDocumentAuthor: "the sermon/statement said" after a
// sentence that introduced the document ("in a sermon", "issued a
// statement") is its author, the subject of that sentence;
// a document nobody introduced stays unresolved.
func TestFindDocumentAuthor(t *testing.T) {
	tests := []mentionQuoteCase{
		{"in a sermon, then the sermon said",
			`Archbishop Tomas Reyes, in a sermon broadcast from the cathedral, urged the government to negotiate. "Violence has no future," the sermon said.`,
			[]mentionMark{{"Tomas Reyes", doc.TypePerson, "", ""}},
			[]want{{"^the government to negotiate", Indirect, "Archbishop Tomas Reyes", "", KindNamed, "urged"},
				{"Violence has no future", Direct, "Tomas Reyes", "", KindDescription, "said"}}},
		{"issued a statement, then the statement said",
			`The Dockworkers Federation issued a joint statement on Monday demanding higher wages. "Our members cannot wait," the statement said.`,
			[]mentionMark{{"Dockworkers Federation", doc.TypeOrganization, "", ""}},
			[]want{{"Our members cannot wait", Direct, "Dockworkers Federation", "", KindDescription, "said"}}},
		{"a circulating message has no author in its sentence",
			`A text message about a planned attack on the Dockworkers Federation is circulating online. "Stay away from the port," the message said.`,
			[]mentionMark{{"Dockworkers Federation", doc.TypeOrganization, "", ""}},
			[]want{{"Stay away from the port", Direct, "", "", KindUnresolved, "said"}}},
		{"a sermon nobody introduced stays unresolved",
			`Tomas Reyes visited the village on Sunday. "Violence has no future," the sermon said.`,
			[]mentionMark{{"Tomas Reyes", doc.TypePerson, "", ""}},
			[]want{{"Violence has no future", Direct, "", "", KindUnresolved, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindByChannel: a trailing attribution may end in the channel
// the source spoke by ("told Reuters by telephone", "said by phone");
// the clause before it is the report, and a "he said" after it is that
// source, not the person the report is about (e.g. Myanmar).
func TestFindByChannel(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"told Reuters by telephone, then he said",
			`President Win Myint was also detained, party spokesman Myo Nyunt told Reuters by telephone. "We heard they are being held in the capital," he said.`,
			people("Win Myint", "Myo Nyunt"),
			[]want{{"^President Win Myint was also detained", Indirect, "Myo Nyunt", "party spokesman", KindNamed, "told"},
				{"We heard they are being held", Direct, "Myo Nyunt", "party spokesman", KindPronoun, "said"}}},
		{"said by phone",
			`The general was detained, Myo Nyunt said by phone.`,
			people("Myo Nyunt"),
			[]want{{"^The general was detained", Indirect, "Myo Nyunt", "", KindNamed, "said"}}},
		{"report inside the clause, then by phone",
			`The mother said she was struck, Lt. Pat Nelson said by phone.`,
			people("Pat Nelson"),
			[]want{{"^The mother said she was struck", Indirect, "Pat Nelson", "Lt.", KindNamed, "said"}}},
	})
}

// TestFindIssuedMedium: a participle that tells how the medium
// came out ("a statement read at the palace on Thursday", "a statement
// released by his office") is no part of the report after "that" (e.g. Nepal).
func TestFindIssuedMedium(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"read at … that",
			`Ram Thapa said in a statement read at the palace on Thursday that the royal family respects the will of the people.`,
			people("Ram Thapa"),
			[]want{{"^the royal family respects", Indirect, "Ram Thapa", "", KindNamed, "said"}}},
		{"released by … that",
			`Ram Thapa said in a statement released by his office that the army would stay.`,
			people("Ram Thapa"),
			[]want{{"^the army would stay", Indirect, "Ram Thapa", "", KindNamed, "said"}}},
	})
}

// TestFindWhichDocument: "which" after a document noun ("read out
// the final communique, which demanded …") is the document speaking, as
// "a statement, which said" is; it was left unresolved (e.g. Niger).
func TestFindWhichDocument(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"the final communique, which demanded",
			`Omar Touray read out the final communique, which demanded the president's "immediate release".`,
			people("Omar Touray"),
			[]want{{"^the president's", Mixed, "the final communique", "", KindUnnamed, "demanded"}}},
		{"a resolution, which urged",
			`The council adopted a resolution, which urged both sides to stop fighting.`,
			nil,
			[]want{{"^both sides to stop fighting", Indirect, "a resolution", "", KindUnnamed, "urged"}}},
	})
}

// bodyWordTitles: a body whose name ends in a lower-case word before a
// lower-case title ("Security forces commander", "Air force chief") is
// the title of the name after it, which speaks for a coordinated cue;
// the body's first word does not.
var bodyWordTitles = []struct {
	name  string
	input string
	want  []want
}{
	{"forces commander General Name verb and promised", `Security forces commander General Ali Hamid flew to the capital on Friday and promised to restore order.`,
		[]want{{"^to restore order", Indirect, "Ali Hamid", "Security forces commander General", KindNamed, "promised"}}},
	{"force chief Name verb and said", `Rebel army commander Tan Wei toured the base and said the jets would stay.`,
		[]want{{"^the jets would stay", Indirect, "Tan Wei", "Rebel army commander", KindNamed, "said"}}},
	{"Air force chief Name verb and said", `Air force chief Ali Hamid toured the base and said the jets would stay.`,
		[]want{{"^the jets would stay", Indirect, "Ali Hamid", "Air force chief", KindNamed, "said"}}},
}

func TestFindBodyWordTitles(t *testing.T) {
	for _, tt := range bodyWordTitles {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}
