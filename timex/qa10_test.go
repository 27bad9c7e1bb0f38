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
	// T-2: an anniversary piece goes on telling the earlier year's story
	{"past month-day after a full date of an earlier year", "On the night of March 11, 2004, bombs tore through commuter trains. Police arrested the first suspects on March 13.", time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), "March 13", "DATE", "2004-03-13", ""},
	{"story year carries over a paragraph", "On Aug. 2, 1990, Iraqi troops invaded Kuwait.\n\nThe council imposed sanctions on Aug. 6.", time.Date(2020, 8, 2, 0, 0, 0, 0, time.UTC), "Aug. 6", "DATE", "1990-08-06", ""},
	{"story year chains through a carried day", "On Aug. 2, 1990, Iraqi troops invaded Kuwait.\n\nThe council imposed sanctions on Aug. 6.\n\nThe emir fled and troops reached the border on Aug. 8.", time.Date(2020, 8, 2, 0, 0, 0, 0, time.UTC), "Aug. 8", "DATE", "1990-08-08", ""},
	{"present clause after an old date keeps the article's year", "On March 11, 2004, bombs tore through commuter trains. Survivors will gather on March 13.", time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), "March 13", "DATE", "2024-03-13", ""},
	{"a day before the story's date keeps the article's year", "On March 11, 2004, bombs tore through commuter trains. The minister resigned on March 2.", time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), "March 2", "DATE", "2024-03-02", ""},
	{"far after an old date keeps the article's year", "On March 11, 2004, bombs tore through trains.\n\nThe court heard the case.\n\nThe minister resigned on March 20.", time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC), "March 20", "DATE", "2024-03-20", ""},
	{"near after an old date takes its year", "On March 11, 2004, bombs tore through trains.\n\nThe minister resigned on March 20.", time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC), "March 20", "DATE", "2004-03-20", ""},
	// T-4: what is done for an event precedes it; its day is no day of the story
	{"for Sunday's election is ahead", "The minister was campaigning for a candidate for Sunday's parliamentary election.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2023-06-18", ""},
	{"in Sunday's election stays past", "The minister lost his seat in Sunday's parliamentary election.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2023-06-11", ""},
	{"a part of day after an event's weekday", "He was speaking at a rally for Sunday's vote. He died in the afternoon.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "the afternoon", "TIME", "2023-06-16TAF", ""},
	// T-5: a past midnight in the day's paper began the article's day
	{"past midnight is the one before the article day", "Soldiers stormed the building shortly before midnight, witnesses said.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2023-06-15T24:00", ""},
	{"future midnight ends the article day", "The polls will close at midnight.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2023-06-16T24:00", ""},
	{"a midnight briefing is left alone", "Hours later, the minister told reporters at a rare midnight briefing that talks had failed.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2023-06-16T24:00", ""},
	{"midnight of a narrated day", "On Saturday, soldiers stormed the building shortly before midnight.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2023-06-10T24:00", ""},
	// T-1: in undated text, a later year leaves the anchor's days behind
	{"weekday after a later year in undated text", "On March 11, 2004, bombs tore through trains in Madrid. The king, who has reigned since 2014, laid a wreath on Monday.", time.Time{}, "Monday", "DATE", "XXXX-WXX-1", ""},
	{"weekday right after the anchor in undated text", "On March 11, 2004, bombs tore through trains in Madrid. The king laid a wreath on Monday.", time.Time{}, "Monday", "DATE", "2004-03-08", ""},
}

func TestFindQA10(t *testing.T) { runFindTests(t, qa10Tests) }
