package timex

import (
	"strings"
	"testing"
	"time"
)

// narrativeTests are undated texts (and, last, dated ones that must not
// change): every expression Find returns, in order, as
// "text=value" or "text=value@anchor".
var narrativeTests = []struct {
	name   string
	text   string
	anchor time.Time
	want   []string
}{
	{"lead date with weekday",
		"CARACAS (Reuters) - Venezuelan opposition leader Juan Guaido declared himself interim president on Wednesday, January 23, 2019. " +
			"Yesterday, thousands had marched. Protesters clashed with security forces on Tuesday night and Wednesday, witnesses said. " +
			"On Thursday, the United States recognised him. He will hold talks next week.",
		time.Time{},
		[]string{"Wednesday, January 23, 2019=2019-01-23", "Yesterday=2019-01-22@previous", "Tuesday night=2019-01-22TNI@previous",
			"Wednesday=2019-01-23@previous", "Thursday=2019-01-24@previous", "next week=2019-W05@previous"}},
	{"nothing before the first explicit date",
		"Rebels attacked on Monday and withdrew yesterday. On March 3, 2021, the army retook the town. On Tuesday, the rebels returned.",
		time.Time{},
		[]string{"Monday=XXXX-WXX-1", "yesterday=XXXX-XX-XX", "March 3, 2021=2021-03-03", "Tuesday=2021-03-02@previous"}},
	{"anchor changes mid-article",
		"The dam burst on June 2, 2020. Rescuers arrived yesterday. The inquiry reported on 14 October 2021. Its author resigned on Friday.",
		time.Time{},
		[]string{"June 2, 2020=2020-06-02", "yesterday=2020-06-01@previous", "14 October 2021=2021-10-14", "Friday=2021-10-15@previous"}},
	{"iso date anchors",
		"Filed 2019-01-23. The minister spoke on Monday.",
		time.Time{},
		[]string{"2019-01-23=2019-01-23", "Monday=2019-01-21@previous"}},
	{"weekday nearest to the anchor, past or future",
		"The strike began on Monday, Nov. 4, 2024. It spread on Wednesday, and last Saturday's march had been banned. Unions will meet on Monday.",
		time.Time{},
		[]string{"Monday, Nov. 4, 2024=2024-11-04", "Wednesday=2024-11-06@previous", "last Saturday=2024-11-02@previous", "Monday=2024-11-11@previous"}},
	{"weekday on the anchor is the anchor",
		"Voting closed on Sunday, 5 May 2024. Turnout on Sunday was low.",
		time.Time{},
		[]string{"Sunday, 5 May 2024=2024-05-05", "Sunday=2024-05-05@previous"}},
	{"month without a year from the anchor",
		"Guaido was sworn in on Jan. 23, 2019. Protests had begun in December. The opposition will march again in March.",
		time.Time{},
		[]string{"Jan. 23, 2019=2019-01-23", "December=2018-12@previous", "March=2019-03@previous"}},
	{"month and day without a year from the anchor",
		"The treaty was signed on 2 March 2015. Parliament ratified it on April 9.",
		time.Time{},
		[]string{"2 March 2015=2015-03-02", "April 9=2015-04-09@previous"}},
	{"a year inside a clause anchors nothing",
		"The firm moved to Austin in 2015. In March, it hired 40 people; that year it doubled.",
		time.Time{},
		[]string{"2015=2015", "March=XXXX-03", "that year=2015@previous"}},
	{"a year that opens its sentence frames the months after it",
		"In 2015, the firm moved to Austin. In March, it hired 40 people; that year it doubled.",
		time.Time{},
		[]string{"2015=2015", "March=2015-03@previous", "that year=2015@previous"}},
	// narrative frames (toldYearOf): a written year opening its sentence
	// gives its year to the months, days and seasons told after it
	{"frame: year, month",
		"In 1812 Napoleon invaded Russia. By December, the Grande Armée had been destroyed.",
		time.Time{},
		[]string{"1812=1812", "December=1812-12@previous"}},
	{"frame: year, late month",
		"In 1862, McClellan moved up the Peninsula. In late June, Lee attacked.",
		time.Time{},
		[]string{"1862=1862", "late June=1862-06@previous"}},
	{"frame: month and year, then month and day",
		"In June 1951, talks started at Kaesong; an armistice was finally signed on July 27.",
		time.Time{},
		[]string{"June 1951=1951-06", "July 27=1951-07-27@previous"}},
	{"frame: month and year, then season",
		"In January 1943 the Sixth Army surrendered at Stalingrad. In the summer, the Germans launched Operation Citadel.",
		time.Time{},
		[]string{"January 1943=1943-01", "the summer=1943-SU@previous"}},
	{"frame: season of a year, then day and month",
		"In the spring of 1775 fighting broke out at Lexington. On 17 June the colonists held Breed's Hill.",
		time.Time{},
		[]string{"the spring of 1775=1775-SP", "17 June=1775-06-17@previous"}},
	{"frame: early in a year",
		"Early in 1918 the new government signed a separate peace. In March, German troops advanced into Ukraine.",
		time.Time{},
		[]string{"Early in 1918=1918", "March=1918-03@previous"}},
	{"frame: a relative year the text resolved",
		"On 1 September 1939 Germany invaded Poland. The following year, France fell. In June, Italy entered the war.",
		time.Time{},
		[]string{"1 September 1939=1939-09-01", "The following year=1940@previous", "June=1940-06@previous"}},
	{"frame ends at a paragraph",
		"In 1066 William crossed the Channel.\n\nIn October, the harvest failed.",
		time.Time{},
		[]string{"1066=1066", "October=XXXX-10"}},
	{"frame ends after two sentences or so",
		"In 1997 the party won a landslide. Its leader promised reform of the health service, the schools and the railways. " +
			"Critics said the promises were vague and the costs unknown, and the unions were unconvinced by his plans for the public sector. " +
			"Ministers toured the regions to explain them to voters in every town. In May, a referendum was held.",
		time.Time{},
		[]string{"1997=1997", "May=XXXX-05"}},
	{"frame: a future clause is no narrative",
		"In 2030 the mission will launch. In March, engineers will test the rocket.",
		time.Time{},
		[]string{"2030=2030", "March=XXXX-03"}},
	{"frame: an abbreviation's stop is no sentence start",
		"He robbed Ricardo Jones Jr. in 2007. In October, a jury acquitted him.",
		time.Time{},
		[]string{"2007=2007", "October=XXXX-10"}},
	// a season without a year against a day of the text: the nearest
	// such season, as for a month
	{"season after a day: autumn ahead",
		"On 22 June 1941, Germany invaded the Soviet Union. By the autumn, German forces were near Moscow.",
		time.Time{},
		[]string{"22 June 1941=1941-06-22", "the autumn=1941-FA@previous"}},
	{"season after a day: winter of that year",
		"On 30 October 1812 the retreat began. In the winter, the army froze.",
		time.Time{},
		[]string{"30 October 1812=1812-10-30", "the winter=1812-WI@previous"}},
	{"season after a day: the spring before",
		"The city fell on 20 July 1943. The spring had been quiet.",
		time.Time{},
		[]string{"20 July 1943=1943-07-20", "The spring=1943-SP@previous"}},
	{"season after a day: winter spanning the new year",
		"On 10 January 1943 the siege tightened; the winter had been harsh.",
		time.Time{},
		[]string{"10 January 1943=1943-01-10", "the winter=1942-WI@previous"}},
	{"season after a day: summer ahead",
		"The offensive stalled on 2 April 1918. In the summer, the Allies struck back.",
		time.Time{},
		[]string{"2 April 1918=1918-04-02", "the summer=1918-SU@previous"}},
	// "the year" of an undated narrative is the year its frame set
	{"frame: the end of the year",
		"In July 1943 the Allies invaded Sicily. Two months later, Italy surrendered. By the end of the year, the front had stalled.",
		time.Time{},
		[]string{"July 1943=1943-07", "Two months later=1943-09@previous", "the end of the year=1943@previous"}},
	{"frame: a later frame over a day anchor",
		"On 1 September 1939 Germany invaded Poland. In 1940 France fell. By the end of the year, Britain stood alone.",
		time.Time{},
		[]string{"1 September 1939=1939-09-01", "1940=1940", "the end of the year=1940@previous"}},
	{"frame: the end of the month",
		"In July 1943 the Allies landed; by the end of the month Palermo had fallen.",
		time.Time{},
		[]string{"July 1943=1943-07", "the end of the month=1943-07@previous"}},
	{"frame: later in the year",
		"In 1588 the Armada sailed. Later in the year, storms wrecked it.",
		time.Time{},
		[]string{"1588=1588", "Later in the year=1588@previous"}},
	{"no frame: the year stays open",
		"The talks resumed in 1997. By the end of the year, nothing had changed.",
		time.Time{},
		[]string{"1997=1997", "the end of the year=XXXX"}},
	{"frame: not in a future clause",
		"In 1997 the exchange began. Officials hope to finish by the end of the year.",
		time.Time{},
		[]string{"1997=1997", "the end of the year=XXXX"}},
	// a date the frame resolved carries it on
	{"frame chain: day after day",
		"In the spring of 1940 Germany attacked in the west. On 10 May, the offensive began; on 22 June France signed an armistice.",
		time.Time{},
		[]string{"the spring of 1940=1940-SP", "10 May=1940-05-10@previous", "22 June=1940-06-22@previous"}},
	// "January of the following year": one expression, the month of the
	// year named last, shifted
	{"month of the following year",
		"Hostilities ended on 11 November 1918. The peace conference opened in January of the following year.",
		time.Time{},
		[]string{"11 November 1918=1918-11-11", "January of the following year=1919-01@previous"}},
	{"month of that year",
		"In 1940 France fell. A year later, Germany invaded the Soviet Union. In December of that year, Japan attacked Pearl Harbor.",
		time.Time{},
		[]string{"1940=1940", "A year later=1941@previous", "December of that year=1941-12@previous"}},
	{"month of the previous year against an article date",
		"The firm listed its shares in 2005, after a merger in May of the previous year.",
		day(2013, 3, 14),
		[]string{"2005=2005", "May of the previous year=2004-05@previous"}},
	// the end of a span a day of the text began lies after that day
	{"range end after a begun day",
		"The Battle of Verdun began on 21 February 1916 and lasted until 18 December.",
		time.Time{},
		[]string{"21 February 1916=1916-02-21", "18 December=1916-12-18@previous"}},
	{"range end month after a begun day",
		"Fighting began on 3 November 1942 and went on until January.",
		time.Time{},
		[]string{"3 November 1942=1942-11-03", "January=1943-01@previous"}},
	{"range end after a from day",
		"The siege ran from 3 May 1940 to 22 June.",
		time.Time{},
		[]string{"3 May 1940=1940-05-03", "22 June=1940-06-22@previous"}},
	{"range end after a from day, next year",
		"The blockade lasted from 24 June 1948 until 12 May.",
		time.Time{},
		[]string{"24 June 1948=1948-06-24", "12 May=1949-05-12@previous"}},
	{"until without a span stays nearest",
		"On 5 June 1940 he recalled that he had lived there until March.",
		time.Time{},
		[]string{"5 June 1940=1940-06-05", "March=1940-03@previous"}},
	{"that summer is the year named last",
		"The war began in September 1939. That summer had been calm, as it had been in that spring. Officials said that summer was over.",
		time.Time{},
		[]string{"September 1939=1939-09", "That summer=1939-SU@previous", "that spring=1939-SP@previous"}},
	{"a day counted back in a pluperfect clause is no anchor",
		"Cameron said Gaddafi had ignored a ceasefire he had announced a day earlier. Forces reached the city earlier in the day.",
		day(2011, 3, 20),
		[]string{"a day earlier=2011-03-19@article", "earlier in the day=2011-03-20@article"}},
	{"a past month after an in-text date is the latest before it",
		"Turkey cut rates on Dec. 16, 2021. The governor was appointed in March after his predecessor was dismissed.",
		time.Time{},
		[]string{"Dec. 16, 2021=2021-12-16", "March=2021-03@previous"}},
	{"a future month after an in-text date is the next",
		"Turkey cut rates on Dec. 16, 2021. Elections will be held in June.",
		time.Time{},
		[]string{"Dec. 16, 2021=2021-12-16", "June=2022-06@previous"}},
	{"that summer against an article date",
		"The plant opened in 2004. That summer, it hired 300 workers.",
		day(2013, 3, 14),
		[]string{"2004=2004", "That summer=2004-SU@previous"}},
	{"a deadline is no anchor",
		"The company sold $150 million of debentures due March 1, 2011. Its shares closed at $46.50 on Friday.",
		time.Time{},
		[]string{"March 1, 2011=2011-03-01", "Friday=XXXX-WXX-5"}},
	{"a bound is no anchor",
		"Castro had ruled since Jan. 1, 1959. He spoke on Tuesday.",
		time.Time{},
		[]string{"Jan. 1, 1959=1959-01-01", "Tuesday=XXXX-WXX-2"}},
	{"a date after 'after' is no anchor",
		"Trading rules were tightened after Oct. 19, 1987. Brokers said on Monday that they would comply.",
		time.Time{},
		[]string{"Oct. 19, 1987=1987-10-19", "Monday=XXXX-WXX-1"}},
	{"a future date is no anchor",
		"Elections will be held on May 5, 2020, officials said on Monday.",
		time.Time{},
		[]string{"May 5, 2020=2020-05-05", "Monday=XXXX-WXX-1"}},
	{"a birth date is no anchor",
		"She was born in Jackson Township on May 26, 1930. She died Sunday at home.",
		time.Time{},
		[]string{"May 26, 1930=1930-05-26", "Sunday=XXXX-WXX-7"}},
	{"a birth date far from born is no anchor",
		"Jahan Nazarian was born into a Jewish family in western Iran's Kermanshah province on May 2, 1923. She died Saturday.",
		time.Time{},
		[]string{"May 2, 1923=1923-05-02", "Saturday=XXXX-WXX-6"}},
	{"a later anchor replaces a background one",
		"She was arrested on June 1, 2007. On Wednesday, March 18, 2009, she was freed; the judge ruled yesterday.",
		time.Time{},
		[]string{"June 1, 2007=2007-06-01", "Wednesday, March 18, 2009=2009-03-18", "yesterday=2009-03-17@previous"}},
	{"a weak anchor holds two sentences",
		"Police in the county are still looking for the gunman. The reward for information about the shooting has been raised to $5,000, and the family has asked anyone who saw the car to call. " +
			"On June 1, 2007, Melton was shot outside his home. On Saturday, police found the car. " +
			"Investigators have interviewed dozens of people, collected evidence at several sites and sent samples to the state crime laboratory for testing, but no arrest has been made in the case so far. " +
			"The sheriff said Wednesday that the case remains open.",
		time.Time{},
		[]string{"June 1, 2007=2007-06-01", "Saturday=2007-06-02@previous", "Wednesday=XXXX-WXX-3"}},
	{"the present anchor returns after a weak one",
		"On Wednesday, March 18, 2009, a jury convicted Smith of murder. " +
			"The trial had lasted three weeks, and more than forty witnesses testified for the prosecution and the defence before the jury began its deliberations in the courthouse downtown. " +
			"Smith was first arrested on June 1, 2007, after a traffic stop. " +
			"His lawyers argued that the evidence found in the car had been planted by officers and asked the judge to exclude it, which he declined to do before the trial began. " +
			"He will be sentenced on Friday, the prosecutor said Thursday.",
		time.Time{},
		[]string{"Wednesday, March 18, 2009=2009-03-18", "three weeks=P3W", "June 1, 2007=2007-06-01", "Friday=2009-03-20@previous", "Thursday=2009-03-19@previous"}},
	// with an article date, the dates of the text do not move the anchor
	{"dated article keeps its anchor",
		"The dam burst on June 2, 2020. Rescuers arrived on Tuesday.",
		thu,
		[]string{"June 2, 2020=2020-06-02", "Tuesday=2023-06-13@article"}},
}

func TestFindNarrative(t *testing.T) {
	for _, tt := range narrativeTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, g := range Find(tt.text, tt.anchor) {
				s := g.Text + "=" + g.Value
				if g.Anchor != "" {
					s += "@" + g.Anchor
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Find(%q, %v)\n got %q\nwant %q", tt.text, tt.anchor.Format(time.DateOnly), got, tt.want)
			}
		})
	}
}

// BenchmarkTimexUndated measures Find on the project's examples with no
// article date, where the text's own dates anchor (narrative.go).
func BenchmarkTimexUndated(b *testing.B) { benchFind(b, time.Time{}) }

// undatedPastAheadTests: in undated text, a day half a year ahead of the anchor
// in a past clause and a month naming an event whose relative clause is
// past are the ones before the anchor; a day weeks ahead stays
// ahead.
var undatedPastAheadTests = []struct {
	name, text, expr, val string
}{
	{"past day far ahead", "The two sides signed a peace deal on November 21, 2006. Parliament was restored on April 24 after weeks of protests.", "April 24", "2006-04-24"},
	{"past day far ahead, implicative infinitive", "The two sides signed a peace deal on November 21, 2006. Protests forced the king to recall parliament on April 24.", "April 24", "2006-04-24"},
	{"past day after a past named month", "The two sides signed a peace deal on November 21, 2006. The deal follows the April protests that forced King Tomas to recall parliament on April 24.", "April 24", "2006-04-24"},
	{"planned infinitive stays nearest", "The two sides signed a peace deal on November 21, 2006. The king planned to recall parliament on April 24.", "April 24", "2007-04-24"},
	{"month naming a past event", "The two sides signed a peace deal on November 21, 2006. The deal follows the April protests that forced the king to recall parliament.", "April", "2006-04"},
	{"past day weeks ahead", "The treaty was signed on 2 March 2015. Parliament ratified it on April 9.", "April 9", "2015-04-09"},
	{"month naming an event, present clause", "The two sides signed a peace deal on November 21, 2006. Both sides prepare for the April elections that will follow.", "April", "2007-04"},
}

func TestFindUndatedPastAhead(t *testing.T) {
	for _, tt := range undatedPastAheadTests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, x := range Find(tt.text, time.Time{}) {
				if tt.text[x.Span.Start:x.Span.End] == tt.expr {
					got = x.Value
				}
			}
			if got != tt.val {
				t.Errorf("%q: %q = %q, want %q", tt.text, tt.expr, got, tt.val)
			}
		})
	}
}

// nextDayUntoldTests: "the following day", "the next day" with no day named to
// count from is a day of the last month named, at the month's
// precision; in a past clause with only the article's date it is an
// unresolved day, never the day after the article; with a day named, or
// in a future clause, it counts as before.
var nextDayUntoldTests = []findTest{
	{"after a month", "The opposition lodged an appeal in early March. The tribunal rejected it the following day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "2021-03", ""},
	{"past, article date only", "The tribunal rejected the appeal the next day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the next day", "DATE", "XXXX-XX-XX", ""},
	{"past, after a week", "The opposition lodged an appeal last week. The tribunal rejected it the following day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "XXXX-XX-XX", ""},
	{"after a named day", "The opposition lodged an appeal on March 2. The tribunal rejected it the following day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "2021-03-03", ""},
	{"future clause", "The tribunal will publish its ruling the next day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the next day", "DATE", "2021-03-21", ""},
}

func TestFindNextDayUntold(t *testing.T) { runFindTests(t, nextDayUntoldTests) }
