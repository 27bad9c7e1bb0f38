package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/verify"
)

func date(s string) kb.Date {
	d, err := kb.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// testKB is a small world: Iran's foreign ministers (complete list from
// 2013), its abolished premiership, Israel's ambassadors with year
// precision, a dead speaker and Iran–Israel/Iran–Saudi relations.
func testKB() *kb.KB {
	k := kb.New()
	k.AddSource(kb.Source{Name: "t", AsOf: date("2025-06-30")})
	for _, a := range []kb.Actor{
		{ID: "IRN", Kind: kb.KindCountry, Name: "Iran"},
		{ID: "ISR", Kind: kb.KindCountry, Name: "Israel"},
		{ID: "SAU", Kind: kb.KindCountry, Name: "Saudi Arabia"},
		{ID: "RUS", Kind: kb.KindCountry, Name: "Russia"},
		{ID: "p.zarif", Kind: kb.KindPerson, Name: "Mohammad Javad Zarif", Source: "t"},
		{ID: "p.aa", Kind: kb.KindPerson, Name: "Hossein Amir-Abdollahian", Died: date("2024-05-19"), Source: "t"},
		{ID: "p.bk", Kind: kb.KindPerson, Name: "Ali Bagheri Kani", Source: "t"},
		{ID: "p.araghchi", Kind: kb.KindPerson, Name: "Abbas Araghchi", Source: "t"},
		{ID: "p.ayalon", Kind: kb.KindPerson, Name: "Danny Ayalon", Source: "t"},
		{ID: "p.lavrov", Kind: kb.KindPerson, Name: "Sergey Lavrov", Source: "t"},
		{ID: "p.mousavi", Kind: kb.KindPerson, Name: "Mir-Hossein Mousavi", Source: "t"},
		{ID: "p.young", Kind: kb.KindPerson, Name: "Reza Javan", Born: date("1996-04-02"), Source: "t"},
		{ID: "p.old", Kind: kb.KindPerson, Name: "Hassan Pir", Source: "t"},
	} {
		k.AddActor(a)
	}
	for _, o := range []kb.Office{
		{ID: "IRN.foreign_minister", Country: "IRN", Key: "foreign_minister", Name: "Minister of Foreign Affairs of Iran", Single: true, CompleteFrom: date("2013-08-15"), Source: "t"},
		{ID: "IRN.prime_minister", Country: "IRN", Key: "prime_minister", Name: "Prime Minister of Iran", To: date("1989-08-03"), Source: "t"},
		{ID: "ISR.ambassador:USA", Country: "ISR", Key: "ambassador:USA", Name: "Ambassador of Israel to the United States", Source: "t"},
		{ID: "RUS.foreign_minister", Country: "RUS", Key: "foreign_minister", Name: "Minister of Foreign Affairs of Russia", Source: "t"},
		{ID: "IRN.defence_minister", Country: "IRN", Key: "defence_minister", Name: "Minister of Defence of Iran", Single: true, CompleteFrom: date("2013-08-15"), Source: "t"},
	} {
		k.AddOffice(o)
	}
	for _, r := range []kb.Role{
		{ID: "r.zarif", Person: "p.zarif", Office: "IRN.foreign_minister", Title: "Foreign Minister of Iran", Country: "IRN", Start: date("2013-08-15"), End: date("2021-08-25"), Source: "t"},
		{ID: "r.aa", Person: "p.aa", Office: "IRN.foreign_minister", Title: "Foreign Minister of Iran", Country: "IRN", Start: date("2021-08-25"), End: date("2024-05-19"), EndReason: "died", Source: "t"},
		{ID: "r.bk", Person: "p.bk", Office: "IRN.foreign_minister", Title: "Foreign Minister of Iran", Country: "IRN", Start: date("2024-05-20"), End: date("2024-08-21"), Qualifier: "acting", Source: "t"},
		{ID: "r.araghchi", Person: "p.araghchi", Office: "IRN.foreign_minister", Title: "Foreign Minister of Iran", Country: "IRN", Start: date("2024-08-21"), Source: "t"},
		{ID: "r.ayalon", Person: "p.ayalon", Office: "ISR.ambassador:USA", Title: "Ambassador of Israel to the United States", Country: "ISR", Start: date("2002"), End: date("2006"), Source: "t"},
		{ID: "r.lavrov", Person: "p.lavrov", Office: "RUS.foreign_minister", Title: "Foreign Minister of Russia", Country: "RUS", Start: date("2004-03-09"), Source: "t"},
		{ID: "r.old", Person: "p.old", Office: "IRN.defence_minister", Title: "Defence Minister of Iran", Country: "IRN", Start: date("2005-01-01"), End: date("2009-01-01"), Source: "t"},
		{ID: "r.young", Person: "p.young", Office: "IRN.defence_minister", Title: "Defence Minister of Iran", Country: "IRN", Start: date("2022-01-01"), Source: "t"},
		{ID: "r.mousavi", Person: "p.mousavi", Office: "IRN.prime_minister", Title: "Prime Minister of Iran", Country: "IRN", Start: date("1981-10-31"), End: date("1989-08-03"), Source: "t"},
	} {
		k.AddRole(r)
	}
	for _, r := range []kb.Relation{
		{ID: "rel.1", A: "IRN", B: "ISR", Event: kb.RelSevered, Date: date("1979-02-18"), Source: "t"},
		{ID: "rel.2", A: "SAU", B: "IRN", Event: kb.RelSevered, Date: date("2016-01-03"), Source: "t"},
		{ID: "rel.3", A: "IRN", B: "SAU", Event: kb.RelRestored, Date: date("2023-03-10"), Source: "t"},
	} {
		k.AddRelation(r)
	}
	return k
}

// claimDoc builds a doc whose text is sentence and whose one role claim
// covers the title+person phrase.
func claimDoc(sentence, phrase, title, office, country, how, mod, person, kbid, day string) *doc.Doc {
	d := &doc.Doc{Text: sentence}
	d.Sentences = []doc.Span{{Start: 0, End: len(sentence)}}
	if day != "" {
		d.Date = date(day).Time()
	}
	if phrase != "" {
		i := strings.Index(sentence, phrase)
		rc := doc.RoleClaim{Span: doc.Span{Start: i, End: i + len(phrase)}, Title: title, Office: office, Country: country, CountryHow: how, Modifier: mod, Person: person, PersonKBID: kbid, Mention: -1}
		if country != "" {
			rc.OfficeID = kb.OfficeID(country, office)
		}
		d.RoleClaims = append(d.RoleClaims, rc)
	}
	d.Fill(doc.LayerMentions)
	return d
}

func run(t *testing.T, d *doc.Doc) []doc.Finding {
	t.Helper()
	if err := verify.New(testKB()).Process(d); err != nil {
		t.Fatal(err)
	}
	return d.Findings
}

func findKind(fs []doc.Finding, kind string) *doc.Finding {
	for i := range fs {
		if fs[i].Kind == kind {
			return &fs[i]
		}
	}
	return nil
}

func TestRoleClaims(t *testing.T) {
	tests := []struct {
		name                                          string
		sentence, phrase, title, office, country, how string
		mod, person, kbid, day                        string
		kind, verdict, explains                       string
	}{
		{"held at date", "Iranian Foreign Minister Hossein Amir-Abdollahian said no.", "Iranian Foreign Minister Hossein Amir-Abdollahian", "Foreign Minister", "foreign_minister", "IRN", "adjective", "", "Hossein Amir-Abdollahian", "p.aa", "2023-06-01",
			doc.FindRoleMismatch, doc.Supported, "held this office on 2023-06-01"},
		{"after death", "Iranian Foreign Minister Hossein Amir-Abdollahian said no.", "Iranian Foreign Minister Hossein Amir-Abdollahian", "Foreign Minister", "foreign_minister", "IRN", "adjective", "", "Hossein Amir-Abdollahian", "p.aa", "2024-07-01",
			doc.FindRoleMismatch, doc.Contradicted, "Ali Bagheri Kani (acting)"},
		{"dead, no role record", "Iranian Vice President Hossein Amir-Abdollahian said no.", "Iranian Vice President Hossein Amir-Abdollahian", "Vice President", "vice_president", "IRN", "adjective", "", "Hossein Amir-Abdollahian", "p.aa", "2024-07-01",
			doc.FindRoleMismatch, doc.Contradicted, "died on 2024-05-19"},
		{"alive, no role record", "Iranian Vice President Hossein Amir-Abdollahian said no.", "Iranian Vice President Hossein Amir-Abdollahian", "Vice President", "vice_president", "IRN", "adjective", "", "Hossein Amir-Abdollahian", "p.aa", "2024-05-01",
			doc.FindRoleMismatch, doc.Unverifiable, "no record"},
		{"removal object", "Parliament impeached Foreign Minister Mohammad Javad Zarif on Tuesday.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2021-09-01",
			doc.FindRoleMismatch, doc.Supported, "until 2021-08-25"},
		{"removal object of", "Crowds cheered the ouster of Foreign Minister Mohammad Javad Zarif.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2021-09-01",
			doc.FindRoleMismatch, doc.Supported, "until 2021-08-25"},
		{"removal object, term long over", "Rebels ousted Foreign Minister Mohammad Javad Zarif.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2024-09-01",
			doc.FindRoleMismatch, doc.Unverifiable, "until the removal"},
		// an arrest years after the term is no removal: the old title
		{"arrest, term long over", "Police arrested Foreign Minister Mohammad Javad Zarif.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2024-09-01",
			doc.FindRoleMismatch, doc.Contradicted, "held this office only"},
		// an arrest on the day the term ended (a coup) is the removal
		{"arrest, term just ended", "Soldiers detained Foreign Minister Mohammad Javad Zarif.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2021-08-26",
			doc.FindRoleMismatch, doc.Supported, "until 2021-08-25"},
		{"no removal", "Police welcomed Foreign Minister Mohammad Javad Zarif.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2021-09-01",
			doc.FindRoleMismatch, doc.Contradicted, "Hossein Amir-Abdollahian"},
		{"before term", "Foreign Minister Abbas Araghchi spoke.", "Foreign Minister Abbas Araghchi", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Abbas Araghchi", "p.araghchi", "2022-01-10",
			doc.FindRoleMismatch, doc.Contradicted, "Hossein Amir-Abdollahian"},
		{"past as-of open role", "Foreign Minister Abbas Araghchi spoke.", "Foreign Minister Abbas Araghchi", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Abbas Araghchi", "p.araghchi", "2026-02-01",
			doc.FindRoleMismatch, doc.Unverifiable, "as-of"},
		{"year precision", "Israeli Ambassador Danny Ayalon spoke.", "Israeli Ambassador Danny Ayalon", "Ambassador", "ambassador", "ISR", "adjective", "", "Danny Ayalon", "p.ayalon", "2006-06-01",
			doc.FindRoleMismatch, doc.Unverifiable, "too coarse"},
		{"year precision inside", "Israeli Ambassador Danny Ayalon spoke.", "Israeli Ambassador Danny Ayalon", "Ambassador", "ambassador", "ISR", "adjective", "", "Danny Ayalon", "p.ayalon", "2004-06-01",
			doc.FindRoleMismatch, doc.Supported, ""},
		{"ambassador later", "Israeli Ambassador Danny Ayalon spoke.", "Israeli Ambassador Danny Ayalon", "Ambassador", "ambassador", "ISR", "adjective", "", "Danny Ayalon", "p.ayalon", "2023-06-01",
			doc.FindRoleMismatch, doc.Contradicted, "2002 → 2006"},
		{"abolished office", "Prime Minister Mohammad Bagher Soltani attended.", "Prime Minister Mohammad Bagher Soltani", "Prime Minister", "prime_minister", "IRN", "context", "", "Mohammad Bagher Soltani", "", "2023-06-01",
			doc.FindOfficeNonexistent, doc.Contradicted, "abolished on 1989-08-03"},
		{"former PM fine", "Former Prime Minister Mir-Hossein Mousavi spoke.", "Former Prime Minister Mir-Hossein Mousavi", "Prime Minister", "prime_minister", "IRN", "context", "former", "Mir-Hossein Mousavi", "p.mousavi", "2009-06-01",
			doc.FindRoleMismatch, doc.Supported, ""},
		{"former while in office", "Former Foreign Minister Hossein Amir-Abdollahian spoke.", "Former Foreign Minister Hossein Amir-Abdollahian", "Foreign Minister", "foreign_minister", "IRN", "context", "former", "Hossein Amir-Abdollahian", "p.aa", "2023-06-01",
			doc.FindRoleMismatch, doc.Contradicted, "still in this office"},
		// the KB lists every foreign minister only from 2013: Araghchi
		// may have served before that
		{"former before the complete list", "Former Foreign Minister Abbas Araghchi spoke.", "Former Foreign Minister Abbas Araghchi", "Foreign Minister", "foreign_minister", "IRN", "context", "former", "Abbas Araghchi", "p.araghchi", "2012-06-01",
			doc.FindRoleMismatch, doc.Unverifiable, "an earlier term cannot be ruled out"},
		{"former inside the complete list", "Former Foreign Minister Abbas Araghchi spoke.", "Former Foreign Minister Abbas Araghchi", "Foreign Minister", "foreign_minister", "IRN", "context", "former", "Abbas Araghchi", "p.araghchi", "2022-06-01",
			doc.FindRoleMismatch, doc.Unverifiable, "an earlier term cannot be ruled out"},
		// complete since he came of age (2014): no earlier term
		{"former, complete since adulthood", "Former Defence Minister Reza Javan spoke.", "Former Defence Minister Reza Javan", "Defence Minister", "defence_minister", "IRN", "context", "former", "Reza Javan", "p.young", "2019-06-01",
			doc.FindRoleMismatch, doc.Contradicted, "took this office only on 2022-01-01"},
		// a record reaching back before the complete list is the whole record
		{"former, record before the list", "Former Defence Minister Hassan Pir spoke.", "Former Defence Minister Hassan Pir", "Defence Minister", "defence_minister", "IRN", "context", "former", "Hassan Pir", "p.old", "2003-06-01",
			doc.FindRoleMismatch, doc.Contradicted, "took this office only on 2005-01-01"},
		// a departure the text reports is judged by the term's end
		{"resigned at the end of the term", "Mohammad Javad Zarif resigned as foreign minister.", "Mohammad Javad Zarif resigned as foreign minister", "foreign minister", "foreign_minister", "IRN", "context", "outgoing", "Mohammad Javad Zarif", "p.zarif", "2021-08-26",
			doc.FindRoleMismatch, doc.Supported, "the term ended around 2021-08-26"},
		{"resigned mid-term", "Mohammad Javad Zarif resigned as foreign minister.", "Mohammad Javad Zarif resigned as foreign minister", "foreign minister", "foreign_minister", "IRN", "context", "outgoing", "Mohammad Javad Zarif", "p.zarif", "2019-02-25",
			doc.FindRoleMismatch, doc.Contradicted, "no departure around 2019-02-25"},
		{"outgoing, no departure verb", "Outgoing Foreign Minister Mohammad Javad Zarif spoke.", "Outgoing Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "outgoing", "Mohammad Javad Zarif", "p.zarif", "2021-08-01",
			doc.FindRoleMismatch, doc.Supported, "held this office on 2021-08-01"},
		{"late while alive", "The late Foreign Minister Hossein Amir-Abdollahian spoke.", "late Foreign Minister Hossein Amir-Abdollahian", "Foreign Minister", "foreign_minister", "IRN", "context", "late", "Hossein Amir-Abdollahian", "p.aa", "2023-06-01",
			doc.FindRoleMismatch, doc.Contradicted, "was alive on 2023-06-01 (died 2024-05-19)"},
		{"late after death", "The late Foreign Minister Hossein Amir-Abdollahian was mourned.", "late Foreign Minister Hossein Amir-Abdollahian", "Foreign Minister", "foreign_minister", "IRN", "context", "late", "Hossein Amir-Abdollahian", "p.aa", "2024-07-01",
			doc.FindRoleMismatch, doc.Supported, "held this office"},
		{"unknown holder complete", "Iranian Foreign Minister Ali Rezaei spoke.", "Iranian Foreign Minister Ali Rezaei", "Foreign Minister", "foreign_minister", "IRN", "adjective", "", "Ali Rezaei", "", "2023-06-01",
			doc.FindUnknownPerson, doc.Contradicted, "Hossein Amir-Abdollahian"},
		{"unknown holder variant spelling", "Iranian Foreign Minister Hosein Amirabdollahian spoke.", "Iranian Foreign Minister Hosein Amirabdollahian", "Foreign Minister", "foreign_minister", "IRN", "adjective", "", "Hosein Amirabdollahian", "", "2023-06-01",
			doc.FindUnknownPerson, doc.Contradicted, ""},
		{"unknown holder incomplete", "Iranian Foreign Minister Ali Rezaei spoke.", "Iranian Foreign Minister Ali Rezaei", "Foreign Minister", "foreign_minister", "IRN", "adjective", "", "Ali Rezaei", "", "2005-06-01",
			doc.FindUnknownPerson, doc.Unverifiable, "not complete"},
		{"wrong country", "Iranian Foreign Minister Sergey Lavrov spoke.", "Iranian Foreign Minister Sergey Lavrov", "Foreign Minister", "foreign_minister", "IRN", "adjective", "", "Sergey Lavrov", "p.lavrov", "2023-06-01",
			doc.FindRoleMismatch, doc.Contradicted, "another country"},
		{"former holder acting now", "Foreign Minister Mohammad Javad Zarif said the deal was dead.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2023-06-01",
			doc.FindRoleMismatch, doc.Contradicted, "2013-08-15 → 2021-08-25"},
		{"former holder merely mentioned", "The deal was the work of Foreign Minister Mohammad Javad Zarif.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2023-06-01",
			doc.FindRoleMismatch, doc.Unverifiable, "courtesy"},
		{"unparsed qualifier", "Former Foreign Minister Mohammad Javad Zarif spoke.", "Foreign Minister Mohammad Javad Zarif", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Mohammad Javad Zarif", "p.zarif", "2023-06-01",
			doc.FindRoleMismatch, doc.Supported, ""},
		{"unknown holder, country from context", "Foreign Minister Ali Rezaei spoke in Tehran.", "Foreign Minister Ali Rezaei", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Ali Rezaei", "", "2023-06-01",
			doc.FindUnknownPerson, doc.Unverifiable, "inferred from context"},
		{"context country yields", "Foreign Minister Sergey Lavrov spoke in Tehran.", "Foreign Minister Sergey Lavrov", "Foreign Minister", "foreign_minister", "IRN", "context", "", "Sergey Lavrov", "p.lavrov", "2023-06-01",
			doc.FindRoleMismatch, doc.Supported, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := run(t, claimDoc(tt.sentence, tt.phrase, tt.title, tt.office, tt.country, tt.how, tt.mod, tt.person, tt.kbid, tt.day))
			f := findKind(fs, tt.kind)
			if f == nil {
				t.Fatalf("no %s finding; got %+v", tt.kind, fs)
			}
			if f.Verdict != tt.verdict || !strings.Contains(f.Explanation, tt.explains) {
				t.Errorf("%s = %s (%q); want %s containing %q", tt.kind, f.Verdict, f.Explanation, tt.verdict, tt.explains)
			}
			if f.Verdict != doc.Unverifiable && len(f.Evidence) == 0 {
				t.Errorf("%s finding has no evidence", f.Verdict)
			}
		})
	}
}

func TestVariantSpellingNotContradicted(t *testing.T) {
	// A name the alias matcher missed but that shares a distinctive word
	// with the real holder is not called an impostor.
	fs := run(t, claimDoc("Iranian Foreign Minister Hossein Amirabdollahian spoke.", "Iranian Foreign Minister Hossein Amirabdollahian", "Foreign Minister", "foreign_minister", "IRN", "adjective", "", "Hossein Amirabdollahian", "", "2023-06-01"))
	if f := findKind(fs, doc.FindUnknownPerson); f == nil || f.Verdict != doc.Unverifiable {
		t.Errorf("variant spelling: %+v; want unverifiable", f)
	}
}

func TestNoCommonDateDated(t *testing.T) {
	text := "Israeli Ambassador Danny Ayalon met Iranian Foreign Minister Hossein Amir-Abdollahian."
	d := claimDoc(text, "Israeli Ambassador Danny Ayalon", "Ambassador", "ambassador", "ISR", "adjective", "", "Danny Ayalon", "p.ayalon", "2022-01-01")
	i := strings.Index(text, "Iranian")
	d.RoleClaims = append(d.RoleClaims, doc.RoleClaim{Span: doc.Span{Start: i, End: len(text) - 1}, Office: "foreign_minister", OfficeID: "IRN.foreign_minister", Country: "IRN", CountryHow: "adjective", Person: "Hossein Amir-Abdollahian", PersonKBID: "p.aa"})
	fs := run(t, d)
	f := findKind(fs, doc.FindNoCommonDate)
	if f == nil || f.Verdict != doc.Contradicted || len(f.Evidence) < 2 {
		t.Fatalf("no_common_date = %+v", f)
	}
	if d.DateWindow == nil || d.DateWindow.Consistent {
		t.Errorf("DateWindow = %+v; want inconsistent", d.DateWindow)
	}
}

func TestUndatedWindow(t *testing.T) {
	d := claimDoc("Iranian Foreign Minister Hossein Amir-Abdollahian spoke.", "Iranian Foreign Minister Hossein Amir-Abdollahian", "Foreign Minister", "foreign_minister", "IRN", "adjective", "", "Hossein Amir-Abdollahian", "p.aa", "")
	fs := run(t, d)
	if d.DateWindow == nil || d.DateWindow.From != "2021-08-25" || d.DateWindow.To != "2024-05-19" || !d.DateWindow.Consistent {
		t.Errorf("DateWindow = %+v", d.DateWindow)
	}
	for _, f := range fs {
		if f.Verdict == doc.Contradicted {
			t.Errorf("true claim flagged: %+v", f)
		}
	}
}

func relDoc(sentence, day string, countries ...string) *doc.Doc {
	d := claimDoc(sentence, "", "", "", "", "", "", "", "", day)
	for _, c := range countries {
		name := map[string]string{"IRN": "Iran", "ISR": "Israel", "SAU": "Saudi Arabia"}[c]
		i := strings.Index(sentence, name)
		d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: i, End: i + len(name)}, Text: name, Type: doc.TypeCountry, KBID: c, Entity: -1, Role: -1})
	}
	return d
}

func TestRelations(t *testing.T) {
	tests := []struct {
		sentence, day string
		countries     []string
		verdict       string
	}{
		{"Iran and Israel severed ties in 2017.", "2023-01-01", []string{"IRN", "ISR"}, doc.Contradicted},
		{"Iran and Israel severed ties in 1979.", "2023-01-01", []string{"IRN", "ISR"}, doc.Supported},
		{"Iran and Israel have never had diplomatic relations.", "2023-01-01", []string{"IRN", "ISR"}, doc.Contradicted},
		{"Saudi Arabia and Iran restored ties in 2023.", "2023-06-01", []string{"SAU", "IRN"}, doc.Supported},
		{"Saudi Arabia and Iran restored relations in 2020.", "2023-06-01", []string{"SAU", "IRN"}, doc.Contradicted},
		{"Saudi Arabia cut ties with Iran in 2016.", "2023-06-01", []string{"SAU", "IRN"}, doc.Supported},
	}
	for _, tt := range tests {
		fs := run(t, relDoc(tt.sentence, tt.day, tt.countries...))
		f := findKind(fs, doc.FindRelationContradicted)
		if f == nil || f.Verdict != tt.verdict {
			t.Errorf("%q: %+v; want %s", tt.sentence, f, tt.verdict)
		}
	}
}

// TestTwoRelationClaimsInOneSentence: "severed relations in 1979 and
// restored them in 2016" holds two claims, each checked against its own
// year: the severance holds, the restoration never happened.
func TestTwoRelationClaimsInOneSentence(t *testing.T) {
	d := relDoc("Iran severed diplomatic relations with Israel in 1979 and restored them in 2016.", "2025-03-10", "IRN", "ISR")
	got := map[string]string{}
	for _, f := range run(t, d) {
		if f.Kind == doc.FindRelationContradicted {
			got[d.Text[f.Span.Start:f.Span.End]] = f.Verdict
		}
	}
	if len(got) != 2 || got["severed diplomatic relations"] != doc.Supported || got["restored them"] != doc.Contradicted {
		t.Errorf("relation findings = %v; want severance supported, restoration contradicted", got)
	}
}

func TestSpeakerDeceased(t *testing.T) {
	text := `"We will respond," Hossein Amir-Abdollahian said on Tuesday.`
	mk := func(day, when string) *doc.Doc {
		d := claimDoc(text, "", "", "", "", "", "", "", "", day)
		d.Quotes = []doc.Quote{{Span: doc.Span{Start: 1, End: 16}, Kind: "direct", Speaker: doc.Speaker{Name: "Hossein Amir-Abdollahian", Entity: "p.aa"}, Cue: "said", CueSpan: doc.Span{Start: 44, End: 48}}}
		if when != "" {
			i := strings.Index(text, "on Tuesday")
			d.Times = []doc.Time{{Span: doc.Span{Start: i, End: i + 10}, Text: "on Tuesday", Type: "DATE", Value: when}}
		}
		return d
	}
	if f := findKind(run(t, mk("2024-07-03", "2024-07-02")), doc.FindSpeakerDeceased); f == nil || f.Verdict != doc.Contradicted {
		t.Errorf("quote after death: %+v", f)
	}
	if f := findKind(run(t, mk("2024-05-25", "2024-05-14")), doc.FindSpeakerDeceased); f != nil {
		t.Errorf("quote dated before death flagged: %+v", f)
	}
	if f := findKind(run(t, mk("2023-01-01", "")), doc.FindSpeakerDeceased); f != nil {
		t.Errorf("quote while alive flagged: %+v", f)
	}
}

func TestSourcingAndIntegrity(t *testing.T) {
	text := "Senior officials said the strike allegedly hit a depot. The claim could not be independently verified."
	d := claimDoc(text, "", "", "", "", "", "", "", "", "2023-01-01")
	d.Sentences = []doc.Span{{Start: 0, End: 55}, {Start: 56, End: len(text)}}
	d.Repairs = []doc.Repair{{Kind: "mojibake", Span: doc.Span{Start: 3, End: 4}, Before: "â€™", After: "’"}}
	fs := run(t, d)
	count := map[string]int{}
	for _, f := range fs {
		count[f.Kind]++
		if f.Verdict == doc.Contradicted {
			t.Errorf("signal given a verdict of falsehood: %+v", f)
		}
	}
	if count[doc.FindUnnamedSource] != 1 || count[doc.FindHedgedClaim] != 2 || count[doc.FindTextIntegrity] != 1 {
		t.Errorf("finding counts = %v", count)
	}
	if d.Sourcing == nil || d.Sourcing.Unnamed != 1 || d.Sourcing.Hedges != 2 {
		t.Errorf("Sourcing = %+v", d.Sourcing)
	}
}

func TestDateText(t *testing.T) {
	for _, s := range []string{"", "2006", "2006-01", "2006-01-02", "0999-12-31", "2024-10-09"} {
		var d kb.Date
		if s != "" {
			d = date(s)
		}
		if got := verify.DateTextForTest(d); got != d.String() {
			t.Errorf("dateText(%q) = %q; want %q", s, got, d.String())
		}
	}
}

// TestAnonymityPhraseJoinsItsSource: "on condition of anonymity"
// describes the unnamed source beside it, so a sentence with one such
// source yields one finding and one count, whether the source is a
// quote's speaker or a source noun; alone, the phrase is the source.
func TestAnonymityPhraseJoinsItsSource(t *testing.T) {
	for _, tc := range []struct {
		text, speaker string
		want          int
	}{
		{"A senior diplomat, who spoke on condition of anonymity, said the town remained a flashpoint.", "A senior diplomat", 1},
		{"Two officials said on condition of anonymity that the town remained a flashpoint.", "", 1},
		{"The town remained a flashpoint, a person briefed on the talks said, speaking on condition of anonymity.", "", 1},
		{"The town remained a flashpoint, the report said, citing a diplomat who spoke on condition of anonymity.", "", 1},
	} {
		d := claimDoc(tc.text, "", "", "", "", "", "", "", "", "2023-01-01")
		if tc.speaker != "" {
			i := strings.Index(tc.text, tc.speaker)
			sp := doc.Span{Start: i, End: i + len(tc.speaker)}
			d.Quotes = []doc.Quote{{Span: doc.Span{Start: strings.Index(tc.text, "the town"), End: len(tc.text) - 1}, Kind: "indirect",
				Speaker: doc.Speaker{Name: tc.speaker, Span: sp, Kind: "unnamed", Mention: -1}}}
			d.Fill(doc.LayerQuotes)
		}
		n := 0
		for _, f := range run(t, d) {
			if f.Kind == doc.FindUnnamedSource {
				n++
			}
		}
		if n != tc.want || d.Sourcing == nil || d.Sourcing.Unnamed != tc.want {
			t.Errorf("%q: %d unnamed-source findings, sourcing %+v; want %d", tc.text, n, d.Sourcing, tc.want)
		}
	}
}

// TestHedgeReported: "reported" hedges only as "reportedly", a passive
// "was reported to/that" or a modifier ("the reported strike"); an
// observer that reported something (detected it) hedges nothing.
func TestHedgeReported(t *testing.T) {
	for _, tc := range []struct {
		text   string
		hedges int
	}{
		{"Two days later, a navy aircraft reported new ships near the shoal.", 0},
		{"The patrol reported to headquarters at noon.", 0},
		{"The ships reportedly left the shoal.", 1},
		{"The commander was reported to have fled.", 1},
		{"It was reported that the ships left.", 1},
		{"The reported strike hit a depot.", 1},
	} {
		d := claimDoc(tc.text, "", "", "", "", "", "", "", "", "2023-01-01")
		n := 0
		for _, f := range run(t, d) {
			if f.Kind == doc.FindHedgedClaim {
				n++
			}
		}
		if n != tc.hedges {
			t.Errorf("%q: %d hedges; want %d", tc.text, n, tc.hedges)
		}
	}
}
