package quote

import "testing"

// qa15Coordinated are reports coordinated after a first verb whose
// subject is a country, a title with "of" inside and a name (QA15 Q-1):
// the name speaks, the country and the title are its title.
var qa15Coordinated = []struct {
	name  string
	input string
	want  []want
}{
	{"Country Secretary of State Name verb and said", `U.S. Secretary of State Maria Brandt arrived in Lagos and said the two leaders must share power.`,
		[]want{{"^the two leaders must share power", Indirect, "Maria Brandt", "U.S. Secretary of State", KindNamed, "said"}}},
	{"Country Minister of Foreign Affairs Name verb and urged", `French Minister of Foreign Affairs Paul Girard visited Kenya last week and urged both sides to talk.`,
		[]want{{"^both sides to talk", Indirect, "Paul Girard", "French Minister of Foreign Affairs", KindNamed, "urged"}}},
	{"Chief of Staff Name verb and said", `White House Chief of Staff Tom Reilly left the meeting and said no deal was close.`,
		[]want{{"^no deal was close", Indirect, "Tom Reilly", "White House Chief of Staff", KindNamed, "said"}}},
}

func TestFindQA15Coordinated(t *testing.T) {
	for _, tt := range qa15Coordinated {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}
