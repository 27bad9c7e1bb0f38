package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestKindString checks that each kind names the doc.Type… string the
// stage emits for it.
func TestKindString(t *testing.T) {
	tests := []struct {
		k    kind
		want string
	}{
		{kNone, ""},
		{kPerson, doc.TypePerson},
		{kCountry, doc.TypeCountry},
		{kOrganization, doc.TypeOrganization},
		{kArmedGroup, doc.TypeArmedGroup},
		{kPlace, doc.TypePlace},
		{kMisc, "misc"},
	}
	for _, tc := range tests {
		if got := tc.k.String(); got != tc.want {
			t.Errorf("kind(%d).String() = %q; want %q", tc.k, got, tc.want)
		}
	}
}

// TestFoundHowString checks that each foundHow names the How… string
// the stage emits for it.
func TestFoundHowString(t *testing.T) {
	tests := []struct {
		h    foundHow
		want string
	}{
		{hNone, ""},
		{hAlias, HowAlias},
		{hDemonym, HowDemonym},
		{hCapital, HowCapital},
		{hName, HowName},
		{hShortForm, HowShortForm},
		{hLeader, HowLeader},
	}
	for _, tc := range tests {
		if got := tc.h.String(); got != tc.want {
			t.Errorf("foundHow(%d).String() = %q; want %q", tc.h, got, tc.want)
		}
	}
}
