package timex

import "testing"

func TestFmtMonthAsPadded(t *testing.T) {
	for _, y := range []int{-10000, -1, 0, 7, 49, 999, 1000, 1999, 2024, 9999, 10000, 123456} {
		for m := -1; m <= 101; m++ {
			if got, want := fmtMonth(y, m), pad4(y)+"-"+pad2(m); got != want {
				t.Errorf("fmtMonth(%d, %d) = %q, want %q", y, m, got, want)
			}
		}
	}
}
