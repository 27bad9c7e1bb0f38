package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa9Tests are constructions the ninth QA read of unseen articles found
// mishandled.
var qa9Tests = []struct {
	name  string
	input string
	want  []want
}{
	// a trailing attribution with the title as an appositive before the name
	{"trailing the title, NAME, said", `Police arrested 13 people, the ministry's spokesman, Ali Khan, said.`,
		[]want{{"^Police arrested 13 people", Indirect, "Ali Khan", "ministry's spokesman", KindNamed, "said"}}},
	{"trailing the title, NAME, said on a day", `Police arrested 13 people, the national police chief, Cesar Zapata, said on Tuesday.`,
		[]want{{"^Police arrested 13 people", Indirect, "Cesar Zapata", "national police chief", KindNamed, "said"}}},
	{"trailing title NAME said, no commas", `Police arrested 13 people, police chief Cesar Zapata said.`,
		[]want{{"^Police arrested 13 people", Indirect, "Cesar Zapata", "police chief", KindNamed, "said"}}},
	// "the new president" is who was just sworn in, not a guest
	{"the new president after sworn in as", `Faye was sworn in as president on Tuesday, attended by Nigerian President Bola Tinubu. The new president said he would renegotiate oil contracts.`,
		[]want{{"^he would renegotiate oil contracts", Indirect, "Faye", "", KindDescription, "said"}}},
	{"the new prime minister after was appointed", `Michel Barnier was appointed prime minister on Thursday after talks with Emmanuel Macron. The new prime minister said he would form a government.`,
		[]want{{"^he would form a government", Indirect, "Michel Barnier", "", KindDescription, "said"}}},
	{"the president, no new: the last named", `Faye was sworn in as president on Tuesday, attended by Nigerian President Bola Tinubu. The president said he would renegotiate oil contracts.`,
		[]want{{"^he would renegotiate oil contracts", Indirect, "Bola Tinubu", "Nigerian President", KindDescription, "said"}}},
	// a long relative clause after the subject of a coordinated cue
	{"long relative clause, V1 X and called it", `President Macky Sall, who tried to postpone the vote before the court blocked the move, congratulated Faye and called it "a victory for democracy."`,
		[]want{{"a victory for democracy", Mixed, "Macky Sall", "President", KindNamed, "called"}}},
	// "asked X for help" reports nothing; a naming participle does
	{"asked X for help, calling Y quoted", `President Kassym-Jomart Tokayev asked the Collective Security Treaty Organization for help late on Wednesday, calling the protesters "terrorist bands" trained abroad.`,
		[]want{{`^the protesters "terrorist bands" trained abroad`, Mixed, "Kassym-Jomart Tokayev", "President", KindNamed, "calling"}}},
	{"asked X for help", `Tokayev asked the Collective Security Treaty Organization for help.`, nil},
	{"asked X for military assistance", `The government asked its neighbours for military assistance on Monday.`, nil},
	{"asked X whether: a report", `Reporters asked the minister whether the talks had failed.`,
		[]want{{"whether the talks had failed", Indirect, "Reporters", "", KindNamed, "asked"}}},
}

func TestFindQA9(t *testing.T) {
	for _, tt := range qa9Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa9Ends are reports whose content must end exactly where given.
var qa9Ends = []struct{ input, content string }{
	{`Police arrested 13 people, the ministry's spokesman, Ali Khan, said.`, `Police arrested 13 people`},
	{`Police arrested 13 people, the national police chief, Cesar Zapata, said on Tuesday.`, `Police arrested 13 people`},
	// a title opening the sentence is the subject's, no content before it
	{`The ministry's spokesman, Ali Khan, said police arrested 13 people.`, `police arrested 13 people`},
}

func TestFindQA9Ends(t *testing.T) {
	for _, tc := range qa9Ends {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// TestFindQA9Military checks that "the military" in an article naming
// one country is that country's armed forces, and stays unresolved with
// two countries named.
func TestFindQA9Military(t *testing.T) {
	tests := []mentionQuoteCase{
		{"the military of the one country named", `Pakistan's army chief met Khan. The military said in a statement that May 9 would be remembered as a dark chapter.`,
			[]mentionMark{{"Pakistan", doc.TypeCountry, "PAK", "Pakistan"}},
			[]want{{"^May 9 would be remembered", Indirect, "Armed forces of Pakistan", "", KindDescription, "said"}}},
		{"the army of the one country named", `Troops clashed with rebels in Mali. The army said 12 fighters were killed.`,
			[]mentionMark{{"Mali", doc.TypeCountry, "MLI", "Mali"}},
			[]want{{"^12 fighters were killed", Indirect, "Armed forces of Mali", "", KindDescription, "said"}}},
		{"the military among two countries stays unresolved", `Chile and Peru signed a deal. The military said the deal was fair.`,
			[]mentionMark{{"Chile", doc.TypeCountry, "CHL", "Chile"}, {"Peru", doc.TypeCountry, "PER", "Peru"}},
			[]want{{"^the deal was fair", Indirect, "", "", KindUnresolved, "said"}}},
	}
	checkMentionQuotes(t, tests)
}
