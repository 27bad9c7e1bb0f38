package timex

import (
	"testing"
	"time"
)

// Tests of clock times in the paragraph after a told day.

// nextParaTests: a clock time in the paragraph after a told day, in a past
// clause opened by a definite description of what was told, is on that
// day; with a second paragraph in between, in a later
// sentence of the paragraph, after the day of a report or in a future
// clause it stays on the article's day.
var nextParaTests = []findTest{
	{"wire lead: day then hour", "Gunmen stormed a hotel in Kabul on Friday, killing at least eight guests.\n\nThe attack began shortly before 9 p.m. when four men forced their way in.",
		time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC), "9 p.m.", "TIME", "2023-06-02T21:00", ""},
	{"two paragraphs later", "Gunmen stormed a hotel in Kabul on Friday, killing at least eight guests.\n\nPolice sealed off the area.\n\nThe siege ended shortly before 9 p.m. after a gunfight.",
		time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC), "9 p.m.", "TIME", "2023-06-04T21:00", ""},
	{"later sentence of the paragraph", "Gunmen stormed a hotel in Kabul on Friday, killing at least eight guests.\n\nThe hotel is popular with officials. It reopened at 9 a.m. after repairs.",
		time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC), "9 a.m.", "TIME", "2023-06-04T09:00", ""},
	{"the day of the report", "Gunmen stormed a hotel in Kabul, killing at least eight guests, police said on Friday.\n\nThe attack on the hotel began shortly before 9 p.m. when four men forced their way in.",
		time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC), "9 p.m.", "TIME", "2023-06-04T21:00", ""},
	{"future clause", "Gunmen stormed a hotel in Kabul on Friday, killing at least eight guests.\n\nThe council will meet at 9 a.m. to review security.",
		time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC), "9 a.m.", "TIME", "2023-06-04T09:00", ""},
	{"wire lead: long first sentence", "Five bombs exploded in Manila on Saturday, killing 22 people.\n\nThe blasts struck a commuter train, a bus, a petrol station, the airport cargo area and a park, the first at about 12:15 p.m.",
		time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC), "about 12:15 p.m", "TIME", "2000-12-30T12:15", "APPROX"},
	{"long first sentence in the future", "Five bombs exploded in Manila on Saturday, killing 22 people.\n\nThe trains will stop at the central station, the airport, the port, the stadium and the old market, the first at about 9 a.m.",
		time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC), "about 9 a.m", "TIME", "2001-01-01T09:00", "APPROX"},
	// "the eve of" a dated occasion is the day before it
	{"eve of a dated occasion", "Students rallied outside parliament on the eve of the budget vote on Thursday.",
		time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC), "the eve of the budget vote", "DATE", "2023-05-31", ""},
	{"the occasion keeps its day", "Students rallied outside parliament on the eve of the budget vote on Thursday.",
		time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2023-06-01", ""},
	{"eve of a date", "Unions marched through the city on the eve of May 1.",
		time.Date(2023, 6, 4, 0, 0, 0, 0, time.UTC), "the eve of May 1", "DATE", "2023-04-30", ""},
}

func TestFindNextPara(t *testing.T) { runFindTests(t, nextParaTests) }

// eventDayClockTests: a day that dates an event ("Sunday's election",
// "the Oct. 26 vote") carries a past clock time in the first sentence of
// the next paragraph, however that paragraph opens; a plain told day
// does not, nor does a future clause.
var eventDayClockTests = []findTest{
	{"possessive day", "Alberto Fernandez won Sunday's presidential election, ending four years of conservative rule in Argentina.\n\nPolls closed at 6 p.m. and results came out three hours later.",
		time.Date(2019, 10, 28, 0, 0, 0, 0, time.UTC), "6 p.m.", "TIME", "2019-10-27T18:00", ""},
	{"dated vote", "The opposition said the Oct. 26 vote had been stolen and refused to accept the result.\n\nPolls closed at 8 p.m. and counting went on overnight.",
		time.Date(2024, 10, 27, 0, 0, 0, 0, time.UTC), "8 p.m.", "TIME", "2024-10-26T20:00", ""},
	{"plain day, bare opening", "Alberto Fernandez won the election on Sunday, ending four years of conservative rule in Argentina.\n\nPolls closed at 6 p.m. and results came out three hours later.",
		time.Date(2019, 10, 28, 0, 0, 0, 0, time.UTC), "6 p.m.", "TIME", "2019-10-28T18:00", ""},
	{"event day, future clause", "Alberto Fernandez won Sunday's presidential election outright.\n\nMarkets will open at 10 a.m. after a holiday.",
		time.Date(2019, 10, 28, 0, 0, 0, 0, time.UTC), "10 a.m.", "TIME", "2019-10-28T10:00", ""},
}

func TestFindEventDayClock(t *testing.T) { runFindTests(t, eventDayClockTests) }
