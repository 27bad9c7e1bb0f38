package topic

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// Tests of story-level theme evidence.

// TestTerrorEvents checks which events of unconventional violence count
// as evidence of terrorism.
func TestTerrorEvents(t *testing.T) {
	s := New(testKB())
	base := "Something happened."
	tests := []struct {
		name string
		ev   doc.Event
		want bool
	}{
		{"gunmen attacked hotels", doc.Event{Cameo: "180", Plover: "ASSAULT", SourceSector: "UAF", SourceCode: "UAF", TargetCode: "IND", Confidence: 0.5}, true},
		{"a car bomb by an unknown actor", doc.Event{Cameo: "1831", Plover: "ASSAULT", Confidence: 0.5}, true},
		{"a hostage-taking by rebels", doc.Event{Cameo: "181", Plover: "ASSAULT", SourceSector: "REB", Confidence: 0.5}, true},
		{"a kidnapping by a named person is a crime", doc.Event{Cameo: "181", Plover: "ASSAULT", Confidence: 0.5}, false},
		{"troops fought", doc.Event{Cameo: "190", Plover: "ASSAULT", SourceSector: "MIL", Confidence: 0.5}, false},
		{"police beat protesters", doc.Event{Cameo: "182", Plover: "ASSAULT", SourceSector: "UAF", Confidence: 0.5}, false},
		{"a state's assassination", doc.Event{Cameo: "186", Plover: "ASSAULT", SourceSector: "SPY", Confidence: 0.5}, false},
		{"a threatened attack", doc.Event{Cameo: "180", Plover: "ASSAULT", SourceSector: "UAF", Hypothetical: true, Confidence: 0.5}, false},
	}
	for _, tt := range tests {
		if got := eventEvidence(s, base, tt.ev, "terrorism"); got != tt.want {
			t.Errorf("%s: terrorism evidence = %v; want %v", tt.name, got, tt.want)
		}
	}
}

// TestLoneCue: one cue word in the body of a story about something else
// is no theme of it; the same cue in a story of its own, or beside other
// evidence, is.
func TestLoneCue(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"a passing Olympics in a war story", "Fighting spreads\n\nTroops shelled the town as rebels fought soldiers in the war. " +
			"Artillery and airstrikes hit the city, and militants attacked an army base. " +
			"The president, who had flown in from the Winter Olympics, ordered a ceasefire after the offensive.", "sports", false},
		{"the Olympics alone", "The Olympics went on in the city for two more weeks, with crowds every day.", "sports", true},
		{"the Olympics with more sport", "The Olympics went on. The sprinter won a gold medal in the final and the swimmer set a world record.", "sports", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Doc{Text: tt.text}
			segment.New().Process(d)
			if err := s.Process(d); err != nil {
				t.Fatal(err)
			}
			got := false
			for _, tp := range d.Topics {
				if tp.Kind == "theme" && tp.Label == tt.theme {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, d.Topics)
			}
		})
	}
}

// TestClaimedAttack: a claimed attack makes the story's conflict
// evidence terrorism's too.
func TestClaimedAttack(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"the group claimed the attack as revenge", true},
		{"boko haram claimed responsibility for the bombing", true},
		{"they claimed the killings.", true},
		{"the army claimed the town", false},
		{"he claimed the attackers were foreign", false},
		{"the claimed attack", false},
		{"", false},
	} {
		if got := claimedAttack(tt.text); got != tt.want {
			t.Errorf("claimedAttack(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	k := testKB()
	k.AddActor(kb.Actor{ID: "group.y", Kind: kb.KindArmedGroup, Name: "Y Front", Country: "SOM"})
	s := New(k)
	for _, tt := range []struct {
		text   string
		terror bool // terrorism must outscore armed conflict
	}{
		{"Mall siege\n\nGunmen stormed the mall in the capital and held it for four days in a siege. Troops fought the militants, " +
			"and the army said the fighting killed dozens. Y Front claimed the attack as revenge for the war in the south.", true},
		{"Mall siege\n\nGunmen stormed the mall in the capital and held it for four days in a siege. Troops fought the militants, " +
			"and the army said the fighting killed dozens. The army claimed the town as Y Front fled.", false},
	} {
		d := &doc.Doc{Text: tt.text}
		segment.New().Process(d)
		i := strings.Index(tt.text, "Y Front")
		d.Mentions = []doc.Mention{{Span: doc.Span{Start: i, End: i + 7}, Type: doc.TypeArmedGroup, KBID: "group.y"}}
		d.Fill(doc.LayerMentions)
		sc := s.Score(d)
		if tr, co := sc.ThemeScore("terrorism"), sc.ThemeScore("armed-conflict"); (tr > co) != tt.terror {
			t.Errorf("%q: terrorism %v, armed-conflict %v; want terrorism above: %v", tt.text, tr, co, tt.terror)
		}
	}
}

// TestElectionWinNoSport: winning and losing in an election or a war story is no sport;
// a match result or a named competition beside an election still is.
func TestElectionWinNoSport(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"election victory", "The opposition won a landslide victory in Sunday's parliamentary election, defeating the ruling party. The prime minister conceded defeat as the party won 90 of the 150 seats and voters backed its candidates in the race.", "sports", false},
		{"election victory is elections", "The opposition won a landslide victory in Sunday's parliamentary election, defeating the ruling party. The prime minister conceded defeat as the party won 90 of the 150 seats and voters backed its candidates in the race.", "elections", true},
		{"a war's outcome", "Armenia signed a deal to end six weeks of fighting over Nagorno-Karabakh after its army was routed. \"This is not a victory, but there is no defeat until you consider yourself defeated,\" the prime minister said. Crowds beat the parliament speaker. Azerbaijani forces captured the town after shelling killed dozens of soldiers.", "sports", false},
		{"a war's outcome is armed conflict", "Armenia signed a deal to end six weeks of fighting over Nagorno-Karabakh after its army was routed. \"This is not a victory, but there is no defeat until you consider yourself defeated,\" the prime minister said. Crowds beat the parliament speaker. Azerbaijani forces captured the town after shelling killed dozens of soldiers.", "armed-conflict", true},
		{"a match result stays sport", "The champions won 3-1 on Sunday, a victory that sealed the title, while fans defeated in the vote for the club's board conceded defeat. The team won again in the final.", "sports", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}

// TestForcesInCivicStory: soldiers posted to a political standoff or a
// disaster, a "military siege" metaphor and reservists' protest are no
// armed conflict; troops beside fighting, or alone, still are.
func TestForcesInCivicStory(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"soldiers at an opposition leader's home after an election", "Soldiers and police surrounded the home of opposition leader Kizza Besigye, a day after the president was declared the winner of the presidential election. \"We are under military siege,\" Besigye said.", false},
		{"reservists' protest", "Thousands of military reservists, including air force pilots, said they would stop reporting for duty over the judicial overhaul. The parliament passed the bill and the opposition leader said the ruling party had dealt a blow to democracy.", false},
		{"a real siege", "Russian troops besieged Mariupol. The city has been under siege for weeks, and shelling killed dozens.", true},
		{"troops massed", "Troops massed on the border on Monday.", true},
		// troops sent to a hurricane and the dead of a storm or a road
		// accident are no armed conflict; the dead of a blast, or beside
		// fighting, still are
		{"troops after a hurricane", "Hurricane Odile flooded parts of the state on Saturday, forcing thousands into shelters. The navy and army sent troops and planes to evacuate visitors. At least four people were killed by the storm.", false},
		{"a car crash", "Man, 34, killed in crash. A 34-year-old man was killed when his car left the road early Sunday, police said. A pedestrian was killed in an accident on the same road last month.", false},
		{"a pedestrian run down", "Man, 40, killed by truck. A pedestrian was killed late Friday when a truck hit him as he crossed Main Street, police said. He was pronounced dead at the scene.", false},
		{"a market blast", "Blast kills at least three in crowded market. At least three people have been killed and several injured in a powerful explosion at a crowded public market in the southern Philippines, officials said. Two people were killed in a similar explosion last year.", true},
		{"the dead of shelling after a storm", "Days after the storm, shelling killed five soldiers near the front line.", true},
		{"the dead with no hazard", "Five people were killed in the north on Monday, officials said. Troops were sent to the villages, where three more were killed on Sunday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "armed-conflict"); got != tt.want {
				t.Errorf("%q: armed-conflict reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}
