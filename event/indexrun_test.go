package event

import (
	"slices"
	"testing"
)

func TestIndexRun(t *testing.T) {
	for _, tc := range []struct {
		lo, hi int
		want   []int
	}{
		{0, 0, []int{0}},
		{3, 5, []int{3, 4, 5}},
		{62, 63, []int{62, 63}},
		{63, 65, []int{63, 64, 65}}, // past the shared table
		{-1, -1, []int{-1}},         // no actor: conj(…, -1) of an empty list
	} {
		got := indexRun(tc.lo, tc.hi)
		if !slices.Equal(got, tc.want) {
			t.Errorf("indexRun(%d, %d) = %v, want %v", tc.lo, tc.hi, got, tc.want)
		}
		if cap(got) != len(got) {
			t.Errorf("indexRun(%d, %d): cap %d > len %d: an append would write the shared table", tc.lo, tc.hi, cap(got), len(got))
		}
	}
	// an append to a run copies: the table stays 0, 1, 2, …
	r := append(indexRun(2, 3), 9)
	r[0] = 7
	if got := indexRun(2, 4); !slices.Equal(got, []int{2, 3, 4}) {
		t.Fatalf("shared table changed: indexRun(2, 4) = %v", got)
	}
}

// TestIndexRunAllocs checks that a run of actor indexes, conj's result
// on every match, costs no allocation.
func TestIndexRunAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _ = indexRun(1, 4) }); n != 0 {
		t.Fatalf("indexRun allocates %v times, want 0", n)
	}
}

// TestJoinCode checks that joinCode is base + sector, whatever its
// table holds (parts that collide on a slot included), and that a
// repeated code costs no allocation.
func TestJoinCode(t *testing.T) {
	for _, tc := range [][2]string{{"USA", "GOV"}, {"IRN", "MIL"}, {"USA", "MIL"}, {"", "GOV"}, {"USA", ""}, {"", ""},
		{"USAGOV", "MIL"}, {"US", "AGOV"}, {"USA", "GOV"}} {
		for range 2 {
			if got, want := joinCode(tc[0], tc[1]), tc[0]+tc[1]; got != want {
				t.Errorf("joinCode(%q, %q) = %q, want %q", tc[0], tc[1], got, want)
			}
		}
	}
	base, sector := string([]byte("SYR")), string([]byte("REB"))
	joinCode(base, sector)
	if n := testing.AllocsPerRun(100, func() { _ = joinCode(base, sector) }); n != 0 {
		t.Fatalf("a repeated joinCode allocates %v times, want 0", n)
	}
}
