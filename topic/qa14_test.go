package topic

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// TestLoneCue: one cue word in the body of a story about something else
// is no theme of it; the same cue in a story of its own, or beside other
// evidence, is (QA14 TP-1).
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
// evidence terrorism's too (QA14 TP-2).
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
