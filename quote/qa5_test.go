package quote

import "testing"

// qa5Tests are constructions a QA read of unseen articles found
// mishandled: appositives, abbreviations in a speaker, a time before
// the subject, a report that goes on after its attribution.
var qa5Tests = []struct {
	name  string
	input string
	want  []want
}{
	{"a name's possessive opens an appositive title", `Sergei Lavrov, Russia's foreign minister, said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "Sergei Lavrov", "Russia's foreign minister", KindNamed, "said"}}},
	{"a curly possessive appositive before a direct quote", "Sergei Lavrov, Russia\u2019s foreign minister, said: \"The talks have stalled.\"",
		[]want{{"The talks have stalled", Direct, "Sergei Lavrov", "Russia\u2019s foreign minister", KindNamed, "said"}}},
	{"a possessive appositive before told", `Lolwah Al-Khater, Qatar's minister of state, told reporters the children had been handed over.`,
		[]want{{"^the children had been handed over", Indirect, "Lolwah Al-Khater", "Qatar's minister of state", KindNamed, "told"}}},
	{"a time before a possessive is no name", `Yesterday, Parliament's budget watchdog, federal budget officer Kevin Page, told a committee the projections were too rosy.`, nil},
}

func TestFindQA5(t *testing.T) {
	for _, tt := range qa5Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}
