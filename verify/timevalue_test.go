package verify

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/kb"
)

// parseDate must agree with kb.ParseDate: the same date, and an error
// exactly when kb.ParseDate gives one.
func checkParseDate(t *testing.T, v string) {
	t.Helper()
	want, wantErr := kb.ParseDate(v)
	got, err := parseDate(v)
	if got != want || (err == nil) != (wantErr == nil) {
		t.Errorf("parseDate(%q) = %v, %v; kb.ParseDate = %v, %v", v, got, err, want, wantErr)
	}
}

func TestParseDateAgrees(t *testing.T) {
	for _, v := range []string{
		"", "2019", "0000", "0001", "2019-05", "2019-00", "2019-13", "2019-05-20",
		"2019-02-29", "2020-02-29", "1900-02-29", "2000-02-29", "2019-04-31", "2019-04-30",
		"2019-05-00", "2019-12-31", "PRESENT_REF", "PAST_REF", "2019-W05", "2019-Q1",
		"2019-SU", "XXXX-05-20", "199X", "2019-05-20T10:00", " 2019", "2019 ", "+201",
		"2019-+5", "2019--5", "2019-5", "2019-05-5", "201-05-20", "2019-05-20-01",
		"2019_05_20", "２０１９", "2019-05-2x", "-2019",
	} {
		checkParseDate(t, v)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, v := range []string{"2019", "2019-05", "2019-02-29", "PAST_REF", "2019-W05", " 2019", "+201", "2019-+5"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) { checkParseDate(t, v) })
}

func TestDaysBefore(t *testing.T) {
	start := time.Date(1899, 12, 1, 0, 0, 0, 0, time.UTC)
	for day := start; day.Year() < 2101; day = day.AddDate(0, 0, 1) {
		d := kb.DateOf(day)
		for _, n := range []int{0, 1, 7, 28} {
			if got, want := daysBefore(d, n), kb.DateOf(d.Time().AddDate(0, 0, -n)); got != want {
				t.Fatalf("daysBefore(%v, %d) = %v, want %v", d, n, got, want)
			}
		}
	}
}
