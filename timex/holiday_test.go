package timex

import (
	"testing"
	"time"
)

// Tests of named days and names made from a date.

// TestFindDatedName: a day of a month after "the" or a possessive
// that opens a name with a capitalised head noun is no time ("the May
// 13 Square", "the July 26 Movement"); a lower-case noun after it keeps
// the date ("the May 1 holiday").
func TestFindDatedName(t *testing.T) {
	anchor := time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, expr string
		want       bool
	}{
		{"Thousands rallied at the June 30 Square in the capital.", "June 30", false},
		{"She joined the February 17 Youth Movement as a student.", "February 17", false},
		{"The opposition's March 8 Alliance walked out.", "March 8", false},
		{"Shops closed for the May 1 holiday.", "May 1", true},
		{"Voting ends on June 30. Observers will stay.", "June 30", true},
		{"Voters rejected the June 30 City of Tula referendum.", "June 30", true},
		{"Talks opened on June 30. Later on the same day Popular Front leaders left.", "the same day", true},
	} {
		got := false
		for _, g := range Find(tt.text, anchor) {
			if g.Text == tt.expr {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q): %q found = %v, want %v", tt.text, tt.expr, got, tt.want)
		}
	}
}

// TestFindHolidayPast: a holiday told of in a past clause more than three
// weeks before its next occurrence is the last one, as a day of a month
// is; one in a present or future clause is the next.
func TestFindHolidayPast(t *testing.T) {
	aug := time.Date(2020, 8, 4, 0, 0, 0, 0, time.UTC)
	runFindTests(t, []findTest{
		{"past holiday ahead in the year", "The attack happened on Halloween.", aug, "Halloween", "DATE", "2019-10-31", ""},
		{"past movable feast ahead in the year", "The attack happened on Thanksgiving.", aug, "Thanksgiving", "DATE", "2019-11-28", ""},
		{"holiday ahead in a present clause", "The party is on Halloween.", aug, "Halloween", "DATE", "2020-10-31", ""},
	})
}

// TestFindOrthodoxChristmasNowruz: the Orthodox Christmas is Jan. 7 (its
// eve Jan. 6), not Dec. 25; Nowruz, in any of its spellings, is March 21.
func TestFindOrthodoxChristmasNowruz(t *testing.T) {
	jan7 := time.Date(2025, 1, 7, 0, 0, 0, 0, time.UTC)
	mar := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	runFindTests(t, []findTest{
		{"Orthodox Christmas on the day", "Thousands marched on Orthodox Christmas.", jan7, "Orthodox Christmas", "DATE", "2025-01-07", ""},
		{"Orthodox Christmas Eve", "The president spoke on Orthodox Christmas Eve.", jan7, "Orthodox Christmas Eve", "DATE", "2025-01-06", ""},
		{"Orthodox Christmas ahead", "Churches will be full on Orthodox Christmas.", time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC), "Orthodox Christmas", "DATE", "2025-01-07", ""},
		{"Nowruz ahead", "Families will gather for Nowruz.", mar, "Nowruz", "DATE", "2024-03-21", ""},
		{"Novruz past", "Azerbaijan celebrated Novruz with bonfires.", time.Date(2024, 4, 2, 0, 0, 0, 0, time.UTC), "Novruz", "DATE", "2024-03-21", ""},
		{"Nauryz with a year", "The decree was signed on Nauryz 2019.", mar, "Nauryz 2019", "DATE", "2019-03-21", ""},
	})
}

// TestFindRamadan: Ramadan is the Gregorian month holding most of the
// fast, by the tabular Islamic calendar: the fast under way or the last
// one, the next in a future clause, after "next" or when it is close
// ahead; with a year, that year's. A capitalised word beside it makes it a name.
func TestFindRamadan(t *testing.T) {
	aug11 := time.Date(2011, 8, 27, 0, 0, 0, 0, time.UTC)
	jan30 := time.Date(2030, 1, 2, 0, 0, 0, 0, time.UTC)
	runFindTests(t, []findTest{
		{"fast under way", "Food ran short during Ramadan, which ends next week.", aug11, "Ramadan", "DATE", "2011-08", ""},
		{"mostly in the next month", "Crowds thinned during Ramadan.", time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), "Ramadan", "DATE", "2019-05", ""},
		{"next", "They will fast together next Ramadan.", aug11, "Ramadan", "DATE", "2012-08", ""},
		{"last at a sentence start", "Last Ramadan was hard.", aug11, "Ramadan", "DATE", "2010-08", ""},
		{"with a year", "The war began during Ramadan 2030.", aug11, "Ramadan 2030", "DATE", "2030-01", ""},
		{"past fast", "Prices rose during Ramadan.", time.Date(2029, 12, 1, 0, 0, 0, 0, time.UTC), "Ramadan", "DATE", "2029-01", ""},
		{"past clause, next fast days ahead", "Prices rose ahead of Ramadan.", jan30, "Ramadan", "DATE", "2030-01", ""},
		{"future fast", "Prices will rise during Ramadan.", jan30, "Ramadan", "DATE", "2030-01", ""},
		{"ahead of the next fast in a past clause", "The king pardoned 870 prisoners ahead of Ramadan.", time.Date(2023, 3, 20, 0, 0, 0, 0, time.UTC), "Ramadan", "DATE", "2023-04", ""},
		{"past clause, next fast two months ahead", "Prices rose during Ramadan.", time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC), "Ramadan", "DATE", "2022-04", ""},
	})
	checkNoTime(t, aug11, []string{"Tariq Ramadan spoke in Paris.", "Ramadan Shallah said the truce was over.", "Ramadan said the truce was over."}, "Ramadan")
}

// TestFindNewYear: "in the new year" is the next year when written late
// in the year, else the article's; the holiday's names are left alone.
func TestFindNewYear(t *testing.T) {
	dec := time.Date(2019, 12, 6, 0, 0, 0, 0, time.UTC)
	runFindTests(t, []findTest{
		{"late in the year", "Talks will resume in the new year.", dec, "the new year", "DATE", "2020", ""},
		{"early in the year", "Fighting has continued into the New Year.", time.Date(2020, 1, 6, 0, 0, 0, 0, time.UTC), "the New Year", "DATE", "2020", ""},
	})
	checkNoTime(t, dec, []string{"Shops close until the New Year holiday.", "He spoke in the New Year's address."}, "the New Year")
}

func TestFindNewYearHoliday(t *testing.T) {
	runFindTests(t, []findTest{
		{"the New Year holiday", "Markets reopen after the New Year holiday on Friday.",
			time.Date(1997, 12, 31, 0, 0, 0, 0, time.UTC), "New Year holiday", "DATE", "1998-01-01", ""},
	})
}
