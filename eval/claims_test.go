package eval_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
	"github.com/sitrep-project/sitrep/verify"
)

func TestGenerateClaims(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, b := eval.GenerateClaims(k, 7, 8), eval.GenerateClaims(k, 7, 8)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("GenerateClaims is not deterministic for one seed")
	}
	kinds := map[string]int{}
	for _, c := range a {
		kinds[c.Mutation]++
		switch {
		case c.Mutation == eval.MutNone && c.WantKind != "":
			t.Errorf("true case with a wanted finding: %+v", c)
		case c.Mutation != eval.MutNone && c.WantKind == "":
			t.Errorf("mutated case without a wanted finding: %+v", c)
		case c.Date.IsZero() || strings.TrimSpace(c.Text) == "" || c.Fact == "":
			t.Errorf("incomplete case: %+v", c)
		}
	}
	for _, m := range []string{eval.MutNone, eval.MutDateShift, eval.MutOfficeSwp, eval.MutDead, eval.MutAbolished,
		eval.MutRelation, eval.MutCountry, eval.MutFormer, eval.MutUnknown, eval.MutEarly, eval.MutMisdated, eval.MutNoTies, eval.MutLate} {
		if kinds[m] == 0 {
			t.Errorf("no cases of mutation %q (have %v)", m, kinds)
		}
	}
}

// TestGenerateClaimsRelationDates checks that a true relation case never
// reports an event dated after its article (a break of 2025 stated in
// an article of March 2024), whatever relations the KB holds.
func TestGenerateClaimsRelationDates(t *testing.T) {
	for _, tc := range []struct {
		name, kb string
	}{
		{"shipped KB", ""},
		{"a break after the article's date", `{"type":"relation","a":"COD","b":"RWA","event":"severed","date":"2025-01-26","source":"sitrep"}`},
		{"a restoration after the article's date", `{"type":"relation","a":"VEN","b":"USA","event":"restored","date":"2024-12","source":"sitrep"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k, err := kb.Open()
			if err != nil {
				t.Fatal(err)
			}
			if tc.kb != "" {
				if err := kb.Load(strings.NewReader(tc.kb), "test.jsonl", k); err != nil {
					t.Fatal(err)
				}
			}
			for _, c := range eval.GenerateClaims(k, 7, 1000) {
				f := strings.Fields(c.Fact)
				if c.Mutation != eval.MutNone || len(f) != 4 || f[1] != "relations" {
					continue
				}
				d, err := kb.ParseDate(f[3])
				if err != nil {
					t.Fatalf("fact %q: %v", c.Fact, err)
				}
				if d.First().Time().After(c.Date) {
					t.Errorf("true case reports a later event: %q dated %s (fact %s)", c.Text, c.Date.Format("2006-01-02"), c.Fact)
				}
			}
		})
	}
}

// TestGenerateClaimsSharedNames checks that no case names a person whose
// name another KB person bears (the two Andris Bērziņš of Latvia): the
// mention stage links such a name to no one unless the title picks one
// out, so a mutated title about it could not be caught.
func TestGenerateClaimsSharedNames(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range eval.GenerateClaims(k, 7, 1000) {
		name, _, ok := strings.Cut(c.Fact, ": ")
		if !ok {
			continue
		}
		persons := 0
		for _, a := range k.ByName(kb.Fold(name)) {
			if a.Kind == kb.KindPerson {
				persons++
			}
		}
		if persons > 1 {
			t.Errorf("case names %q, which %d KB persons bear: %q (%s)", name, persons, c.Text, c.Fact)
		}
	}
}

func TestScoreClaims(t *testing.T) {
	cases := []eval.ClaimCase{
		{Text: "true one", Date: date(t, "2020-01-01")},
		{Text: "true flagged", Date: date(t, "2020-01-01")},
		{Text: "mutated caught", Date: date(t, "2020-01-01"), Mutation: eval.MutDateShift, WantKind: doc.FindRoleMismatch},
		{Text: "mutated caught other kind", Date: date(t, "2020-01-01"), Mutation: eval.MutDead, WantKind: doc.FindSpeakerDeceased},
		{Text: "mutated missed", Date: date(t, "2020-01-01"), Mutation: eval.MutDateShift, WantKind: doc.FindRoleMismatch},
	}
	analyze := func(d *doc.Doc) error {
		switch {
		case strings.HasSuffix(d.Raw, "flagged"), strings.HasSuffix(d.Raw, "caught"):
			d.Findings = []doc.Finding{{Kind: doc.FindRoleMismatch, Verdict: doc.Contradicted}}
		case strings.HasSuffix(d.Raw, "other kind"):
			d.Findings = []doc.Finding{{Kind: doc.FindRoleMismatch, Verdict: doc.Contradicted}}
		default:
			d.Findings = []doc.Finding{{Kind: doc.FindRoleMismatch, Verdict: doc.Supported}}
		}
		return nil
	}
	s, err := eval.ScoreClaims(cases, analyze)
	if err != nil {
		t.Fatal(err)
	}
	if s.True != 2 || s.Mutated != 3 || s.Caught != 2 || s.CaughtKind != 1 || s.FalseFlags != 1 {
		t.Errorf("counts = %+v", s)
	}
	if s.Precision != 2.0/3 || s.Recall != 2.0/3 || s.FalseFlagRate != 0.5 {
		t.Errorf("precision %v recall %v false-flag rate %v; want 0.667 0.667 0.5", s.Precision, s.Recall, s.FalseFlagRate)
	}
	if n := s.ByMutation[eval.MutDateShift]; n == nil || n.N != 2 || n.Caught != 1 {
		t.Errorf("by mutation = %+v", s.ByMutation)
	}
	if len(s.Misses) != 2 {
		t.Errorf("misses = %d; want the false flag and the missed mutation", len(s.Misses))
	}
}

// TestClaimsVerifier runs the verifier over generated claims, as `sitrep
// eval claims --mutate` does, and holds it to the issue's targets.
func TestClaimsVerifier(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(nil, textnorm.NewStage(), segment.New(), timex.New(), mention.New(k, mention.Options{}), quote.New(), verify.New(k))
	if err != nil {
		t.Fatal(err)
	}
	s, err := eval.ScoreClaims(eval.GenerateClaims(k, 1, 15), func(d *doc.Doc) error { return p.Run(d, nil) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("claims: %d true (%d flagged), %d mutated (%d caught): precision %.3f recall %.3f", s.True, s.FalseFlags, s.Mutated, s.Caught, s.Precision, s.Recall)
	if s.Precision < 0.97 || s.Recall < 0.90 || s.FalseFlags > 0 {
		for _, m := range s.Misses {
			t.Logf("miss: %s %q (%s): %v", m.Case.Mutation, m.Case.Text, m.Case.Fact, m.Findings)
		}
		t.Errorf("precision %.3f recall %.3f false flags %d; want ≥ 0.97, ≥ 0.90, 0", s.Precision, s.Recall, s.FalseFlags)
	}
}

func date(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
