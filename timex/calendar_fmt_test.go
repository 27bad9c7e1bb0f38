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

func FuzzCalendarValue(f *testing.F) {
	for _, s := range []string{"2008", "2008-08", "2008-08-09", "2008-08-09T10:00", "XXXX-08", "", "20x8-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		tm, prec, ok := calendarValue(v)
		if !ok {
			return
		}
		// the value read is the value written: formatted at its precision,
		// it gives back the input's date part ("0001" is the zero time and
		// no error)
		layout := map[byte]string{'Y': "2006", 'M': "2006-01", 'D': "2006-01-02"}[prec]
		if layout == "" || len(v) < len(layout) || tm.Format(layout) != v[:len(layout)] {
			t.Errorf("calendarValue(%q) = %v %c", v, tm, prec)
		}
	})
}
