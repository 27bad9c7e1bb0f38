package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// TestSentenceTimes checks that the times cut out for a sentence are
// exactly those eventDate would accept from all of them, in order, and
// that unsorted times are given whole.
func TestSentenceTimes(t *testing.T) {
	times := []doc.Time{
		{Span: doc.Span{Start: 0, End: 4}}, {Span: doc.Span{Start: 10, End: 14}},
		{Span: doc.Span{Start: 10, End: 20}}, {Span: doc.Span{Start: 18, End: 22}},
		{Span: doc.Span{Start: 20, End: 20}}, {Span: doc.Span{Start: 25, End: 30}},
	}
	d := &doc.Doc{Times: times}
	s := &scratch{timesSorted: true}
	for _, tc := range []struct {
		sent doc.Span
		want []int // indexes into times whose span the sentence contains
	}{
		{doc.Span{Start: 0, End: 5}, []int{0}},
		{doc.Span{Start: 5, End: 20}, []int{1, 2, 4}},
		{doc.Span{Start: 10, End: 14}, []int{1}},
		{doc.Span{Start: 21, End: 24}, nil},
		{doc.Span{Start: 0, End: 30}, []int{0, 1, 2, 3, 4, 5}},
	} {
		var got []int
		for _, x := range s.sentenceTimes(d, tc.sent) {
			if tc.sent.Contains(x.Span) {
				for i := range times {
					if times[i] == x {
						got = append(got, i)
					}
				}
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("sent %v: times %v, want %v", tc.sent, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("sent %v: times %v, want %v", tc.sent, got, tc.want)
				break
			}
		}
	}
	s.timesSorted = false
	if got := s.sentenceTimes(d, doc.Span{Start: 5, End: 9}); len(got) != len(times) {
		t.Errorf("unsorted: %d times, want all %d", len(got), len(times))
	}
}

// TestResolveKBMemo checks that a remembered resolution gives the actor
// resolveKB gives, for a person (office at a day), a country, an
// unknown id and an actor that came with its own country.
func TestResolveKBMemo(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	var person string
	for _, a := range k.Actors() {
		if a.Kind == kb.KindPerson && len(k.RolesOf(a.ID)) > 0 {
			person = a.ID
			break
		}
	}
	c := New(k, DefaultDict())
	var memo []kbResolved
	days := []kb.Date{{}, {Year: 2000, Month: 1, Day: 1}, {Year: 2020, Month: 6, Day: 1}}
	for round := 0; round < 2; round++ { // the second round answers from memo
		for _, id := range []string{person, "USA", "FRA", "no.such.actor"} {
			for _, day := range days {
				for _, in := range []string{"", "GBR"} {
					m := &doc.Mention{KBID: id, Text: "X"}
					want := actor{id: id, name: "X", country: in}
					c.resolveKB(&want, m, day)
					got := actor{id: id, name: "X", country: in}
					c.resolveKBMemo(&got, m, day, &memo)
					if got != want {
						t.Errorf("round %d %s at %v from %q: %+v, want %+v", round, id, day, in, got, want)
					}
				}
			}
		}
	}
	kept := 0
	for _, r := range memo {
		if r.id != "" {
			kept++
		}
	}
	if kept == 0 {
		t.Error("nothing remembered")
	}
}

// TestMayMatchResolution checks that the sentence's word set tells
// apart words whose hashes share their low eight bits (a 256-bit set
// would not), so mayMatch turns away a sentence with such a stand-in
// for a word its pattern needs.
func TestMayMatchResolution(t *testing.T) {
	d, err := ParseDict("t", strings.NewReader("[patterns]\n040 - SRC ~meet ..2 with TGT\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := filterHash("with")
	stand := ""
	for i := 0; i < 1<<16 && stand == ""; i++ {
		w := fmt.Sprintf("w%d", i)
		if h := filterHash(w); h&255 == want&255 && h&4095 != want&4095 {
			stand = w
		}
	}
	if stand == "" {
		t.Fatal("no word shares the low eight bits of with's hash")
	}
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"israel met with iran", true},
		{"israel met " + stand + " iran", false},
	} {
		var ws wordSet
		for _, w := range strings.Fields(tc.sentence) {
			ws.add(w)
		}
		if got := d.Patterns[0].mayMatch(&ws); got != tc.want {
			t.Errorf("%q: mayMatch = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestWordCase checks the unrolled byte-class loop against the plain one.
func TestWordCase(t *testing.T) {
	for _, w := range []string{"", "a", "US", "Iran", "BAGHDAD", "al-Qaeda", "zürich", "ÉTAT", "1990s", "abcdefghi", "ABCDEFGHi"} {
		var want byte
		for k := 0; k < len(w); k++ {
			want |= byteCase[w[k]]
		}
		if got := wordCase(w); got != want {
			t.Errorf("wordCase(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestIssuerPrefilter checks that issuer's first-byte prefilter lets
// through every statement head, in either case and after spaces, and
// turns ordinary headlines away.
func TestIssuerPrefilter(t *testing.T) {
	for _, h := range statementHeads {
		for _, title := range []string{h, strings.ToUpper(h[:1]) + h[1:], strings.ToUpper(h), "  " + h} {
			if s := strings.TrimSpace(title); !headFirst(s[0]) {
				t.Errorf("headFirst rejects the statement head %q", title)
			}
		}
	}
	for _, title := range []string{"Rebels seize the airport", "Ukraine says it downed drones", "“Statement by”"} {
		if headFirst(strings.TrimSpace(title)[0]) {
			t.Errorf("headFirst(%q) = true, want false", title)
		}
	}
}

// TestSentenceTokensAlnum checks that sentenceTokens' path for the
// lower-case letters-and-digits words the segment stage marks Alnum
// gives the tokens its general path gives them.
func TestSentenceTokensAlnum(t *testing.T) {
	for _, text := range []string{
		"The iPhone maker said it would cut 1,200 jobs in Cupertino.",
		"BAGHDAD (Reuters) - al-Qaeda's leader didn't appear; the mid-2019 talks stalled.",
		"Zürich police arrested 3 men and 2G networks went down, officials said.",
	} {
		d := &doc.Doc{Text: text}
		if err := (segment.Stage{}).Process(d); err != nil {
			t.Fatal(err)
		}
		low := segment.LowerASCII(text)
		sent := doc.Span{Start: 0, End: len(text)}
		got := sentenceTokens(d, sent, low, nil, nil)
		alnum := 0
		for i := range d.Tokens {
			if d.Tokens[i].Alnum {
				alnum++
			}
			d.Tokens[i].Alnum = false // the general path for every word
		}
		want := sentenceTokens(d, sent, low, nil, nil)
		if alnum == 0 {
			t.Errorf("%q: no token marked Alnum: the test reads nothing", text)
		}
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, the general path %d", text, len(got), len(want))
		}
		for i := range got {
			got[i].hash()
			want[i].hash()
			if got[i] != want[i] {
				t.Errorf("%q: token %d = %+v, the general path %+v", text, i, got[i], want[i])
			}
		}
	}
}

// TestSentenceCursors checks that the tokens and mention actors of each
// sentence read from where the sentence before stopped (scratch.tokNext,
// mentionNext) are those a search from the start finds, in text order
// and back to front (as replayPending reads skipped sentences after
// later ones), and that the document's hyphenated mention pairs split
// the tokens as the pairs of each sentence did.
func TestSentenceCursors(t *testing.T) {
	d := worldDoc(t, "Russia and Ukraine held talks in Istanbul on Monday. The Russia-Ukraine talks ended without a deal, "+
		"officials in Kyiv said. Turkey's president hosted the delegations. Later, Moscow accused Kyiv of stalling.", "2022-03-29")
	if len(d.Sentences) < 3 {
		t.Fatalf("%d sentences, want several", len(d.Sentences))
	}
	c := New(nil, nil)
	low := segment.LowerASCII(d.Text)
	sorted := startsSorted(d.Mentions, func(m *doc.Mention) int { return m.Span.Start })
	compounds := actorCompounds(d, nil)
	if len(compounds) == 0 {
		t.Fatal("no hyphenated pair of mentions: the test reads no compound")
	}
	order := make([]int, 0, 2*len(d.Sentences))
	for si := range d.Sentences {
		order = append(order, si)
	}
	for si := len(d.Sentences) - 1; si >= 0; si-- {
		order = append(order, si)
	}
	var tokNext, mentionNext int
	for _, si := range order {
		sent := d.Sentences[si]
		got := splitActorCompounds(d, sent, sentenceTokens(d, sent, low, nil, &tokNext), compounds, sorted, low)
		want := splitActorCompounds(d, sent, sentenceTokens(d, sent, low, nil, nil), actorCompounds(&doc.Doc{Text: d.Text,
			Mentions: mentionsIn(d.Mentions, sent)}, nil), sorted, low)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("sentence %d: tokens %v, from the start %v", si, got, want)
		}
		gotActs := c.mentionActors(d, sent, got, kb.Date{}, sorted, nil, &mentionNext, nil)
		wantActs := c.mentionActors(d, sent, got, kb.Date{}, sorted, nil, nil, nil)
		if fmt.Sprint(gotActs) != fmt.Sprint(wantActs) {
			t.Errorf("sentence %d: actors %v, from the start %v", si, gotActs, wantActs)
		}
	}
}

// mentionsIn returns the mentions of ms inside sent.
func mentionsIn(ms []doc.Mention, sent doc.Span) []doc.Mention {
	var out []doc.Mention
	for _, m := range ms {
		if m.Span.Start >= sent.Start && m.Span.End <= sent.End {
			out = append(out, m)
		}
	}
	return out
}
