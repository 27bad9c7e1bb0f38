package store_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/storetest"
)

func TestMinHashNearDuplicates(t *testing.T) {
	body := storetest.Text(5, 400)
	tests := []struct {
		name string
		a, b string
		near bool
	}{
		{"identical", body, body, true},
		{"dateline and credit", "GAZA CITY (Wire) — " + body, "GAZA CITY — " + body + " Editing by staff.", true},
		{"case and punctuation", body, strings.ToUpper(strings.ReplaceAll(body, ".", "!")), true},
		{"one paragraph replaced", body, body[:len(body)*4/5] + storetest.Text(6, 80), true},
		{"same vocabulary, different text", body, storetest.Text(7, 400), false},
		{"half the text", body, body[:len(body)/2], false},
	}
	for _, tt := range tests {
		a, ok1 := store.MinHash(tt.a)
		b, ok2 := store.MinHash(tt.b)
		if !ok1 || !ok2 {
			t.Fatalf("%s: texts too short", tt.name)
		}
		sim := a.Similarity(&b)
		if got := sim >= store.NearSimilarity; got != tt.near {
			t.Errorf("%s: similarity %.2f, near = %v; want %v", tt.name, sim, got, tt.near)
		}
		shared := false
		ka, kb := a.BandKeys(), b.BandKeys()
		for i := range ka {
			shared = shared || ka[i] == kb[i]
		}
		if tt.near && !shared {
			t.Errorf("%s: near-duplicates share no band key, so lookup would miss them", tt.name)
		}
	}
	if _, ok := store.MinHash("Too short to judge."); ok {
		t.Errorf("MinHash of a short text claims to be usable")
	}
}

func TestSignatureBinary(t *testing.T) {
	s, _ := store.MinHash(storetest.Text(1, 50))
	b, _ := s.MarshalBinary()
	var back store.Signature
	if err := back.UnmarshalBinary(b); err != nil || back != s {
		t.Errorf("round trip: %v, equal %v", err, back == s)
	}
	if err := back.UnmarshalBinary(b[:10]); err == nil {
		t.Errorf("UnmarshalBinary accepted 10 bytes")
	}
}

func TestBucketsWeekly(t *testing.T) {
	rows := []store.DayCount{
		{Day: "2024-07-07", QuadClass: 4, Events: 1, GoldsteinSum: -10}, // Sunday: week of 07-01
		{Day: "2024-07-01", QuadClass: 1, Events: 2, GoldsteinSum: 2},
		{Day: "2024-07-08", QuadClass: 3, Events: 1, GoldsteinSum: -2}, // Monday
		{Day: "2024-12-31", QuadClass: 2, Events: 1, GoldsteinSum: 7},  // Tuesday: week of 12-30
	}
	got := store.Buckets(rows, store.Weekly)
	want := []store.Bucket{
		{Start: "2024-07-01", Events: 3, GoldsteinSum: -8, GoldsteinMean: -8.0 / 3, Quad: [4]int{2, 0, 0, 1}, Cooperation: 2, Conflict: 1},
		{Start: "2024-07-08", Events: 1, GoldsteinSum: -2, GoldsteinMean: -2, Quad: [4]int{0, 0, 1, 0}, Conflict: 1},
		{Start: "2024-12-30", Events: 1, GoldsteinSum: 7, GoldsteinMean: 7, Quad: [4]int{0, 1, 0, 0}, Cooperation: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("Buckets = %+v; want %+v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("bucket %d = %+v; want %+v", i, got[i], want[i])
		}
	}
	if d := store.Buckets(rows, store.Daily); len(d) != 4 || d[0].Start != "2024-07-01" || d[3].Start != "2024-12-31" {
		t.Errorf("daily buckets = %+v", d)
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2024-07-31", "2024-07-31", true},
		{"2024-07", "2024-07-01", true},
		{"2024", "2024-01-01", true},
		{"", "", true},
		{"2024-02-30", "", false},
		{"31/07/2024", "", false},
		{"yesterday", "", false},
	}
	for _, tt := range tests {
		got, err := store.ParseDay(tt.in)
		if (err == nil) != tt.ok || store.Day(got) != tt.want {
			t.Errorf("ParseDay(%q) = %q, %v; want %q, ok %v", tt.in, store.Day(got), err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, store.ErrInvalid) {
			t.Errorf("ParseDay(%q) error %v is not ErrInvalid", tt.in, err)
		}
	}
}

func TestPeriodAndPage(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	if err := (store.Period{From: d("2024-02-01"), To: d("2024-01-01")}).Check(); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("reversed period: %v", err)
	}
	if err := (store.Period{From: d("2024-01-01"), To: d("2024-01-01")}).Check(); err != nil {
		t.Errorf("one-day period: %v", err)
	}
	for _, tt := range []struct{ limit, want int }{{0, store.DefaultLimit}, {-1, -1}, {-5, -1}, {7, 7}} {
		if got := (store.Page{Limit: tt.limit}).SQLLimit(); got != tt.want {
			t.Errorf("Page{Limit: %d}.SQLLimit() = %d; want %d", tt.limit, got, tt.want)
		}
	}
}

func FuzzMinHash(f *testing.F) {
	f.Add("Israel and Iran held talks in Muscat on Monday, officials said.")
	f.Add("")
	f.Add("\xff\xfe broken \x00 utf8 ünïcödé 123")
	f.Fuzz(func(t *testing.T, s string) {
		a, _ := store.MinHash(s)
		b, _ := store.MinHash(s)
		if a != b || a.Similarity(&b) != 1 {
			t.Fatalf("MinHash(%q) is not deterministic", s)
		}
	})
}

func BenchmarkMinHash(b *testing.B) {
	text := storetest.Text(1, 600)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		store.MinHash(text)
	}
}

func FuzzParseDay(f *testing.F) {
	for _, s := range []string{"2024-07-31", "2024-07", "2024", "", "2024-02-30", "0000-00-00", "99999-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := store.ParseDay(s)
		if err != nil {
			if !errors.Is(err, store.ErrInvalid) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("ParseDay(%q) error %q is not a one-line ErrInvalid", s, err)
			}
			return
		}
		if s != "" && !strings.HasPrefix(store.Day(d), s[:min(len(s), 4)]) {
			t.Fatalf("ParseDay(%q) = %s", s, store.Day(d))
		}
	})
}

// TestEncodeLayers checks that each quote, finding and event JSON of an
// Encoded doc is its element of the analysis JSON (encoded once, HTML
// characters unescaped) and decodes to the same value as encoding the
// element on its own.
func TestEncodeLayers(t *testing.T) {
	docs := []*doc.Doc{
		storetest.NewDoc(storetest.DocSpec{Title: "Plain", Text: "Israel and Iran held talks.", Date: "2024-07-01",
			Events: []storetest.EventSpec{{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}},
			Quotes: [][3]string{{"Danny Ayalon", "Q_AYALON", "Our priority is safety"}}, Findings: [][2]string{{doc.FindRoleMismatch, doc.Supported}}}),
		storetest.NewDoc(storetest.DocSpec{Title: "Tricky <b>&</b>", Text: `He said "<script>" & left \ "quietly" — ça va?`,
			Events: []storetest.EventSpec{{Source: "A<&>", Target: `B"\`, Cameo: "190", Quad: 4}, {Source: "C", Target: "D", Cameo: "057", Quad: 1}},
			Quotes: [][3]string{{`O"Brien <x>`, "", `"]}{["`}, {"Z", "", "ok"}}, Findings: [][2]string{{"k]", `v"`}}}),
		storetest.NewDoc(storetest.DocSpec{Title: "Empty", Text: "Nothing happened."}),
	}
	for _, d := range docs {
		e, err := store.Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		check := func(layer string, got []string, want []any) {
			if len(got) != len(want) {
				t.Fatalf("%s: %d %s; want %d", d.Title, len(got), layer, len(want))
			}
			for i, g := range got {
				if !strings.Contains(e.Analysis, g) {
					t.Errorf("%s: %s[%d] %s is not the analysis's own encoding", d.Title, layer, i, g)
				}
				w, _ := json.Marshal(want[i])
				var gv, wv any
				if err := json.Unmarshal([]byte(g), &gv); err != nil {
					t.Fatalf("%s: %s[%d]: %v", d.Title, layer, i, err)
				}
				json.Unmarshal(w, &wv)
				if !reflect.DeepEqual(gv, wv) {
					t.Errorf("%s: %s[%d] = %s; want the value of %s", d.Title, layer, i, g, w)
				}
			}
		}
		var qs, fs, es []any
		for _, q := range d.Quotes {
			qs = append(qs, q)
		}
		for _, f := range d.Findings {
			if f.Evidence == nil {
				f.Evidence = []doc.Evidence{}
			}
			fs = append(fs, f)
		}
		for _, ev := range d.Events {
			es = append(es, ev)
		}
		check("quotes", e.Quotes, qs)
		check("findings", e.Findings, fs)
		check("events", e.Events, es)
	}
}
