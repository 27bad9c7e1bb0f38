package event

import (
	"testing"
	"time"
)

// TestW13QA6Events checks the rules added after the W13 QA6 reading
// (Fiji 2006), in sentences written for sitrep.
func TestW13QA6Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// a leader's "said <his state> would …" is his government's stated intent
		{"leader said Canberra would", "2006-12-06", "Australian Prime Minister John Howard said Canberra would suspend military ties with Fiji.", []string{"AUS FJI 13"}, nil},
		{"minister said Australia would", "2006-12-06", "Foreign Minister Alexander Downer said Australia would suspend military ties with Fiji.", []string{"AUS FJI 13"}, nil},
		{"another state's intent stays uncoded", "2006-12-06", "Foreign Minister Alexander Downer said Fiji would suspend military ties with Tonga.", nil, []string{"FJI TON"}},
		{"a denied intent stays uncoded", "2006-12-06", "Foreign Minister Alexander Downer said Australia would not suspend military ties with Fiji.", nil, []string{"AUS FJI"}},
		// an amount with "about" before "in military aid"
		{"cut about $2.5 million in military aid", "2006-12-06", "The United States cut about $2.5 million in military aid to Fiji.", []string{"USA FJI 1622"}, nil},
		// thrown petrol bombs are a riot's, no air strike; the noun alone bombs nothing
		{"threw petrol bombs at soldiers", "2023-05-30", "Protesters threw rocks, bottles and petrol bombs at NATO soldiers in Zvecan.", []string{"145"}, []string{"195"}},
		{"threw petrol bombs outside", "2023-05-30", "The soldiers were hurt when protesters threw rocks and petrol bombs outside the town hall in Zvecan.", []string{"145"}, []string{"195"}},
		{"petrol bombs found", "2023-05-30", "Serbian police found petrol bombs in a car near Kosovo.", nil, []string{"195"}},
		// a participle after "and" shares the passive of the conjunct before it, across an adverbial
		{"arrested on a day and charged", "2008-06-23", "Morgan Tsvangirai was arrested on June 12 and charged with treason.", []string{" ZWE 173"}, []string{"ZWE  173"}},
		{"an active verb stays active", "2008-06-23", "Police arrested Morgan Tsvangirai on June 12 and charged him with treason.", []string{"173"}, []string{"ZWE  173"}},
		// "at the U.S. embassy" is where a meeting is held, not whom it is with
		{"met dissidents at the embassy", "2016-03-21", "Secretary of State John Kerry met dissidents at the U.S. embassy.", []string{"OPP 040"}, []string{"USAGOV USAGOV"}},
		{"met a minister at the embassy", "2016-03-21", "Secretary of State John Kerry met the Cuban foreign minister at the U.S. embassy.", []string{"USAGOV CUBGOV 040"}, []string{"USAGOV USAGOV"}},
		// the victim of the crime an arrest is "in" is no one arrested
		{"arrested in the assassination of", "2021-07-09", "Haitian police arrested 17 others in the assassination of President Jovenel Moise.", []string{"HTICOP  173", " HTIGOV 186"}, []string{"HTICOP HTIGOV 173"}},
		{"arrested a named person stays", "2021-07-09", "Haitian police arrested Claude Joseph in the capital.", []string{"HTICOP HTIGOV 173"}, nil},
		// a travel ban on a state's officers is a sanction
		{"imposed a travel ban", "2006-12-06", "Australia imposed a travel ban on Fiji military officers.", []string{"AUS FJIMIL 163"}, nil},
	})
}

// TestW13QA6EventDates: a year inside an apposition after the subject,
// or after a later "and said", dates no trigger (W13 QA6: Cuba,
// Ethiopia–Eritrea).
func TestW13QA6EventDates(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, text, trigger, want string }{
		{"apposition's year", "Obama, the first sitting U.S. president to visit the island since Calvin Coolidge in 1928, said the embargo would end.", "said", "2016-03-21"},
		{"later report's year", "Secretary General Antonio Guterres welcomed the agreement and said the sanctions imposed on Eritrea in 2009 might no longer be justified.", "agreement", "2016-03-21"},
		{"own year before the report", "Israel struck Gaza in 2014 and said the strikes were aimed at militants.", "struck", "2014"},
		{"subject's year with no aside", "Israel, a longtime ally, struck Gaza in 2014.", "struck", "2014"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2016, 3, 21, 0, 0, 0, 0, time.UTC))
			found := false
			for _, e := range d.Events {
				if e.Trigger != tt.trigger {
					continue
				}
				found = true
				if e.Date != tt.want {
					t.Errorf("%q: %s dated %s, want %s", tt.text, tt.trigger, e.Date, tt.want)
				}
			}
			if !found {
				t.Errorf("%q: no event on %q among %v", tt.text, tt.trigger, eventCodes(d))
			}
		})
	}
}
