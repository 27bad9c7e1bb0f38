package mention

import (
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

var (
	defaultOnce  sync.Once
	defaultStage *Stage
	defaultErr   error
)

// shippedStage is a stage over the shipped KB (kb.Default).
func shippedStage(t testing.TB) *Stage {
	t.Helper()
	defaultOnce.Do(func() {
		var k *kb.KB
		k, defaultErr = kb.Default()
		if defaultErr == nil {
			defaultStage = New(k, Options{})
		}
	})
	if defaultErr != nil {
		t.Fatalf("kb.Default: %v", defaultErr)
	}
	return defaultStage
}

// segmented runs the segment stage and then s on text.
func segmented(t testing.TB, s *Stage, text string) *doc.Doc {
	t.Helper()
	d := &doc.Doc{Text: text}
	d.Fill(doc.LayerText)
	if err := segment.New().Process(d); err != nil {
		t.Fatalf("segment: %v", err)
	}
	if err := s.Process(d); err != nil {
		t.Fatalf("mentions: %v", err)
	}
	return d
}

// TestSeedArticle checks the role claims and links of the project's seed
// article against the shipped KB.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "examples/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := segmented(t, shippedStage(t), string(b))
	checkInvariants(t, d)
	wantClaims := []struct {
		person, office, country, how string
		linked                       bool
	}{
		{"Danny Ayalon", kb.OfficeAmbassador, "ISR", "adjective", true},
		{"Hossein Amir Abdollahian", kb.OfficeForeignMinister, "IRN", "", true},
		{"Mohammad Bagher Soltani", kb.OfficePrimeMinister, "IRN", "context", false},
		{"Ali Khamenei", kb.OfficeSupremeLeader, "IRN", "", true},
		{"Bashar al-Assad", kb.OfficePresident, "SYR", "adjective", true},
	}
	for _, w := range wantClaims {
		i := slices.IndexFunc(d.RoleClaims, func(c doc.RoleClaim) bool { return c.Person == w.person })
		if i < 0 {
			t.Errorf("no role claim for %s; claims: %+v", w.person, d.RoleClaims)
			continue
		}
		c := d.RoleClaims[i]
		if c.Office != w.office || c.Country != w.country || (w.how != "" && c.CountryHow != w.how) {
			t.Errorf("claim %s = %s/%s (%s); want %s/%s (%s)", w.person, c.Office, c.Country, c.CountryHow, w.office, w.country, w.how)
		}
		if (c.PersonKBID != "") != w.linked {
			t.Errorf("claim %s: PersonKBID %q, want linked=%v", w.person, c.PersonKBID, w.linked)
		}
	}
	if len(d.RoleClaims) != len(wantClaims) {
		t.Errorf("got %d role claims, want %d: %+v", len(d.RoleClaims), len(wantClaims), d.RoleClaims)
	}
	linked := map[string]string{}
	for _, m := range d.Mentions {
		if m.KBID != "" {
			linked[m.Text] = m.KBID
		}
	}
	for _, name := range []string{"Hezbollah", "Hamas", "Islamic Revolutionary Guard Corps", "Turkey", "Lebanon", "Gaza", "Gaza Strip", "Israel", "Iran", "Israeli", "Iranian", "Syrian"} {
		if linked[name] == "" {
			t.Errorf("%s is not linked to the KB", name)
		}
	}
	for _, m := range d.Mentions {
		if m.Text == "Tehran" && m.Span.Start < 300 && (!m.Metonymy || m.KBID != "IRN") {
			t.Errorf("\"Tehran's Islamic Revolutionary Guard Corps\": Tehran = %+v; want Iran's government", m)
		}
	}
}

// TestShippedKB checks a few constructions against the shipped data.
func TestShippedKB(t *testing.T) {
	s := shippedStage(t)
	t.Logf("matcher over the shipped KB: %d patterns, built in %v", s.Patterns, s.BuildTime)
	for _, tc := range []struct{ text, mention, kbid string }{
		{"The US and China met.", "US", "USA"},
		{"NATO allies met in Brussels.", "NATO", "org.nato"},
		{"Daesh fighters retreated.", "Daesh", "group.isis"},
		{"Hizbollah fired rockets.", "Hizbollah", "group.hezbollah"},
	} {
		d := segmented(t, s, tc.text)
		checkInvariants(t, d)
		i := slices.IndexFunc(d.Mentions, func(m doc.Mention) bool { return m.Text == tc.mention })
		if i < 0 || d.Mentions[i].KBID != tc.kbid {
			t.Errorf("Process(%q): %q not linked to %s; mentions %v", tc.text, tc.mention, tc.kbid, mentionList(d))
		}
	}
}
