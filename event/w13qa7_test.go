package event

import (
	"strings"
	"testing"
)

// TestW13QA7TopicIncluding: a place listed after "including" behind a
// topic noun is what talks are about, not where they happen ("agreed to
// start a dialogue on all issues, including Kashmir"); force keeps a
// listed place, and a plain place after the trigger stays (W13 QA7:
// India, Pakistan).
func TestW13QA7TopicIncluding(t *testing.T) {
	for _, tc := range []struct{ text, trigger, want string }{
		{"Indian Prime Minister Atal Bihari Vajpayee and Pakistani President Pervez Musharraf agreed on Tuesday to start a dialogue on all issues, including Kashmir, next month.", "agreed", ""},
		{"Pakistan and India agreed on Tuesday to discuss disputes such as Kashmir.", "agreed", ""},
		{"Indian and Pakistani ministers met on Tuesday in Kashmir.", "met", "Kashmir"},
	} {
		found := false
		for _, e := range worldDoc(t, tc.text, "2004-01-06").Events {
			if e.Trigger != tc.trigger {
				continue
			}
			found = true
			if e.Place != tc.want {
				t.Errorf("%q: %s placed in %q; want %q", tc.text, tc.trigger, e.Place, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", tc.text, tc.trigger)
		}
	}
}

// TestW13QA7Greet: a leader greeting another receives the guest (043);
// a crowd greeting news hosts nobody (W13 QA7: Belarus, Ukraine).
func TestW13QA7Greet(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"greeted a president", "2015-02-11", "Belarusian President Alexander Lukashenko greeted Ukrainian President Petro Poroshenko at the Palace of Independence.", []string{"BLRGOV UKRGOV 043"}, nil},
		{"greeted the news", "2015-02-11", "The crowd greeted the news with cheers.", nil, []string{"043"}},
	})
}

// TestW13QA7EntryStamp: a live blog's entry stamp dates the entry's
// events, in the stamp's sentence (once a dateline's time) and in the
// entry's later sentences that name no day; a sentence with a day of
// its own keeps it (W13 QA7: Belarus).
func TestW13QA7EntryStamp(t *testing.T) {
	text := "MINSK — Leaders met on Wednesday.\n\n14:32 GMT — Merkel landed.\n\n22:10 GMT — The talks moved into a smaller format.\n\n" +
		"08:15 GMT — Putin met Poroshenko in Minsk. Merkel met Hollande in Minsk.\n\n" +
		"09:40 GMT: Kerry met Steinmeier in Berlin on Wednesday."
	want := map[string]string{"Putin": "2015-02-12", "Angela": "2015-02-12", "Kerry": "2015-02-11"}
	for _, e := range worldDoc(t, text, "2015-02-11").Events {
		if e.Cameo[:2] != "04" {
			continue
		}
		for k, v := range want {
			if strings.Contains(e.SourceName, k) {
				if e.Date != v {
					t.Errorf("%s %s %s dated %s; want %s", e.SourceName, e.Cameo, e.Trigger, e.Date, v)
				}
				delete(want, k)
			}
		}
	}
	for k := range want {
		t.Errorf("no meeting by %s", k)
	}
}
