package topic

import "testing"

// TestQA19Themes: a landslide victory is a vote's result, no disaster;
// fighting for a cause is no armed conflict; the literal senses stay
// (QA19 TP-1, TP-2).
func TestQA19Themes(t *testing.T) {
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
