package event

import "testing"

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
