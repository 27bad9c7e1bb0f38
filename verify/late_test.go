package verify

import "testing"

// TestEndsLate: the test lateAlive makes before lowering the words
// before a person is "late" as a whole word end, in any ASCII case.
func TestEndsLate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"the late", true}, {"'s LATE", true}, {"The Late", true}, {"late", true},
		{"ate", false}, {"the later", false}, {"the lat", false}, {"", false}, {"the l\u00e4te", false},
	} {
		if got := endsLate(tc.s); got != tc.want {
			t.Errorf("endsLate(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
