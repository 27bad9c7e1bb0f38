package quote

import "testing"

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
