package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// localTests cover local US news: cues that are not verbs of saying
// (find, show, know, want, agree, charge, believe) report only a
// clause, and local titles and police ranks name the speaker.
var localTests = []struct {
	name  string
	input string
	want  []want
}{
	// clause cues: no noun phrase, infinitive, preposition or passive
	{"found a body is no report", `When Alexandria police found the body of Juantissa Hill, 24, inside her apartment early last December, she had not shown up for work in two days.`, nil},
	{"found with a money object", `He found $4,470 in a bag inside the engine compartment.`, nil},
	{"responded and determined: no report after and", `Carver responded and determined that it was the truck stolen in Nashville.`, nil},
	{"maintained an object", `Russia has maintained a moratorium on the death penalty since 1996, when it joined the Council of Europe.`, nil},
	{"posted a sign", `The health department posted a quarantine sign on the door of the room until the owner pays for a cleanup.`, nil},
	{"…, X maintains: the clause before", `Secrecy is not a stranger to her health, her former doctor maintains.`,
		[]want{{"^Secrecy is not a stranger", Indirect, "her former doctor", "", KindUnresolved, "maintains"}}},
	{"maintained that reports", `Smith maintained that he was innocent of all charges.`,
		[]want{{"^he was innocent", Indirect, "Smith", "", KindNamed, "maintained"}}},
	{"found in a headline", `Man found dead in Ozark car dealership`, nil},
	{"found with a participle object", `Outside, he found the couple's Jack Russell stretched out on the ground, also dead.`, nil},
	{"reduced relative found", `The frozen body found earlier this week along the shore of Lake Opechee has been identified as that of a Laconia man.`, nil},
	{"arrested and charged with", `Chiquita Henry, 19, of Alexandria, was arrested and charged with aggravated arson and unauthorized entry.`, nil},
	{"charged someone with", `Jackson County prosecutors charged an Independence teenager on Monday with killing Welch.`, nil},
	{"agreed to an infinitive", `As part of the plea deal, prosecutors agreed to drop two wanton endangerment charges against Clark.`, nil},
	{"agreed to with a money object", `Last week, the selectmen agreed to allocate $4,500 to retain a professional engineer.`, nil},
	{"agreed to a noun is no clause before", `In Columbus, city firefighters agreed to a pay cut.`, nil},
	{"wants to", `Mayor Curtis McCoy wants to start a pastor on patrol program for the police department.`, nil},
	{"wants an object and an infinitive", `In Youngstown, Mayor Jay Williams wants city employees to work four fewer hours a week.`, nil},
	{"wants an object with a whether clause", `A man accused of stabbing an officer wants another jury to consider whether the defendant is competent to stand trial.`, nil},
	{"showed the teller", `A man entered the bank and showed the teller the butt of his gun and demanded cash.`, nil},
	{"shows a listener an object", `Principal Stacy DeCorsey shows her students an oversized check made out to the school.`, nil},
	{"to get to know", `The group organized the forum as a venue for community members to get to know who the candidates are.`, nil},
	{"knows a noun phrase", `After 32 years driving the same bus route, Jerry Purdin knows the riders by name.`, nil},
	{"believes in", `Church leaders didn't believe in baptizing a child so young.`, nil},
	{"wants to with that later", `She also wants to reinstate tolls on that section of the road because tolls are set to increase.`, nil},
	{"a verb like an evidence noun", `Attempt to recover stolen items results in fatal stabbing. He found the men early Saturday in Independence, but during a struggle, the man was stabbed.`, nil},
	{"found him that day", `His old boss, Gary Robertson, who found him in the parking lot that day, no longer wants to talk about the case.`, nil},
	{"wants a quoted infinitive", `And he also wants "to bring a sense of open debate and discussion to School Committee meetings."`, nil},
	{"a name called the", `Tom Del Beccaro of Lafayette, vice chairman of the California Republican Party, today is helping to launch a new political action committee, called the "First Amendment Now Campaign."`, nil},
	// clause cues with a clause
	{"thought with a parenthesis before that", `Clinton thought (foolishly) that only she would have access to the server.`,
		[]want{{"only she would have access", Indirect, "Clinton", "", KindNamed, "thought"}}},
	{"thinks a quoted clause", `Mawla thinks it's because "she is more close to her children than mothers in other countries."`,
		[]want{{"^it's because", Mixed, "Mawla", "", KindNamed, "thinks"}}},
	{"found a finite clause", `The report found people feel unsafe in areas which suffer from graffiti.`,
		[]want{{"^people feel unsafe", Indirect, "", "", KindUnresolved, "found"}}},
	{"agreed a finite clause", `Fuelberth agreed the deal is not dead but said he will investigate incentives.`,
		[]want{{"^the deal is not dead", Indirect, "Fuelberth", "", KindNamed, "agreed"}}},
	{"agreed with someone that", `Burkett agreed with Oswalt that making a child testify in court is not the ideal outcome.`,
		[]want{{"^making a child testify", Indirect, "Burkett", "", KindNamed, "agreed"}}},
	{"believe a clause with a past verb", `Authorities believe Verduin wandered into the river.`,
		[]want{{"^Verduin wandered", Indirect, "Authorities", "", KindUnnamed, "believe"}}},
	{"believes a subject with an infinitive", `Mr. Obama believes his efforts to slow global warming will be the most consequential legacy of his presidency.`,
		[]want{{"^his efforts to slow", Indirect, "Obama", "Mr.", KindNamed, "believes"}}},
	{"found a pronoun clause", `The young rugby fan found he was too weak to play his favourite sport.`,
		[]want{{"^he was too weak", Indirect, "", "", KindUnresolved, "found"}}},
	{"a poll shows a noun phrase", `The Real Clear Politics average of polls shows Clinton leading Trump 47.3 percent to 44.4 percent.`,
		[]want{{"^Clinton leading Trump", Indirect, "The Real Clear Politics average of polls", "", KindUnnamed, "shows"}}},
	{"an audit shows with a time first", `The audit shows in May 2008 a purchase request was forwarded to the fiscal court.`,
		[]want{{"^in May 2008", Indirect, "", "", KindUnresolved, "shows"}}},
	// police ranks and an attribution that closes the sentence
	{"rank after a lower-case descriptor", `The mother was knocked unconscious, sheriff's homicide Lt. Pat Nelson said.`,
		[]want{{"^The mother was knocked", Indirect, "Pat Nelson", "sheriff's homicide Lt.", KindNamed, "said"}}},
	{"closing attribution over a report with a quote", `The mother said she was "struck from behind by an unknown assailant" and knocked unconscious, sheriff's homicide Lt. Pat Nelson said.`,
		[]want{{"^The mother said she was", Mixed, "Pat Nelson", "sheriff's homicide Lt.", KindNamed, "said"}}},
	{"closing attribution over a report", `The mother said she was struck from behind and knocked unconscious, sheriff's homicide Lt. Pat Nelson said.`,
		[]want{{"^The mother said she was", Indirect, "Pat Nelson", "sheriff's homicide Lt.", KindNamed, "said"}}},
	{"closing attribution with a time", `The driver said he never saw the boy, police Sgt. Mark Schmid said Monday.`,
		[]want{{"^The driver said he never saw", Indirect, "Mark Schmid", "police Sgt.", KindNamed, "said"}}},
	{"investigator as a title", `The suspect fled on foot, Investigator Wheatley said.`,
		[]want{{"^The suspect fled", Indirect, "Wheatley", "Investigator", KindNamed, "said"}}},
	{"officer as a title", `The injuries did not appear to be life-threatening, Public Information Officer Spencer Pryor said.`,
		[]want{{"^The injuries did not", Indirect, "Spencer Pryor", "Public Information Officer", KindNamed, "said"}}},
	{"a report that ends its sentence keeps its speaker", `Smith said the road would close on Monday.`,
		[]want{{"^the road would close", Indirect, "Smith", "", KindNamed, "said"}}},
}

func TestFindLocal(t *testing.T) {
	for _, tt := range localTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// A naming cue ("called", "dubbed") reports only the quoted words, not
// its object or what follows them in the sentence.
func TestFindNamingSpan(t *testing.T) {
	tests := []struct{ input, want string }{
		{`Burkett called it a "huge problem" Wednesday in an interview with The Advocate.`, `"huge problem"`},
		{`She called the successful bond sale "a big deal for all of us."`, `"a big deal for all of us."`},
		{`Trump called the senator a "nasty guy," an "anchor baby," "unstable" and "sick."`, `"nasty guy," an "anchor baby," "unstable" and "sick."`},
		{`Merkley called the behavior "outrageous" and called for compensation to be "clawed back" for years.`, `"outrageous"`},
	}
	for _, tt := range tests {
		got := Find(newDoc(tt.input))
		if len(got) != 1 || got[0].Text != tt.want || got[0].Kind != Mixed {
			t.Errorf("Find(%q) = %s; want one mixed quote %q", tt.input, describe(got), tt.want)
		}
	}
}

// Local office titles: the place or office words before the head
// (Auditor, Manager, Sheriff, Coroner, Planner, Councilman …) are the
// title, the last capitalised run the name, an office's name joined
// with "and" included ("Parks and Recreation"); a person mention that
// holds the title keeps the name after it.
func TestFindLocalTitles(t *testing.T) {
	tests := []struct {
		input, name, title string
		mention            string // a person mention over the whole run, or ""
	}{
		{`"The numbers are down," Butler County Auditor Roger Reynolds said.`, "Roger Reynolds", "Butler County Auditor", ""},
		{`"We will fix the road," Rock Hill City Manager Carey Smith said.`, "Carey Smith", "Rock Hill City Manager", ""},
		{`"We're happy to see any new development," Senior Planner Tom Farace agreed.`, "Tom Farace", "Senior Planner", ""},
		{`"It was an accident," DeKalb County Coroner Dennis Miller said.`, "Dennis Miller", "DeKalb County Coroner", ""},
		{`"The vote was close," Councilwoman Rhonda Rogers said.`, "Rhonda Rogers", "Councilwoman", ""},
		{`"No one was hurt," North Kansas City Fire Marshal David Dollins said.`, "David Dollins", "North Kansas City Fire Marshal", ""},
		{`"The park will open in May," Athens Parks and Recreation Director Austin Fesmire said.`, "Austin Fesmire", "Athens Parks and Recreation Director", ""},
		{`"The park will open in May," said Athens Parks and Recreation Director Austin Fesmire.`, "Austin Fesmire", "Athens Parks and Recreation Director", ""},
		{`"Tickets sold out," DAC Marketing and Public Relations Manager Janet Cooper said.`, "Janet Cooper", "DAC Marketing and Public Relations Manager", ""},
		{`"We will fix the road," Rock Hill City Manager Carey Smith said.`, "Carey Smith", "Rock Hill City Manager", "Rock Hill City Manager Carey Smith"},
		{`"The vote was close," Councilman Larry Pleasant said.`, "Larry Pleasant", "Councilman", "Councilman Larry Pleasant"},
		// a counsellor's title is no part of the name (e.g. Myanmar)
		{`"The talks will go on," State Counsellor Aung San Suu Kyi said.`, "Aung San Suu Kyi", "State Counsellor", ""},
		{`"We are ready," White House Counselor Kellyanne Conway said.`, "Kellyanne Conway", "White House Counselor", ""},
	}
	for _, tt := range tests {
		d := newDoc(tt.input)
		if tt.mention != "" {
			s := strings.Index(tt.input, tt.mention)
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len(tt.mention)}, Text: tt.mention, Type: doc.TypePerson, Entity: -1, Role: -1})
			d.Fill(doc.LayerMentions)
		}
		got := Find(d)
		if len(got) != 1 || got[0].Speaker.Name != tt.name || got[0].Speaker.Title != tt.title || got[0].Speaker.Kind != KindNamed {
			t.Errorf("Find(%q) = %s; want speaker %q title %q", tt.input, describe(got), tt.name, tt.title)
		}
	}
}
