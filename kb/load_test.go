package kb

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testSource = `{"type":"source","name":"t","as_of":"2025-06-30"}` + "\n"

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"malformed", `{"type":"actor",`, "x.jsonl:1: malformed JSON"},
		{"not object", `["actor"]`, "x.jsonl:1: malformed JSON: a record must be a JSON object"},
		{"unknown type", `{"type":"person","id":"p"}`, `x.jsonl:1: unknown type "person"`},
		{"missing type", `{"id":"p"}`, `x.jsonl:1: missing "type"`},
		{"unknown field", `{"type":"actor","id":"IRN","kind":"country","name":"Iran","nmae":"x"}`, `x.jsonl:1: unknown field "nmae"`},
		{"missing id", `{"type":"actor","kind":"country","name":"Iran"}`, "x.jsonl:1: actor: missing id"},
		{"bad kind", `{"type":"actor","id":"IRN","kind":"state","name":"Iran"}`, `kind "state" is not one of`},
		{"impossible date", `{"type":"actor","id":"person.x","kind":"person","name":"X","born":"2001-02-30"}`, `x.jsonl:1: impossible date "2001-02-30"`},
		{"bad date", `{"type":"actor","id":"person.x","kind":"person","name":"X","born":"1.2.2001"}`, `bad date "1.2.2001"`},
		{"end before start", "\n# comment\n" + `{"type":"role","person":"p","office":"IRN.president","start":"2005","end":"2004-12"}`, `x.jsonl:3: role "p as IRN.president": end 2004-12 before start 2005`},
		{"same year ok then dup", `{"type":"office","id":"IRN.president","name":"P"}` + "\n" + `{"type":"office","id":"IRN.president","name":"P"}`, `x.jsonl:2: duplicate office id "IRN.president" (first at line 1)`},
		{"office id", `{"type":"office","id":"president","name":"P"}`, `id must be <country>.<key>`},
		{"office mismatch", `{"type":"office","id":"IRN.president","country":"IRQ","name":"P"}`, `id does not match country "IRQ"`},
		{"relation event", `{"type":"relation","a":"IRN","b":"ISR","event":"war","date":"1980"}`, `event "war" is not one of`},
		{"source as_of", `{"type":"source","name":"s"}`, `source "s": missing as_of`},
		{"unknown person", testSource + `{"type":"office","id":"IRN.president","name":"P","source":"t"}` + "\n" + `{"type":"role","person":"person.nobody","office":"IRN.president","source":"t"}`, `x.jsonl:3: role "person.nobody@IRN.president@": unknown person "person.nobody"`},
		{"unknown office", testSource + `{"type":"actor","id":"person.a","kind":"person","name":"A","source":"t"}` + "\n" + `{"type":"role","person":"person.a","office":"IRN.king","source":"t"}`, `unknown office "IRN.king"`},
		{"never with dates", `{"type":"office","id":"USA.prime_minister","name":"P","never":true,"to":"1990"}`, `never existed, so it takes no from, to or complete dates`},
		{"trailing data", `{"type":"source","name":"s","as_of":"2020"} {}`, "malformed JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := New()
			err := Load(strings.NewReader(tt.in), "x.jsonl", k)
			if err == nil {
				t.Fatalf("Load(%q) = nil; want error containing %q", tt.in, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load(%q) = %q; want it to contain %q", tt.in, err, tt.want)
			}
			var el ErrorList
			if !errors.As(err, &el) {
				t.Errorf("error is %T; want ErrorList", err)
			}
			if len(k.Actors()) != 0 || len(k.Roles()) != 0 || len(k.Offices()) != 0 {
				t.Errorf("Load left records in the KB after an error")
			}
		})
	}
}

func TestLoadManyErrors(t *testing.T) {
	in := "{\n{\n{\n"
	err := Load(strings.NewReader(in), "x.jsonl", New())
	if err == nil || !strings.Contains(err.Error(), "(and 2 more errors)") {
		t.Errorf("Load(3 bad lines) = %v; want first error and (and 2 more errors)", err)
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestOpenOverrides(t *testing.T) {
	a := writeFile(t, "a.jsonl", testSource+
		`{"type":"actor","id":"person.x","kind":"person","name":"Xavier One","source":"t"}
{"type":"office","id":"ZZZ.president","name":"President of Zed","single":true,"source":"t"}
{"type":"role","id":"r1","person":"person.x","office":"ZZZ.president","start":"2001","end":"2004","source":"t"}
`)
	b := writeFile(t, "b.jsonl", testSource+
		`{"type":"actor","id":"person.x","kind":"person","name":"Xavier Two","source":"t"}
{"type":"role","id":"r1","person":"person.x","office":"ZZZ.president","start":"2001","end":"2006","source":"t"}
`)
	k, err := Open(a, b)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := k.Actor("person.x")
	if !ok || p.Name != "Xavier Two" {
		t.Errorf("Actor(person.x) = %+v; want the later file's record", p)
	}
	if got := k.RolesOf("person.x"); len(got) != 1 || got[0].End.String() != "2006" {
		t.Errorf("RolesOf(person.x) = %+v; want one role ending 2006", got)
	}
	if got := k.ByName(Fold("xavier one")); len(got) != 0 {
		t.Errorf("ByName(old name) = %v; want none after override", got)
	}
	if got := k.ByName(Fold("Xavier-Two")); len(got) != 1 {
		t.Errorf("ByName(new name) = %v; want person.x", got)
	}
	// a later file may refer to an earlier one's records, and vice versa
	c := writeFile(t, "c.jsonl", `{"type":"role","person":"person.y","office":"ZZZ.president","start":"2007","source":"t"}`+"\n")
	d := writeFile(t, "d.jsonl", testSource+`{"type":"actor","id":"person.y","kind":"person","name":"Y","source":"t"}`+"\n")
	if _, err := Open(a, c, d); err != nil {
		t.Errorf("Open with a forward reference: %v", err)
	}
	if k, err := Open(a, c); err == nil || k != nil {
		t.Errorf("Open with a dangling reference = %v, %v; want nil KB and error", k, err)
	} else if !strings.Contains(err.Error(), "c.jsonl:1: ") {
		t.Errorf("error %q does not name c.jsonl:1", err)
	}
}

func TestDefault(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatalf("shipped KB does not load: %v", err)
	}
	if len(k.Sources) == 0 {
		t.Errorf("shipped KB has no sources")
	}
	for _, s := range k.Sources {
		if s.AsOf.IsZero() {
			t.Errorf("source %q has no as-of date", s.Name)
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	var size int64
	for _, n := range ShippedFiles() {
		data, _ := ShippedFile(n)
		size += int64(len(data))
	}
	b.SetBytes(size)
	for b.Loop() {
		if _, err := Open(); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(testSource + `{"type":"actor","id":"IRN","kind":"country","name":"Iran","demonyms":["Iranian"],"capital":"Tehran","source":"t"}`)
	f.Add(`{"type":"role","person":"p","office":"IRN.president","start":"2005-08","end":"2013-08-03","source":"t"}`)
	f.Add(`{"type":"office","id":"IRN.prime_minister","to":"1989-08-03","source":"t"}`)
	f.Add(`{"type":"relation","a":"IRN","b":"ISR","event":"severed","date":"1979-02-18","source":"t"}`)
	f.Add("# c\n\n{\"type\":\"agent\",\"id\":\"agent.police\",\"name\":\"police\",\"cameo\":\"COP\"}")
	f.Add(`{"type":"actor","born":"0000-13-40"}`)
	f.Fuzz(func(t *testing.T, in string) {
		k := New()
		err := Load(strings.NewReader(in), "fuzz.jsonl", k)
		if err != nil {
			if len(k.Actors())+len(k.Roles())+len(k.Offices()) != 0 {
				t.Fatalf("records left after error %v", err)
			}
			if !strings.HasPrefix(err.Error(), "fuzz.jsonl:") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		_ = k.Check()
		for _, n := range k.Names() {
			k.Lookup(n.Text)
		}
	})
}

// TestParseReserves checks that a seekable input is counted first, so the
// batch's slices are allocated once at their final size (appending would
// leave capacities of 8 and 4 here), and that an input that cannot seek
// parses to the same records.
func TestParseReserves(t *testing.T) {
	var in strings.Builder
	in.WriteString(testSource)
	in.WriteString("# a comment with \"type\":\"actor\" in it is not a record\n")
	for _, p := range []string{"a", "b", "c", "d", "e"} {
		fmt.Fprintf(&in, `{"type":"actor","id":"person.%s","kind":"person","name":"%s","source":"t"}`+"\n", p, p)
	}
	for _, o := range []string{"president", "prime_minister", "foreign_minister"} {
		fmt.Fprintf(&in, `{"type":"office","id":"IRN.%s","name":"%s","source":"t"}`+"\n", o, o)
		fmt.Fprintf(&in, `{"type":"role","person":"person.a","office":"IRN.%s","start":"2005","source":"t"}`+"\n", o)
	}
	b, errs := parse(strings.NewReader(in.String()), "x.jsonl")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(b.actors) != 5 || cap(b.actors) != 5 || cap(b.roles) != 3 || cap(b.offices) != 3 {
		t.Errorf("seekable: %d/%d actors, cap %d roles, cap %d offices; want 5/5, 3, 3",
			len(b.actors), cap(b.actors), cap(b.roles), cap(b.offices))
	}
	plain, errs := parse(io.MultiReader(strings.NewReader(in.String())), "x.jsonl")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(plain.actors) != 5 || len(plain.roles) != 3 || len(plain.offices) != 3 || plain.actors[4].ID != "person.e" || plain.actors[4].Line != 7 {
		t.Errorf("unseekable: %d actors, %d roles, %d offices, last actor %+v", len(plain.actors), len(plain.roles), len(plain.offices), plain.actors[len(plain.actors)-1])
	}
}

// TestLoadInvisibleMarks checks that names lose the invisible marks
// article text loses in normalisation (an imported "\u200bFahad …"), and
// that an alias of nothing but such marks is dropped.
func TestLoadInvisibleMarks(t *testing.T) {
	f := writeFile(t, "zw.jsonl", testSource+
		"{\"type\":\"actor\",\"id\":\"person.f\",\"kind\":\"person\",\"name\":\"\\u200bFahad Al-Jalajel\\u200b\",\"aliases\":[\"\\u200b\",\"Al\\u00adJalajel\"],\"source\":\"t\"}\n"+
		"{\"type\":\"office\",\"id\":\"ZZZ.president\",\"name\":\"\\ufeffPresident of Zed\",\"aliases\":[\"Zed\\u200d President\"],\"single\":true,\"source\":\"t\"}\n")
	k, err := Open(f)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := k.Actor("person.f")
	if p.Name != "Fahad Al-Jalajel" || len(p.Aliases) != 1 || p.Aliases[0] != "AlJalajel" {
		t.Errorf("actor = %q %q; want the name and one alias without invisible marks", p.Name, p.Aliases)
	}
	o, _ := k.Office("ZZZ.president")
	if o.Name != "President of Zed" || len(o.Aliases) != 1 || o.Aliases[0] != "Zed President" {
		t.Errorf("office = %q %q; want them without invisible marks", o.Name, o.Aliases)
	}
	if got := k.ByName(Fold("Fahad Al-Jalajel")); len(got) != 1 {
		t.Errorf("ByName = %v; want the actor", got)
	}
}
