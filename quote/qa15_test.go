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

// qa15Things: a pledge or blame cue with a bare noun phrase as its
// object reports no words (QA15 Q-2); with an infinitive, a clause or
// a reason it still does.
var qa15Things = []struct {
	name  string
	input string
	want  []want
}{
	{"pledged a noun and a second verb", `The Japanese prime minister pledged aid and ordered a destroyer to the coast.`, nil},
	{"offered a noun", `Maria Brandt offered condolences to the families.`, nil},
	{"blamed a country with a relative clause", `Thousands of Chileans blamed Peru, which has kept troops on the border since 1990.`, nil},
	{"pledged that", `Maria Brandt pledged that the port would reopen.`,
		[]want{{"^the port would reopen", Indirect, "Maria Brandt", "", KindNamed, "pledged"}}},
	{"blamed for", `Maria Brandt blamed the army for the attack.`,
		[]want{{"^the army for the attack", Indirect, "Maria Brandt", "", KindNamed, "blamed"}}},
	{"blamed on", `Maria Brandt blamed the floods on the drought.`,
		[]want{{"^the floods on the drought", Indirect, "Maria Brandt", "", KindNamed, "blamed"}}},
	{"promised a clause", `Maria Brandt promised the port would reopen.`,
		[]want{{"^the port would reopen", Indirect, "Maria Brandt", "", KindNamed, "promised"}}},
}

func TestFindQA15Things(t *testing.T) {
	for _, tt := range qa15Things {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}
