package quote

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// newDoc builds a doc with paragraphs (split at blank lines) and
// sentences (split after . ! or ? and an optional closing quote, before
// a space), so the tests do not depend on the segment stage.
func newDoc(text string) *doc.Doc {
	d := &doc.Doc{Text: text}
	start := 0
	addPara := func(s, e int) {
		for s < e && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n') {
			e--
		}
		if s >= e {
			return
		}
		d.Paragraphs = append(d.Paragraphs, doc.Span{Start: s, End: e})
		ss := s
		for i := s; i < e; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < e && (text[j] == '"' || strings.HasPrefix(text[j:], "\u201d")) {
				if text[j] == '"' {
					j++
				} else {
					j += len("\u201d")
				}
			}
			if j < e && text[j] == ' ' && !(j == i+1 && abbrevBefore(text, i)) {
				d.Sentences = append(d.Sentences, doc.Span{Start: ss, End: j})
				ss = j + 1
				i = j
			}
		}
		d.Sentences = append(d.Sentences, doc.Span{Start: ss, End: e})
	}
	for {
		k := strings.Index(text[start:], "\n\n")
		if k < 0 {
			addPara(start, len(text))
			break
		}
		addPara(start, start+k)
		start += k + 2
	}
	d.Fill(doc.LayerText)
	d.Fill(doc.LayerParagraphs)
	d.Fill(doc.LayerSentences)
	return d
}

// abbrevBefore reports whether the full stop at i ends a short
// capitalised abbreviation ("Rep.", "Mr.").
func abbrevBefore(text string, i int) bool {
	k := i
	for k > 0 && text[k-1] >= 'a' && text[k-1] <= 'z' {
		k--
	}
	return k > 0 && i-k <= 2 && text[k-1] >= 'A' && text[k-1] <= 'Z' && (k == 1 || text[k-2] == ' ' || text[k-2] == '.')
}

// A want describes one expected quote: its text must contain text.
type want struct {
	text, kind, name, title, speakerKind, cue string
}

var quoteTests = []struct {
	name  string
	input string
	want  []want
}{
	{"straight after", `"We will not back down," Ayalon said.`,
		[]want{{`"We will not back down,"`, Direct, "Ayalon", "", KindNamed, "said"}}},
	{"curly after", "\u201cWe will not back down,\u201d Ayalon said.",
		[]want{{"We will not back down", Direct, "Ayalon", "", KindNamed, "said"}}},
	{"nested", `"He told me 'never again' and left the room," Smith said.`,
		[]want{{"'never again' and left", Direct, "Smith", "", KindNamed, "said"}}},
	{"inverted", `"We are ready for talks," said Danny Ayalon.`,
		[]want{{"We are ready", Direct, "Danny Ayalon", "", KindNamed, "said"}}},
	{"title as written", `"Our priority is safety," Israeli Ambassador Danny Ayalon told reporters last night.`,
		[]want{{"Our priority is safety", Direct, "Danny Ayalon", "Israeli Ambassador", KindNamed, "told"}}},
	{"appositive", `"We are ready for talks," Ayalon, the Israeli ambassador, said.`,
		[]want{{"We are ready", Direct, "Ayalon", "Israeli ambassador", KindNamed, "said"}}},
	{"before with colon", `Foreign Minister Hossein Amir Abdollahian said: "Iran is willing to engage."`,
		[]want{{"Iran is willing", Direct, "Hossein Amir Abdollahian", "Foreign Minister", KindNamed, "said"}}},
	{"inside, second part inherits", `"Iran is willing to engage," Abdollahian said. "But we will not back down from our rights."`,
		[]want{{"Iran is willing", Direct, "Abdollahian", "", KindNamed, "said"}, {"But we will not back down", Direct, "Abdollahian", "", KindNamed, "said"}}},
	{"across paragraphs", "Smith said: \"We will fight on to the very end of this.\n\n\"We will never surrender to anyone at all.\"",
		[]want{{"We will fight on", Direct, "Smith", "", KindNamed, "said"}, {"We will never surrender", Direct, "Smith", "", KindNamed, "said"}}},
	{"partial", `Iran vowed "severe revenge" for the attack on its consulate.`,
		[]want{{`"severe revenge"`, Mixed, "Iran", "", KindNamed, "vowed"}}},
	{"scare quotes are not quotes", `The so-called "peace plan" failed to win support.`, nil},
	{"said that", `Ayalon said that the talks were constructive and useful.`,
		[]want{{"the talks were constructive", Indirect, "Ayalon", "", KindNamed, "said"}}},
	{"said without that", `Ayalon said the talks were constructive and useful.`,
		[]want{{"the talks were constructive", Indirect, "Ayalon", "", KindNamed, "said"}}},
	{"according to", `According to Ayalon, the talks were constructive and useful.`,
		[]want{{"the talks were constructive", Indirect, "Ayalon", "", KindNamed, "According to"}}},
	{"according to after", `The talks were constructive and useful, according to Ayalon.`,
		[]want{{"The talks were constructive", Indirect, "Ayalon", "", KindNamed, "according to"}}},
	{"told reporters", `Ayalon told reporters the talks were constructive and useful.`,
		[]want{{"the talks were constructive", Indirect, "Ayalon", "", KindNamed, "told"}}},
	{"described as", `Ayalon described the talks as "constructive and frank."`,
		[]want{{"constructive and frank", Mixed, "Ayalon", "", KindNamed, "described"}}},
	{"warned that", `Ayalon warned that the region faced a wider war.`,
		[]want{{"the region faced a wider war", Indirect, "Ayalon", "", KindNamed, "warned"}}},
	{"in a statement", `In a statement, the Foreign Ministry said the talks had ended without a deal.`,
		[]want{{"the talks had ended", Indirect, "Foreign Ministry", "", KindNamed, "said"}}},
	{"social media", `Ayalon said on social media that the talks had ended without a deal.`,
		[]want{{"the talks had ended", Indirect, "Ayalon", "", KindNamed, "said"}}},
	{"wrote on X", `Musk wrote on X that the deal was dead and buried.`,
		[]want{{"the deal was dead", Indirect, "Musk", "", KindNamed, "wrote"}}},
	{"clause then speaker", `The talks were constructive and useful, Ayalon said.`,
		[]want{{"The talks were constructive", Indirect, "Ayalon", "", KindNamed, "said"}}},
	{"pronoun", `"We are ready for talks," Danny Ayalon said on Monday. He added that talks would resume soon.`,
		[]want{{"We are ready", Direct, "Danny Ayalon", "", KindNamed, "said"}, {"talks would resume", Indirect, "Danny Ayalon", "", KindPronoun, "added"}}},
	{"she", `"We are ready for talks," Angela Merkel said. She insisted that nothing had changed at all.`,
		[]want{{"We are ready", Direct, "Angela Merkel", "", KindNamed, "said"}, {"nothing had changed", Indirect, "Angela Merkel", "", KindPronoun, "insisted"}}},
	{"the minister", `"Talks are over," Foreign Minister Hossein Amir Abdollahian said. "We are done with this," the minister added.`,
		[]want{{"Talks are over", Direct, "Hossein Amir Abdollahian", "Foreign Minister", KindNamed, "said"}, {"We are done", Direct, "Hossein Amir Abdollahian", "Foreign Minister", KindDescription, "added"}}},
	{"the ministry", `The Iranian Foreign Ministry said the talks had failed completely. The ministry added that a new round was possible.`,
		[]want{{"the talks had failed", Indirect, "Iranian Foreign Ministry", "", KindNamed, "said"}, {"a new round was possible", Indirect, "Iranian Foreign Ministry", "", KindDescription, "added"}}},
	{"the official unresolved", `"We are ready for talks," the official added.`,
		[]want{{"We are ready", Direct, "", "", KindUnresolved, "added"}}},
	{"pronoun unresolved", `"We are ready for talks," he said.`,
		[]want{{"We are ready", Direct, "", "", KindUnresolved, "said"}}},
	{"officials said", `Officials said the talks had failed to reach a deal.`,
		[]want{{"the talks had failed", Indirect, "Officials", "", KindUnnamed, "said"}}},
	{"source familiar", `"Talks are over for now," a source familiar with the talks said.`,
		[]want{{"Talks are over", Direct, "a source familiar with the talks", "", KindUnnamed, "said"}}},
	{"diplomats told Reuters", `Diplomats told Reuters the talks had failed to reach a deal.`,
		[]want{{"the talks had failed", Indirect, "Diplomats", "", KindUnnamed, "told"}}},
	{"senior officials confirmed", `Senior Israeli government officials confirmed the talks lasted several hours.`,
		[]want{{"the talks lasted several hours", Indirect, "Senior Israeli government officials", "", KindUnnamed, "confirmed"}}},
	{"parenthetical party tag", `"It is a dog whistle to all Americans," Rep. Gwen Moore (D-Wis.) said Friday.`,
		[]want{{"It is a dog whistle", Direct, "Gwen Moore", "Rep.", KindNamed, "said"}}},
	{"participle", `Trump attacked Clinton over Iraq, saying, "She is trigger-happy and very unstable."`,
		[]want{{"She is trigger-happy", Direct, "Trump", "", KindNamed, "saying"}}},
	{"adding later", `"We cannot afford this," Trump said, adding later, "NATO is costing us a fortune."`,
		[]want{{"We cannot afford this", Direct, "Trump", "", KindNamed, "said"}, {"NATO is costing", Direct, "Trump", "", KindNamed, "adding"}}},
	{"transcript turn", "PENCE: Well, look, this is serious business for the country.",
		[]want{{"Well, look, this is serious business", Direct, "PENCE", "", KindNamed, ":"}}},
	{"dash signature", "\u201cHe is ignorant of our culture and lives.\u201d \u2015 Pamela Padilla",
		[]want{{"He is ignorant", Direct, "Pamela Padilla", "", KindNamed, ""}}},
	{"single marks", "\u2018We will not back down,\u2019 Ayalon said. \u2018Iran\u2019s leaders know it.\u2019",
		[]want{{"We will not back down", Direct, "Ayalon", "", KindNamed, "said"}, {"Iran\u2019s leaders know it", Direct, "Ayalon", "", KindNamed, "said"}}},
	{"single straight marks", `'We will not back down,' said the prime minister's spokesman.`,
		[]want{{"We will not back down", Direct, "the prime minister's spokesman", "", KindUnnamed, "said"}}},
	{"passive said is not a cue", `The deal is said to be close to completion.`, nil},
	{"surname that is a form of be", `Kenyan lawyer Paul Were said the vote had been rigged.`,
		[]want{{"the vote had been rigged", Indirect, "Paul Were", "Kenyan lawyer", KindNamed, "said"}}},
	{"surname Is before reported", `Turkish economist Nilufar Is reported that the talks had stalled.`,
		[]want{{"the talks had stalled", Indirect, "Nilufar Is", "Turkish economist", KindNamed, "reported"}}},
	{"headline passive stays passive", `Talks Were Said to Resume in Geneva.`, nil},
	{"inverted with affiliation", `"It is very smart," said Representative Charles B. Rangel of New York. "We made real progress today."`,
		[]want{{"It is very smart", Direct, "Charles B. Rangel", "Representative", KindNamed, "said"}, {"We made real progress", Direct, "Charles B. Rangel", "Representative", KindNamed, "said"}}},
	{"inverted with outlet", `"The impact is still small," wrote Cameron Easley for Morning Consult.`,
		[]want{{"The impact is still small", Direct, "Cameron Easley", "", KindNamed, "wrote"}}},
	{"inverted spokesman for", `"The talks are over for now," said a spokesman for the ministry.`,
		[]want{{"The talks are over", Direct, "a spokesman for the ministry", "", KindUnnamed, "said"}}},
	{"title with of", `"The talks are over for now," said Secretary of State John Kerry.`,
		[]want{{"The talks are over", Direct, "John Kerry", "Secretary of State", KindNamed, "said"}}},
	{"long appositive", `"It is an invasion of the state domain," Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said at an event.`,
		[]want{{"It is an invasion", Direct, "Scott Pruitt", "", KindNamed, "said"}}},
	{"party tag and appositive", `"They would just go get them," Rep. Jim Jordan (R-Ohio), an oversight panel member, said in an interview.`,
		[]want{{"They would just go get them", Direct, "Jim Jordan", "Rep.", KindNamed, "said"}}},
	{"mixed then direct inherits", `The answers are "not meeting the demand," says Paul Rieckhoff, founder of a veterans group. "We often compare it to the early days of the crisis."`,
		[]want{{"not meeting the demand", Mixed, "Paul Rieckhoff", "founder of a veterans group", KindNamed, "says"}, {"We often compare it", Direct, "Paul Rieckhoff", "founder of a veterans group", KindNamed, "says"}}},
	{"cue and colon introduce the next paragraph", "Caddell continued:\n\n\"The health issue is very much a partisan issue.\"",
		[]want{{"The health issue", Direct, "Caddell", "", KindNamed, "continued"}}},
	{"transcript turn quoted whole", "\"WALLACE: Let us start with breaking news on the debate story.\n\n\"PENCE: Well, look, this is serious business.",
		[]want{{"Let us start", Direct, "WALLACE", "", KindNamed, ":"}, {"Well, look", Direct, "PENCE", "", KindNamed, ":"}}},
	{"time between subject and cue", `Sanders on Tuesday said he wants to attack four provisions in the tax code.`,
		[]want{{"he wants to attack", Indirect, "Sanders", "", KindNamed, "said"}}},
	{"month time between subject and cue", `Officials in late August said the talks had failed to reach a deal.`,
		[]want{{"the talks had failed", Indirect, "Officials", "", KindUnnamed, "said"}}},
	{"weekday is no speaker", `"We will be there, no matter what," Friday said.`,
		[]want{{"We will be there", Direct, "", "", KindUnresolved, ""}}},
	{"having said that", `(Having said that, some economists argued that corporate taxes should be very low.)`,
		[]want{{"corporate taxes should be very low", Indirect, "some economists", "", KindUnnamed, "argued"}}},
	{"relative clause source", `"We will stay," said Smith, who added that the talks would go on for weeks.`,
		[]want{{"We will stay", Direct, "Smith", "", KindNamed, "said"}, {"the talks would go on", Indirect, "Smith", "", KindPronoun, "added"}}},
	{"relative clause unnamed", `Western diplomats, who said the talks would go on for weeks, left the city.`,
		[]want{{"the talks would go on", Indirect, "Western diplomats", "", KindUnnamed, "said"}}},
	{"name before a place", `Democrats on Capitol Hill, who have argued that the plan helps candidates, welcomed it.`,
		[]want{{"the plan helps candidates", Indirect, "Democrats", "", KindPronoun, "argued"}}},
	{"coordinated verb after an appositive", `Donald Trump, her Republican opponent, bemoaned the unrest and said the police had done a fine job.`,
		[]want{{"the police had done a fine job", Indirect, "Donald Trump", "", KindNamed, "said"}}},
	{"coordinated verb after an opening adverbial", `On Friday, Smith visited the city and said the talks would resume next week.`,
		[]want{{"the talks would resume", Indirect, "Smith", "", KindNamed, "said"}}},
	{"two apostrophes as quote marks", "''We have shown the world we can float like butterflies,'' Mr. Obama said. ''Of course, we will go on.''",
		[]want{{"We have shown the world", Direct, "Obama", "Mr.", KindNamed, "said"}, {"Of course, we will go on", Direct, "Obama", "Mr.", KindNamed, "said"}}},
	{"perfect tense reports", `McAuliffe has said about 20 people have indicated an interest in the seat.`,
		[]want{{"about 20 people have indicated", Indirect, "McAuliffe", "", KindNamed, "said"}}},
	{"cue word as a noun", `Contrary to his claim that people would learn nothing, there would be a wealth of information.`, nil},
	{"person description unresolved", `"We need change," the New York businessman said.`,
		[]want{{"We need change", Direct, "the New York businessman", "", KindUnresolved, "said"}}},
	{"person description resolved", `"We will win," said Donald Trump, the New York businessman. "We need change," the businessman added.`,
		[]want{{"We will win", Direct, "Donald Trump", "New York businessman", KindNamed, "said"}, {"We need change", Direct, "Donald Trump", "New York businessman", KindDescription, "added"}}},
	{"chanted", `Protesters marching through the streets chanted "What curfew?" and kept going.`,
		[]want{{"What curfew?", Direct, "Protesters marching through the streets", "", KindUnnamed, "chanted"}}},
	{"name then participle", `The ad uses footage of Hillary Clinton asking, "Why am I not 50 points ahead?"`,
		[]want{{"Why am I not", Direct, "Hillary Clinton", "", KindNamed, "asking"}}},
	{"participle after an appositive subject", `Dean, a former party chairman, poked at Trump during the debate, tweeting, "Notice Trump sniffing all the time."`,
		[]want{{"Notice Trump sniffing", Direct, "Dean", "", KindNamed, "tweeting"}}},
	{"order is no person", `"We will not back down from this fight," the order said.`,
		[]want{{"We will not back down", Direct, "", "", KindUnresolved, "said"}}},
	{"definite description of a thing", `Wells Fargo was fined. The bank said that it had fired thousands of employees.`,
		[]want{{"it had fired thousands", Indirect, "The bank", "", KindUnresolved, "said"}}},
	{"plural bare subject", `Companies and individuals complain bitterly that taxes are too high.`,
		[]want{{"taxes are too high", Indirect, "individuals", "", KindUnnamed, "complain"}}},
	// no possessor named before "her": the words as written
	{"possessive description", `Both candidates face questions, and her campaign later disclosed that she has pneumonia.`,
		[]want{{"she has pneumonia", Indirect, "her campaign", "", KindUnresolved, "disclosed"}}},
	{"speaker introduced in the preceding sentence", `Smith spoke to reporters after the meeting. "We will not accept any deal that harms our farmers."`,
		[]want{{"We will not accept", Direct, "Smith", "", KindNamed, ""}}},
	{"paragraph-initial quote continues the previous paragraph", "\"We are ready,\" Jones said on Monday.\n\n\"We will not accept any deal that harms our farmers.\"",
		[]want{{"We are ready", Direct, "Jones", "", KindNamed, "said"}, {"We will not accept", Direct, "Jones", "", KindNamed, "said"}}},
	{"own cue wins over the previous paragraph", "\"We are ready,\" Jones said on Monday.\n\n\"We will not accept any deal,\" Smith said.",
		[]want{{"We are ready", Direct, "Jones", "", KindNamed, "said"}, {"We will not accept", Direct, "Smith", "", KindNamed, "said"}}},
	{"pronoun skips a place name", `The rally drew supporters of Donald Trump to a stadium in New York on Friday. He said the crowd was the largest ever seen there.`,
		[]want{{"the crowd was the largest", Indirect, "Donald Trump", "", KindPronoun, "said"}}},
	{"passive is no report", `The death was confirmed by a laboratory in Hong Kong on Friday.`, nil},
	{"organisation with of", `The Ministry of Defence confirmed that the risk of infection was low.`,
		[]want{{"the risk of infection was low", Indirect, "Ministry of Defence", "", KindNamed, "confirmed"}}},
	{"bank of", `"We are ready for this," the Bank of England said on Monday.`,
		[]want{{"We are ready", Direct, "Bank of England", "", KindNamed, "said"}}},
	{"title of a place is a description", `"We are ready for this," the Governor of Ohio said on Monday.`,
		[]want{{"We are ready", Direct, "", "", KindUnresolved, "said"}}},
	{"appositive without a closing comma", `"There is avian flu now in Egypt," Hassan el Bushra, regional adviser at the regional office of the WHO said.`,
		[]want{{"There is avian flu", Direct, "Hassan el Bushra", "", KindNamed, "said"}}},
	{"a date is no subject to inherit", `Yesterday February 17, Health Minister Ali Hassan visited the farms. "There is avian flu now in Egypt and we are watching it closely."`,
		[]want{{"There is avian flu", Direct, "", "", KindUnresolved, ""}}},
	{"show title is no quote", `In an interview on CBS's "Face the Nation," Paul D. Ryan said the party was united.`,
		[]want{{"the party was united", Indirect, "Paul D. Ryan", "", KindNamed, "said"}}},
	{"clip title after a cue is no quote", `Blige sings to Clinton in a preview clip of "The 411."`, nil},
	{"a clause is no unnamed source", `Some people were mistakenly charged fees they never asked for.`, nil},
	{"a pronoun of the other gender resolved to a speaker before rules him out", `Tsikhanouskaya left for Lithuania on Tuesday, Foreign Minister Linas Linkevicius said. "She is safe," he wrote on Twitter. In a video message, she said she had taken a "very difficult decision."`,
		[]want{{"Tsikhanouskaya left", Indirect, "Linas Linkevicius", "Foreign Minister", KindNamed, "said"}, {"She is safe", Direct, "Linas Linkevicius", "Foreign Minister", KindPronoun, "wrote"}, {"very difficult decision", Mixed, "", "", KindUnresolved, "said"}}},
	{"a listener's abbreviation dot ends no sentence", `Foreign Minister Jane Doe told the U.N. Security Council that Rwanda was carrying out "a frontal invasion" of Congolese territory.`,
		[]want{{"^Rwanda was carrying out", Mixed, "Jane Doe", "Foreign Minister", KindNamed, "told"}}},
	{"a listener's abbreviation before that", `Foreign Minister Jane Doe told the U.S. that Rwanda was carrying out an invasion.`,
		[]want{{"^Rwanda was carrying out", Indirect, "Jane Doe", "Foreign Minister", KindNamed, "told"}}},
	{"an opening adverbial is no part of the title", `Within minutes U.S. President Donald Trump said he recognised Guaido.`,
		[]want{{"he recognised Guaido", Indirect, "Donald Trump", "U.S. President", KindNamed, "said"}}},
	{"a title's own nouns stay", `Philippine coast guard spokesman Armand Balilo said the ship sank.`,
		[]want{{"the ship sank", Indirect, "Armand Balilo", "Philippine coast guard spokesman", KindNamed, "said"}}},
	{"nested quote closing with the outer", "\u201cYou say you \u2018accept responsibility for the fault,\u2019\u201d Merkley said. \u201cThat is not accepting it.\u201d",
		[]want{{"You say you", Direct, "Merkley", "", KindNamed, "said"}, {"That is not accepting it", Direct, "Merkley", "", KindNamed, "said"}}},
}

func TestFind(t *testing.T) {
	for _, tt := range quoteTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// checkFind runs Find on input (segmented by newDoc) and compares the
// quotes with want.
func checkFind(t *testing.T, input string, want []want) {
	t.Helper()
	d := newDoc(input)
	checkQuotes(t, d, Find(d), want)
}

// checkQuotes compares the quotes found in d with want: "^text" must
// open the content (quote marks aside), "text" be inside it.
func checkQuotes(t *testing.T, d *doc.Doc, got []doc.Quote, want []want) {
	t.Helper()
	input := d.Text
	if len(got) != len(want) {
		t.Fatalf("Find(%q) = %d quotes %s; want %d", input, len(got), describe(got), len(want))
	}
	for i, w := range want {
		q := got[i]
		text, prefix := strings.CutPrefix(w.text, "^")
		if prefix && !strings.HasPrefix(strings.TrimLeft(q.Text, "\"\u201c'"), text) {
			t.Errorf("Find(%q)[%d] = %s; want text starting with %q", input, i, describe(got[i:i+1]), text)
		}
		if !strings.Contains(q.Text, text) || q.Kind != w.kind || q.Speaker.Name != w.name || q.Speaker.Title != w.title || q.Speaker.Kind != w.speakerKind || q.Cue != w.cue {
			t.Errorf("Find(%q)[%d] = %s; want text ∋ %q, %s, speaker %q title %q (%s), cue %q", input, i, describe(got[i:i+1]), w.text, w.kind, w.name, w.title, w.speakerKind, w.cue)
		}
		if q.Text != d.Text[q.Span.Start:q.Span.End] {
			t.Errorf("quote text %q does not match its span %v", q.Text, q.Span)
		}
	}
}

func describe(qs []doc.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\n\t")
		b.WriteString(q.Kind + " " + `"` + q.Text + `"` + " cue=" + q.Cue + " speaker=" + q.Speaker.Name + " title=" + q.Speaker.Title + " kind=" + q.Speaker.Kind)
	}
	return b.String()
}

// With the mentions layer, the speaker links to the KB entity and takes
// the title the mention stage found.
func TestFindWithMentions(t *testing.T) {
	text := `"Our priority is safety," Israeli Ambassador Danny Ayalon told reporters. "We continue," he said.`
	d := newDoc(text)
	s := strings.Index(text, "Danny Ayalon")
	ts := strings.Index(text, "Israeli Ambassador")
	d.Entities = []doc.Entity{{KBID: "Q1353036", Name: "Danny Ayalon", Type: doc.TypePerson, Mentions: []int{0}}}
	d.Mentions = []doc.Mention{{Span: doc.Span{Start: s, End: s + len("Danny Ayalon")}, Text: "Danny Ayalon", Type: doc.TypePerson, KBID: "Q1353036", Entity: 0,
		Title: "Israeli Ambassador", TitleSpan: doc.Span{Start: ts, End: ts + len("Israeli Ambassador")}, Role: -1}}
	d.Fill(doc.LayerMentions)
	got := Find(d)
	if len(got) != 2 {
		t.Fatalf("got %d quotes: %s", len(got), describe(got))
	}
	for i, q := range got {
		if q.Speaker.Entity != "Q1353036" || q.Speaker.Name != "Danny Ayalon" || q.Speaker.Title != "Israeli Ambassador" || q.Speaker.Mention != 0 {
			t.Errorf("quote %d speaker = %+v; want Danny Ayalon, Q1353036, Israeli Ambassador, mention 0", i, q.Speaker)
		}
	}
}

func TestStage(t *testing.T) {
	d := &doc.Doc{Text: "x"}
	if err := New().Process(d); err == nil {
		t.Fatal("Process without sentences succeeded; want a missing-layer error")
	}
	d = newDoc(`"We are ready for talks," Ayalon said.`)
	if err := New().Process(d); err != nil {
		t.Fatal(err)
	}
	if !d.Has(doc.LayerQuotes) || len(d.Quotes) != 1 {
		t.Fatalf("Process: layer filled %v, quotes %v", d.Has(doc.LayerQuotes), d.Quotes)
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "examples/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(string(b))
	got := Find(d)
	found := map[string]bool{}
	for _, q := range got {
		switch q.Speaker.Name {
		case "Danny Ayalon":
			if q.Speaker.Title != "Israeli Ambassador" || q.Kind != Direct {
				t.Errorf("Ayalon quote %q: %s, title %q; want direct, Israeli Ambassador", q.Text, q.Kind, q.Speaker.Title)
			}
			found["Ayalon"] = true
		case "Hossein Amir Abdollahian":
			if q.Speaker.Title != "Foreign Minister" || q.Kind != Direct {
				t.Errorf("Abdollahian quote %q: %s, title %q; want direct, Foreign Minister", q.Text, q.Kind, q.Speaker.Title)
			}
			found["Abdollahian"] = true
		}
		if strings.HasPrefix(q.Speaker.Name, "Senior Israeli government officials") && q.Speaker.Kind != KindUnnamed {
			t.Errorf("officials quote: speaker kind %s; want unnamed", q.Speaker.Kind)
		}
	}
	if !found["Ayalon"] || !found["Abdollahian"] {
		t.Errorf("seed article: quotes %s; want Ayalon's and Amir Abdollahian's", describe(got))
	}
}

// TestGolden checks the quotes of a sample text against
// testdata/sample.golden (rewrite with go test ./quote -update).
func TestGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(Find(newDoc(string(text))), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "sample.golden")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
		t.Errorf("Find(sample) differs from %s (run go test ./quote -update and review the diff):\n%s", golden, got)
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range quoteTests {
		f.Add(tt.input)
	}
	f.Add(`The rebel Front for Change (FACT), which , , said; The minister, for his part, warned. "x," she said, and X called for`)
	f.Add(`Okafor urged Ghana on Saturday to withdraw. Okafor demanded the ( to`)
	for _, tt := range robustTests {
		f.Add(tt.input)
	}
	for _, tt := range localTests {
		f.Add(tt.input)
	}
	for _, tt := range outletTests {
		f.Add(tt.input) // outlets, possessives, requests
	}
	f.Add("\u201e\u00bb\u2039\u201a\n\n\u203a\u00ab\u201c, said and X, Y and Z said")
	f.Add("\"\n\n\"\u201c\u201d, said . said\"")
	f.Add("according to , he said: \u201c")
	f.Add("X said on Jan. 15 that. Y said Sept. 3 the. Z said on 3 Aug. Felt betrayed. promised to A, B and C. \"A. B,\" he said.")
	f.Fuzz(func(t *testing.T, text string) {
		d := newDoc(text)
		for _, q := range Find(d) {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start >= q.Span.End || text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("bad quote span %v for %q in %q", q.Span, q.Text, text)
			}
			if q.Speaker.Span.Start < 0 || q.Speaker.Span.End > len(text) || q.Speaker.Span.Start > q.Speaker.Span.End {
				t.Fatalf("bad speaker span %v in %q", q.Speaker.Span, text)
			}
		}
	})
}

func BenchmarkQuotes(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "sample.txt"))
	if err != nil {
		b.Fatal(err)
	}
	d := newDoc(strings.Repeat(string(text)+"\n\n", 50))
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(d)
	}
}

// markMention marks the first occurrence of text in d as a mention of
// type typ, with title; a kbid gives it an entity of its own named name.
// A mentionMark is a mention a test marks in its text: the words, the
// type, the KB id and the KB name.
type mentionMark struct{ text, typ, kbid, name string }

// A mentionQuoteCase is a text, the mentions marked in it and the
// quotes Find must give.
type mentionQuoteCase struct {
	name, input string
	ms          []mentionMark
	want        []want
}

// checkMentionQuotes marks each case's mentions, fills the mentions
// layer and checks the quotes Find gives.
func checkMentionQuotes(t *testing.T, tests []mentionQuoteCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.input)
			for _, m := range tt.ms {
				markMention(d, m.text, m.typ, m.kbid, m.name, "")
			}
			d.Fill(doc.LayerMentions)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}

func markMention(d *doc.Doc, text, typ, kbid, name, title string) {
	s := strings.Index(d.Text, text)
	ent := -1
	if kbid != "" {
		ent = len(d.Entities)
		d.Entities = append(d.Entities, doc.Entity{KBID: kbid, Name: name, Type: typ, Mentions: []int{len(d.Mentions)}})
	}
	d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len(text)}, Text: text, Type: typ, KBID: kbid, Entity: ent, Title: title, Role: -1})
}

// TestFindSpellingVariantDescription: a description written in the
// other English spelling of the title it refers back to ("the defence
// secretary" after "Defense Secretary X") is still that person.
func TestFindSpellingVariantDescription(t *testing.T) {
	for _, tc := range []struct {
		text, speaker string
	}{
		{`Defense Secretary Gilberto Teodoro accused Beijing of reckless behaviour. The defence secretary added that Manila would file a protest.`, "Gilberto Teodoro"},
		{`Defence Minister Richard Marles met his counterpart. The defense minister said the talks were useful.`, "Richard Marles"},
		{`Labor Minister Maria Lopez met union leaders. The labour minister said wages would rise.`, "Maria Lopez"},
	} {
		d := newDoc(tc.text)
		got := Find(d)
		ok := false
		for _, q := range got {
			ok = ok || q.Speaker.Name == tc.speaker && q.Speaker.Span.Start > 20
		}
		if !ok {
			t.Errorf("%q: quotes %s; want one by %s through the description", tc.text, describe(got), tc.speaker)
		}
	}
}
