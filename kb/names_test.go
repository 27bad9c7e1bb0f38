package kb

import (
	"strings"
	"testing"
)

const namesKB = `{"type":"source","name":"t","as_of":"2025-06-30"}
{"type":"actor","id":"IRN","kind":"country","name":"Iran","aliases":["Islamic Republic of Iran"],"demonyms":["Iranian"],"capital":"Tehran","source":"t"}
{"type":"actor","id":"person.hossein-amir-abdollahian","kind":"person","name":"Hossein Amir-Abdollahian","died":"2024-05-19","source":"t"}
{"type":"actor","id":"person.recep-tayyip-erdogan","kind":"person","name":"Recep Tayyip Erdoğan","source":"t"}
{"type":"actor","id":"person.ali-khamenei","kind":"person","name":"Ali Khamenei","source":"t"}
{"type":"actor","id":"person.mohammad-khatami","kind":"person","name":"Mohammad Khatami","source":"t"}
{"type":"actor","id":"org.irgc","kind":"organization","name":"Islamic Revolutionary Guard Corps","aliases":["IRGC"],"country":"IRN","source":"t"}
{"type":"office","id":"IRN.prime_minister","name":"Prime Minister of Iran","single":true,"to":"1989-08-03","source":"t"}
{"type":"office","id":"IRN.foreign_minister","name":"Foreign Minister of Iran","single":true,"complete_from":"2000","source":"t"}
{"type":"role","person":"person.hossein-amir-abdollahian","office":"IRN.foreign_minister","start":"2021-08-25","end":"2024-05-19","end_reason":"died","source":"t"}
{"type":"role","person":"person.ali-khamenei","office":"IRN.foreign_minister","start":"2019","source":"t"}
{"type":"office","id":"IRN.king","name":"King of Iran","single":true,"never":true,"source":"t"}
`

func namesTestKB(t *testing.T) *KB {
	t.Helper()
	k := New()
	if err := Load(strings.NewReader(namesKB), "names.jsonl", k); err != nil {
		t.Fatal(err)
	}
	return k
}

func TestLookup(t *testing.T) {
	k := namesTestKB(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"Iran", []string{"IRN"}},
		{"IRN", []string{"IRN"}},
		{"iranian", []string{"IRN"}},
		{"Tehran", []string{"IRN"}},
		{"Amir Abdollahian", []string{}}, // not a full name: last-name search
		{"Hossein Amir Abdollahian", []string{"person.hossein-amir-abdollahian"}}, // hyphen-insensitive
		{"Erdogan", []string{"person.recep-tayyip-erdogan"}},                      // last name, without diacritics
		{"Khamenei", []string{"person.ali-khamenei"}},
		{"Moha", []string{"person.mohammad-khatami"}}, // prefix
		{"irgc", []string{"org.irgc"}},
		{"Nobody Atall", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := k.Lookup(tt.q)
		var ids []string
		for _, a := range got {
			ids = append(ids, a.ID)
		}
		if tt.want != nil && len(tt.want) == 0 {
			if len(ids) == 0 {
				t.Errorf("Lookup(%q) = none; want some", tt.q)
			}
			continue
		}
		if strings.Join(ids, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Lookup(%q) = %v; want %v", tt.q, ids, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	k := namesTestKB(t)
	kinds := map[string]NameKind{}
	for _, n := range k.Names() {
		kinds[n.Folded] = n.Kind
	}
	want := map[string]NameKind{"iran": NameCanonical, "islamic republic of iran": NameAlias, "iranian": NameDemonym, "tehran": NameCapital, "hossein amir abdollahian": NameCanonical}
	for f, kind := range want {
		if got, ok := kinds[f]; !ok || got != kind {
			t.Errorf("name %q: kind %v (found %v); want %v", f, got, ok, kind)
		}
	}
	if got := k.NamesFolded("tehran"); len(got) != 1 || got[0].Actor.ID != "IRN" {
		t.Errorf("NamesFolded(tehran) = %v; want Iran's capital", got)
	}
}

func TestTitles(t *testing.T) {
	k := namesTestKB(t)
	d := mustDate
	if o, ok := k.OfficeFor("IRN", OfficePrimeMinister); !ok || o.Name != "Prime Minister of Iran" {
		t.Errorf("OfficeFor(IRN, prime_minister) = %v, %v", o, ok)
	}
	exists := []struct {
		office, day string
		want        Truth
	}{
		{"IRN.prime_minister", "1989-08-03", True},
		{"IRN.prime_minister", "1989-08-04", False},
		{"IRN.prime_minister", "2024-01-01", False},
		{"IRN.foreign_minister", "2020-01-01", True},
		{"IRN.foreign_minister", "2025-07-01", Unknown}, // after the source's as-of date
		{"IRN.grand_vizier", "2020-01-01", Unknown},
		{"IRN.king", "2020-01-01", False}, // never existed (a fact for the test only)
		{"IRN.king", "1900-01-01", False},
	}
	for _, tt := range exists {
		if got := k.OfficeExists(tt.office, d(tt.day)); got != tt.want {
			t.Errorf("OfficeExists(%s, %s) = %s; want %s", tt.office, tt.day, got, tt.want)
		}
	}
	holds := []struct {
		person, office, day string
		want                Truth
	}{
		{"person.hossein-amir-abdollahian", "IRN.foreign_minister", "2022-01-01", True},
		{"person.hossein-amir-abdollahian", "IRN.foreign_minister", "2024-05-20", False}, // complete list
		{"person.mohammad-khatami", "IRN.foreign_minister", "2010-01-01", False},
		{"person.ali-khamenei", "IRN.foreign_minister", "2020-06-01", True},
		{"person.ali-khamenei", "IRN.foreign_minister", "2019-03-01", Unknown},   // inside the start year
		{"person.ali-khamenei", "IRN.foreign_minister", "2025-07-01", Unknown},   // open role past as-of
		{"person.mohammad-khatami", "IRN.prime_minister", "1985-01-01", Unknown}, // holder list not complete
	}
	for _, tt := range holds {
		if got := k.Holds(tt.person, tt.office, d(tt.day)); got != tt.want {
			t.Errorf("Holds(%s, %s, %s) = %s; want %s", tt.person, tt.office, tt.day, got, tt.want)
		}
	}
	if got := k.HolderOn("IRN.foreign_minister", d("2022-01-01")); len(got) != 2 {
		t.Errorf("HolderOn(IRN.foreign_minister, 2022-01-01) = %v; want the two (test data overlaps)", got)
	}
	p, _ := k.Actor("person.hossein-amir-abdollahian")
	if p.IsAlive(d("2024-05-20")) != False || p.IsAlive(d("2024-05-19")) != True {
		t.Errorf("IsAlive around the death date is wrong")
	}
}

func TestCheck(t *testing.T) {
	k := namesTestKB(t)
	var msgs []string
	for _, e := range k.Check() {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		`names.jsonl:10: role "person.hossein-amir-abdollahian@IRN.foreign_minister@2021-08-25" overlaps role "person.ali-khamenei@IRN.foreign_minister@2019" (names.jsonl, line 11) in one-holder office IRN.foreign_minister`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("Check() =\n%s\nwant a line containing %q", all, want)
		}
	}
	if strings.Contains(all, "no source") {
		t.Errorf("Check() reports sources although all are set:\n%s", all)
	}
}

// TestCheckNeverOffice: a role in an office marked never is a problem
// kb check reports with its file and line.
func TestCheckNeverOffice(t *testing.T) {
	k := New()
	in := namesKB + `{"type":"role","person":"person.mohammad-khatami","office":"IRN.king","start":"2001","source":"t"}` + "\n"
	if err := Load(strings.NewReader(in), "never.jsonl", k); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range k.Check() {
		got = append(got, e.Error())
	}
	if !strings.Contains(strings.Join(got, "\n"), "never.jsonl:13: role") || !strings.Contains(strings.Join(got, "\n"), "office IRN.king never existed") {
		t.Errorf("Check() = %q; want a problem at never.jsonl:13 naming office IRN.king", got)
	}
}

// TestSpellingVariants: a body's "UN …" name is found as "U.N. …" too,
// and "Organization" and "Organisation" as each other; a person's name
// gets no variant.
func TestSpellingVariants(t *testing.T) {
	const variantsKB = `{"type":"source","name":"t","as_of":"2025-06-30"}
{"type":"actor","id":"org.unhcr","kind":"organization","name":"UNHCR","aliases":["UN refugee agency"],"source":"t"}
{"type":"actor","id":"org.csto","kind":"organization","name":"Collective Security Treaty Organization","source":"t"}
{"type":"actor","id":"org.oic","kind":"organization","name":"Organisation of Islamic Cooperation","source":"t"}
{"type":"actor","id":"person.un-ki","kind":"person","name":"UN Ki","source":"t"}
`
	k := New()
	if err := Load(strings.NewReader(variantsKB), "variants.jsonl", k); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, want string }{
		{"U.N. refugee agency", "org.unhcr"},
		{"UN refugee agency", "org.unhcr"},
		{"Collective Security Treaty Organisation", "org.csto"},
		{"Organization of Islamic Cooperation", "org.oic"},
		{"U.N. Ki", ""},
	} {
		got := ""
		if as := k.ByName(Fold(tc.name)); len(as) > 0 {
			got = as[0].ID
		}
		if got != tc.want {
			t.Errorf("ByName(%q) = %q; want %q", tc.name, got, tc.want)
		}
	}
}
