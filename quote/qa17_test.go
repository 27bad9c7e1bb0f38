package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa17Trailing: an attribution that closes the sentence after a medium
// adjunct (", the royal palace said in a statement") is the source of
// the whole report before its comma, a report inside it included
// (QA17 Q-1), as it is without the adjunct.
var qa17Trailing = []struct {
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

func TestFindQA17Trailing(t *testing.T) {
	for _, tt := range qa17Trailing {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindQA17DocumentAuthor: "the sermon/statement said" after a
// sentence that introduced the document ("in a sermon", "issued a
// statement") is its author, the subject of that sentence (QA17 Q-2);
// a document nobody introduced stays unresolved.
func TestFindQA17DocumentAuthor(t *testing.T) {
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
