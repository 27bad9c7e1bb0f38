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
