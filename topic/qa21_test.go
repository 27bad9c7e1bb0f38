package topic

import "testing"

// TestQA21Themes: a fiscal quarter is no period of a game (QA21 TP-1);
// data a government publishes is no computing (QA21 TP-2).
func TestQA21Themes(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"output in the third quarter", "Copper output rose 9% in the third quarter.", "sports", false},
		{"profit in the fourth quarter", "The bank's profit fell in the fourth quarter.", "sports", false},
		{"third quarter of a year", "The economy shrank in the third quarter of 2022.", "sports", false},
		{"game's fourth quarter", "The Celtics scored 35 points in the fourth quarter.", "sports", true},
		{"touchdown in the third quarter", "He caught two touchdown passes in the third quarter.", "sports", true},
		{"published data", "The government stopped the outbreak. Ghana has not published data since May.", "technology", false},
		{"official data", "The island defeated the virus, according to official data.", "technology", false},
		{"user data", "Hackers stole user data from the software company's servers.", "technology", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}

// TestQA22ForcesInCivicStory: soldiers posted to a political standoff,
// a "military siege" metaphor and reservists' protest are no armed
// conflict; troops beside fighting, or alone, still are (QA22 TP-1).
func TestQA22ForcesInCivicStory(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"soldiers at an opposition leader's home after an election", "Soldiers and police surrounded the home of opposition leader Kizza Besigye, a day after the president was declared the winner of the presidential election. \"We are under military siege,\" Besigye said.", false},
		{"reservists' protest", "Thousands of military reservists, including air force pilots, said they would stop reporting for duty over the judicial overhaul. The parliament passed the bill and the opposition leader said the ruling party had dealt a blow to democracy.", false},
		{"a real siege", "Russian troops besieged Mariupol. The city has been under siege for weeks, and shelling killed dozens.", true},
		{"troops massed", "Troops massed on the border on Monday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "armed-conflict"); got != tt.want {
				t.Errorf("%q: armed-conflict reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}
