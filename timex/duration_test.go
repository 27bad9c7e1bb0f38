package timex

import (
	"testing"
	"time"
)

// Tests of durations.

// halfTests: "half a <unit>" is half of one unit, not one unit;
// "two and a half years" stays as it was.
var halfTests = []findTest{
	{"half a century", "Colombia is saying goodbye to half a century of violence.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "half a century", "DURATION", "P50Y", ""},
	{"half an hour", "The meeting lasted half an hour.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "half an hour", "DURATION", "PT30M", ""},
	{"half a year", "Half a year later, he resigned.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "Half a year", "DURATION", "P6M", ""},
	{"two and a half years", "The war lasted two and a half years.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "two and a half years", "DURATION", "P2Y6M", ""},
}

func TestFindHalf(t *testing.T) { runFindTests(t, halfTests) }

// anniversaryAgoTests: "N years ago on <weekday>" is the day N years
// before that weekday (an anniversary), as "N years ago today" is, and
// "N years ago this month" that month N years back; the weekday or
// month alone would date the event to this week or month.
var anniversaryAgoTests = []findTest{
	{"years ago on a weekday", "Forty years ago on Monday, students stormed the embassy.",
		time.Date(2019, 11, 5, 0, 0, 0, 0, time.UTC), "Forty years ago on Monday", "DATE", "1979-11-04", ""},
	{"a week ago on a weekday", "He was arrested a week ago on Friday.",
		time.Date(2009, 3, 25, 0, 0, 0, 0, time.UTC), "a week ago on Friday", "DATE", "2009-03-13", ""},
	{"years ago this month", "Forty years ago this month, students stormed the embassy.",
		time.Date(2019, 11, 5, 0, 0, 0, 0, time.UTC), "Forty years ago this month", "DATE", "1979-11", ""},
	{"ago on a weekday night keeps the span", "He left two years ago on Friday night.",
		time.Date(2009, 3, 25, 0, 0, 0, 0, time.UTC), "two years ago", "DATE", "2007", ""},
}

func TestFindAnniversaryAgo(t *testing.T) { runFindTests(t, anniversaryAgoTests) }

// TestThenTitleNoTime: "then-" joined to a title ("led by then-Defence
// Minister X") is the title's modifier, not "by then" naming the date
// just given; "by then" on its own still does.
func TestThenTitleNoTime(t *testing.T) {
	anchor := time.Date(2019, 6, 18, 0, 0, 0, 0, time.UTC)
	checkNoTime(t, anchor, []string{
		"Morsi died on Monday. He was removed in 2013 in a coup led by then-Defence Minister Abdel Fattah al-Sisi.",
		"The law was signed on March 3, 2015 by then-President Barack Obama.",
		"Since then-President Jacob Zuma left office on Feb. 14, 2018, the party has changed.",
	}, "then")
	runFindTests(t, []findTest{
		{"by then", "The deal expires on Nov. 30. By then, talks must end.", anchor, "then", "DATE", "2019-11-30", ""},
	})
}

// nextDayAfterMonthTests: "the next day" after a month named since the
// last full date is a day of that month, not the day after the full date
// ("deposed him in April but stepped down the next day" is August 22 in
// an article of August 21); a full date still counts.
var nextDayAfterMonthTests = []findTest{
	{"next day after a month", "KHARTOUM, Aug 21, 2019 -- Ibn Auf led the council that deposed him in April but stepped down the next day.",
		time.Date(2019, 8, 21, 0, 0, 0, 0, time.UTC), "the next day", "DATE", "2019-04", ""},
	{"next day after a full date", "KHARTOUM, Aug 21, 2019 -- Ibn Auf led the council that deposed him on April 11 but stepped down the next day.",
		time.Date(2019, 8, 21, 0, 0, 0, 0, time.UTC), "the next day", "DATE", "2019-04-12", ""},
	{"next day after a weekday", "PARIS, Aug 21, 2019 -- He will travel to Paris on Monday and return the next day.",
		time.Date(2019, 8, 21, 0, 0, 0, 0, time.UTC), "the next day", "DATE", "2019-08-27", ""},
}

func TestFindNextDayAfterMonth(t *testing.T) { runFindTests(t, nextDayAfterMonthTests) }

// reportedAgoTests: an "N years ago" that opens a sentence or a quote is
// the story's year, not the reported quarter a year back; "N months
// later" than a year told is a month of that year, not one counted from
// the article date.
var reportedAgoTests = []findTest{
	{"months later than a year told", "In 2015, the company was sold. Two months later, its founder died.", thu, "Two months later", "DATE", "2015-XX", ""},
	{"ago opening a quote after a quarter is the story's year", "Revenue in the quarter ended April 30 rose 41%. \"Two years ago nobody believed us,\" she said.", time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC), "Two years ago", "DATE", "2024", ""},
	{"ago opening a sentence after a quarter is the story's year", "Sales in the third quarter rose 5%. A year ago, the plant was closed.", time.Date(2023, 10, 26, 0, 0, 0, 0, time.UTC), "A year ago", "DATE", "2022", ""},
}

func TestFindReportedAgo(t *testing.T) { runFindTests(t, reportedAgoTests) }

// thatWeekTests: "that week" is the week of the day told last, "the
// week before" the week before it.
var thatWeekTests = []findTest{
	{"the week before the day told", "The bomb exploded on March 4, 2019. The week before, police had raided a house.", thu, "The week before", "DATE", "2019-W09", ""},
	{"that week of the day told", "The bomb exploded on March 4, 2019. Later that week, police arrested three men.", thu, "Later that week", "DATE", "2019-W10", "END"},
}

func TestFindThatWeek(t *testing.T) { runFindTests(t, thatWeekTests) }

// TestDayClause: "the day" opening a contact relative clause ("on the day
// Jammeh's mandate expires", "the day he took office") is a day the
// clause sets, not the date last told; "the day"
// alone and "throughout the day" still are that date.
func TestDayClause(t *testing.T) {
	anchor := time.Date(2017, 1, 10, 0, 0, 0, 0, time.UTC)
	checkNoTime(t, anchor, []string{
		"The vote was on Dec. 1. Barrow will be sworn in on the day Jammeh's mandate expires.",
		"The vote was on Dec. 1. He will resign the day the budget passes.",
		"The vote was on Dec. 1. Nothing has changed since the day he took office.",
	}, "the day")
	runFindTests(t, []findTest{
		{"the day alone", "The vote was on Dec. 1. The day was calm.", anchor, "The day", "DATE", "2016-12-01", ""},
		{"throughout the day", "The vote was on Dec. 1. Fighting went on throughout the day the ceasefire began.", anchor, "the day", "DATE", "2016-12-01", ""},
	})
}

// offsetUnitTests: a bare plural unit before "later"/"earlier", or
// before "after"/"before" at a clause start or after a verb, is an
// unknown span from the event told (DURATION PTXH, PXD …); after a
// determiner ("the weeks before the vote") it is not.
var offsetUnitTests = []findTest{
	{"hours later", "The bomb exploded on Friday. Hours later, police arrested two men.",
		time.Date(2013, 11, 30, 0, 0, 0, 0, time.UTC), "Hours", "DURATION", "PTXH", ""},
	{"days after at a sentence start", "Days after the vote, the minister quit.",
		time.Date(2013, 11, 30, 0, 0, 0, 0, time.UTC), "Days", "DURATION", "PXD", ""},
	{"after a verb", "He died days after the attack.",
		time.Date(2013, 11, 30, 0, 0, 0, 0, time.UTC), "days", "DURATION", "PXD", ""},
	{"after an -ed verb", "Police cleared the square, hours after the president refused to sign.",
		time.Date(2013, 11, 30, 0, 0, 0, 0, time.UTC), "hours", "DURATION", "PTXH", ""},
}

func TestFindOffsetUnit(t *testing.T) {
	runFindTests(t, offsetUnitTests)
	checkNoTime(t, time.Date(2013, 11, 30, 0, 0, 0, 0, time.UTC), []string{
		"In the weeks before the vote, prices rose.", "Office hours after the holiday are short.", "The days after were calm.",
	}, "weeks", "hours", "days")
}

// monthBackTests: "a year earlier" / "a year ago" that a figure of a
// month named in the sentence is set against is that month a year back
// (a figure may stand between "from" and it); one that opens a
// sentence of its own stays a year.
var monthBackTests = []findTest{
	{"from a year earlier", "Consumer prices rose 3.1 percent in February from a year earlier.",
		time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC), "a year earlier", "DATE", "2022-02", ""},
	{"than a year ago", "Sales in March were 4 percent higher than a year ago.",
		time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC), "a year ago", "DATE", "2022-03", ""},
	{"a figure between", "Inflation eased to 6.4 percent in January from 7.5 percent two years earlier.",
		time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC), "two years earlier", "DATE", "2021-01", ""},
	{"a sentence of its own", "He was elected in March 2019 with strong support. A year earlier, he had been jailed.",
		time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC), "A year earlier", "DATE", "2018", ""},
}

func TestFindMonthBack(t *testing.T) { runFindTests(t, monthBackTests) }

// localMilitaryTests: a four-digit clock before "local time" is the
// place's time of day, as one before a zone is ("0500 GMT").
var localMilitaryTests = []findTest{
	{"military local time", "The quake struck at 0800 local time (0500 GMT) on Sunday.",
		time.Date(2016, 2, 29, 0, 0, 0, 0, time.UTC), "0800", "TIME", "2016-02-28T08:00", ""},
	{"military local time, article day", "Troops withdrew at 2130 local time.",
		time.Date(2016, 2, 29, 0, 0, 0, 0, time.UTC), "2130", "TIME", "2016-02-29T21:30", ""},
}

func TestFindLocalMilitary(t *testing.T) { runFindTests(t, localMilitaryTests) }

// militaryHoursTests: four digits before "hours" are a clock time after a
// preposition of a point in time or with a leading zero ("at 1400
// hours"); an amount of hours stays a duration.
var militaryHoursTests = []findTest{
	{"at 1400 hours", "A second assault began at 1400 hours and was beaten back.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "1400 hours", "TIME", "2010-08-15T14:00", ""},
	{"leading zero", "The shooting began shortly after midnight, 0215 hours on the ship's log.",
		time.Date(1993, 1, 1, 0, 0, 0, 0, time.UTC), "0215 hours", "TIME", "1993-01-01T02:15", ""},
	{"an amount of hours", "Volunteers logged 1500 hours of work.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "1500 hours", "DURATION", "PT1500H", ""},
	{"a span after for", "The crew worked for 1200 hours.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "1200 hours", "DURATION", "PT1200H", ""},
}

func TestFindMilitaryHours(t *testing.T) { runFindTests(t, militaryHoursTests) }

// yearsAgoQuarterTests: "a year ago" in a report sets the figure against
// the same quarter a year back; two or more years ago is a year of the
// story, even with a quarter reported earlier.
var yearsAgoQuarterTests = []findTest{
	{"two years ago after a quarter", "Store sales rose 3.2 percent in the third quarter. A trade group said two years ago that a quarter of malls could shut.",
		time.Date(2016, 11, 24, 0, 0, 0, 0, time.UTC), "two years ago", "DATE", "2014", ""},
	{"a year ago keeps the quarter", "Store sales rose 3.2 percent in the third quarter, up from 2.9 percent a year ago.",
		time.Date(2016, 11, 24, 0, 0, 0, 0, time.UTC), "a year ago", "DATE", "2015-Q3", ""},
}

func TestFindYearsAgoQuarter(t *testing.T) { runFindTests(t, yearsAgoQuarterTests) }

// comingUnitTests: "the coming year/month/week" is the next calendar
// unit; "over the coming year" and "for the coming year" stay spans.
var comingUnitTests = []findTest{
	{"the coming year", "Inflation is forecast to ease in the coming year.",
		time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC), "the coming year", "DATE", "2023", ""},
	{"the coming week", "Talks resume in the coming week.",
		time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC), "the coming week", "DATE", "2022-W40", ""},
	{"over the coming year", "Prices will rise over the coming year.",
		time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC), "the coming year", "DURATION", "P1Y", ""},
}

func TestFindComingUnit(t *testing.T) { runFindTests(t, comingUnitTests) }

// takeUnitsTests: a bare plural unit after "take" is a span ("could
// take weeks"); a capitalised "Midnight" before a name word is part of
// the name ("Midnight Mass").
var takeUnitsTests = []findTest{
	{"could take weeks", "Coalition talks could take weeks, officials said.",
		time.Date(2001, 9, 9, 0, 0, 0, 0, time.UTC), "weeks", "DURATION", "PXW", ""},
}

func TestFindTakeUnits(t *testing.T) { runFindTests(t, takeUnitsTests) }

func TestFindMidnightName(t *testing.T) {
	checkNoTime(t, time.Date(2020, 12, 25, 0, 0, 0, 0, time.UTC), []string{
		"Midnight Mass in St. Peter's Basilica began at 7:30 p.m.",
		"Pope Francis celebrated Midnight Mass on Thursday.",
	}, "Midnight")
}

// theDecadeTests: a bare "the decade" that ends its phrase after "in" or
// "of" is the article's decade; followed by a word it is none.
var theDecadeTests = []findTest{
	{"in the decade", "Malls are closing at the fastest pace in the decade.",
		time.Date(2016, 11, 24, 0, 0, 0, 0, time.UTC), "the decade", "DATE", "201", ""},
	{"of the decade", "It was the worst storm of the decade, forecasters said.",
		time.Date(2003, 7, 13, 0, 0, 0, 0, time.UTC), "the decade", "DATE", "200", ""},
}

func TestFindTheDecade(t *testing.T) {
	runFindTests(t, theDecadeTests)
	checkNoTime(t, time.Date(2016, 11, 24, 0, 0, 0, 0, time.UTC), []string{
		"It was the worst storm in the decade since the war.",
		"Over the decade, prices rose.",
	}, "the decade")
}

// TestFindPreviousEvening: "the previous evening" is the evening before
// the day last told while the story stays on that day; once a month or
// a year has been told since, the article's day is the reference.
func TestFindPreviousEvening(t *testing.T) {
	jun30 := time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC)
	runFindTests(t, []findTest{
		{"day last told", "Troops entered the town on Friday. The president had announced a ceasefire the previous evening.", jun30, "the previous evening", "TIME", "2019-06-27TEV", ""},
		{"month told since the day", "Talks collapsed on Feb. 28. The North tested missiles as recently as May. Moon, who met Trump the previous evening, was pleased.", jun30, "the previous evening", "TIME", "2019-06-29TEV", ""},
	})
}

// TestFindUnitsOfAfterVerb: a bare plural unit with "of" after a past
// verb is an unknown span ("followed months of protests"); after a
// season or a determiner it names the months themselves.
func TestFindUnitsOfAfterVerb(t *testing.T) {
	oct := time.Date(2024, 10, 27, 0, 0, 0, 0, time.UTC)
	runFindTests(t, []findTest{
		{"months of after a past verb", "The vote followed months of protests over a law.", oct, "months", "DURATION", "PXM", ""},
		{"years of after a past verb", "The deal ended years of fighting.", oct, "years", "DURATION", "PXY", ""},
	})
	checkNoTime(t, oct, []string{"The summer months of drought hurt farmers."}, "months")
}

// eventAfterTests: a count of days or weeks that names its event after
// itself ("two days later, after the March 16 vote") runs from that
// event's day, not from the day told before; with no dated event after
// it, from the day told before as ever.
var eventAfterTests = []findTest{
	{"days later, after a dated vote", "Crimea moves its clocks on Sunday. Russia annexed the peninsula two days later, after the March 16 vote.",
		time.Date(2014, 3, 30, 0, 0, 0, 0, time.UTC), "two days later", "DATE", "2014-03-18", ""},
	{"no comma, following", "The lower house approved the reform two days later following the Jan. 15 vote in the senate.",
		time.Date(2019, 2, 1, 0, 0, 0, 0, time.UTC), "two days later", "DATE", "2019-01-17", ""},
	{"days earlier, before a dated ballot", "Strikes began on Monday. The party split three days earlier, before the Jan. 5 ballot.",
		time.Date(2008, 1, 9, 0, 0, 0, 0, time.UTC), "three days earlier", "DATE", "2008-01-02", ""},
	{"undated event after", "Rebels took the town on Monday. The army returned two days later, after the talks.",
		time.Date(2008, 1, 9, 0, 0, 0, 0, time.UTC), "two days later", "DATE", "2008-01-09", ""},
}

func TestFindEventAfter(t *testing.T) { runFindTests(t, eventAfterTests) }

// datelineMidnightTests: a dateline giving the article date itself is
// no narrative day: "shortly after midnight" in a past clause after it
// is the midnight that began that day, as with no dateline.
var datelineMidnightTests = []findTest{
	{"past after a same-day dateline", "HONG KONG, July 2 (Reuters) - Riot police cleared the legislature shortly after midnight.",
		time.Date(2019, 7, 2, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2019-07-01T24:00", ""},
	{"future after a same-day dateline", "HONG KONG, July 2 (Reuters) - Police will clear the square shortly after midnight.",
		time.Date(2019, 7, 2, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2019-07-02T24:00", ""},
	{"a narrative day in the text keeps its midnight", "HONG KONG, July 2 (Reuters) - Protesters marched on Monday. Police moved in shortly before midnight.",
		time.Date(2019, 7, 2, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2019-07-01T24:00", ""},
}

func TestFindDatelineMidnight(t *testing.T) { runFindTests(t, datelineMidnightTests) }
