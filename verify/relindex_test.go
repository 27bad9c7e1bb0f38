package verify

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// The stage's index of relation events must give what KB.Relations
// gives, for each pair in either order, and relEvidence the fact the
// format "%s–%s: relations %s %s" wrote.
func TestRelationIndexAgrees(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := New(k)
	c := &checker{k: k, d: &doc.Doc{}, rels: s.relations}
	rels := k.AllRelations()
	if len(rels) == 0 {
		t.Fatal("the shipped KB has no relation events")
	}
	for _, r := range rels {
		for _, p := range [][2]string{{r.A, r.B}, {r.B, r.A}} {
			if got, want := c.relationsOf(p[0], p[1]), k.Relations(p[0], p[1]); !reflect.DeepEqual(got, want) {
				t.Errorf("relationsOf(%s, %s) = %d events, KB.Relations %d", p[0], p[1], len(got), len(want))
			}
		}
		want := fmt.Sprintf("%s–%s: relations %s %s", r.A, r.B, r.Event, r.Date)
		if r.Note != "" {
			want += " (" + r.Note + ")"
		}
		if got := c.relEvidence(r).Fact; got != want {
			t.Errorf("relEvidence(%s).Fact = %q, want %q", r.ID, got, want)
		}
	}
	if got := c.relationsOf("XXA", "XXB"); got != nil {
		t.Errorf("relationsOf of a pair without events = %v, want nil", got)
	}
	// a year-less or odd date is written as kb.Date.String writes it
	r := kb.Relation{A: "AAA", B: "BBB", Event: "severed", Date: kb.Date{Year: 1990, Month: 3}}
	if got, want := c.relEvidence(r).Fact, "AAA–BBB: relations severed 1990-03"; got != want {
		t.Errorf("relEvidence = %q, want %q", got, want)
	}
}

// evidenceRole must write the same evidence from the stage's cache as
// without it, and a role that differs from the KB's (another end) its
// own.
func TestRoleEvidenceCache(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := New(k)
	cached := &checker{k: k, d: &doc.Doc{}, roleEv: s.roleEv}
	plain := &checker{k: k, d: &doc.Doc{}}
	n := 0
	for _, rs := range s.roles {
		for _, r := range rs {
			n++
			if got, want := cached.evidenceRole(r), plain.evidenceRole(r); got != want {
				t.Errorf("evidenceRole(%s) = %+v, want %+v", r.ID, got, want)
			}
			changed := r
			changed.End = kb.Date{Year: 1901}
			if got, want := cached.evidenceRole(changed), plain.evidenceRole(changed); got != want {
				t.Errorf("evidenceRole(%s, changed) = %+v, want %+v", r.ID, got, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("the shipped KB has no roles")
	}
}

// findingBytes must record what finding records, and oneEvidence a
// slice of e alone.
func TestFindingBytes(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, dated := range []bool{false, true} {
		c := &checker{k: k, d: &doc.Doc{}, dated: dated, day: kb.Date{Year: 2019, Month: 5, Day: 20}}
		ch := &claimCheck{label: "President X", rc: doc.RoleClaim{Span: doc.Span{Start: 3, End: 14}}}
		ev := c.oneEvidence(doc.Evidence{KB: "r1", Fact: "f"})
		c.finding(ch, doc.FindRoleMismatch, doc.Supported, "X held this office.", ev)
		c.findingBytes(ch, doc.FindRoleMismatch, doc.Supported, []byte("X held this office."), ev)
		if len(c.out) != 2 || !reflect.DeepEqual(c.out[0], c.out[1]) {
			t.Errorf("dated %v: findingBytes recorded %+v, finding %+v", dated, c.out[1], c.out[0])
		}
		if len(ev) != 1 || cap(ev) != 1 || ev[0].KB != "r1" {
			t.Errorf("oneEvidence = %+v (cap %d), want the one evidence", ev, cap(ev))
		}
	}
}

// office must answer as KB.Office, asked in turn of ids and of the same
// id twice.
func TestOfficeMemo(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := &checker{k: k, d: &doc.Doc{}}
	for _, o := range k.Offices() {
		for _, id := range []string{o.ID, o.ID, "XXX.nothing", o.ID} {
			got, gok := c.office(id)
			want, wok := k.Office(id)
			if got != want || gok != wok {
				t.Errorf("office(%q) = %v, %v; want %v, %v", id, got, gok, want, wok)
			}
		}
	}
}
