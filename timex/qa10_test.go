package timex

import (
	"testing"
	"time"
)

// qa10Tests are the constructions of the session-7 QA round (anchor
// given per case), one per rule.
var qa10Tests = []findTest{
	// T-3: the present simple of a handover schedules it
	{"takes office is ahead", "The new governor takes office on Nov. 15.", time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC), "Nov. 15", "DATE", "2025-11-15", ""},
	{"leaves office is ahead", "The chancellor leaves office Sept. 30.", time.Date(2021, 4, 20, 0, 0, 0, 0, time.UTC), "Sept. 30", "DATE", "2021-09-30", ""},
	{"assumes power is ahead", "The council assumes power on Dec. 1.", time.Date(2019, 6, 3, 0, 0, 0, 0, time.UTC), "Dec. 1", "DATE", "2019-12-01", ""},
	{"took office stays past", "The governor took office on Nov. 15.", time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC), "Nov. 15", "DATE", "2024-11-15", ""},
}

func TestFindQA10(t *testing.T) {
	for _, tt := range qa10Tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, g := range Find(tt.text, tt.anchor) {
				if g.Text == tt.want {
					if g.Type != tt.typ || g.Value != tt.value || g.Mod != tt.mod {
						t.Errorf("Find(%q) %q = %s %s mod %q; want %s %s mod %q", tt.text, g.Text, g.Type, g.Value, g.Mod, tt.typ, tt.value, tt.mod)
					}
					return
				}
			}
			t.Errorf("Find(%q): no expression %q", tt.text, tt.want)
		})
	}
}
