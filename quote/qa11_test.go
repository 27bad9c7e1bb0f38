package quote

import "testing"

// qa11Tests are constructions the eleventh QA read of unseen articles
// found mishandled.
var qa11Tests = []struct {
	name  string
	input string
	want  []want
}{
	// any listener of "told" before a colon and a quote
	{"told NP: quote", `Okafor told party leaders: "I accept it."`,
		[]want{{"I accept it.", Direct, "Okafor", "", KindNamed, "told"}}},
	{"told NP time: quote", `Okafor told party leaders that evening: "I accept it."`,
		[]want{{"I accept it.", Direct, "Okafor", "", KindNamed, "told"}}},
	{"told NP with possessive: quote", `Okafor told the union's executive committee late on Sunday: "We will not back down."`,
		[]want{{"We will not back down.", Direct, "Okafor", "", KindNamed, "told"}}},
	{"told a lower-case listener: quote", `Okafor told lawmakers in the capital: "The budget is dead."`,
		[]want{{"The budget is dead.", Direct, "Okafor", "", KindNamed, "told"}}},
}

func TestFindQA11(t *testing.T) {
	for _, tt := range qa11Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}
