package mention

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// TestOfficeID checks office and hasOfficeID against their definition,
// kb.OfficeID and KB.Office, for every KB office's parts, for parts that
// join to no office and for long parts (past the stack buffer), over the
// shipped KB and without one.
func TestOfficeID(t *testing.T) {
	s := shippedStage(t)
	type pair struct{ country, key string }
	pairs := []pair{
		{"", ""}, {"USA", ""}, {"", "president"}, {"USA", "no_such_office"},
		{"XXX", kb.OfficePresident}, {"USA.x", kb.OfficePresident},
		{"USA", kb.OfficeAmbassadorPrefix + "FRA"},
		{strings.Repeat("A", 80), kb.OfficePresident}, {"USA", strings.Repeat("k", 80)},
	}
	for _, o := range s.kb.Offices() {
		i := strings.LastIndexByte(o.ID, '.')
		pairs = append(pairs, pair{o.Country, o.Key}, pair{o.ID[:i], o.ID[i+1:]}, pair{o.Country + "X", o.Key})
	}
	if len(pairs) < 20 {
		t.Fatalf("the shipped KB has %d offices", len(pairs)-9)
	}
	none := New(nil, Options{})
	for _, p := range pairs {
		want := kb.OfficeID(p.country, p.key)
		_, wantOK := s.kb.Office(want)
		if id, ok := s.office(p.country, p.key); id != want || ok != wantOK {
			t.Errorf("office(%q, %q) = %q, %v; want %q, %v", p.country, p.key, id, ok, want, wantOK)
		}
		if ok := s.hasOfficeID(p.country, p.key); ok != wantOK {
			t.Errorf("hasOfficeID(%q, %q) = %v, want %v", p.country, p.key, ok, wantOK)
		}
		if id, ok := none.office(p.country, p.key); id != want || ok {
			t.Errorf("without a KB: office(%q, %q) = %q, %v; want %q, false", p.country, p.key, id, ok, want)
		}
		if none.hasOfficeID(p.country, p.key) {
			t.Errorf("without a KB: hasOfficeID(%q, %q) = true", p.country, p.key)
		}
	}
}

// BenchmarkOffice measures office's lookup of a KB office's id.
func BenchmarkOffice(b *testing.B) {
	s := shippedStage(b)
	for b.Loop() {
		if _, ok := s.office("USA", kb.OfficePresident); !ok {
			b.Fatal("USA.president missing")
		}
	}
}
