package quote

import (
	"testing"
)

// qa14Reports are sentences with the reports Find must give, in text
// order, as "speaker: content" (the speaker's name, else its words);
// none for no report.
var qa14Reports = []struct {
	input string
	want  []string
}{
	// ", but <Name>, <appositive>, (later) told … that …" is a
	// rival report of its own, not more of the first one
	{"The general said he was in charge, but Omar Salif, the commander of the presidential guard, later told crowds that he was in charge.",
		[]string{"The general: he was in charge", "Omar Salif: he was in charge"}},
	{"The minister said the talks had failed, but Ana Ruiz, a spokeswoman for the rebels, said they would resume.",
		[]string{"The minister: the talks had failed", "Ana Ruiz: they would resume"}},
	// an appositive with no cue after it is the first report's words
	{"The minister said the talks had failed, but Ana Ruiz, a spokeswoman for the rebels, was not there.",
		[]string{"The minister: the talks had failed, but Ana Ruiz, a spokeswoman for the rebels, was not there"}},
	// a question put to the speaker between commas is not part of
	// the speaker
	{`Mensah, asked whether Accra would close the border again, said: "Not if they keep their word."`,
		[]string{`Mensah: "Not if they keep their word."`}},
	{"The minister, pressed about the delay, said the money would arrive soon.",
		[]string{"The minister: the money would arrive soon"}},
	// a pronoun object of "accused" opens the report with the
	// charge, as a named object does
	{"The United States accuses them of taking more than $150 million in bribes.",
		[]string{"United States: them of taking more than $150 million in bribes"}},
	{"Prosecutors accused the officials of taking more than $2 million in bribes.",
		[]string{"Prosecutors: the officials of taking more than $2 million in bribes"}},
	// a past tense after a modal's clause is the speaker's next act
	{"Prime Minister Tomas Ilic said the assembly would have the final say and asked for calm.",
		[]string{"Tomas Ilic: the assembly would have the final say"}},
	{"The mayor said the city will rebuild the bridge and urged residents to stay home.",
		[]string{"The mayor: the city will rebuild the bridge"}},
	// a participle after "be", a perfect, or a past tense in between
	// go on with the report
	{"The mayor said the suspects would be arrested and charged with fraud.",
		[]string{"The mayor: the suspects would be arrested and charged with fraud"}},
	{"The mayor said the troops would leave once the rebels disarmed and returned home.",
		[]string{"The mayor: the troops would leave once the rebels disarmed and returned home"}},
}

func TestFindQA14Reports(t *testing.T) {
	for _, tc := range qa14Reports {
		qs := Find(newDoc(tc.input))
		var got []string
		for _, q := range qs {
			name := q.Speaker.Name
			if name == "" {
				name = tc.input[q.Speaker.Span.Start:q.Speaker.Span.End]
			}
			got = append(got, name+": "+q.Text)
		}
		if len(got) != len(tc.want) {
			t.Errorf("Find(%q) = %q; want %q", tc.input, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("Find(%q) = %q; want %q", tc.input, got, tc.want)
				break
			}
		}
	}
}

// qa14NoReports are sentences in which Find must find no report.
var qa14NoReports = []string{
	// a relative clause after a request's object is no content
	"After the 2002 elections Okoro asked him to lead the inquiry, which heard testimony from 3,000 witnesses.",
}

func TestFindQA14NoReports(t *testing.T) {
	for _, in := range qa14NoReports {
		if qs := Find(newDoc(in)); len(qs) != 0 {
			t.Errorf("Find(%q) = %s; want no report", in, describe(qs))
		}
	}
}
