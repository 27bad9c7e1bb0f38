package verify

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// sortFindings must give the order sort.Stable gives, below and above
// maxInsertion findings, with ties kept in input order.
func TestSortFindingsStable(t *testing.T) {
	verdicts := []string{doc.Contradicted, doc.Unverifiable, doc.Supported, "other"}
	kinds := []string{doc.FindRoleMismatch, doc.FindTextIntegrity, doc.FindUnnamedSource, doc.FindHedgedClaim, doc.FindNoCommonDate, "other"}
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 5, maxInsertion, maxInsertion + 1, 60} {
		for range 20 {
			fs := make([]doc.Finding, n)
			for i := range fs {
				fs[i] = doc.Finding{Verdict: verdicts[r.IntN(len(verdicts))], Kind: kinds[r.IntN(len(kinds))],
					Span: doc.Span{Start: r.IntN(5)}, Claim: string(rune('a' + i%26))}
			}
			want := slices.Clone(fs)
			ranks := make([]findingRank, len(want))
			for i := range want {
				ranks[i] = findingRank{verdictRank(want[i].Verdict), kindRank(want[i].Kind)}
			}
			sort.Stable(byRank{want, ranks})
			sortFindings(fs)
			if !reflect.DeepEqual(fs, want) {
				t.Fatalf("%d findings: sortFindings order differs from sort.Stable", n)
			}
		}
	}
}
