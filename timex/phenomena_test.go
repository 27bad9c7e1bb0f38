package timex

import (
	"strings"
	"testing"
	"time"
)

// phenomenaTests are constructions measured on TimeBank, AQUAINT and
// MEANTIME, one case per rule (anchor: Thursday 15 June 2023).
var phenomenaTests = []findTest{
	// "N days later" after a month or year named since the last full date
	// counts from that month, not from the article date
	{"days later after month", "In March, rebels seized the town; two days later, the army struck back.", thu, "two days later", "DATE", "2023-03", ""},
	{"weeks later after month: two months reachable, the year", "In April the talks stalled, and three weeks later they collapsed.", thu, "three weeks later", "DATE", "2023", ""},
	{"days later after full date", "On March 3, 2023, rebels seized the town; two days later, the army struck back.", thu, "two days later", "DATE", "2023-03-05", ""},
	// a proposal is about what comes: its month is ahead, not last year's
	{"month after proposed", "He proposed a virtual meeting of leaders in November to review progress.", thu, "November", "DATE", "2023-11", ""},
	{"month after proposed is adjective", "The proposed law was passed in November.", thu, "November", "DATE", "2022-11", ""},
	// weekdays follow the tense of the governing verb
	{"weekday future same day", "The talks will resume on Thursday.", thu, "Thursday", "DATE", "2023-06-15", ""},
	{"weekday plans noun", "The company announced plans Friday to cut jobs.", thu, "Friday", "DATE", "2023-06-09", ""},
	{"weekday expected adjective", "shares fell on lower-than-expected earnings after the market closed Wednesday.", thu, "Wednesday", "DATE", "2023-06-14", ""},
	{"weekday past perfect schedule", "The offer had been scheduled to expire Friday.", thu, "Friday", "DATE", "2023-06-09", ""},
	{"weekday until", "The markets stay closed until Friday.", thu, "Friday", "DATE", "2023-06-16", ""},
	{"weekday until past", "Until Monday, they had not called him a suspect.", thu, "Monday", "DATE", "2023-06-12", ""},
	{"weekday tense after", "On Monday, the league plans to hold a news conference.", thu, "Monday", "DATE", "2023-06-19", ""},
	{"weekday planned object", "Protesters planned a large rally on Saturday.", thu, "Saturday", "DATE", "2023-06-17", ""},
	{"weekday adjectival participle", "On Friday, when she set aside plans for the hastily planned trip, the ban was lifted.", thu, "Friday", "DATE", "2023-06-09", ""},
	{"weekday as soon as", "The group could leave as soon as Tuesday.", thu, "Tuesday", "DATE", "2023-06-20", ""},
	{"weekday would far", "They said they would look for ways to get around Wednesday's ruling.", thu, "Wednesday", "DATE", "2023-06-14", ""},
	{"weekday next to", "A bomb ripped through a building next to the U.S. embassy on Friday.", thu, "Friday", "DATE", "2023-06-09", ""},
	{"month set on past", "the index is within 70 points of its record high set on Aug. 6.", time.Date(2023, 2, 6, 0, 0, 0, 0, time.UTC), "Aug. 6", "DATE", "2022-08-06", ""},
	{"month planning for", "They took part in planning for the summit in August.", thu, "August", "DATE", "2023-08", ""},
	{"weekday adverb past verb", "Maradona finally departed for Cuba Monday where he will rest.", thu, "Monday", "DATE", "2023-06-12", ""},
	{"weekday going into", "Europe leads going into Sunday's singles.", thu, "Sunday", "DATE", "2023-06-18", ""},
	{"weekday left adjective", "Duckett is expected to undergo surgery on his left knee Tuesday.", thu, "Tuesday", "DATE", "2023-06-20", ""},
	{"month rented adjective", "Blockbuster said it will end late fees on rented videos in January.", thu, "January", "DATE", "2024-01", ""},
	{"weekday won past", "The party won the vote on Sunday.", thu, "Sunday", "DATE", "2023-06-11", ""},
	{"month modal future", "The transaction should be completed in October.", thu, "October", "DATE", "2023-10", ""},
	{"month may future", "Protesters may march again in May.", thu, "May", "DATE", "2024-05", ""},
	{"weekday could past", "Neither he nor his parents could be located Wednesday.", thu, "Wednesday", "DATE", "2023-06-14", ""},
	{"month of next year", "franchises won't be renewed after October of next year.", thu, "October", "DATE", "2024-10", ""},
	{"month of next year split", "franchises won't be renewed after October of next year.", thu, "next year", "DATE", "2024", ""},
	{"headline weekday above date line", "Markets to remain closed until Friday\nSeptember 18, 2008\nThe markets stay shut.", time.Date(2008, 9, 18, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2008-09-19", ""},
	{"present perfect until", "The government has continued to hold all markets closed until Friday.", thu, "Friday", "DATE", "2023-06-16", ""},
	{"this weekday future", "The vote is this Saturday.", thu, "this Saturday", "DATE", "2023-06-17", ""},
	{"this weekday past", "The vote was held this Monday.", thu, "this Monday", "DATE", "2023-06-12", ""},
	{"mid-march", "Talks resumed in mid-March.", thu, "mid-March", "DATE", "2023-03", "MID"},
	{"first half bare", "Profit rose in the first half.", thu, "the first half", "DATE", "2023-H1", ""},
	{"quarter of money", "a loss for the third quarter of $226.3 million", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), "the third quarter", "DATE", "1989-Q3", ""},
	// a quarter still ahead this year: the nearer occurrence, the past
	// one when its own clause is past
	{"quarter ahead nearer", "Ford cut output, resulting in closures during the fourth quarter.", time.Date(2006, 8, 19, 0, 0, 0, 0, time.UTC), "the fourth quarter", "DATE", "2006-Q4", ""},
	{"quarter just ended", "AT&T announced a drop in profits for the fourth quarter.", time.Date(1998, 1, 26, 0, 0, 0, 0, time.UTC), "the fourth quarter", "DATE", "1997-Q4", ""},
	{"quarter ahead past clause", "Profit fell sharply in the fourth quarter.", time.Date(2006, 8, 19, 0, 0, 0, 0, time.UTC), "the fourth quarter", "DATE", "2005-Q4", ""},
	{"quarter of fiscal", "in the first quarter of fiscal 1990", thu, "the first quarter of fiscal 1990", "DATE", "1990-Q1", ""},
	{"year range end", "He ruled from 2019-2021.", thu, "2021", "DATE", "2021", ""},
	{"year range start", "He ruled from 2019-2021.", thu, "2019", "DATE", "2019", ""},
	{"2000s decade", "in the early 2000s", thu, "the early 2000s", "DATE", "200", "START"},
	{"ordinal day word", "The vote is on the fifth of March.", thu, "fifth of March", "DATE", "2023-03-05", ""},
	{"month ordinal word", "Women's Day is on March eighth, and the fair on the first of May.", thu, "March eighth", "DATE", "2023-03-08", ""},
	{"month twenty-first", "It opened on March twenty-first.", thu, "March twenty-first", "DATE", "2023-03-21", ""},
	{"until clock weekday", "They have until 9 a.m. Tuesday to sign.", thu, "9 a.m. Tuesday", "TIME", "2023-06-20T09:00", ""},
	{"fraction hours", "She spent 5 1/2 hours in Nairobi.", thu, "5 1/2 hours", "DURATION", "PT5H30M", ""},
	{"in the morning", "He will leave at 4 in the morning.", thu, "4 in the morning", "TIME", "2023-06-15T04:00", ""},
	{"in the evening", "The rally began at 7:30 in the evening.", thu, "7:30 in the evening", "TIME", "2023-06-15T19:30", ""},
	// fiscal years
	{"fiscal year n", "Sales fell in fiscal year 2023.", thu, "fiscal year 2023", "DATE", "2023", ""},
	{"FY", "Guidance for FY2024 was cut.", thu, "FY2024", "DATE", "2024", ""},
	{"fiscal possessive quarter", "in fiscal 2022's first quarter", thu, "fiscal 2022's first quarter", "DATE", "2022-Q1", ""},
	{"the year fiscal year", "during the 2022 fiscal year", thu, "the 2022 fiscal year", "DATE", "2022", ""},
	{"quarter of fiscal year", "in the first quarter of fiscal year 2021", thu, "the first quarter of fiscal year 2021", "DATE", "2021-Q1", ""},
	{"year period", "Profit in the third quarter of 1989 rose from the 1988 period.", thu, "the 1988 period", "DATE", "1988-Q3", ""},
	{"coming weeks", "Talks will resume in the coming weeks.", thu, "the coming weeks", "DURATION", "PXW", ""},
	{"weeks ahead", "Funds must sell junk bonds in the weeks ahead.", thu, "the weeks ahead", "DURATION", "PXW", ""},
	{"day-long", "after their third day-long meeting", thu, "day-long", "DURATION", "P1D", ""},
	{"that quarter", "Profit in the second quarter of 1988 fell. Results for that quarter included a write-down.", thu, "that quarter", "DATE", "1988-Q2", ""},
	{"conjoined day", "The summit is on April 24 and 25.", thu, "25", "DATE", "2023-04-25", ""},
	{"day range", "The fair runs March 10-12.", thu, "12", "DATE", "2023-03-12", ""},
	{"century no article", "the fabled 11th century temple", thu, "11th century", "DATE", "10", ""},
	{"in the morning ref day", "Stocks fell on Friday. Dealers placed buy orders in the morning.", thu, "the morning", "TIME", "2023-06-09TMO", ""},
	{"mid afternoon yesterday", "Trading was halted mid-afternoon yesterday.", thu, "mid-afternoon yesterday", "TIME", "2023-06-14TAF", "MID"},
	{"mid afternoon", "By mid-afternoon, officials said the operation was over.", thu, "mid-afternoon", "TIME", "2023-06-15TAF", "MID"},
	// a clock time takes the day after its "p.m."
	{"pm weekday", "He was kidnapped at 10 p.m. Wednesday, police said.", thu, "10 p.m. Wednesday", "TIME", "2023-06-14T22:00", ""},
	{"am zone weekday", "The deadline will pass at 9 a.m. EDT Friday.", thu, "9 a.m. EDT Friday", "TIME", "2023-06-16T09:00", ""},
	{"weekday date colon", "The Times said in an editorial on Saturday, June 17: the court erred.", thu, "Saturday, June 17", "DATE", "2023-06-17", ""},
	// "the past year" is the year before the article's; reporting periods
	{"the past year", "Hate groups grew over the past year.", thu, "the past year", "DATE", "2022", ""},
	{"the last decade", "wages lost to inflation in the last decade", thu, "the last decade", "DATE", "201", ""},
	{"the past decade", "Sales tripled over the past decade.", thu, "the past decade", "DURATION", "P10Y", ""},
	{"the past century", "the worst storm of the past century", thu, "the past century", "DURATION", "P100Y", ""},
	{"decades-long", "a decades-long dispute", thu, "decades-long", "DURATION", "PXY", ""},
	{"two centuries", "It stood for two centuries.", thu, "two centuries", "DURATION", "P200Y", ""},
	{"the last decade and a half", "Any time in the last decade and a half", thu, "the last decade and a half", "DURATION", "P15Y", ""},
	{"the last month kept", "Prices rose over the last month.", thu, "the last month", "DURATION", "P1M", ""},
	{"the past three years kept", "over the past three years", thu, "the past three years", "DURATION", "P3Y", ""},
	{"year ended", "revenue of $76 million for the year ended March 31.", thu, "the year", "DURATION", "P1Y", ""},
	{"fiscal year ending", "a loss for the fiscal year ending Jan. 31", thu, "the fiscal year", "DURATION", "P1Y", ""},
	{"full year", "Sales for the full year were $6.6 billion.", thu, "the full year", "DATE", "2023", ""},
	{"for the year", "For the year, volume was flat.", thu, "the year", "DATE", "2023", ""},
	{"months of the year", "through the first nine months of the year.", thu, "the year", "DATE", "2023", ""},
	{"latest period", "Profit in the latest period fell.", thu, "the latest period", "DATE", "2023-Q1", ""},
	{"latest period after quarter", "Sales in the third quarter of 2022 rose. Profit in the latest period fell.", thu, "the latest period", "DATE", "2022-Q3", ""},
	{"latest period after year ago", "Profit in the third quarter of 2022 rose from a year ago. The latest period had gains.", thu, "The latest period", "DATE", "2022-Q3", ""},
	// quantity modifiers belong to the extent and give the mod
	{"nearly years", "a feud of nearly forty years", thu, "nearly forty years", "DURATION", "P40Y", "LESS_THAN"},
	{"more than hours", "talks lasted more than four hours", thu, "more than four hours", "DURATION", "PT4H", "MORE_THAN"},
	{"at least days", "jailed for at least 30 days", thu, "at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE"},
	{"no more than days", "a truce of no more than sixty days", thu, "no more than sixty days", "DURATION", "P60D", "EQUAL_OR_LESS"},
	{"up to days", "detention of up to 180 days", thu, "up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS"},
	{"over a week", "after over a week of talks", thu, "over a week", "DURATION", "P1W", "MORE_THAN"},
	{"about years ago", "He left about two years ago.", thu, "about two years ago", "DATE", "2021", "APPROX"},
	{"around clock", "The blast came around 7:15 p.m. on Monday.", thu, "around 7:15 p.m.", "TIME", "2023-06-12T19:15", "APPROX"},
	{"over the past stays out", "Prices rose over the past three years.", thu, "the past three years", "DURATION", "P3Y", ""},
	// the same period a year back
	{"same period last year", "Sales fell in January. In the same period last year they rose.", thu, "the same period last year", "DATE", "2022-01", ""},
	{"same month a year ago", "Sales fell in January, against the same month a year ago.", thu, "the same month a year ago", "DATE", "2022-01", ""},
	{"corresponding quarter", "Profit rose in the third quarter of 2022 from the corresponding period of the previous year.", thu, "the corresponding period of the previous year", "DATE", "2021-Q3", ""},
	{"same period no mention", "Profit doubled from the same period of the last year.", thu, "the same period of the last year", "DATE", "2022", ""},
	{"comparable year-ago quarter", "Profit in the second quarter of 2022 fell from the comparable year-ago quarter.", thu, "the comparable year-ago quarter", "DATE", "2021-Q2", ""},
	{"years that followed", "In the years that followed, the rebels waged war.", thu, "years", "DURATION", "PXY", ""},
	{"first time in years", "growth for the first time in years.", thu, "years", "DURATION", "PXY", ""},
	// quarters and halves
	{"past two quarters", "over the past two quarters", thu, "the past two quarters", "DURATION", "P2Q", ""},
	{"every quarter", "Dividends are paid every quarter.", thu, "every quarter", "SET", "P1Q", ""},
	{"last half of year", "in the last half of 1989", thu, "the last half of 1989", "DATE", "1989-H2", ""},
	{"straight days", "Stocks fell for six straight days.", thu, "six straight days", "DURATION", "P6D", ""},
	{"consecutive quarters", "after two consecutive quarters of decline", thu, "two consecutive quarters", "DURATION", "P2Q", ""},
	{"more weeks", "The talks will take three more weeks.", thu, "three more weeks", "DURATION", "P3W", ""},
	// spoken years (broadcast transcripts)
	{"spoken month year", "It began in January nineteen ninety-seven.", thu, "January nineteen ninety-seven", "DATE", "1997-01", ""},
	{"spoken season year", "in the winter of nineteen ninety-four", thu, "the winter of nineteen ninety-four", "DATE", "1994-WI", ""},
	{"spoken year alone", "The law passed in nineteen ninety-six.", thu, "nineteen ninety-six", "DATE", "1996", ""},
	{"the year two thousand", "computers in the year two thousand", thu, "the year two thousand", "DATE", "2000", ""},
	{"two thousand and one", "in May two thousand and one", thu, "May two thousand and one", "DATE", "2001-05", ""},
	// relative to the month or year just mentioned
	{"following month", "The bid came in March. The following month it was withdrawn.", thu, "The following month", "DATE", "2023-04", ""},
	{"following year", "The war began in 1995; the following year a truce was signed.", thu, "the following year", "DATE", "1996", ""},
	{"previous day after date", "The vote was on March 3, 2023. The previous day was calm.", thu, "The previous day", "DATE", "2023-03-02", ""},
	// short decades and years, military times
	{"short decade", "lows not seen since the 70s and 80s", thu, "the 70s", "DATE", "197", ""},
	{"short decade and", "lows not seen since the 70s and 80s", thu, "80s", "DATE", "198", ""},
	{"apostrophe year", "the Nikkei at its lowest level since '82", thu, "'82", "DATE", "1982", ""},
	{"military time utc", "The market reopened at 0800 UTC.", thu, "0800 UTC", "TIME", "2023-06-15T08:00Z", ""},
	// compounds, counts and rates
	{"two day compound", "after a two day visit to Cairo", thu, "two day", "DURATION", "P2D", ""},
	{"six year term", "a six year term", thu, "six year", "DURATION", "P6Y", ""},
	{"trading days", "The index fell for eight trading days.", thu, "eight trading days", "DURATION", "P8D", ""},
	{"couple of years", "over the next couple of years", thu, "the next couple of years", "DURATION", "P2Y", ""},
	{"rate a year", "profit of about $33 million a year", thu, "a year", "SET", "P1Y", ""},
	{"rate count a year", "tankers at a rate of 15 a year.", thu, "a year", "SET", "P1Y", ""},
	// "that year", "earlier in the year", year-end
	{"that year", "He was elected in 1988. That year the economy grew.", thu, "That year", "DATE", "1988", ""},
	{"later that year", "He was elected in 1988 and resigned later that year.", thu, "later that year", "DATE", "1988", "END"},
	{"earlier in the year", "Sales were weak earlier in the year.", thu, "earlier in the year", "DATE", "2023", "START"},
	{"year-end", "The deal should close by year-end.", thu, "year-end", "DATE", "2023", "END"},
	{"year's end", "The deal should close by year's end.", thu, "year's end", "DATE", "2023", "END"},
	// weeks of months, terms, minutes
	{"last week of march", "car sales rebounded in the last week of March 2009.", thu, "the last week of March 2009", "DATE", "2009-W13", ""},
	{"first week of may", "in the first week of May 2009", thu, "the first week of May 2009", "DATE", "2009-W19", ""},
	{"near term", "Demand will stay weak in the near term.", thu, "the near term", "DATE", "FUTURE_REF", ""},
	{"long term", "Over the long term, prices rise.", thu, "the long term", "DATE", "FUTURE_REF", ""},
	{"time being", "Trading is halted for the time being.", thu, "the time being", "DATE", "PRESENT_REF", ""},
	{"in minutes", "The Dow recovered, before losing the gains in minutes.", thu, "minutes", "DURATION", "PTXM", ""},
	{"past trading days", "over the past five trading days", thu, "the past five trading days", "DURATION", "P5D", ""},
	{"as soon as possible", "They will leave as soon as possible.", thu, "as soon as possible", "DATE", "FUTURE_REF", ""},
	{"soon future", "The talks will resume soon.", thu, "soon", "DATE", "FUTURE_REF", ""},
	{"years on without a date", "Three years on, survivors still wait.", thu, "Three years", "DURATION", "P3Y", ""},
	{"years on after a date", "The dam burst on May 2, 2019. Two years on, the town is rebuilt.", thu, "Two years on", "DATE", "2021", ""},
	{"a week from now", "The vote is a week from now.", thu, "a week from now", "DATE", "2023-W25", ""},
	{"weeks' time", "The vote is in two weeks' time.", thu, "two weeks' time", "DATE", "2023-W26", ""},
	{"a month's time", "They meet in a month’s time.", thu, "a month’s time", "DATE", "2023-07", ""},
	{"day of the month", "On the 12th, they met again.", thu, "the 12th", "DATE", "2023-06-12", ""},
	{"day of the month ahead is last month's", "Protests began on the 20th.", thu, "the 20th", "DATE", "2023-05-20", ""},
	{"day of the month future", "The vote will take place on the 3rd.", thu, "the 3rd", "DATE", "2023-07-03", ""},
	{"future passive irregular participle", "The vote will be held on Sunday.", thu, "Sunday", "DATE", "2023-06-18", ""},
	{"past passive irregular participle", "The vote was held on Sunday.", thu, "Sunday", "DATE", "2023-06-11", ""},
	{"hyphenated late month", "Talks stalled in late-November.", thu, "late-November", "DATE", "2022-11", "END"},
	{"hyphenated early year", "Prices rose in early-2019.", thu, "early-2019", "DATE", "2019", "START"},
	// month arithmetic on the 29th-31st stays in the target month
	{"last month on the 31st", "It happened last month.", time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC), "last month", "DATE", "2024-06", ""},
	{"next month on Jan 31", "It opens next month.", time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC), "next month", "DATE", "2024-02", ""},
	{"end of last month on the 31st", "at the end of last month", time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC), "the end of last month", "DATE", "2024-06", "END"},
	{"month ago on the 31st", "a month ago", time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC), "a month ago", "DATE", "2024-02", ""},
	{"last quarter on May 31", "Sales fell last quarter.", time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC), "last quarter", "DATE", "2024-Q1", ""},
	{"o'clock digits", "At 10 o'clock the bell rang.", thu, "10 o'clock", "TIME", "2023-06-15T10:00", ""},
	{"o'clock word pm", "They met at six o’clock p.m. on Monday.", thu, "six o’clock p.m.", "TIME", "2023-06-12T18:00", ""},
	{"half of the year", "Growth slowed in the second half of the year.", thu, "the second half of the year", "DATE", "2023-H2", ""},
	{"quarter this year", "Profit rose in the first quarter this year.", thu, "the first quarter this year", "DATE", "2023-Q1", ""},
	{"quarter of the year", "in the first quarter of the year", thu, "the first quarter of the year", "DATE", "2023-Q1", ""},
	{"clock local time bracket day", "The attack came at 3:30 a.m. local time (0030 GMT) on Sunday.", thu, "3:30 a.m.", "TIME", "2023-06-11T03:30", ""},
	{"bracketed zone time takes the day", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.", thu, "0735 GMT", "TIME", "2023-06-09T07:35Z", ""},
	{"clock bracket conversion day", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.", thu, "about 10:35 a.m.", "TIME", "2023-06-09T10:35", "APPROX"},
	{"postposed last", "The minister resigned on Friday last, officials said.", thu, "Friday last", "DATE", "2023-06-09", ""},
	{"postposed next", "The court sits on Tuesday next.", thu, "Tuesday next", "DATE", "2023-06-20", ""},
	{"weekday then last week", "He said Friday last week was calm.", thu, "last week", "DATE", "2023-W23", ""},
	{"clock takes the day after it", "The truce ended on Sunday. He died at 4:49 PM on Tuesday.", thu, "4:49 PM", "TIME", "2023-06-13T16:49", ""},
	{"clock zone comma on month day", "The vote opens at 9 a.m. EST, on March 3, officials said.", thu, "9 a.m. EST", "TIME", "2023-03-03T09:00", ""},
	{"ambiguous month ordinal day", "We vote March eighth.", thu, "March eighth", "DATE", "2023-03-08", ""},
	{"week of a date", "The hearing is set for the week of March 6.", thu, "the week of March 6", "DATE", "2024-W10", ""},
	{"fourth week of month", "in the fourth week of March", thu, "the fourth week of March", "DATE", "2023-W12", ""},
	{"spoken compound number", "In the last twenty four hours, the value fell.", thu, "the last twenty four hours", "DURATION", "PT24H", ""},
	{"spoken compound number years", "He served for thirty five years.", thu, "thirty five years", "DURATION", "P35Y", ""},
	{"minutes later is a span", "But a minute and a half later, a pilot called in.", thu, "a minute and a half", "DURATION", "PT1M30S", ""},
	{"hours later is a span", "Two hours later the building collapsed.", thu, "Two hours", "DURATION", "PT2H", ""},
	{"over the years", "thanks to their hard work over the years", thu, "the years", "DURATION", "PXY", ""},
	{"throughout the decades", "The town changed throughout the decades.", thu, "the decades", "DURATION", "PXY", ""},
	{"weekday plural part of day", "Flights leave on Tuesday nights from March 30.", thu, "Tuesday nights", "SET", "XXXX-WXX-2TNI", ""},
	{"weekday plural mornings", "The market opens Sunday mornings.", thu, "Sunday mornings", "SET", "XXXX-WXX-7TMO", ""},
	{"today's meeting", "Today's meeting was cancelled.", thu, "Today", "DATE", "2023-06-15", ""},
	{"today's world", "barriers that make no sense in today's world", thu, "today", "DATE", "PRESENT_REF", ""},
	{"today's youth", "The case is for today’s youth what the blockade was.", thu, "today", "DATE", "PRESENT_REF", ""},
	{"now before a hyphen as a dash", "The talks are now - at last - open.", thu, "now", "DATE", "PRESENT_REF", ""},
	// a month the article is about to reach takes the past when its own
	// clause is past; a reporting verb does not set the tense
	{"month past clause", "The operator changed from a fiscal year to a calendar year in August.", thu, "August", "DATE", "2022-08", ""},
	{"month past clause after", "In August, the company brought in a new chief.", thu, "August", "DATE", "2022-08", ""},
	{"month reported future", "He added that guidelines to be published in early August will decide.", thu, "early August", "DATE", "2023-08", "START"},
	{"month reported expectation", "The company said it expects to release results in mid-August.", thu, "mid-August", "DATE", "2023-08", "MID"},
	{"month adjectival participle", "The split would be paid on a still unspecified date in August.", thu, "August", "DATE", "2023-08", ""},
	{"month past deadline", "The company gave them until mid-August to reply.", thu, "mid-August", "DATE", "2023-08", "MID"},
	{"month passive planned", "The official said the accession was planned for early August.", thu, "early August", "DATE", "2023-08", "START"},
	// halves carried into the next unit, as TimeML writes them
	{"years and a half", "refugee camps for 2 1/2 years", thu, "2 1/2 years", "DURATION", "P2Y6M", ""},
	{"day and a half", "talks lasting a day and a half", thu, "a day and a half", "DURATION", "P1DT12H", ""},
	{"decade and a half", "after a decade and a half of war", thu, "a decade and a half", "DURATION", "P15Y", ""},
	// bare units closing a clause after "in"; the whole year
	{"in minutes headline", "Dow recovers, before losing them in minutes\nOctober 10, 2008", thu, "minutes", "DURATION", "PTXM", ""},
	{"in just minutes", "It dropped to down 100 in just minutes.", thu, "minutes", "DURATION", "PTXM", ""},
	{"in years comma", "prices rose to their highest level in years, investors said", thu, "years", "DURATION", "PXY", ""},
	{"entire year after quarter", "a loss in the fourth quarter of 2005 and a loss of $8.6 billion for the entire year.", thu, "the entire year", "DATE", "2005", ""},
	{"whole year", "Sales for the whole year were flat.", thu, "the whole year", "DATE", "2023", ""},
	{"between bounds first", "The process would take between 60 and 90 days.", thu, "60", "DURATION", "P60D", ""},
	{"between bounds second", "The process would take between 60 and 90 days.", thu, "90 days", "DURATION", "P90D", ""},
	{"title case headline keeps times", "Markets To Stay Closed Until Next Week\nThe exchange said so.", thu, "Next Week", "DATE", "2023-W25", ""},
	{"sentence start capital", "He left. Today, the talks resume.", thu, "Today", "DATE", "2023-06-15", ""},
	{"quoted sentence start capital", "He said: \"Today we begin.\"", thu, "Today", "DATE", "2023-06-15", ""},
	{"the day before apposition", "Eight trading days after Oct. 12, the day before the stock market plunge, the index fell.", thu, "the day", "DATE", "2022-10-12", ""},
	{"the day before a date", "The day before last Tuesday's hearing, he went home.", thu, "The day before last Tuesday", "DATE", "2023-06-12", ""},
	{"the day before end", "The vote was on March 3. Talks failed the day before.", thu, "the day before", "DATE", "2023-03-02", ""},
	{"period ended date", "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", time.Date(1989, 10, 31, 0, 0, 0, 0, time.UTC), "Jan. 31", "DATE", "1989-01-31", ""},
	{"decimal point is no clause end", "They will pay 9.5 million on Friday.", thu, "Friday", "DATE", "2023-06-16", ""},
	{"current fiscal year", "It expects sales in the current fiscal year to rise.", thu, "the current fiscal year", "DATE", "2023", ""},
	{"first two quarters of year", "through at least the first two quarters of 1990, when prices fall", thu, "the first two quarters of 1990", "DATE", "1990-H1", ""},
	{"one day after modal", "Islam will one day be the second largest religion.", thu, "one day", "DATE", "FUTURE_REF", ""},
	{"one day span", "The strike lasted one day.", thu, "one day", "DURATION", "P1D", ""},
	{"last year's quarter", "Sales rose in the third quarter of 2022. U.K. sales for last year's quarter were $3 million.", thu, "last year's quarter", "DATE", "2022-Q3", ""},
	{"the quarter a year ago", "Profit was $5 million in the third quarter of 2022. For the quarter a year ago, it earned $16 million.", thu, "the quarter a year ago", "DATE", "2021-Q3", ""},
	{"a year-earlier loss", "Net was $1 million in the third quarter of 2022, compared with a year-earlier loss of $26,956.", thu, "year-earlier", "DATE", "2021-Q3", ""},
	{"weekday would be traveling", "Officials said that the father would be traveling to the United States Thursday with his wife.", time.Date(2023, 6, 14, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2023-06-15", ""},
	{"today's company", "This is an exciting time at today's GM.", thu, "today", "DATE", "PRESENT_REF", ""},
	{"today's named event", "Today's Senate vote was close.", thu, "Today", "DATE", "2023-06-15", ""},
	{"single-day", "It was the worst single-day decline since 2001.", thu, "single-day", "DURATION", "P1D", ""},
	{"late in the day", "The Dow rebounded late in the day after falling 250 points.", thu, "late in the day", "DATE", "2023-06-15", "END"},
	{"earlier in the day", "The embassies were bombed on Friday. Earlier in the day, police had warned.", thu, "Earlier in the day", "DATE", "2023-06-09", "START"},
	{"later than in apposition", "The plane arrives on November 11, three days later than originally planned.", thu, "three days later", "DATE", "2022-11-11", ""},
	{"later than a difference", "The plane arrived three days later than planned.", thu, "three days", "DURATION", "P3D", ""},
	{"reported quarter not displaced", "The company posted a gain in third-quarter net income of 2022. After a flat second quarter, sales rose. Net was up from a year ago.", thu, "a year ago", "DATE", "2021-Q3", ""},
	{"historic quarter is no report", "It stopped paying a dividend in the third quarter of 1984. It reported third-quarter net of $68 million, up from $66 million a year ago.", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC), "a year ago", "DATE", "1988-Q3", ""},
	{"until then", "Conversion rights terminate on Nov. 30. Until then, the stock remains convertible.", thu, "then", "DATE", "2022-11-30", ""},
	{"a few days later", "In January, the firm hired a chief. A few days later, it announced lower earnings.", thu, "A few days", "DURATION", "PXD", ""},
	{"several weeks earlier", "Several weeks earlier, the talks had stalled.", thu, "Several weeks earlier", "DATE", "PAST_REF", ""},
	{"month deadline ahead", "Its program to pay down $5 billion of the loan by February.", time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC), "February", "DATE", "1990-02", ""},
	{"month deadline past", "By February, the rebels had taken the city.", time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC), "February", "DATE", "1989-02", ""},
	{"season possessive modifier", "The Fund and the Bank held their Autumn meetings.", time.Date(2008, 10, 13, 0, 0, 0, 0, time.UTC), "Autumn", "DATE", "2008-FA", ""},
	{"by that time", "The sale will close by June 10. If no price is agreed by that time, Fiat will pay.", thu, "that time", "DATE", "2023-06-10", ""},
	// a quarter named by the day it ended: the calendar quarter of its
	// middle month; a fiscal quarter keeps its number, in the year it ended
	{"quarter ended mid-quarter month", "In the quarter ended July 31, Jayark had sales of $5 million.", time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC), "the quarter", "DATE", "1989-Q2", ""},
	{"fiscal quarter ended last year", "Service Corp. changed to a calendar year. In the second quarter ended Oct. 31, it had a loss.", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC), "the second quarter", "DATE", "1988-Q2", ""},
	{"year-ago quarter in apposition", "It posted third-quarter profit. In the comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss.", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC), "the comparable year-ago quarter", "DATE", "1988-Q2", ""},
	{"year-ago quarter is a quarter", "It posted third-quarter profit of $5 million, up from the comparable year-ago quarter.", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC), "the comparable year-ago quarter", "DATE", "1988-Q3", ""},
	// a fronted date ("In January, …") takes the tense of the whole
	// sentence after it; abbreviations inside it do not end it
	{"fronted month far verb", "In January, a week after the anniversary of the Roe vs. Wade decision, a bombing in Birmingham, Ala., killed an officer.", time.Date(1998, 10, 25, 0, 0, 0, 0, time.UTC), "January", "DATE", "1998-01", ""},
	{"weekday past title abbreviation", "On Monday, Gen. Smith will visit the troops.", thu, "Monday", "DATE", "2023-06-19", ""},
	// "that same day" after a month named since the last full date is a
	// day of that month; "for the day" stays the day of the story
	{"that same day after month", "On Monday the site closed. Doctors were killed, most recently last October when a sniper shot one. His name was crossed out that same day.", thu, "that same day", "DATE", "2022-10-XX", ""},
	{"for the day after month", "Stocks fell to their lowest since October 1982. For the day, the Nikkei closed down 6.4 percent.", thu, "the day", "DATE", "2023-06-15", ""},
	{"previous weekday from the day mentioned", "Prices closed lower Friday. The index was down 4.5% from the previous Friday.", time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC), "the previous Friday", "DATE", "1989-10-20", ""},
	// an earnings story keeps its quarter throughout; right after a span
	// of months, "a year earlier" is that span's year back
	{"reported quarter far on", "Du Pont reported that third-quarter profit grew 19%." + strings.Repeat(" The company, based in Wilmington, Del., makes chemicals and fibers.", 20) + " Profit was higher than a year ago.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), "a year ago", "DATE", "1988-Q3", ""},
	{"year earlier after nine months", "Columbia posted a third-quarter loss. For the nine months, losses totaled $212 million, compared with net income of $48.7 million a year earlier.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), "a year earlier", "DATE", "1988", ""},
	{"year-earlier span", "Net for the year-earlier nine months included a gain.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), "the year-earlier nine months", "DURATION", "P9M", ""},
	// a company numbering quarters by its fiscal year keeps the number;
	// "the quarter" is the one reported; "Separately, X reported" starts
	// another company's report
	{"fiscal quarter extent", "Delta earned a record in the fiscal first quarter.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), "the fiscal first quarter", "DATE", "1989-Q1", ""},
	{"quarter ended keeps fiscal number", "Sun earned $5.2 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), "the quarter", "DATE", "1989-Q1", ""},
	{"the quarter is the reported one", "Sun earned $5.2 million in the fiscal first quarter. Sun shipped 28,000 systems in the quarter, he said.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), "the quarter", "DATE", "1989-Q1", ""},
	{"separately another report", "Delta earned a record in the fiscal first quarter. For the quarter ended Sept. 30, Delta posted net income. Separately, America West reported third-quarter profit jumped 45% to $5.8 million from $4 million a year earlier.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), "a year earlier", "DATE", "1988-Q3", ""},
	// the full stop of "p.m." belongs to it inside a sentence
	{"pm stop before comma", "Two men appeared in the store around 7:15 p.m., after the victim had left.", thu, "around 7:15 p.m.", "TIME", "2023-06-15T19:15", "APPROX"},
	{"am stop before bracket", "The blast occurred at 10:35 a.m. (0735 GMT) Friday.", thu, "10:35 a.m.", "TIME", "2023-06-09T10:35", ""},
	{"hyphenated modifier before a noun", "He was kidnapped to make the late-November trip, Castro said.", thu, "late-November", "DATE", "2022-11", "END"},
	{"this past season", "The firm scrapped the business this past spring.", time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC), "this past spring", "DATE", "1989-SP", ""},
	{"or so ago", "Then, a week or so ago, the general picked a date.", time.Date(1991, 2, 25, 0, 0, 0, 0, time.UTC), "a week or so ago", "DATE", "1991-W08", "APPROX"},
	{"in a year or two", "You may, in a year or two, save a few more lives.", thu, "a year or two", "DATE", "FUTURE_REF", ""},
	{"clock day in bracketed conversion", "This father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", time.Date(2000, 4, 5, 0, 0, 0, 0, time.UTC), "4 in the morning", "TIME", "2000-04-06T04:00", ""},
	{"generic tomorrow", "If I were choosing the people of tomorrow, I would choose these.", thu, "tomorrow", "DATE", "FUTURE_REF", ""},
	{"generic tomorrow possessive", "They build tomorrow's world.", thu, "tomorrow", "DATE", "FUTURE_REF", ""},
	{"year previous", "It cut costs to $118 billion last year, $19 billion less than the year previous.", thu, "the year previous", "DATE", "2021", ""},
}

func TestFindPhenomena(t *testing.T) {
	for _, tt := range phenomenaTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, tt.anchor)
			for _, g := range got {
				if g.Text == tt.want {
					if g.Type != tt.typ || g.Value != tt.value || g.Mod != tt.mod {
						t.Errorf("Find(%q) %q = %s %s mod %q; want %s %s mod %q", tt.text, g.Text, g.Type, g.Value, g.Mod, tt.typ, tt.value, tt.mod)
					}
					return
				}
			}
			t.Errorf("Find(%q) = %v; want an expression %q", tt.text, got, tt.want)
		})
	}
}

// Words that look temporal but are not expressions here.
func TestFindPhenomenaNone(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"He will return the boy as soon as the court rules.", "soon"},
		{"He was killed soon after being shot.", "soon"},
		{"the year he was born", "the year"},
		{"the person of the year award", "the year"},
		{"published in the Communist Party daily Granma", "daily"},
		{"his car was seen in the weeks before the shooting", "weeks"},
		{"They sent in two thousand troops.", "two thousand"},
		{"nineteen people died", "nineteen"},
		{"He scored 10 second half points.", "second"},
		{"In March twenty people died.", "twenty"},
		{"FYI the FY is over.", "FY"},
		{"He read it in the morning paper.", "morning"},
		{"On April 24 and 25 people came.", "25"},
		{"On May 3 and 4 percent rose.", "4"},
		{"Playmate of the Year, was charged.", "Year"},
		{"Telecom reported its September first quarter net profit.", "September first"},
		{"He was 4 in the standings in the morning.", "in the morning"},
		{"Call 555-1234 or 555-2019 now.", "2019"},
		{"in the last half of the '80s", "half"},
		{"early in the second quarter of the game", "quarter"},
		{"Baker said on ABC's This Week that talks failed.", "This Week"},
		{"a long-term plan", "term"},
		{"She scored 70 points; he was in his 70s.", "70s"},
		{"He said 'no' to '82 proposals", "'82"},
		{"a speech against the now-cancelled deal", "now"},
		{"He lives on the 15th floor.", "15th"},
		{"She finished on the 3rd lap and the 2nd.", "3rd"},
		{"The Russell 2000 Index of smaller companies dropped.", "2000"},
		{"over the years of war", "years"},
		{"guests at the soon-to-open terminal", "soon"},
		{"He was soon released from hospital.", "soon"},
		{"a trickle of cash that soon became a flood", "soon"},
		{"prices seen in years past", "years"},
		{"He came home, and then he left.", "then"},
		{"The quarter-to-quarter comparison was also enhanced.", "quarter"},
		{"He ran the day-to-day management.", "day"},
		{"a single-handed win", "single"},
		{"She spent hours in Nairobi later in the day before returning home.", "before"},
		{"He was last seen Nov. 3, the day before authorities issued a warrant.", "the day before"},
		{"Baker said on ABC-TV's \"This Week With David Brinkley\" that the resolutions stand.", "This Week"},
		{"a picture of Gary Cooper from the film ``High Noon.''", "Noon"},
		{"Gonzalez said on CBS's ''60 Minutes.''", "Minutes"},
		{"Doctors distribute the livers that are in the shortest supply. This is VOA Today.", "Today"},
		{"prices between 60 and 90 dollars a day", "60"},
		{"At that time, the firm had losses.", "that time"},
		{"It is time to go; this time is different.", "time"},
		{"read in minutes of the meeting", "minutes"},
		{"They met on Monday. During the day Friday, Elian played in the yard.", "the day"},
	} {
		for _, g := range Find(tc.text, thu) {
			if strings.Contains(g.Text, tc.not) {
				t.Errorf("Find(%q) has %q (%s %s); want no expression with %q", tc.text, g.Text, g.Type, g.Value, tc.not)
			}
		}
	}
}
