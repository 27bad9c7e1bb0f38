package event

import (
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
)

// testActors are the actor names the tests mark by hand, so the tests do
// not depend on the mention stage: name → (id, type, country).
var testActors = []struct{ name, id, typ, country string }{
	{"Islamic Revolutionary Guard Corps", "org.irgc", doc.TypeArmedGroup, "IRN"},
	{"United States", "USA", doc.TypeCountry, "USA"},
	{"Hezbollah", "org.hezbollah", doc.TypeArmedGroup, "LBN"},
	{"Israeli", "ISR", doc.TypeCountry, "ISR"},
	{"Israel", "ISR", doc.TypeCountry, "ISR"},
	{"Iranian", "IRN", doc.TypeCountry, "IRN"},
	{"Iran", "IRN", doc.TypeCountry, "IRN"},
	{"Tehran", "IRN", doc.TypeCountry, "IRN"},
	{"Syrian", "SYR", doc.TypeCountry, "SYR"},
	{"Syria", "SYR", doc.TypeCountry, "SYR"},
	{"Turkey", "TUR", doc.TypeCountry, "TUR"},
	{"Russia", "RUS", doc.TypeCountry, "RUS"},
	{"Ukraine", "UKR", doc.TypeCountry, "UKR"},
	{"Egypt", "EGY", doc.TypeCountry, "EGY"},
	{"Hamas", "org.hamas", doc.TypeArmedGroup, "PSE"},
	{"Lebanon", "LBN", doc.TypeCountry, "LBN"},
	{"AFP", "org.afp", doc.TypeOrganization, "FRA"},
	{"Canadian", "CAN", doc.TypeCountry, "CAN"},
}

var actorRE = func() *regexp.Regexp {
	var alts []string
	for _, a := range testActors {
		alts = append(alts, regexp.QuoteMeta(a.name))
	}
	return regexp.MustCompile(`\b(` + strings.Join(alts, "|") + `)\b`)
}()

// testDoc builds a doc with sentences split on ". " and the test actors
// marked as mentions.
func testDoc(text string) *doc.Doc {
	d := &doc.Doc{Text: text, Date: time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC)}
	start := 0
	for i := 0; i < len(text); i++ {
		if i >= start && (text[i] == '.' || text[i] == '\n') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			if strings.TrimSpace(text[start:i+1]) != "" {
				d.Sentences = append(d.Sentences, doc.Span{Start: start, End: i + 1})
			}
			start = i + 1
			for start < len(text) && (text[start] == ' ' || text[start] == '\n') {
				start++
			}
		}
	}
	if strings.TrimSpace(text[start:]) != "" {
		d.Sentences = append(d.Sentences, doc.Span{Start: start, End: len(text)})
	}
	ents := map[string]int{}
	for _, m := range actorRE.FindAllStringIndex(text, -1) {
		name := text[m[0]:m[1]]
		for _, a := range testActors {
			if a.name != name {
				continue
			}
			ei, ok := ents[a.id]
			if !ok {
				ei = len(d.Entities)
				ents[a.id] = ei
				d.Entities = append(d.Entities, doc.Entity{KBID: a.id, Name: a.name, Type: a.typ, Country: a.country})
			}
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: m[0], End: m[1]}, Text: name, Type: a.typ, KBID: a.id, Entity: ei, Role: -1})
			break
		}
	}
	d.Fill(doc.LayerText)
	d.Fill(doc.LayerSentences)
	d.Fill(doc.LayerMentions)
	return d
}

// brief renders an event as "SRC TGT PLOVER CAMEO flags".
func brief(e doc.Event) string {
	s := e.Source + " " + e.Target + " " + e.Plover + " " + e.Cameo
	if e.Negated {
		s += " neg"
	}
	if e.Hypothetical {
		s += " hypo"
	}
	if e.Alleged {
		s += " alleged"
	}
	if e.Quoted {
		s += " quoted"
	}
	return s
}

func codeText(t *testing.T, text string) []string {
	t.Helper()
	d := testDoc(text)
	if err := New(nil, nil).Process(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		if e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("%q: confidence %v out of (0,1]", text, e.Confidence)
		}
		if e.Plover == "" {
			continue // CAMEO 01 statements
		}
		out = append(out, brief(e))
	}
	sort.Strings(out)
	return out
}

var constructionTests = []struct {
	name, text string
	want       []string // each must be among the coded events
	not        []string // none of these may be coded (prefix match)
}{
	{"active", "Israel struck Syria on Tuesday.", []string{"ISR SYR ASSAULT 190"}, nil},
	{"active object after preposition", "Egypt called on Israel to halt the offensive.", []string{"EGY ISR REQUEST 0256"}, nil},
	{"passive with by", "Syria was struck by Israel on Tuesday.", []string{"ISR SYR ASSAULT 190"}, []string{"SYR ISR"}},
	{"reciprocal", "Israel and Iran held talks in Oman.", []string{"ISR IRN CONSULT 046", "IRN ISR CONSULT 046"}, nil},
	{"reciprocal between", "Talks between Israel and Iran resumed.", []string{"ISR IRN CONSULT 046", "IRN ISR CONSULT 046"}, nil},
	{"compound", "Israel and the United States condemned Iran.", []string{"ISR IRN ACCUSE 111", "USA IRN ACCUSE 111"}, nil},
	{"nominal possessive", "Israel's strikes on Syrian targets killed dozens.", []string{"ISR SYR ASSAULT 190"}, nil},
	{"nominal adjective", "Iran condemned Israeli airstrikes on Syria.", []string{"IRN ISR ACCUSE 111", "ISR SYR ASSAULT 195"}, nil},
	{"negated", "Israel did not attack Iran.", []string{"ISR IRN ASSAULT 180 neg"}, nil},
	{"denied", "Iran denied striking Israel.", []string{"IRN ISR ASSAULT 190 neg"}, nil},
	{"hypothetical threat", "Iran threatened to strike Israel.", []string{"IRN ISR THREATEN 1384"}, []string{"IRN ISR ASSAULT"}},
	{"future intent", "Russia will release Ukraine's prisoners.", []string{"RUS UKRCVL AGREE 0353"}, nil},
	{"alleged", "Hezbollah reportedly attacked Israel.", []string{"org.hezbollah ISR ASSAULT 180 alleged"}, nil},
	{"alleged nominal", "Israel condemned the alleged attacks on Israel by Hamas.", []string{"org.hamas ISR ASSAULT 180 alleged"}, nil},
	{"quoted content", `Iran's minister said: "Israel bombed our embassy."`, nil, []string{"ISR"}},
	{"quoted threat", `"We will strike Israel," Iran said.`, []string{"IRN ISR THREATEN 138 quoted"}, nil},
	{"visit", "Turkey visited Egypt.", []string{"TUR EGY CONSULT 042", "EGY TUR CONSULT 043"}, nil},
	{"leave one place for another", "Turkey left Syria for Egypt.", []string{"TUR EGY CONSULT 042"}, []string{"TUR SYR", "SYR"}},
	{"fighting alongside is no attack", "Turkey fought alongside Syrian forces.", nil, []string{"TUR"}},
	{"fighting alongside against a target", "Turkey fought alongside Syrian forces against Egypt.", []string{"TUR EGY ASSAULT 190"}, []string{"TUR SYR"}},
	{"modifiers inside a compound subject", "Syria's warring army and paramilitary Hezbollah agreed to a ceasefire.", []string{"SYRMIL org.hezbollah AGREE 0356", "org.hezbollah SYRMIL AGREE 0356"}, nil},
	{"trade duties", "Turkey imposed anti-dumping duties on Egypt.", []string{"TUR EGY SANCTION 163"}, nil},
	{"deploying to rescue is relief, no mobilisation", "Turkey deployed helicopters to rescue families.", nil, []string{"TUR  MOBILIZE"}},
	{"deploying troops is mobilisation", "Turkey deployed troops to the border.", []string{"TUR  MOBILIZE 154"}, nil},
	{"sanctions", "The United States reimposed sanctions on Iran.", []string{"USA IRN SANCTION 163"}, nil},
	{"sever ties", "Egypt severed ties with Iran.", []string{"EGY IRN SANCTION 161"}, nil},
	{"expel", "Russia expelled Ukraine's diplomats.", []string{"RUS UKR SANCTION 166"}, nil},
	{"mobilize", "Russia mobilised troops near Ukraine.", []string{"RUS UKR MOBILIZE 154"}, nil},
	{"protest", "Protesters in Egypt demonstrated against Israel.", []string{"EGYOPP ISR PROTEST 141"}, nil},
	{"aid", "Turkey sent humanitarian aid to Syria.", []string{"TUR SYR AID 073"}, nil},
	{"arrest", "Iran arrested Israeli spies.", []string{"IRN ISRSPY COERCE 173"}, nil},
	{"ceasefire", "Israel and Hamas agreed to a ceasefire.", []string{"ISR org.hamas AGREE 0356"}, nil},
	{"declare ceasefire", "Israel declared a ceasefire with Hamas.", []string{"ISR org.hamas RETREAT 0871"}, nil},
	{"withdraw from agreement", "The United States withdrew from the agreement with Iran.", []string{"USA IRN SANCTION 161"}, nil},
	{"shot down", "Israel shot down an Iranian drone.", []string{"ISR IRN ASSAULT 190"}, nil},
	{"airspace", "An Iranian drone crossed into Israel's airspace.", []string{"IRN ISR COERCE 192"}, nil},
	{"vowed revenge", "Iran vowed revenge against Israel.", []string{"IRN ISR THREATEN 130"}, nil},
	{"restore relations", "Egypt agreed to restore relations with Turkey.", []string{"EGY TUR AGREE 037"}, nil},
	{"praise", "Egypt praised Turkey.", []string{"EGY TUR SUPPORT 051"}, nil},
	{"accuse", "Iran accused Israel of aggression.", []string{"IRN ISR ACCUSE 1123"}, nil},
	{"an accused act is the plain accusation", "Israel accused Syria of shelling civilian areas.", []string{"ISR SYR ACCUSE 112"}, []string{"ISR SYR ACCUSE 1123"}},
	{"accused of supporting terrorism", "Egypt accused Turkey of supporting terrorism.", []string{"EGY TUR ACCUSE 112"}, []string{"EGY TUR ACCUSE 1121"}},
	{"an accused category is its sub-code", "Egypt accused Turkey of corruption.", []string{"EGY TUR ACCUSE 1121"}, nil},
	{"reject", "Israel rejected Egypt's proposal.", []string{"ISR EGY REJECT 125"}, nil},
	{"concede", "Syria lifted the curfew imposed on Lebanon.", []string{"SYR LBN RETREAT 0813"}, nil},
	{"mediate", "Egypt mediated between Israel and Hamas.", []string{"EGY ISR CONSULT 045"}, nil},
	{"cooperate", "Egypt and Israel shared intelligence.", nil, nil},
	{"warning of a danger is no threat", "Turkey warned of a cholera outbreak in Syria.", nil, []string{"TUR  THREATEN", "TUR SYR THREATEN"}},
	{"warning of consequences is a threat", "Iran warned Israel of severe consequences.", []string{"IRN ISR THREATEN 130"}, nil},
	{"pledged money in pounds is no shelling", "Turkey pledged 25 million pounds in aid to Syria.", []string{"TUR SYR AGREE 0331"}, []string{"TUR SYR THREATEN", "TUR SYR ASSAULT"}},
}

func TestConstructions(t *testing.T) {
	for _, tt := range constructionTests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeText(t, tt.text)
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("%q: want %q among %q", tt.text, w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("%q: coded %q, want nothing starting %q", tt.text, g, n)
					}
				}
			}
		})
	}
}

func TestEventFields(t *testing.T) {
	d := testDoc("On Monday Israel struck Syria.")
	d.Times = []doc.Time{{Span: doc.Span{Start: 3, End: 9}, Text: "Monday", Type: "DATE", Value: "2024-07-29"}}
	d.Places = []doc.Place{{Span: doc.Span{Start: 24, End: 29}, Name: "Syria", Country: "SYR", Lat: 35, Lon: 38}}
	d.Fill(doc.LayerTimes)
	if err := New(nil, nil).Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 {
		t.Fatalf("events = %+v, want 1", d.Events)
	}
	e := d.Events[0]
	if e.Date != "2024-07-29" || e.Trigger != "struck" || d.Slice(e.TriggerSpan) != "struck" || e.Span != d.Sentences[0] ||
		e.Goldstein != -10 || e.QuadClass != 4 || e.Place != "Syria" || e.SourceCountry != "ISR" {
		t.Errorf("event = %+v", e)
	}
	d2 := testDoc("Israel struck Syria.")
	New(nil, nil).Process(d2)
	if len(d2.Events) != 1 || d2.Events[0].Date != "2024-08-01" {
		t.Errorf("article date not used: %+v", d2.Events)
	}
	d3 := testDoc("Israel struck Syria.")
	d3.Date = time.Time{}
	New(nil, nil).Process(d3)
	if len(d3.Events) != 1 || d3.Events[0].Date != "" {
		t.Errorf("unknown date should give \"\": %+v", d3.Events)
	}
}

func TestNeedsSentences(t *testing.T) {
	d := &doc.Doc{Text: "x"}
	if err := New(nil, nil).Process(d); err == nil {
		t.Error("Process without sentences: want error")
	}
}

// TestSeedArticle codes the seed article's sentences.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "examples/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := testDoc(string(b))
	if err := New(nil, nil).Process(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Events {
		got = append(got, brief(e)+" | "+e.Trigger)
	}
	has := func(prefix string, alleged bool) bool {
		for _, e := range d.Events {
			if strings.HasPrefix(brief(e), prefix) && (!alleged || e.Alleged) {
				return true
			}
		}
		return false
	}
	for _, w := range []struct {
		prefix  string
		alleged bool
	}{
		{"ISR IRN CONSULT 04", false}, {"IRN ISR CONSULT 04", false},
		{"ISR SYR ASSAULT 19", false},
		{" ISR ASSAULT 18", true},
	} {
		ok := has(w.prefix, w.alleged)
		if w.prefix[0] == ' ' {
			ok = false
			for _, e := range d.Events {
				if strings.HasSuffix(e.Target+" "+e.Plover, "ISR ASSAULT") && e.Alleged {
					ok = true
				}
			}
		}
		if !ok {
			t.Errorf("seed article: no %q event (alleged=%v) among\n%s", w.prefix, w.alleged, strings.Join(got, "\n"))
		}
	}
}

// TestConcurrent runs one Coder on many docs at once (go test -race).
func TestConcurrent(t *testing.T) {
	c := New(nil, nil)
	done := make(chan []doc.Event)
	for i := 0; i < 8; i++ {
		go func() {
			d := testDoc("Israel and Iran held talks. Israel struck Syria. Iran threatened to strike Israel.")
			c.Process(d)
			done <- d.Events
		}()
	}
	first := <-done
	for i := 1; i < 8; i++ {
		if got := <-done; len(got) != len(first) {
			t.Errorf("run %d: %d events, want %d", i, len(got), len(first))
		}
	}
}

// TestPeopleAtEventDate resolves a person to the office held on the
// event date: the same name is IRNGOV while foreign minister and has no
// sector afterwards.
func TestPeopleAtEventDate(t *testing.T) {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "IRN", Kind: kb.KindCountry, Name: "Iran", Country: "IRN", CAMEO: "IRN"})
	k.AddActor(kb.Actor{ID: "ISR", Kind: kb.KindCountry, Name: "Israel", Country: "ISR", CAMEO: "ISR"})
	k.AddActor(kb.Actor{ID: "person.fm", Kind: kb.KindPerson, Name: "Ali Minister", Country: "IRN"})
	k.AddRole(kb.Role{ID: "r1", Person: "person.fm", Office: "IRN.foreign_minister", Country: "IRN",
		Start: kb.Date{Year: 2021, Month: 8, Day: 25}, End: kb.Date{Year: 2024, Month: 5, Day: 19}})
	for _, tt := range []struct {
		date time.Time
		want string
	}{
		{time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC), "IRNGOV"},
		{time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), "IRN"},
	} {
		text := "Ali Minister condemned Israel."
		d := &doc.Doc{Text: text, Date: tt.date}
		d.Sentences = []doc.Span{{Start: 0, End: len(text)}}
		d.Entities = []doc.Entity{{KBID: "person.fm", Name: "Ali Minister", Type: doc.TypePerson, Country: "IRN"}, {KBID: "ISR", Name: "Israel", Type: doc.TypeCountry, Country: "ISR"}}
		d.Mentions = []doc.Mention{
			{Span: doc.Span{Start: 0, End: 12}, Text: "Ali Minister", Type: doc.TypePerson, KBID: "person.fm", Entity: 0, Role: -1},
			{Span: doc.Span{Start: 23, End: 29}, Text: "Israel", Type: doc.TypeCountry, KBID: "ISR", Entity: 1, Role: -1},
		}
		d.Fill(doc.LayerSentences)
		d.Fill(doc.LayerMentions)
		if err := New(k, nil).Process(d); err != nil {
			t.Fatal(err)
		}
		if len(d.Events) != 1 || d.Events[0].SourceCode != tt.want || d.Events[0].TargetCode != "ISR" {
			t.Errorf("%s: events %+v, want source code %s", tt.date.Format("2006-01-02"), d.Events, tt.want)
		}
	}
}

// TestDayString checks dayString against kb.Date.String, whose output it
// must reproduce byte for byte.
func TestDayString(t *testing.T) {
	for _, d := range []kb.Date{{}, {Year: 2024}, {Year: 2024, Month: 3}, {Year: 2024, Month: 3, Day: 7},
		{Year: 1, Month: 1, Day: 1}, {Year: 999, Month: 12, Day: 31}, {Year: 9999, Month: 10, Day: 10},
		{Year: 10000, Month: 1, Day: 1}, {Year: -44, Month: 3, Day: 15}, {Year: 2024, Month: 100, Day: 1}, {Year: 2024, Month: 1, Day: -1}} {
		if got, want := dayString(d), d.String(); got != want {
			t.Errorf("dayString(%+v) = %q; want %q", d, got, want)
		}
	}
}

// TestStartsSorted checks startsSorted against sort.SliceIsSorted by
// start offset.
func TestStartsSorted(t *testing.T) {
	for _, starts := range [][]int{nil, {3}, {1, 2, 2, 5}, {2, 1}, {0, 5, 4, 9}, {7, 7, 7}} {
		ms := make([]doc.Mention, len(starts))
		for i, st := range starts {
			ms[i].Span = doc.Span{Start: st, End: st + 1}
		}
		want := sort.SliceIsSorted(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
		if got := startsSorted(ms, func(m *doc.Mention) int { return m.Span.Start }); got != want {
			t.Errorf("startsSorted(%v) = %v, want %v", starts, got, want)
		}
	}
}

// TestParseDay checks parseDay against kb.ParseDate, whose results it
// must reproduce.
func TestParseDay(t *testing.T) {
	var vs []string
	for _, v := range []string{"2024-03-07", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "0001-01-01",
		"9999-12-31", "2024-13-01", "2024-00-10", "2024-04-31", "2024-04-00", "2024-1-07", "2024-03-7x", "+024-03-07", "2024/03/07",
		"2024", "2024-03", "", " 2024-03-07", "2024-12-31", "2024-06-30", "2024-06-31", "２024-03-07"} {
		vs = append(vs, v)
	}
	for _, y := range []int{1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				vs = append(vs, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	for _, v := range vs {
		gd, ge := parseDay(v)
		wd, we := kb.ParseDate(v)
		if gd != wd || (ge == nil) != (we == nil) || ge != nil && ge.Error() != we.Error() {
			t.Errorf("parseDay(%q) = %v, %v; want %v, %v", v, gd, ge, wd, we)
		}
	}
}

// TestSoleStatements checks dyadic coding (RequireTarget, as the
// PETRARCH-format eval codes): a speaker's targetless statement stays
// only when the sentence denies an act and codes no other event that
// happened.
func TestSoleStatements(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := New(k, nil)
	c.RequireTarget = true
	for _, tc := range []struct {
		name, date, text string
		want             []string
	}{
		{"a denial is the statement", "2014-07-18", "Russian President Vladimir Putin said on Friday that Russia had not supplied weapons to the separatists.", []string{"RUSGOV  010"}},
		{"a denial of a future act", "2012-06-02", "Vladimir Putin said on Saturday that Russia would never expel the Syrian ambassador.", []string{"RUSGOV  010"}},
		{"an act reported drops the statement", "2014-07-18", "Putin said Russia had sent troops to Syria.", []string{"RUS SYR 154"}},
		{"no denial, no statement", "2016-01-03", "Poland's government said the talks were useful.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			day, _ := time.Parse("2006-01-02", tc.date)
			d := worldDoc(t, tc.text, tc.date)
			d.Events = nil
			d.Date = day
			if err := c.Process(d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range d.Events {
				if !e.Negated {
					got = append(got, e.SourceCode+" "+e.TargetCode+" "+e.Cameo)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestDedupeMeetingTalks checks that a meeting (040) and talks (046)
// between the same pair in one sentence are one event, the talks.
func TestDedupeMeetingTalks(t *testing.T) {
	ev := func(src, tgt, code string, neg bool) doc.Event {
		return doc.Event{Source: src, Target: tgt, SourceCode: src, TargetCode: tgt, Cameo: code, Negated: neg, Date: "2022-03-29"}
	}
	for _, tc := range []struct {
		name string
		in   []doc.Event
		want []string
	}{
		{"meeting then talks", []doc.Event{ev("UKRGOV", "RUSGOV", "040", false), ev("UKRGOV", "RUSGOV", "046", false)}, []string{"UKRGOV RUSGOV 046"}},
		{"talks then meeting", []doc.Event{ev("UKRGOV", "RUSGOV", "046", false), ev("UKRGOV", "RUSGOV", "040", false)}, []string{"UKRGOV RUSGOV 046"}},
		{"other pairs stay", []doc.Event{ev("UKRGOV", "RUSGOV", "040", false), ev("UKRGOV", "TURGOV", "046", false)}, []string{"UKRGOV RUSGOV 040", "UKRGOV TURGOV 046"}},
		{"a denied meeting stays apart", []doc.Event{ev("UKRGOV", "RUSGOV", "040", true), ev("UKRGOV", "RUSGOV", "046", false)}, []string{"UKRGOV RUSGOV 040", "UKRGOV RUSGOV 046"}},
	} {
		var got []string
		for _, e := range dedupeEvents(tc.in, 0) {
			got = append(got, e.SourceCode+" "+e.TargetCode+" "+e.Cameo)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestPassiveDismissal: a person "was fired" with no target after it is
// dismissed from a job, no victim of shots, as is one fired "as
// vice-president"; shots fired at or on a target stay
// an attack.
func TestPassiveDismissal(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		assault    bool
	}{
		{"dismissed on a day", "Anderson Torres, the district's security chief, was fired on Sunday.", false},
		{"dismissed bare", "Brazilian Justice Minister Anderson Torres was fired.", false},
		{"fired as a hyphenated vice-president", "Mugabe fired him as vice-president on Nov. 6.", false},
		{"fired on a target", "Soldiers fired on protesters on Sunday.", true},
		{"fired at a target", "Police fired at protesters on Sunday.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := runWorld(t, p, tc.text, time.Date(2023, 1, 9, 0, 0, 0, 0, time.UTC))
			got := false
			for _, e := range d.Events {
				if strings.HasPrefix(e.Cameo, "19") || strings.HasPrefix(e.Cameo, "18") {
					got = true
				}
			}
			if got != tc.assault {
				t.Errorf("%q: assault %v, want %v (events %+v)", tc.text, got, tc.assault, d.Events)
			}
		})
	}
}

// TestDistinctDates checks that the relative clause's act of a pair
// and the main clause's, years apart, are both kept.
func TestDistinctDates(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	d := runWorld(t, p, "Chile and Argentina, which signed a peace treaty in 1984, signed a trade deal in March.", time.Date(2019, 6, 5, 0, 0, 0, 0, time.UTC))
	years := map[string]int{}
	for _, e := range d.Events {
		if len(e.Date) >= 4 && e.Source != "" && e.Target != "" {
			years[e.Date[:4]]++
		}
	}
	if years["1984"] != 2 || years["2019"] != 2 {
		t.Errorf("events by year %v, want 2 in 1984 (both ways) and 2 in 2019; events %q", years, eventCodes(d))
	}
}

// TestTalks checks that talks and negotiations are a negotiation
// (046) however they are written, as "held talks" is and as CAMEO's verb
// dictionary codes talks begun, resumed or continued; a meeting or summit
// stays a consultation (040).
func TestTalks(t *testing.T) {
	checkWorld(t, []worldCase{
		{"talks between X and Y", "2023-11-20", "Talks between Israel and Hamas on a hostage deal continued in Doha.", []string{"ISR PSEREB 046", "PSEREB ISR 046"}, []string{"ISR PSEREB 040"}},
		{"hosted peace talks", "2018-02-08", "Cuba hosted peace talks between the Colombian government and ELN rebels.", []string{"COLGOV COLREB 046", "COLREB COLGOV 046"}, []string{"COLGOV COLREB 040"}},
		{"consultations stay a consultation", "2018-06-12", "Consultations between Russia and China continued in Moscow.", []string{"RUS CHN 040"}, []string{"RUS CHN 046"}},
		{"a summit stays a meeting", "2018-06-12", "The Russia-China summit ended in Moscow.", []string{"RUS CHN 040"}, []string{"RUS CHN 046"}},
		{"a hyphen pair's talks", "2018-06-12", "Russia-Ukraine talks stall in Egypt.", []string{"RUS UKR 046"}, []string{"RUS UKR 040"}},
	})
}

// TestVisitForTalks: "for talks (with X)" after a visit is its purpose,
// the same visit, no meeting of its own.
func TestVisitForTalks(t *testing.T) {
	checkWorld(t, []worldCase{
		{"visited a capital for talks with its leader", "2015-02-16", "Egyptian President Abdel Fattah al-Sisi visited Moscow for talks with Vladimir Putin.",
			[]string{"EGYGOV RUS 042"}, []string{"EGYGOV RUSGOV 040", "RUSGOV EGYGOV 040"}},
	})
}

// TestScareQuoteGap: a pattern's gap runs over a short quotation opened
// inside a noun phrase (`declared a two-week "state of siege"`); a
// quotation that opens a report still stops it.
func TestScareQuoteGap(t *testing.T) {
	checkEvents(t, []eventCase{
		{"scare-quoted state of siege", "2021-07-08", `Haiti declared a two-week "state of siege" on Wednesday.`, []string{"HTI  1724"}, []string{"HTI  010"}},
		{"curly scare quotes", "2021-07-08", "Haiti declared a \u201cstate of siege\u201d on Wednesday.", []string{"HTI  1724"}, nil},
		{"a quotation after the verb's object stops the gap", "2021-07-08", `Haiti declared on Wednesday: "State of siege is not enough."`, nil, []string{"HTI  1724"}},
	})
}

// TestVerbOverReciprocalNominal: a verb's pattern on a noun beats the
// bare nominal pattern of as many words on the same noun, though the
// nominal one is reciprocal ("halted talks with Hamas on Monday" is no
// negotiation "talks … on"; the event was lost).
func TestVerbOverReciprocalNominal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"halted talks on a weekday", "2021-07-08", "Israel halted talks with Hamas on Monday.", []string{"ISR PSEREB 164"}, []string{"ISR PSEREB 046"}},
		{"broke off talks on a weekday", "2021-07-08", "Israel broke off talks on Monday.", []string{"ISR  164"}, nil},
		{"held talks stays a negotiation", "2021-07-08", "Israel held talks with Hamas on Monday.", []string{"ISR PSEREB 046"}, nil},
	})
}

// TestDashAside: a title-case subject before a dash that a second dash
// closes is no dateline or credit ("Kenyan President William Ruto — a
// rival of Yoweri Museveni — said"), and the subject search skips the
// aside; a dateline in capitals stays a dateline.
func TestDashAside(t *testing.T) {
	checkEvents(t, []eventCase{
		{"name — aside — said", "2023-06-01", "Kenyan President William Ruto — a rival of Yoweri Museveni — said the border would reopen.", []string{"KENGOV  010"}, []string{"UGAGOV  010"}},
		{"org -- relative aside -- said", "2023-06-01", "The European Union -- which has long criticised Russia -- said the talks had failed.", []string{"IGOEUREEC  010"}, []string{"RUS  010"}},
		{"a dateline in capitals stays", "2023-06-01", "NAIROBI — Kenyan President William Ruto said the border would reopen.", []string{"KENGOV  010"}, []string{"KEN "}},
	})
}

// TestExtraditedTo: "X extradited Y to Z" is judicial cooperation with
// the requesting state Z, also past a title or a short apposition; the
// extradited person is no partner, and a "to" inside a relative clause
// after the person ("two men who had fled to Bolivia") is no
// destination, as a pattern's gap does not run past "who"/"which".
func TestExtraditedTo(t *testing.T) {
	checkWorld(t, []worldCase{
		{"extradited a titled person to", "2023-09-15", "Mexico extradited drug lord Ovidio Guzman to the United States on Friday.", []string{"MEX USA 063"}, []string{"MEX CRM 063"}},
		{"past an apposition", "2023-09-15", "Mexico extradited Ovidio Guzman, a son of the drug lord, to the United States.", []string{"MEX USA 063"}, nil},
		{"a relative clause's 'to'", "2015-03-01", "Peru extradited two men who had fled to Bolivia.", nil, []string{"PER BOL"}},
	})
}

// TestWithoutManner: a bare trigger noun after "without" at a clause's
// end is a manner ("attacked the town without warning"), no withheld
// warning; "without an agreement with Kenya" stays.
func TestWithoutManner(t *testing.T) {
	checkEvents(t, []eventCase{
		{"without warning", "2019-09-15", "Ugandan troops attacked the town without warning.", []string{"UGAMIL  190"}, []string{"UGAMIL  130"}},
		{"without an agreement stays", "2019-09-15", "Uganda left the talks without an agreement with Kenya.", []string{"UGA KEN 057 neg"}, nil},
	})
}

// TestNoLongerIng: "is no longer attacking" is the verb, negated ("longer"
// read as a plain noun hid it).
func TestNoLongerIng(t *testing.T) {
	checkEvents(t, []eventCase{
		{"is no longer attacking", "2019-09-15", "Chile is no longer attacking Peru.", []string{"CHL PER 180 neg"}, nil},
		{"is no longer supplying", "2019-09-15", "Chile is no longer supplying arms to Peru.", []string{"CHL PER 072 neg"}, nil},
	})
}

// TestProtestPurpose: "to protest" after a strike, march or rally is the
// protest's purpose, one protest with the purpose's target, no second
// 140 (purposeOf).
func TestProtestPurpose(t *testing.T) {
	checkWorld(t, []worldCase{
		{"strike to protest", "2019-01-16", "Ghana's unions began a general strike on Wednesday to protest against the government.",
			[]string{"GHALAB GHAGOV 143"}, []string{"GHALAB GHAGOV 140"}},
		{"march to protest", "2019-01-16", "Chilean students marched on Wednesday to protest against the government.",
			[]string{"CHLEDU CHLGOV 141"}, []string{"CHLEDU CHLGOV 140"}},
		{"a march through a place keeps its purpose", "2019-01-16", "Chilean students marched through Santiago to protest against the government.",
			[]string{"CHLEDU CHLGOV 141", "CHLEDU CHLGOV 140"}, nil}, // "through" a city says where: the government is Chile's
		{"strike to demand", "2023-08-16", "Nurses in Ghana began an indefinite strike on Monday to demand better pay from the government.",
			[]string{"GHALAB GHAGOV 143"}, []string{"GHALAB GHAGOV 10"}}, // (the demand is the strike's purpose)
	})
}

// TestPronounSubjectNotPeople: a quote naming "the Iranian people"
// before its speaker does not make the people the "He" of the next
// sentence ("… tell the Yugoslav people …," Ivanov told reporters. He
// later held talks with Milošević").
func TestPronounSubjectNotPeople(t *testing.T) {
	got := hatamiEvents(t, `"We have come to tell the Iranian people that we respect their choice," Amir Hatami told reporters. He condemned Israel.`)
	if !slices.Contains(got, "p.hatami ISR 111") {
		t.Errorf("want %q among %q", "p.hatami ISR 111", got)
	}
}

// TestOneAttackByMeans: an attack coded by its means (a shell 194, an
// air strike 195) is not coded a second time as a bare use of force
// (190) on the same target; another target keeps its own.
func TestOneAttackByMeans(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a tank shell hit a school", "2009-01-17", "An Israeli tank shell hit a United Nations school in Beit Lahiya on Saturday, killing two brothers.", []string{"ISR IGOUNO 194"}, []string{"ISR IGOUNO 190", "ISR  190"}},
		{"an army shell hit a mosque", "2011-07-20", "A Syrian army shell hit a mosque in Homs on Sunday.", []string{" 194"}, []string{" 190"}},
	})
}

// TestRegionOfState checks that a country's name that names a region of
// another state ("Nigeria's Niger state") is a place of that state.
func TestRegionOfState(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a state named like a country", "2021-02-17", "Gunmen kidnapped 27 students from a school in Nigeria's Niger state on Wednesday.", []string{"UAF NGAEDU 181"}, []string{"NER"}},
		{"the country itself stays", "2023-07-26", "Nigeria's president criticised Niger's junta.", []string{"NGAGOV NERMIL"}, nil},
	})
}

// TestPollShares: a share of a poll ("44 percent would back X", "X has
// 5 percent support", "supported by 42 percent") is an opinion measured,
// no support, agreement or disapproval by anyone (pollShares).
func TestPollShares(t *testing.T) {
	checkEvents(t, []eventCase{
		{"percent would back", "2016-09-20", "Among likely voters, 46 percent would choose Hillary Clinton and 44 percent would back Donald Trump.", nil, []string{"032", "051"}},
		{"percent support", "2016-09-20", "Donald Trump has just 5 percent support among young voters.", nil, []string{"051"}},
		{"supported by percent", "2016-09-20", "Hillary Clinton was supported by 42 percent of those asked.", nil, []string{"051"}},
		{"supported by per cent", "2016-09-20", "Hillary Clinton was supported by 42 per cent of those asked.", nil, []string{"051"}},
		{"percent sign", "2016-09-20", "Donald Trump has just 5 % support among young voters.", nil, []string{"051"}},
		{"percent of a party agreed", "2016-09-20", "Sixty-two percent of Republicans agreed.", nil, []string{"030"}},
		{"a cut by percent stays", "2016-09-20", "Russia agreed to cut gas prices for Ukraine by 20 percent.", []string{"RUS"}, nil},
	})
}

// TestAgreementContent: cooperation inside the infinitive of a signed
// agreement is what was agreed, no act of its own; a visit "by X to Y"
// is X's visit to Y.
func TestAgreementContent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"cooperation agreed", "2023-04-14", "Brazil and China signed agreements on Friday to expand trade and cooperate on research during a visit by President Luiz Inacio Lula da Silva to Beijing.",
			[]string{"BRA CHN 057", "BRAGOV CHN 042"}, []string{"BRAGOV 060", " 060"}},
		{"a bare pact to cooperate", "2023-04-14", "India and Japan signed a pact to cooperate on defence.", []string{"IND JPN 057"}, []string{"060"}},
	})
}

// TestSortBest checks that sortBest orders matches as
// slices.SortStableFunc does with better as the comparison, below and
// above its insertion-sort block, on random matches with many ties.
func TestSortBest(t *testing.T) {
	pats := []*Pattern{{Code: "040"}, {Code: "0431", Flags: FlagNominal}, {Code: ""}, {Code: "19", Flags: FlagReciprocal}}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 2000; round++ {
		n := 2 + rng.IntN(30)
		ms := make([]match, n)
		for i := range ms {
			h := rng.IntN(6)
			ms[i] = match{p: pats[rng.IntN(len(pats))], head: h, start: h - rng.IntN(2), end: h + 1 + rng.IntN(3),
				anchorEnd: h + 1 + rng.IntN(2), exact: rng.IntN(2) == 0, score: rng.IntN(5), src: []int{i}}
		}
		want := slices.Clone(ms)
		slices.SortStableFunc(want, func(a, b match) int {
			if better(&a, &b) {
				return -1
			}
			return 1
		})
		sortBest(ms)
		for i := range ms {
			if ms[i].src[0] != want[i].src[0] {
				t.Fatalf("round %d (%d matches): sortBest put match %d at %d, SortStableFunc match %d", round, n, ms[i].src[0], i, want[i].src[0])
			}
		}
	}
}
