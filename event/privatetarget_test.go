package event

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// TestPrivateTargets checks that private people a state, police, court,
// military or armed-group source acts on are the civilians (CVL) of the
// country it happened in, in the analysis and in dyadic coding, and
// that acts between private people and acts with no source stay
// uncoded.
func TestPrivateTargets(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	dyadic := New(k, nil)
	dyadic.RequireTarget = true
	for _, tc := range []struct {
		name, text string
		want       []string // each among the analysis's and the dyadic coder's events
		none       []string // in neither
	}{
		{"police arrest a man", "Police in Lahore arrested a 24-year-old man on Tuesday.", []string{"PAKCOP PAKCVL 173"}, nil},
		// a release whose pattern's trigger is the person noun itself
		{"authorities release a photographer", "Egyptian authorities released a jailed photographer on Sunday.", []string{"EGYGOV EGYCVL 0841"}, nil},
		{"a state frees students", "Eritrea freed three students on Monday.", []string{"ERI ERIEDU 0841"}, nil},
		{"a released report is no release", "Egyptian authorities released a report on Sunday.", nil, []string{"0841"}},
		{"police shoot teenagers", "Kenyan police shot dead two teenagers during a raid in Nairobi.", []string{"KENCOP KENCVL 190"}, nil},
		{"troops kill a civilian", "Indian troops killed a civilian during a gunfight in Kashmir.", []string{"INDMIL INDCVL 190"}, nil},
		{"a court sentences a blogger", "A court in Cairo sentenced a blogger to five years in prison.", []string{"EGYJUD EGYCVL 116"}, nil},
		{"the place's civilians", "Israeli soldiers shot dead three teenagers near Nablus.", []string{"ISRMIL PSECVL 190"}, nil},
		{"people, not the place", "Gunmen kidnapped three engineers in southern Colombia.", []string{"UAF COLCVL 181"}, nil},
		{"a place attacked stays", "Israeli troops shelled a village near Nablus.", nil, []string{"CVL"}},
		{"the subject of a passive", "A 24-year-old man was arrested by police in Lahore on Tuesday.", []string{"PAKCOP PAKCVL 173"}, nil},
		{"a named person the KB does not know", "Police in Karachi arrested Tariq Mahmood on Friday.", []string{"PAKCOP PAKCVL 173"}, nil},
		{"an owner is no party", "Police in Karachi cordoned off Tariq Mahmood's properties on Friday.", nil, []string{"PAKCVL"}},
		{"a name farther off is no party", "Israel says it will not restrict access to the al-Rashid mosque compound in Jerusalem.", nil, []string{"CVL"}},
		{"a private person's crime stays uncoded", "A man stabbed a woman outside a bar in Leeds, England.", nil, []string{"CVL"}},
		{"no source, no target", "A woman was stabbed to death in her home in Melbourne, Australia.", nil, []string{"CVL"}},
		{"a noun the person noun modifies", "Police in Lahore arrested student union leaders on Tuesday.", nil, []string{"PAKCVL"}},
		{"no country, no civilians", "Police arrested a man on Tuesday.", nil, []string{"CVL"}},
		{"a noun that modifies another", "Pakistan executed a child killer in Lahore.", nil, []string{"PAKCVL"}},
		{"the story's country", "Police arrested a 33-year-old man on Monday. The man lives in Lahore.", []string{"PAKCVL 173"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an, d := worldAndDyadic(t, dyadic, tc.text, "2024-03-15")
			got := eventCodes(an)
			var dy []string
			for _, e := range d.Events {
				dy = append(dy, e.SourceCode+" "+e.TargetCode+" "+e.Cameo)
			}
			for _, set := range [][]string{got, dy} {
				wantEvents(t, tc.text, set, tc.want, tc.none)
			}
			for _, g := range dy {
				if strings.Contains(g, "  ") && !strings.HasSuffix(g, "  010") {
					t.Errorf("%q: dyadic coding gave an act with an uncoded side: %q", tc.text, g)
				}
			}
		})
	}
}

// TestObjectTrigger checks the phrase a person-noun trigger ends: the
// longest one opening with a determiner or a count, never the verb
// before it, and nothing at the sentence's start or outside it.
func TestObjectTrigger(t *testing.T) {
	for _, tc := range []struct{ text, trig, want string }{
		{"Egypt released a jailed photographer on Sunday.", "photographer", "a jailed photographer"},
		{"Egypt released  two  jailed photographers.", "photographers", "two  jailed photographers"},
		{"Egypt freed jailed photographers.", "photographers", "photographers"},
		{"They took 170 people hostage.", "hostage", "hostage"},
		{"Photographers were freed.", "Photographers", ""},
		{"Egypt released a report.", "report", ""},
	} {
		i := strings.Index(tc.text, tc.trig)
		got, ok := objectTrigger(tc.text, 0, doc.Span{Start: i, End: i + len(tc.trig)})
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("%q, trigger %q: got %q, want %q", tc.text, tc.trig, got, tc.want)
		}
	}
}

// TestOwnReportersAndBusinessmen: journalists and businessmen a state's
// police, courts or forces arrest, detain or free are that state's own
// (MED, BUS), as its students and teachers are (EDU); those its forces
// attack keep no country.
func TestOwnReportersAndBusinessmen(t *testing.T) {
	checkEvents(t, []eventCase{
		{"police detained journalists", "2021-05-12", "Turkish police detained three journalists on Wednesday.", []string{"TURCOP TURMED 173"}, nil},
		{"police arrested businessmen", "2021-05-12", "Nigerian police arrested two businessmen in Lagos.", []string{"NGACOP NGABUS 173"}, nil},
		{"teachers stay the state's", "2021-05-12", "Turkish police detained three teachers on Wednesday.", []string{"TURCOP TUREDU 173"}, nil},
		{"journalists attacked keep no country", "2021-05-12", "Israeli troops shot two journalists near Jenin.", nil, []string{"ISRMED"}},
		{"foreign journalists are no state's own", "2021-05-12", "Sudan gave foreign journalists 48 hours to leave the country.", []string{"SDN MED 174"}, []string{"SDNMED"}},
		{"foreign students are no state's own", "2021-05-12", "Turkish police detained three foreign students on Wednesday.", []string{"TURCOP EDU 173"}, []string{"TUREDU"}},
	})
}
