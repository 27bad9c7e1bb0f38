package quote

import "testing"

// qa10Tests are constructions the tenth QA read of unseen articles found
// mishandled.
var qa10Tests = []struct {
	name  string
	input string
	want  []want
}{
	// conceding a noun phrase is no report
	{"conceded NP and V", `The challenger conceded defeat and thanked his voters.`, nil},
	{"conceded the race on a day", `Smith conceded the race on Tuesday night.`, nil},
	{"conceded a clause", `Smith conceded the campaign had made mistakes.`,
		[]want{{"^the campaign had made mistakes", Indirect, "Smith", "", KindNamed, "conceded"}}},
	{"conceded that", `Smith conceded that the campaign had made mistakes.`,
		[]want{{"^the campaign had made mistakes", Indirect, "Smith", "", KindNamed, "conceded"}}},
}

func TestFindQA10(t *testing.T) {
	for _, tt := range qa10Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}
