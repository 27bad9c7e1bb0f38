package mention

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// kbOf returns a KB holding only actors.
func kbOf(actors []kb.Actor) *kb.KB {
	k := kb.New()
	for _, a := range actors {
		k.AddActor(a)
	}
	return k
}

// testKB is a small KB that does not depend on the shipped data.
func testKB() *kb.KB {
	k := kbOf([]kb.Actor{
		{ID: "ISR", Kind: kb.KindCountry, Name: "Israel", Demonyms: []string{"Israeli"}, Capital: "Jerusalem", Country: "ISR"},
		{ID: "IRN", Kind: kb.KindCountry, Name: "Iran", Aliases: []string{"Islamic Republic of Iran"}, Demonyms: []string{"Iranian"}, Capital: "Tehran", Country: "IRN"},
		{ID: "USA", Kind: kb.KindCountry, Name: "United States", Aliases: []string{"US", "U.S.", "USA", "United States of America", "America"}, Demonyms: []string{"American"}, Capital: "Washington", Country: "USA"},
		{ID: "SYR", Kind: kb.KindCountry, Name: "Syria", Demonyms: []string{"Syrian"}, Capital: "Damascus", Country: "SYR"},
		{ID: "TUR", Kind: kb.KindCountry, Name: "Turkey", Aliases: []string{"Türkiye"}, Demonyms: []string{"Turkish"}, Capital: "Ankara", Country: "TUR"},
		{ID: "LBN", Kind: kb.KindCountry, Name: "Lebanon", Demonyms: []string{"Lebanese"}, Capital: "Beirut", Country: "LBN"},
		{ID: "CHN", Kind: kb.KindCountry, Name: "China", Aliases: []string{"People's Republic of China"}, Demonyms: []string{"Chinese"}, Capital: "Beijing", Country: "CHN"},
		{ID: "TCD", Kind: kb.KindCountry, Name: "Chad", Demonyms: []string{"Chadian"}, Capital: "N'Djamena", Country: "TCD"},
		{ID: "GBR", Kind: kb.KindCountry, Name: "United Kingdom", Aliases: []string{"UK", "Britain"}, Demonyms: []string{"British"}, Capital: "London", Country: "GBR"},
		{ID: "PSE.gaza", Kind: kb.KindPlace, Name: "Gaza Strip", Aliases: []string{"Gaza"}, Country: "PSE"},
		{ID: "org.un", Kind: kb.KindOrganization, Name: "United Nations", Aliases: []string{"UN", "U.N."}},
		{ID: "org.nato", Kind: kb.KindOrganization, Name: "NATO"},
		{ID: "org.irgc", Kind: kb.KindOrganization, Name: "Islamic Revolutionary Guard Corps", Aliases: []string{"IRGC", "Revolutionary Guards", "Iran's Revolutionary Guards"}, Country: "IRN"},
		{ID: "grp.hezbollah", Kind: kb.KindArmedGroup, Name: "Hezbollah", Aliases: []string{"Hizbollah"}, Country: "LBN"},
		{ID: "grp.hamas", Kind: kb.KindArmedGroup, Name: "Hamas"},
		{ID: "grp.wagner", Kind: kb.KindArmedGroup, Name: "Wagner Group", Aliases: []string{"Wagner"}},
		{ID: "grp.let", Kind: kb.KindArmedGroup, Name: "Lashkar-e-Taiba", Aliases: []string{"LeT"}},
		{ID: "grp.is", Kind: kb.KindArmedGroup, Name: "Islamic State", Aliases: []string{"IS", "ISIS", "ISIL"}},
		{ID: "person.hossein-amir-abdollahian", Kind: kb.KindPerson, Name: "Hossein Amir-Abdollahian", Aliases: []string{"Amir-Abdollahian"}, Country: "IRN"},
		{ID: "person.ali-khamenei", Kind: kb.KindPerson, Name: "Ali Khamenei", Aliases: []string{"Khamenei"}, Country: "IRN"},
		{ID: "person.bashar-al-assad", Kind: kb.KindPerson, Name: "Bashar al-Assad", Aliases: []string{"Assad"}, Country: "SYR"},
		{ID: "person.recep-tayyip-erdogan", Kind: kb.KindPerson, Name: "Recep Tayyip Erdoğan", Aliases: []string{"Erdoğan"}, Country: "TUR"},
		{ID: "person.naftali-bennett", Kind: kb.KindPerson, Name: "Naftali Bennett", Country: "ISR"},
		{ID: "person.danny-ayalon", Kind: kb.KindPerson, Name: "Danny Ayalon", Country: "ISR"},
		{ID: "person.ali-soltani", Kind: kb.KindPerson, Name: "Ali Soltani", Aliases: []string{"Soltani"}, Country: "IRN"},
		{ID: "person.antonio-guterres", Kind: kb.KindPerson, Name: "António Guterres", Aliases: []string{"Guterres"}, Country: "PRT"},
	})
	k.AddOffice(kb.Office{ID: "UN.secretary_general", Country: "UN", Key: kb.OfficeSecretaryGeneral})
	return k
}

// sentences splits text after ".", "?" or "!" followed by a space or a
// line break, and at line breaks, for tests that do not run the segment
// stage. It does not split after a single capital letter ("U.S.") or
// "Mr", "Dr", "Mt", "Ft".
func sentences(text string) []doc.Span {
	var out []doc.Span
	start := 0
	cut := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		if s < e {
			out = append(out, doc.Span{Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			cut(i)
			continue
		}
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		end := i + 1
		if end < len(text) && text[end] == '"' {
			end++
		}
		if end < len(text) && text[end] != ' ' && text[end] != '\n' {
			continue
		}
		if c == '.' && (i >= 2 && text[i-2] == '.' || strings.HasSuffix(text[:i], "Mr") || strings.HasSuffix(text[:i], "Dr") || strings.HasSuffix(text[:i], " Mt") || strings.HasSuffix(text[:i], " Ft") || i >= 2 && text[i-2] == ' ' && text[i-1] >= 'A' && text[i-1] <= 'Z') {
			continue
		}
		cut(end)
		i = end - 1
	}
	cut(len(text))
	return out
}

var sharedStage *Stage

func stage() *Stage {
	if sharedStage == nil {
		sharedStage = New(testKB(), Options{})
	}
	return sharedStage
}

func analyze(t testing.TB, s *Stage, text string) *doc.Doc {
	t.Helper()
	d := &doc.Doc{Text: text}
	d.Fill(doc.LayerText)
	d.Sentences = sentences(text)
	d.Fill(doc.LayerSentences)
	if err := s.Process(d); err != nil {
		t.Fatalf("Process(%q): %v", text, err)
	}
	return d
}

// mentionList renders mentions as "text/type/kbid/how" for comparisons.
func mentionList(d *doc.Doc) []string {
	var out []string
	for _, m := range d.Mentions {
		out = append(out, m.Text+"/"+m.Type+"/"+m.KBID+"/"+m.How)
	}
	return out
}

// checkMentions fails t unless each want entry ("text/type/kbid/how", see
// mentionList) is one of d's mentions and no mention matches an absent
// entry: a mention text ("Ocean") or a leading part of the same form
// ("Corder/organization", "Assad/person/person.bashar-al-assad").
func checkMentions(t *testing.T, d *doc.Doc, text string, want, absent []string) {
	t.Helper()
	got := mentionList(d)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("Process(%q): missing mention %s; got %v", text, w, got)
		}
	}
	for _, a := range absent {
		for _, g := range got {
			if g == a || strings.HasPrefix(g, a+"/") {
				t.Errorf("Process(%q): unwanted mention %s; got %v", text, a, got)
			}
		}
	}
}

// A claimCase is a sentence, its date, and the role claim it must give
// about person: the office id and the modifier.
type claimCase struct{ text, date, person, office, modifier string }

// checkClaims runs each case through the stage with the shipped KB and
// checks the claims about its person.
func checkClaims(t *testing.T, cases []claimCase) {
	t.Helper()
	for _, tc := range cases {
		d := analyzeShipped(t, tc.text, tc.date)
		found := false
		for _, c := range d.RoleClaims {
			if c.Person != tc.person {
				continue
			}
			found = true
			if c.OfficeID != tc.office || c.Modifier != tc.modifier {
				t.Errorf("%q: claim office %q modifier %q; want %q %q", tc.text, c.OfficeID, c.Modifier, tc.office, tc.modifier)
			}
		}
		if !found {
			t.Errorf("%q: no claim about %s; claims %+v", tc.text, tc.person, d.RoleClaims)
		}
	}
}

// checkNoClaims checks that none of texts, dated date, gives a role claim.
func checkNoClaims(t *testing.T, date string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if d := analyzeShipped(t, text, date); len(d.RoleClaims) > 0 {
			t.Errorf("%q: claims %+v; want none", text, d.RoleClaims)
		}
	}
}

// checkClaimOffice reports when d holds no role claim about person, or
// one about him that is not of office.
func checkClaimOffice(t *testing.T, d *doc.Doc, text, person, office string) {
	t.Helper()
	found := false
	for _, c := range d.RoleClaims {
		if c.Person != person {
			continue
		}
		found = true
		if c.OfficeID != office {
			t.Errorf("%q: %s claim office %q; want %q", text, person, c.OfficeID, office)
		}
	}
	if !found {
		t.Errorf("%q: no claim about %s; claims %+v", text, person, d.RoleClaims)
	}
}

// checkLastClaim reports when the last role claim about person is not of
// office ("" wants no claim about him).
func checkLastClaim(t *testing.T, d *doc.Doc, text, person, office string) {
	t.Helper()
	got := ""
	for _, c := range d.RoleClaims {
		if c.Person == person {
			got = c.OfficeID
		}
	}
	if got != office {
		t.Errorf("%q: %s claim office %q; want %q (claims %+v)", text, person, got, office, d.RoleClaims)
	}
}

// corefCase is a text whose mention at occurrence n of short must be
// the entity of the mention at the first occurrence of full (same == true)
// or another entity or none (same == false); kbid, when set, is the KB id
// the short form must carry.
type corefCase struct {
	text, full, short string
	n                 int
	same              bool
	kbid              string
}

func checkCoref(t *testing.T, date string, cases []corefCase) {
	t.Helper()
	for _, tc := range cases {
		d := analyzeShipped(t, tc.text, date)
		f, s := mentionAt(d, tc.full, 0), mentionAt(d, tc.short, tc.n)
		if f == nil {
			t.Errorf("%q: no mention at %q; all %v", tc.text, tc.full, mentionList(d))
			continue
		}
		if !tc.same {
			if s != nil && s.Entity == f.Entity {
				t.Errorf("%q: %q joins %q; want apart; all %v", tc.text, tc.short, tc.full, mentionList(d))
			}
			continue
		}
		if s == nil || s.Entity != f.Entity {
			t.Errorf("%q: %q is not %q's entity; all %v", tc.text, tc.short, tc.full, mentionList(d))
			continue
		}
		if tc.kbid != "" && s.KBID != tc.kbid {
			t.Errorf("%q: %q KB id %q; want %q", tc.text, tc.short, s.KBID, tc.kbid)
		}
	}
}

// A titleCase is a text, a person named in it and the title the
// person's first mention should carry ("" for none).
type titleCase struct{ text, person, title string }

// checkTitles analyses each case with the shipped KB and compares the
// title of the person's first mention.
func checkTitles(t *testing.T, cases []titleCase) {
	t.Helper()
	for _, tc := range cases {
		d := analyzeShipped(t, tc.text, "")
		m := mentionAt(d, tc.person, 0)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.person)
			continue
		}
		if m.Title != tc.title {
			t.Errorf("%q: %q title %q; want %q", tc.text, tc.person, m.Title, tc.title)
		}
	}
}
