package eval

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/mention"
)

func goldTexts(d *NERDoc) []string {
	var out []string
	for _, g := range d.Gold {
		out = append(out, g.Type+":"+d.Text[g.Span.Start:g.Span.End])
	}
	return out
}

var conllTests = []struct {
	name, in string
	text     []string // text of each doc
	gold     [][]string
}{
	{"IOB1 with docstart", "-DOCSTART- O\n\nThe I-ORG\nMad I-ORG\nCapsule I-ORG\nplayed O\nin O\nJapan I-LOC\n. O\n\nJohn I-PER\nSmith I-PER\nB-PER I-PER\n\n-DOCSTART- O\n\nHi O\n",
		[]string{"The Mad Capsule played in Japan.\nJohn Smith B-PER", "Hi"},
		[][]string{{"ORG:Mad Capsule", "LOC:Japan", "PER:John Smith B-PER"}, nil}},
	{"IOB1 B- splits adjacent entities", "Bonn I-LOC\nParis B-LOC\n",
		[]string{"Bonn Paris"}, [][]string{{"LOC:Bonn", "LOC:Paris"}}},
	{"IOB2 tabs, re3d types, pronouns and common nouns dropped", "the\tB-Organisation\nUnited\tI-Organisation\nStates\tI-Organisation\nand\tO\nthe\tB-Organisation\nhospital\tI-Organisation\nlab\tI-Organisation\nin\tO\nIraq\tB-Location\nWe\tB-Organisation\n'\tO\ns\tO\nSyrian\tB-Nationality\n2014\tB-Temporal\n",
		[]string{"the United States and the hospital lab in Iraq We's Syrian 2014"},
		[][]string{{"ORG:United States", "LOC:Iraq", "MISC:Syrian"}}},
	{"all-caps US is the country, not the pronoun", "US\tB-Location\ntold\tO\nus\tB-Organisation\nand\tO\nUs\tB-Organisation\nI\tB-Person\n",
		[]string{"US told us and Us I"}, [][]string{{"LOC:US"}}},
	{"GUM bare types", "NASA\torganization\nAdministrator\tperson\nCharles\tperson\nBolden\tperson\nsaid\tO\nnew\tplace\nhomes\tplace\n",
		[]string{"NASA Administrator Charles Bolden said new homes"},
		[][]string{{"ORG:NASA", "PER:Administrator Charles Bolden"}}},
	{"a dash after a dateline's bracket keeps its spaces; a split hyphen joins", "TOKYO\tB-LOC\n(\tO\nReuters\tB-ORG\n)\tO\n-\tO\nJapan\tB-LOC\n's\tO\nal\tB-PER\n-\tI-PER\nAssad\tI-PER\n",
		[]string{"TOKYO (Reuters) - Japan's al-Assad"},
		[][]string{{"LOC:TOKYO", "ORG:Reuters", "LOC:Japan", "PER:al-Assad"}}},
}

func TestReadCoNLL(t *testing.T) {
	for _, tc := range conllTests {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := ReadCoNLL(strings.NewReader(tc.in), "test")
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != len(tc.text) {
				t.Fatalf("ReadCoNLL: %d docs; want %d", len(docs), len(tc.text))
			}
			for i, d := range docs {
				if d.Text != tc.text[i] {
					t.Errorf("doc %d text = %q; want %q", i, d.Text, tc.text[i])
				}
				if got := goldTexts(d); strings.Join(got, "|") != strings.Join(tc.gold[i], "|") {
					t.Errorf("doc %d gold = %q; want %q", i, got, tc.gold[i])
				}
				for _, s := range d.Sentences {
					if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
						t.Errorf("doc %d: bad sentence %v", i, s)
					}
				}
			}
		})
	}
}

func TestReadCoNLLBadLine(t *testing.T) {
	_, err := ReadCoNLL(strings.NewReader("Paris I-LOC\nlonely\n"), "bad.conll")
	if err == nil || !strings.Contains(err.Error(), "bad.conll:2") {
		t.Errorf("err = %v; want an error naming bad.conll:2", err)
	}
}

const meantimeSample = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Airbus</token>
<token number="1" sentence="0" t_id="2">parent</token>
<token number="2" sentence="0" t_id="3">EADS</token>
<token number="3" sentence="0" t_id="4">wins</token>
<token number="4" sentence="1" t_id="5">The</token>
<token number="5" sentence="1" t_id="6">company</token>
<token number="6" sentence="1" t_id="7">in</token>
<token number="7" sentence="1" t_id="8">Toulouse</token>
<token number="8" sentence="1" t_id="9">,</token>
<token number="9" sentence="1" t_id="10">Tom</token>
<token number="10" sentence="1" t_id="11">Enders</token>
<token number="11" sentence="1" t_id="12">said</token>
<token number="12" sentence="2" t_id="13">Unannotated</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NOM"><token_anchor t_id="5"/><token_anchor t_id="6"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="10"/><token_anchor t_id="11"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="ORG"/>
<ENTITY m_id="11" ent_type="LOC"/>
<ENTITY m_id="12" ent_type="PER"/>
<ENTITY m_id="13" ent_type="PRO"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="13"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><source m_id="3"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="4"/><target m_id="11"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="5"/><target m_id="12"/></REFERS_TO>
</Relations>
</Document>`

func TestReadMeantimeNER(t *testing.T) {
	d, err := parseMeantimeNER(strings.NewReader(meantimeSample))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Airbus parent EADS wins\nThe company in Toulouse, Tom Enders said"; d.Text != want {
		t.Errorf("text = %q; want %q (cut after the last annotated sentence)", d.Text, want)
	}
	if got, want := strings.Join(goldTexts(d), "|"), "MISC:Airbus|ORG:EADS|LOC:Toulouse|PER:Tom Enders"; got != want {
		t.Errorf("gold = %q; want %q", got, want)
	}
	if len(d.Sentences) != 2 {
		t.Errorf("sentences = %v; want 2", d.Sentences)
	}
	if _, err := parseMeantimeNER(strings.NewReader("<html></html>")); err == nil {
		t.Errorf("a non-MEANTIME file gave no error")
	}
}

// TestReadMeantimeNERPremodifier: a name as a premodifier (PRE.NAM) is
// gold too, and a span annotated twice counts once.
func TestReadMeantimeNERPremodifier(t *testing.T) {
	src := strings.Replace(meantimeSample, `<ENTITY_MENTION m_id="1" syntactic_type="NAM">`, `<ENTITY_MENTION m_id="1" syntactic_type="PRE.NAM">`, 1)
	src = strings.Replace(src, `<ENTITY m_id="10"`, `<ENTITY_MENTION m_id="6" syntactic_type="PRE.NAM"><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY m_id="10"`, 1)
	src = strings.Replace(src, `<source m_id="3"/>`, `<source m_id="3"/><source m_id="6"/>`, 1)
	d, err := parseMeantimeNER(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(goldTexts(d), "|"), "MISC:Airbus|ORG:EADS|LOC:Toulouse|PER:Tom Enders"; got != want {
		t.Errorf("gold = %q; want %q", got, want)
	}
}

func TestScoreNER(t *testing.T) {
	sp := func(s, e int) doc.Span { return doc.Span{Start: s, End: e} }
	text := "John Smith of Acme met Israeli envoys in Paris and Rome."
	gold := []NERSpan{{Span: sp(0, 10), Type: NERPerson}, {Span: sp(14, 18), Type: NEROrg}, {Span: sp(23, 30), Type: NERMisc}, {Span: sp(41, 46), Type: NERLoc}, {Span: sp(51, 55), Type: NERLoc}}
	sys := []NERSpan{{Span: sp(0, 10), Type: NERPerson}, {Span: sp(14, 18), Type: NERLoc}, {Span: sp(23, 30), Type: NERLoc}, {Span: sp(41, 46), Type: NERLoc}, {Span: sp(5, 10), Type: NERPerson}}
	s, diffs := ScoreNER(text, gold, sys)
	check := func(typ string, tp, fp, fn int) {
		c := *s.ByType[typ]
		if c.TP != tp || c.FP != fp || c.FN != fn {
			t.Errorf("%s = %+v; want TP %d FP %d FN %d", typ, c, tp, fp, fn)
		}
	}
	check(NERPerson, 1, 1, 0)
	check(NEROrg, 0, 0, 1)
	check(NERLoc, 1, 1, 1) // Acme typed LOC is a false positive; Rome missed; Israeli (MISC) ignored
	if s.Untyped.TP != 3 || s.Untyped.FP != 1 || s.Untyped.FN != 1 {
		t.Errorf("untyped = %+v", s.Untyped)
	}
	if len(diffs) != 3 {
		t.Errorf("diffs = %+v; want 3 (Smith spurious, Acme mistyped, Rome missed)", diffs)
	}
	if s.Overlap.TP != 2 || s.Overlap.FP != 2 || s.Overlap.FN != 2 {
		t.Errorf("overlap = %+v; want TP 2 FP 2 FN 2", s.Overlap)
	}
	p, r, f := s.Micro().PRF()
	if p != 0.5 || r != 0.5 || f != 0.5 {
		t.Errorf("micro P/R/F1 = %v/%v/%v; want 0.5 each", p, r, f)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	for _, tc := range conllTests {
		f.Add(tc.in)
	}
	f.Add("x\n\n\n-DOCSTART-\nI-PER I-PER\n' O\ns O\n( O\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadCoNLL(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, g := range d.Gold {
				if g.Span.Start < 0 || g.Span.End > len(d.Text) || g.Span.Start >= g.Span.End {
					t.Fatalf("bad gold span %v in %q", g.Span, d.Text)
				}
			}
			n := len(d.Gold)
			ProperOnly(d) // must not panic; keeps every span, marking some unscored
			if len(d.Gold) < n {
				t.Fatalf("ProperOnly dropped gold spans: %d -> %d", n, len(d.Gold))
			}
			ScoreNER(d.Text, d.Gold, d.Gold)
		}
	})
}

func FuzzReadMeantimeNER(f *testing.F) {
	f.Add(meantimeSample)
	f.Add(`<Document><token t_id="1" sentence="x">a</token></Document>`)
	f.Fuzz(func(t *testing.T, in string) {
		d, err := parseMeantimeNER(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, g := range d.Gold {
			if g.Span.Start < 0 || g.Span.End > len(d.Text) || g.Span.Start >= g.Span.End {
				t.Fatalf("bad gold span %v in %q", g.Span, d.Text)
			}
		}
	})
}

func TestSystemNERTitles(t *testing.T) {
	text := "Russian Foreign Minister Sergei Lavrov met Mr Ellwood in Paris. Lt Gen Sergei Rudskoi spoke; Israeli troops left. Spokeswoman Sandy Angers and spokeswoman Ann Lee agreed."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	ms := []doc.Mention{
		{Span: at("Russian"), Type: doc.TypeCountry, How: "demonym"},
		{Span: at("Sergei Lavrov"), Type: doc.TypePerson, TitleSpan: at("Foreign Minister"), Title: "Foreign Minister"},
		{Span: at("Ellwood"), Type: doc.TypePerson},
		{Span: at("Paris"), Type: doc.TypePlace},
		{Span: at("Sergei Rudskoi"), Type: doc.TypePerson},
		{Span: at("Israeli"), Type: doc.TypeCountry, How: "demonym"},
		{Span: at("Sandy Angers"), Type: doc.TypePerson},
		{Span: at("Ann Lee"), Type: doc.TypePerson},
	}
	show := func(spans []NERSpan) string {
		var out []string
		for _, s := range spans {
			out = append(out, s.Type+":"+text[s.Span.Start:s.Span.End])
		}
		return strings.Join(out, "|")
	}
	if got, want := show(SystemNER(text, ms, SystemOptions{})), "MISC:Russian|PER:Sergei Lavrov|PER:Ellwood|LOC:Paris|PER:Sergei Rudskoi|MISC:Israeli|PER:Sandy Angers|PER:Ann Lee"; got != want {
		t.Errorf("plain = %q; want %q", got, want)
	}
	if got, want := show(SystemNER(text, ms, SystemOptions{Titles: true})), "PER:Russian Foreign Minister Sergei Lavrov|PER:Mr Ellwood|LOC:Paris|PER:Lt Gen Sergei Rudskoi|MISC:Israeli|PER:Spokeswoman Sandy Angers|PER:Ann Lee"; got != want {
		t.Errorf("titles = %q; want %q", got, want)
	}
	if got, want := show(SystemNER(text, ms, SystemOptions{DemonymsLOC: true})), "LOC:Russian|PER:Sergei Lavrov|PER:Ellwood|LOC:Paris|PER:Sergei Rudskoi|LOC:Israeli|PER:Sandy Angers|PER:Ann Lee"; got != want {
		t.Errorf("demonyms = %q; want %q", got, want)
	}
}

func TestSystemNERJoinPlaces(t *testing.T) {
	text := "Plants in Mobile, Alabama, near Toulouse, France, and in Paris, London and Rome."
	var ms []doc.Mention
	for _, w := range []string{"Mobile", "Alabama", "Toulouse", "France", "Paris", "London", "Rome"} {
		i := strings.Index(text, w)
		ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(w)}, Type: doc.TypePlace})
	}
	var got []string
	for _, s := range SystemNER(text, ms, SystemOptions{JoinPlaces: true}) {
		got = append(got, text[s.Span.Start:s.Span.End])
	}
	if g, want := strings.Join(got, "|"), "Mobile, Alabama|Toulouse, France|Paris|London|Rome"; g != want {
		t.Errorf("joined = %q; want %q", g, want)
	}
}

// TestSystemNERDeterminer: a system span's leading "The" is dropped as
// nerTrimGold drops it from gold spans, so "The Hague" (and "THE HAGUE"
// in a dateline) match gold "the Hague"; a one-word span is kept.
func TestSystemNERDeterminer(t *testing.T) {
	text := "THE HAGUE - Judges in The Hague and Theresa May met."
	var ms []doc.Mention
	for _, w := range []string{"THE HAGUE", "The Hague", "Theresa May"} {
		i := strings.Index(text, w)
		typ := doc.TypePlace
		if w == "Theresa May" {
			typ = doc.TypePerson
		}
		ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(w)}, Type: typ})
	}
	var got []string
	for _, s := range SystemNER(text, ms, SystemOptions{}) {
		got = append(got, text[s.Span.Start:s.Span.End])
	}
	if g, want := strings.Join(got, "|"), "HAGUE|Hague|Theresa May"; g != want {
		t.Errorf("spans = %q; want %q", g, want)
	}
}

// TestSystemNERTitlesPlace: a country after a preposition of place
// before a title is where the person is, not whose title it is.
func TestSystemNERTitlesPlace(t *testing.T) {
	text := "In Turkey Minister Ellwood met them. US Secretary Kerry spoke."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	ms := []doc.Mention{
		{Span: at("Turkey"), Type: doc.TypeCountry, How: "alias"},
		{Span: at("Ellwood"), Type: doc.TypePerson, TitleSpan: at("Minister"), Title: "Minister"},
		{Span: at("US"), Type: doc.TypeCountry, How: "alias"},
		{Span: at("Kerry"), Type: doc.TypePerson, TitleSpan: at("Secretary"), Title: "Secretary"},
	}
	var got []string
	for _, s := range SystemNER(text, ms, SystemOptions{Titles: true}) {
		got = append(got, s.Type+":"+text[s.Span.Start:s.Span.End])
	}
	if g, want := strings.Join(got, "|"), "LOC:Turkey|PER:Minister Ellwood|PER:US Secretary Kerry"; g != want {
		t.Errorf("got %q; want %q", g, want)
	}
}

// TestSystemNERActorsORG: with ActorsORG a country that acts and a
// capital read as its government are ORG; the country as a place and
// demonyms are not.
func TestSystemNERActorsORG(t *testing.T) {
	text := "Iraq faces a war in Syria as Tehran denied Iranian claims."
	at := func(w string) doc.Span {
		i := strings.Index(text, w)
		return doc.Span{Start: i, End: i + len(w)}
	}
	ms := []doc.Mention{
		{Span: at("Iraq"), Type: doc.TypeCountry, How: "alias", Acts: true},
		{Span: at("Syria"), Type: doc.TypeCountry, How: "alias"},
		{Span: at("Tehran"), Type: doc.TypeCountry, How: "capital", Metonymy: true},
		{Span: at("Iranian"), Type: doc.TypeCountry, How: mention.HowDemonym},
	}
	for _, tc := range []struct {
		o    SystemOptions
		want string
	}{
		{SystemOptions{}, "LOC:Iraq|LOC:Syria|LOC:Tehran|MISC:Iranian"},
		{SystemOptions{ActorsORG: true}, "ORG:Iraq|LOC:Syria|ORG:Tehran|MISC:Iranian"},
		{SystemOptions{ActorsORG: true, DemonymsLOC: true}, "ORG:Iraq|LOC:Syria|ORG:Tehran|LOC:Iranian"},
	} {
		var got []string
		for _, s := range SystemNER(text, ms, tc.o) {
			got = append(got, s.Type+":"+text[s.Span.Start:s.Span.End])
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%+v: got %q; want %q", tc.o, g, tc.want)
		}
	}
}

// TestProperOnly: GUM-style gold with common-noun mentions; only spans
// headed by a proper name stay scored, and system spans inside the others
// count neither way.
func TestProperOnly(t *testing.T) {
	in := "Fishermen\tperson\nsaw\tO\nthe\torganization\nIndonesian\torganization\nNavy\torganization\noff\tO\nthe\tplace\ncoast\tplace\nof\tplace\nAceh\tplace\n,\tplace\nIndonesia\tplace\n.\tO\n\n" +
		"Obama\tperson\nmet\tO\nClaudia\tperson\nMo\tperson\nof\tperson\nthe\tperson\nCivic\tperson\nParty\tperson\nand\tO\nthe\torganization\nChinese\torganization\ngovernment\torganization\nabout\tO\nthe\tobject\nTom\tobject\nCruise\tobject\nvideo\tobject\n.\tO\n\n" +
		"Police\tperson\nsaid\tO\nObama\tperson\nand\tO\nNASA\torganization\nagreed\tO\n.\tO\n"
	docs, err := ReadCoNLL(strings.NewReader(in), "gum")
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	ProperOnly(d)
	var kept, unscored []string
	for _, g := range d.Gold {
		w := d.Text[g.Span.Start:g.Span.End]
		if g.Type == NERUnscored {
			unscored = append(unscored, w)
		} else {
			kept = append(kept, g.Type+":"+w)
		}
	}
	if got, want := strings.Join(kept, "|"), "ORG:Indonesian Navy|PER:Obama|PER:Claudia Mo of the Civic Party|PER:Obama|ORG:NASA"; got != want {
		t.Errorf("kept = %q; want %q", got, want)
	}
	// "Fishermen" opens its sentence and is never written capitalised
	// elsewhere: a common noun. "Police" likewise.
	if got, want := strings.Join(unscored, "|"), "Fishermen|coast of Aceh, Indonesia|Chinese government|Police|the Tom Cruise video"; got != want {
		t.Errorf("unscored = %q; want %q", got, want)
	}
	at := func(s string) doc.Span {
		i := strings.Index(d.Text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	sys := []NERSpan{{Span: at("Indonesian Navy"), Type: NEROrg}, {Span: at("Aceh"), Type: NERLoc}, {Span: at("Indonesia."), Type: NERLoc}, {Span: at("Tom Cruise"), Type: NERPerson}, {Span: at("Civic Party"), Type: NEROrg}, {Span: at("Claudia Mo"), Type: NERPerson}}
	sys[2].Span.End-- // "Indonesia" without the full stop
	s, _ := ScoreNER(d.Text, d.Gold, sys)
	m := s.Micro()
	// TP Indonesian Navy; Aceh, Indonesia, Tom Cruise not scored (inside
	// unscored spans), nor Civic Party (an organisation inside a scored
	// person span: a nested name the conversion dropped); FP Claudia Mo (a
	// person inside a person span: a boundary error); FN Obama, Claudia
	// Mo…, Obama, NASA
	if m.TP != 1 || m.FP != 1 || m.FN != 4 {
		t.Errorf("micro = %+v; want TP 1 FP 1 FN 4", m)
	}
	if s.Overlap.TP != 2 || s.Overlap.FP != 0 || s.Overlap.FN != 3 {
		t.Errorf("overlap = %+v; want TP 2 FP 0 FN 3", s.Overlap)
	}
	// without ProperOnly (no Flat spans) the nested organisation counts
	for i := range d.Gold {
		d.Gold[i].Flat = false
	}
	if s, _ := ScoreNER(d.Text, d.Gold, sys); s.Micro().FP != 2 {
		t.Errorf("micro without Flat = %+v; want FP 2", s.Micro())
	}
	// without the option every span with a capital is scored
	plain, _ := ReadCoNLL(strings.NewReader(in), "gum")
	if n := len(plain[0].Gold); n != 9 {
		t.Errorf("plain gold = %d spans; want 9", n)
	}
}

// TestSystemNERDescriptors: with Descriptors a person or organisation
// span takes in the descriptive noun phrase before the name, as MEANTIME
// and GUM annotate it; a name before the phrase stays a mention of its
// own, and one after a preposition of place is left out.
func TestSystemNERDescriptors(t *testing.T) {
	type m struct{ w, typ string }
	for _, tc := range []struct {
		text string
		ms   []m
		want string
	}{
		{"The US car manufacturer General Motors said so.", []m{{"US", doc.TypeCountry}, {"General Motors", doc.TypeOrganization}}, "LOC:US|ORG:US car manufacturer General Motors"},
		{"Automaker GM to cut jobs", []m{{"GM", doc.TypeOrganization}}, "ORG:Automaker GM"},
		{"Facebook creator Mark Zuckerberg wrote.", []m{{"Facebook", doc.TypeOrganization}, {"Mark Zuckerberg", doc.TypePerson}}, "ORG:Facebook|PER:Facebook creator Mark Zuckerberg"},
		{"Members included actor Jason Beghe.", []m{{"Jason Beghe", doc.TypePerson}}, "PER:actor Jason Beghe"},
		{"As coauthor Colette Heald told us.", []m{{"Colette Heald", doc.TypePerson}}, "PER:coauthor Colette Heald"},
		{"Nobody in Texas student Ahmed Mohamed knew.", []m{{"Texas", doc.TypePlace}, {"Ahmed Mohamed", doc.TypePerson}}, "LOC:Texas|PER:student Ahmed Mohamed"},
		{"while pro-Beijing veteran politician Wong Kwok-hing lost", []m{{"Beijing", doc.TypePlace}, {"Wong Kwok-hing", doc.TypePerson}}, "LOC:Beijing|PER:veteran politician Wong Kwok-hing"},
		{"The deal said Jane Doe, with Acme.", []m{{"Jane Doe", doc.TypePerson}, {"Acme", doc.TypeOrganization}}, "PER:Jane Doe|ORG:Acme"},
		{"They were approved by the firm Acme.", []m{{"Acme", doc.TypeOrganization}}, "ORG:firm Acme"},
	} {
		var ms []doc.Mention
		for _, x := range tc.ms {
			i := strings.Index(tc.text, x.w)
			ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(x.w)}, Type: x.typ})
		}
		var got []string
		for _, s := range SystemNER(tc.text, ms, SystemOptions{Descriptors: true}) {
			got = append(got, s.Type+":"+tc.text[s.Span.Start:s.Span.End])
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q; want %q", tc.text, g, tc.want)
		}
	}
}

// TestNERTrimGoldParticle: a gold name whose lower-case particle is
// hyphened or elided to its capitalised part ("al-Qaeda") is a proper
// name and scored; a span with no capital ("the lab") is not.
func TestNERTrimGoldParticle(t *testing.T) {
	for _, tc := range []struct {
		toks []string
		ok   bool
	}{
		{[]string{"al-Qaeda"}, true},
		{[]string{"d'Ivoire"}, true},
		{[]string{"Boko", "Haram"}, true},
		{[]string{"the", "hospital", "lab"}, false},
		{[]string{"state-run", "media"}, false},
		{[]string{"pro-Beijing", "camp"}, false},
	} {
		if _, _, ok := nerTrimGold(tc.toks, 0, len(tc.toks)); ok != tc.ok {
			t.Errorf("nerTrimGold(%q) kept %v; want %v", tc.toks, ok, tc.ok)
		}
	}
}
