package timex

import (
	"testing"
	"time"
)

// Tests of the tense of the clause around an expression.

// wouldReachTests: "would" reaches a weekday over its verb group and a chain
// of place phrases; a chain with another event's time in it
// ("after the ceremony") does not.
var wouldReachTests = []findTest{
	{"would over two place phrases", "The envoy said the treaty would be signed at the old customs house in Tallinn on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-13", ""},
	{"would resume over three place phrases", "Officials said talks would resume at the conference hall of the foreign ministry in Lima on Monday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2025-06-16", ""},
	{"would meet with", "He said the leaders would meet with the foreign ministers of the three Baltic states on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-13", ""},
	{"would take place in", "He said the vote would take place in the main hall of the parliament building on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-13", ""},
	{"a past clause keeps its past", "The envoy said the treaty was signed at the old customs house in Tallinn on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-06", ""},
}

func TestFindWouldReach(t *testing.T) { runFindTests(t, wouldReachTests) }

// compoundNounTests: a noun after a hyphenated adjective is no verb of
// schedule ("defeated him in a run-off vote on Monday" is last Monday),
// nor is one before "of" ("declared herself head of state on Tuesday"),
// and "would" reaches a weekday over names joined by "and".
var compoundNounTests = []findTest{
	{"a run-off vote", "He defeated Ramraja Prasad Singh in a run-off vote in the assembly on Monday.",
		time.Date(2008, 7, 23, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2008-07-21", ""},
	{"the second-round vote", "He lost the second-round vote on Monday.",
		time.Date(2008, 7, 23, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2008-07-21", ""},
	{"a schedule verb after a compound subject still schedules", "The cross-party talks resume on Monday.",
		time.Date(2008, 7, 23, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2008-07-28", ""},
	{"a schedule noun before of", "Anez, the second vice president of the Senate, declared herself head of state on Tuesday evening.",
		time.Date(2019, 11, 13, 0, 0, 0, 0, time.UTC), "Tuesday evening", "TIME", "2019-11-12TEV", ""},
	{"the end of a past war", "The army announced the end of the offensive on Monday.",
		time.Date(2008, 7, 23, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2008-07-21", ""},
	{"heads of state still meet ahead", "Heads of state meet in Accra on Monday.",
		time.Date(2008, 7, 23, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2008-07-28", ""},
	{"a noun after two modifiers", "He had survived a first impeachment vote in December.",
		time.Date(2018, 3, 24, 0, 0, 0, 0, time.UTC), "December", "DATE", "2017-12", ""},
	{"a noun after two modifiers before a weekday", "He lost the final parliamentary vote on Monday.",
		time.Date(2008, 7, 23, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2008-07-21", ""},
	{"a plural subject's schedule verb still schedules", "The two main opposition parties vote on Monday.",
		time.Date(2008, 7, 23, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2008-07-28", ""},
	{"would over names joined by and", "The alliance said it would end its occupation of Suvarnabhumi and Don Muang airports on Wednesday.",
		time.Date(2008, 12, 2, 0, 0, 0, 0, time.UTC), "Wednesday", "DATE", "2008-12-03", ""},
	{"would over clauses joined by and stays past", "He said the treaty would be signed and ratified in Tallinn and the parliament voted on Wednesday.",
		time.Date(2008, 12, 2, 0, 0, 0, 0, time.UTC), "Wednesday", "DATE", "2008-11-26", ""},
}

func TestFindCompoundNoun(t *testing.T) { runFindTests(t, compoundNounTests) }

// thatClauseTests: a weekday just before "that" and a clause with its
// own subject belongs to the saying, not to the reported "would" after
// it; a relative "that would" still carries the future.
var thatClauseTests = []findTest{
	{"said far back, on Saturday that … would", "Gaddafi said in an audio message broadcast by the Syria-based Arrai television channel on Saturday that his followers would keep resisting.",
		time.Date(2011, 10, 23, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2011-10-22", ""},
	{"announced far back, on Monday that … will", "The ministry announced in a long statement carried by the official news agency on Monday that the border will reopen.",
		time.Date(2011, 10, 26, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2011-10-24", ""},
	{"a relative that would stays ahead", "Voters in the province are called to a referendum on Sunday that would give the region autonomy.",
		time.Date(2011, 10, 26, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2011-10-30", ""},
}

func TestFindThatClause(t *testing.T) { runFindTests(t, thatClauseTests) }

// deadlineTests: a time limit given "until" a day "to" do something lies
// ahead of the giving; a past "until" without the "to" stays past.
var deadlineTests = []findTest{
	{"gave … until Saturday to", "The OAS gave the new government until Saturday to reinstate Zelaya or face suspension.",
		time.Date(2009, 6, 29, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2009-07-04", ""},
	{"granted … until Friday to", "The court granted the defence until Friday to file its reply.",
		time.Date(2009, 6, 29, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2009-07-03", ""},
	{"lasted until stays past", "The strike lasted until Saturday.",
		time.Date(2009, 6, 29, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2009-06-27", ""},
	// a month or day ahead of the article, ending a span a past verb
	// governs, is last year's; one a verb moves or sets stays ahead
	{"led … until a month", "Garibashvili, who led the government until February, is no longer active in politics.",
		time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC), "February", "DATE", "2024-02", ""},
	{"lasted until a month", "The strike lasted until February.",
		time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC), "February", "DATE", "2024-02", ""},
	{"served until a day", "He served as foreign minister until January 5.",
		time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC), "January 5", "DATE", "2024-01-05", ""},
	{"extended until a month", "The company extended the deadline until February.",
		time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC), "February", "DATE", "2025-02", ""},
	{"suspended until a month", "Trading was suspended until February.",
		time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC), "February", "DATE", "2025-02", ""},
	{"will apply until a month", "The rule will apply until February.",
		time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC), "February", "DATE", "2025-02", ""},
	// "taking effect" has no tense of its own: the finite verb decides,
	// and without one it leans ahead
	{"past verb, taking effect", "Troops had launched an offensive within minutes of the truce taking effect at noon on Saturday.",
		time.Date(2020, 10, 12, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2020-10-10", ""},
	{"taking effect, past main verb", "The truce taking effect on Saturday was broken within hours.",
		time.Date(2020, 10, 12, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2020-10-10", ""},
	{"taking effect alone", "The law, taking effect on Monday, bans smoking in bars.",
		time.Date(2020, 10, 14, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2020-10-19", ""},
}

func TestFindDeadline(t *testing.T) { runFindTests(t, deadlineTests) }

// usedToEffectiveTests: "used <instrument> to <verb> … on <weekday>" is a past
// clause, its weekday the last one; "effective" sets a start
// ahead only right before its date, not as the adjective of a noun
// elsewhere in the clause.
var usedToEffectiveTests = []findTest{
	{"used … to disperse", "Police used water cannon to disperse protesters on Monday.",
		time.Date(2023, 7, 25, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2023-07-24", ""},
	{"used … in a place", "Soldiers used live ammunition to disperse crowds in Masaka on Friday.",
		time.Date(2023, 7, 25, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2023-07-21", ""},
	{"will be used", "The funds will be used on Monday.",
		time.Date(2023, 7, 25, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2023-07-31", ""},
	{"effective noun, since", "The opposition leader has been under effective house arrest since Friday.",
		time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2021-01-15", ""},
	{"effective Friday", "The ban is effective Friday.",
		time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2021-01-22", ""},
	{"effective from Monday", "The ban becomes effective from Monday.",
		time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2021-01-18", ""},
	{"effective as of Monday", "The tariff is effective as of Monday.",
		time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2021-01-18", ""},
}

func TestFindUsedToEffective(t *testing.T) { runFindTests(t, usedToEffectiveTests) }

// modalReachTests: a modal before a passive carries its future over a longer
// phrase ("must still be approved by voters in a referendum on
// Sunday"), and "called a meeting … for Sunday" sets a day ahead over a
// long object with a possessive; a past
// clause stays past.
var modalReachTests = []findTest{
	{"modal passive, long phrase", "The deal must still be approved by voters in a referendum on Sunday.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2016-10-02", ""},
	{"modal passive with adverb", "The accord should formally be signed by both leaders at a ceremony on Sunday.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2016-10-02", ""},
	{"set for, long object", "Rasmussen called an emergency meeting of the alliance's ambassadors in Brussels for Sunday.",
		time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2014-03-02", ""},
	{"past passive stays past", "The deal was approved by voters in a referendum on Sunday.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2016-09-25", ""},
}

func TestFindModalReach(t *testing.T) { runFindTests(t, modalReachTests) }

// wasToTests: "was to <verb>" is a plan of the past; a weekday
// after it is still ahead of the article; a year goes
// by its nearness.
var wasToTests = []findTest{
	{"was to meet on a weekday", "The UN Security Council was to meet on Thursday in a closed session.",
		time.Date(2021, 7, 7, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2021-07-08", ""},
	{"were to vote on a weekday", "Lawmakers were to vote on Friday.",
		time.Date(2021, 7, 7, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2021-07-09", ""},
	{"was to become, a year", "He was to become president in 1990.",
		time.Date(2021, 7, 7, 0, 0, 0, 0, time.UTC), "1990", "DATE", "1990", ""},
}

func TestFindWasTo(t *testing.T) { runFindTests(t, wasToTests) }

// participleToTests: "to" after a participle is a preposition, not a
// headline's infinitive ("speaking to lawmakers on Thursday, accused"),
// and a possessive between "would" and a weekday does not push the day
// out of the future's reach.
var participleToTests = []findTest{
	{"participle then to", "President Mikheil Saakashvili, speaking to lawmakers on Thursday, accused Russia of trying to wipe Georgia off the map.",
		time.Date(2008, 8, 29, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2008-08-28", ""},
	{"headline infinitive stays", "Pastor to be buried Saturday",
		time.Date(2008, 8, 29, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2008-08-30", ""},
	{"would, possessive between", "Stoltenberg said in Brussels that the Swedish flag would be raised outside the alliance's headquarters on Monday.",
		time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2024-03-11", ""},
	{"would, possessive weekday", "He said he would look for ways to get around Wednesday's ruling.",
		time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC), "Wednesday", "DATE", "2024-03-06", ""},
}

func TestFindParticipleTo(t *testing.T) { runFindTests(t, participleToTests) }

// scheduledForTests: a day set "for" an event ahead is the event's, not
// the narrative's: "earlier in the day" after it is the day told of.
var scheduledForTests = []findTest{
	{"election set for a date", "Parliament voted on Saturday to set an early presidential election for May 25. Earlier in the day it elected a new speaker.",
		time.Date(2014, 2, 22, 0, 0, 0, 0, time.UTC), "Earlier in the day", "DATE", "2014-02-22", "START"},
	{"talks scheduled for a weekday", "The rebels said on Monday that talks were scheduled for Thursday. Later in the day they fired on the town.",
		time.Date(2014, 2, 24, 0, 0, 0, 0, time.UTC), "Later in the day", "DATE", "2014-02-24", "END"},
	{"a past day after for stays the narrative's", "He was arrested on Monday and held for two days. Police searched his flat on Friday. Later in the day they charged him.",
		time.Date(2014, 2, 24, 0, 0, 0, 0, time.UTC), "Later in the day", "DATE", "2014-02-21", "END"},
}

func TestFindScheduledFor(t *testing.T) { runFindTests(t, scheduledForTests) }

// futureObjectTests: "would" reaches a weekday over its verb's object, and
// a weekday joined by "and" to a coming one comes too; past clauses
// keep their past.
var futureObjectTests = []findTest{
	{"would over an object", "He said he would deliver the delayed state of the nation address on Friday.",
		time.Date(2018, 2, 15, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2018-02-16", ""},
	{"would over an object with a possessive", "She said the minister would present his new budget plan on Monday.",
		time.Date(2018, 2, 15, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2018-02-19", ""},
	{"second of two coming weekdays", "Draghi will face confidence votes in the Senate on Wednesday and in the Chamber of Deputies on Thursday, which he is expected to win.",
		time.Date(2021, 2, 13, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2021-02-18", ""},
	{"second of two past weekdays", "Police clashed with protesters in the capital on Wednesday and in the northern suburbs on Thursday.",
		time.Date(2021, 2, 13, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2021-02-11", ""},
}

func TestFindFutureObject(t *testing.T) { runFindTests(t, futureObjectTests) }

// weekdayAheadTests: a copula or "takes place" dating an event, an
// order or summons "to" act, and a present passive in a clause of time
// point at the coming weekday; past narration of the same shapes stays
// past.
var weekdayAheadTests = []findTest{
	{"a copula and on", "The vote is on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-06-04", ""},
	{"a plural copula", "The final hearings are on Monday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2010-06-07", ""},
	{"takes place", "The swearing-in ceremony takes place on Saturday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2010-06-05", ""},
	{"ordered to report", "He was ordered to report to the army on Friday.",
		time.Date(2014, 5, 22, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2014-05-23", ""},
	{"ordered to with a month goes by nearness", "He was ordered to leave the country in March.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "March", "DATE", "2010-03", ""},
	{"told to with a date goes by nearness", "He was told to leave by March 3.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "March 3", "DATE", "2010-03-03", ""},
	{"summoned to appear", "The two editors were summoned to appear before a military court on Monday.",
		time.Date(2014, 5, 22, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2014-05-26", ""},
	{"until a present passive", "The caretaker cabinet stays in office until the president-elect is sworn in on Saturday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2010-06-05", ""},
	{"once a present passive", "Aid will flow once the agreement is signed on Tuesday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Tuesday", "DATE", "2010-06-08", ""},
	{"was on stays past", "The vote was on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-05-28", ""},
	{"took place stays past", "The ceremony took place on Saturday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2010-05-29", ""},
	{"was sworn in stays past", "The new president was sworn in on Saturday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2010-05-29", ""},
	{"until a past passive stays past", "Markets stayed shut until the deal was signed on Monday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2010-05-31", ""},
	{"a passive of accusation stays past", "He is accused of killing a man on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-05-28", ""},
	{"had met stays past", "The two leaders had met on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-05-28", ""},
	{"a fronted weekday before a schedule verb", "On Friday, talks resume in Geneva.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-06-04", ""},
	{"a fronted weekday before a past verb stays past", "On Friday, police opened fire on the crowd.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-05-28", ""},
	{"a fronted weekday before a possessive noun stays past", "On Friday, the minister's visit ends.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-05-28", ""},
	{"told an object to", "The tribunal told him to return on Monday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2010-06-07", ""},
	{"urged two sides to", "Washington urged the two sides to meet on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-06-04", ""},
	{"asked an object to", "The government asked factories to close on Saturday to save power.",
		time.Date(2019, 11, 12, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2019-11-16", ""},
	{"called on an object to", "The mayor called on residents to stay home on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-06-04", ""},
	{"appealed to an object to", "The party appealed to voters to turn out on Sunday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2010-06-06", ""},
	{"a directive after and, in a narrated series, stays past", "The judge fired the director and asked him to leave the building on Tuesday.",
		time.Date(2009, 3, 30, 0, 0, 0, 0, time.UTC), "Tuesday", "DATE", "2009-03-24", ""},
	{"was asked to stays past", "He was asked to leave the hall on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-05-28", ""},
	{"had told an object to stays past", "The tribunal had told him to return on Monday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2010-05-31", ""},
	{"forced to resign stays past", "The judge forced him to resign on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-05-28", ""},
	{"this week after a schedule verb, said on a Sunday", "Talks resume in Geneva this week.",
		time.Date(2010, 6, 6, 0, 0, 0, 0, time.UTC), "this week", "DATE", "2010-W23", ""},
	{"this week after a past verb, said on a Sunday", "The talks resumed in Geneva this week.",
		time.Date(2010, 6, 6, 0, 0, 0, 0, time.UTC), "this week", "DATE", "2010-W22", ""},
}

func TestFindWeekdayAhead(t *testing.T) { runFindTests(t, weekdayAheadTests) }

// stateComplementTests: a participle after "stay" or "remain" is a state,
// not a past verb; the modal or verb before it governs the date.
var stateComplementTests = []findTest{
	{"would stay closed for a day ahead", "Officials said polling centres would stay closed for the vote on Sept. 18.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "Sept. 18", "DATE", "2010-09-18", ""},
	{"will remain sealed in a month ahead", "The border will remain sealed in December.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "December", "DATE", "2010-12", ""},
	{"remained closed stays past", "The border remained closed in June.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "June", "DATE", "2010-06", ""},
}

func TestFindStateComplement(t *testing.T) { runFindTests(t, stateComplementTests) }

// motionForEventTests: the present simple of a move to a destination
// "for a vote on Friday" schedules the vote, however long the
// destination; a past move keeps its past.
var motionForEventTests = []findTest{
	{"goes to the full Senate for a vote", "The bill now goes to the full Senate for a vote on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-06-04", ""},
	{"heads to the House for a final vote", "The measure heads to the House for a final vote on Thursday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2010-06-03", ""},
	{"went stays past", "The bill went to the full Senate for a vote on Friday.",
		time.Date(2010, 6, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2010-05-28", ""},
}

func TestFindMotionForEvent(t *testing.T) { runFindTests(t, motionForEventTests) }

// byAmountTests: a verb before "by" and an amount is past ("rose by 15
// percent on New Year's Eve"), not a passive participle ("written by").
var byAmountTests = []findTest{
	{"rose by a percentage", "Unions called a strike for next Wednesday after petrol prices rose by 15 percent on New Year's Eve.",
		time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC), "New Year's Eve", "DATE", "2025-12-31", ""},
	{"increased by half", "The union will strike next week because fares increased by half in December.",
		time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC), "December", "DATE", "2025-12", ""},
}

func TestFindByAmount(t *testing.T) { runFindTests(t, byAmountTests) }

// figureAsideTests: a month in a verbless aside giving a figure
// ("Inflation, at 9.9 percent in August, is forecast to peak") is a
// measured month, not the main clause's future; a month of the main
// clause itself keeps the future.
var figureAsideTests = []findTest{
	{"figure aside before a forecast", "Inflation, at 9.9 percent in August, is forecast to peak in October.",
		time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC), "August", "DATE", "2022-08", ""},
	{"up a figure", "Exports, up 4 percent in July, will slow next year.",
		time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC), "July", "DATE", "2022-07", ""},
	{"the main clause's month", "Inflation, at 9.9 percent, is forecast to peak in August.",
		time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC), "August", "DATE", "2023-08", ""},
}

func TestFindFigureAside(t *testing.T) { runFindTests(t, figureAsideTests) }

// wantMonthTests: a present wish for a month ("commanders want a review
// in December") is of the month ahead; a past one is the month before.
var wantMonthTests = []findTest{
	{"want in a month", "Though commanders want a review in December, the plan stands.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "December", "DATE", "2010-12", ""},
	{"wants in a month", "The union wants new talks in January.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "January", "DATE", "2011-01", ""},
	{"did not want", "Commanders did not want a review in December.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "December", "DATE", "2009-12", ""},
}

func TestFindWantMonth(t *testing.T) { runFindTests(t, wantMonthTests) }

// couldTests: "could" before a day or a quarter is a possibility still
// ahead, unless it is the past of "can": a denial ("could not", "no one
// could"), a perfect ("could have") or a perception ("could hear").
var couldTests = []findTest{
	{"could before a weekday", "The weather bureau said heavy rain could reach the coast on Saturday.",
		time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2022-01-01", ""},
	{"could over a clock time and its zone", "The bureau said a new low-pressure area could bring heavy rain by 0900 GMT on Saturday.",
		time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2022-01-01", ""},
	{"could not stays past", "The minister could not be reached for comment on Saturday.",
		time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2021-12-25", ""},
	{"could have stays past", "Police said the suspect could have left the city on Saturday.",
		time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2021-12-25", ""},
	{"could hear stays past", "Residents said they could hear gunfire on Saturday.",
		time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2021-12-25", ""},
	{"a negative subject stays past", "Neither he nor his parents could be located Wednesday in their hometown.",
		time.Date(2000, 1, 6, 0, 0, 0, 0, time.UTC), "Wednesday", "DATE", "2000-01-05", ""},
	{"could before a quarter over this year", "He said the economy could slow in the first quarter as rebuilding begins.",
		time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), "the first quarter", "DATE", "2022-Q1", ""},
	{"could have before a quarter stays", "He said the economy could have slowed in the first quarter.",
		time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), "the first quarter", "DATE", "2021-Q1", ""},
}

func TestFindCould(t *testing.T) { runFindTests(t, couldTests) }

// nextDayNarrativeTests: "the next day" tells the day after another in
// the narrative's own tense and is no cue of the future for a weekday
// after it ("sent tanks the next day, and by Sunday its troops had
// pushed …" is the Sunday before the article); a future verb still is.
var nextDayNarrativeTests = []findTest{
	{"the next day in a past narrative", "Russia sent tanks through the tunnel the next day, and by Sunday its troops had pushed the units out.",
		time.Date(2008, 8, 12, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2008-08-10", ""},
	{"the next morning in a past narrative", "The rebels crossed the river the next morning and on Friday they took the airport.",
		time.Date(2011, 3, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2011-02-25", ""},
	{"a future verb before the next day", "The delegates will arrive the next day and vote on Friday.",
		time.Date(2011, 3, 2, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2011-03-04", ""},
}

func TestFindNextDayNarrative(t *testing.T) { runFindTests(t, nextDayNarrativeTests) }

// nextOtherNounTests: "next" before another noun is no cue for a
// weekday named later as an event's day ("Wednesday's election"); right
// before the weekday, or with no possessive, it still is.
var nextOtherNounTests = []findTest{
	{"the next government after Wednesday's election", "The party was on course to form the next government after winning the most seats in Wednesday's general election.",
		time.Date(2018, 7, 27, 0, 0, 0, 0, time.UTC), "Wednesday", "DATE", "2018-07-25", ""},
	{"next Wednesday's meeting", "The party will decide at next Wednesday's meeting.",
		time.Date(2018, 7, 27, 0, 0, 0, 0, time.UTC), "next Wednesday", "DATE", "2018-08-01", ""},
	{"the next round on Wednesday", "The next round of talks is on Wednesday.",
		time.Date(2018, 7, 27, 0, 0, 0, 0, time.UTC), "Wednesday", "DATE", "2018-08-01", ""},
}

func TestFindNextOtherNoun(t *testing.T) { runFindTests(t, nextOtherNounTests) }
