package topic

import "testing"

// Tests of word senses that rule a lexicon hit in or out.

// TestSanctionRoundAndNickname: a round of sanctions and an armed group's nickname are
// no sport; a team's nickname beside another team or a score still is.
func TestSanctionRoundAndNickname(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"round of sanctions", "The Security Council voted on Monday to impose a third round of sanctions on North Korea.", "sports", false},
		{"round of talks", "Negotiators from both governments opened a fourth round of talks on the border dispute in Geneva.", "sports", false},
		{"a sports round", "The defending champion was knocked out in the fourth round of the tournament on Sunday.", "sports", true},
		{"armed group nickname", "The army said it had captured the last town held by the rebels. The Tigers had fought for decades for a separate state.", "sports", false},
		{"two nicknames", "The Tigers beat the Royals on Sunday and the Tigers will face the Royals again on Monday.", "sports", true},
		{"nickname and score", "The Tigers won 5-3 on Sunday in front of their fans.", "sports", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}

// TestHazardStruck: a one-sentence flash of a natural hazard that
// struck is a disaster story; the hazard word alone in passing is not.
func TestHazardStruck(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"quake flash", "A magnitude 6.4 earthquake struck off the northern coast on Sunday, damaging hundreds of buildings.", true},
		{"cyclone flash", "A powerful cyclone hit the southern coast overnight, flattening villages.", true},
		{"quake in passing", "The minister, who took office after the earthquake, opened the new bridge on Sunday with the mayor.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "disaster"); got != tt.want {
				t.Errorf("%q: disaster reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}

// TestPeacekeeping: the U.N. peacekeeping mission named in a
// disaster story is an institution, no armed conflict; peacekeepers
// under fire still are.
func TestPeacekeeping(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"mission in a quake story", "A strong earthquake struck the capital on Tuesday. The head of the U.N. peacekeeping mission was missing after the mission's headquarters collapsed.", false},
		{"peacekeepers attacked", "Rebels attacked U.N. peacekeepers near the border, and troops returned fire in heavy fighting.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "armed-conflict"); got != tt.want {
				t.Errorf("%q: armed-conflict reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}

// TestElectoralRound: an ordinal round beside votes or a ballot is an
// election's; beside a match it is still sport's.
func TestElectoralRound(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"votes in the second round", "The prime minister received 301 votes in the second round, after failing in the first ballot on Tuesday.", false},
		{"a tennis second round", "The defending champion won her second round match in straight sets on Tuesday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "sports"); got != tt.want {
				t.Errorf("%q: sports reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}

// TestLegislatureVoteAndDowngrade: a legislature's vote is no election, and downgraded
// relations are no economy news; an election and a credit downgrade
// still are.
func TestLegislatureVoteAndDowngrade(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"legislature votes", "Lawmakers voted to approve the budget. The senate voted to confirm the nominee.", "elections", false},
		{"parliament voted to downgrade", "The parliament voted to downgrade relations with its neighbour. The parliament voted on Sunday to expel the ambassador.", "elections", false},
		{"voters voted in an election", "Voters voted in large numbers on Sunday in the first round of the presidential election.", "elections", true},
		{"downgraded relations", "Britain downgraded relations with Iran.", "economy", false},
		{"downgraded relations is diplomacy", "Britain downgraded relations with Iran.", "diplomacy", true},
		{"parliament had voted", "The parliament voted to downgrade relations with its neighbour. The parliament had voted on Sunday to expel the ambassador.", "elections", false},
		{"downgraded its ties", "Bahrain downgraded its ties with Qatar on Monday.", "economy", false},
		{"credit downgrade", "Moody's downgraded Greece's credit rating on Monday, citing its debt.", "economy", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}

// TestJockeySenses: a disc jockey or a radio shock jockey is a
// broadcaster, no sport; a jockey who rides stays sport.
func TestJockeySenses(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"a former disc jockey", "The mayor, a former disc jockey, was dismissed by the cabinet in June.", "sports", false},
		{"radio jockeys", "Two radio jockeys were questioned by police over a prank call to the hospital.", "sports", false},
		{"a jockey who rides", "The jockey rode the favourite to victory at the racecourse.", "sports", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}

// TestLandslideAndFightingFor: a landslide victory is a vote's result, no disaster;
// fighting for a cause is no armed conflict; the literal senses stay.
func TestLandslideAndFightingFor(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"landslide victory", "The governor won a landslide victory in the state election on Sunday. The opposition candidate conceded after the count showed a landslide win for the incumbent.", "disaster", false},
		{"won by a landslide", "The senator won by a landslide in the primary election on Tuesday. Her rival was elected in a landslide four years ago and lost by a landslide this time.", "disaster", false},
		{"a landslide buries a village", "A landslide buried a mountain village after heavy rain on Monday. Rescuers searched for survivors as more landslides blocked the road.", "disaster", true},
		{"fighting for justice", "Her father was ousted by an uprising in 1986. She told supporters to keep fighting for the truth and for democracy, and her allies said they were still fighting for justice.", "armed-conflict", false},
		{"fighting for a town", "Fighting for control of the town killed dozens of soldiers. Rebels and troops fought for the hills overnight.", "armed-conflict", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}

// TestRateBaseRunoffSenses: a central bank's rate decision is economy news by
// its rate terms; bases hit by a force are no baseball; a
// run-off is an election's second ballot, water's runoff is not.
func TestRateBaseRunoffSenses(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"policy rate", "The Bank of Zambia raised its policy rate to 14 percent on Wednesday.", "economy", true},
		{"basis points", "The Bank of Thailand cut its benchmark rate by 25 basis points.", "economy", true},
		{"repo rate", "The Reserve Bank of Australia held the cash rate at 4.35 percent.", "economy", true},
		{"bases hit", "Turkish jets hit bases in northern Iraq.", "sports", false},
		{"bases of a group", "The army shelled bases of the rebel group near the border.", "sports", false},
		{"bases loaded", "He doubled with the bases loaded in the ninth inning.", "sports", true},
		{"runoff", "Lula won the runoff on Sunday.", "elections", true},
		{"presidential run-off", "Macron won the presidential run-off against Le Pen.", "elections", true},
		{"presidential vote", "He came first in the second round of the presidential vote.", "elections", true},
		{"water runoff", "Agricultural runoff polluted the lake.", "elections", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}

// TestFiscalQuarterAndData: a fiscal quarter is no period of a game;
// data a government publishes is no computing.
func TestFiscalQuarterAndData(t *testing.T) {
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

// TestPremiership: "the premiership" a politician seeks or holds is a
// prime minister's office, no sport; the league's Premiership stays one.
func TestPremiership(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"seek the premiership", "Wilders agreed not to seek the premiership after the other parties refused to serve under him, and the coalition named a former intelligence chief instead.", false},
		{"during his premiership", "During his premiership the government cut taxes twice and sent troops abroad, and his party lost two elections.", false},
		{"a rugby league", "Leicester beat Bath 24-10 in the Premiership on Saturday, with two tries from their winger and a late penalty from the fly-half.", true},
		{"premiership management", "Bryan Robson ended a three and a half year exile from Premiership management by returning to the Hawthorns, where he first excelled as a player.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "sports"); got != tt.want {
				t.Errorf("%q: sports reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}
