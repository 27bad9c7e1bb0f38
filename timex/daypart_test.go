package timex

import "testing"

// Tests of day parts moved onto days.

func TestDayPartsOnDaysBadValues(t *testing.T) {
	for _, v := range []string{"", "2025-01-29", "XXXX-XX-XXTMO", "2025-01-2xTMO", "2025-01-29T10:00"} {
		if dayPartValue(v) {
			t.Errorf("dayPartValue(%q) = true", v)
		}
	}
}
