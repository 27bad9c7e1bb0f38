package timex

import (
	"testing"
	"time"
)

// Tests of "the eve of" an occasion.

// TestFindEveUndated: "the eve of" an occasion with no day written
// is no expression (TimeML marks none), and "Christmas Eve" stays the
// holiday.
func TestFindEveUndated(t *testing.T) {
	anchor := time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC)
	for _, g := range Find("Students rallied outside parliament on the eve of the budget vote.", anchor) {
		t.Errorf("undated eve: got %q = %s; want no time", g.Text, g.Value)
	}
	for _, g := range Find("Police patrolled the square on Christmas Eve of 2022.", anchor) {
		if len(g.Value) == 10 && g.Value != "2022-12-24" {
			t.Errorf("Christmas Eve: got %q = %s", g.Text, g.Value)
		}
	}
}
