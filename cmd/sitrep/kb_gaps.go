package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// A gapReport is what kb check --gaps found: every gap of the promised
// and complete offices (reviewed ones carry their review), the counts of
// the unreviewed ones by office group and of the reviewed ones by kind,
// and the reviews that match no gap any more.
type gapReport struct {
	Gaps       []kb.Gap        `json:"gaps"`
	Unreviewed int             `json:"unreviewed"`
	ByGroup    map[string]int  `json:"unreviewed_by_group"`
	Reviewed   map[string]int  `json:"reviewed_by_kind"`
	Stale      []*kb.GapReview `json:"stale"`
}

func checkGaps(k *kb.KB) (*gapReport, error) {
	reviews, err := kb.ShippedGapReviews()
	if err != nil {
		return nil, err
	}
	rep := &gapReport{Gaps: k.Gaps(), ByGroup: map[string]int{}, Reviewed: map[string]int{}}
	rep.Stale = kb.ReviewGaps(rep.Gaps, reviews)
	if rep.Stale == nil {
		rep.Stale = []*kb.GapReview{}
	}
	for _, g := range rep.Gaps {
		if g.Review != nil {
			rep.Reviewed[g.Review.Kind]++
		} else {
			rep.Unreviewed++
			rep.ByGroup[g.Group]++
		}
	}
	return rep, nil
}

// Failed reports whether a gap is unexplained or a review stale.
func (r *gapReport) Failed() bool { return r.Unreviewed > 0 || len(r.Stale) > 0 }

// Print lists the unreviewed gaps (all: the reviewed ones too), the stale
// reviews and a summary line.
func (r *gapReport) Print(w io.Writer, all bool) {
	for _, g := range r.Gaps {
		if g.Review == nil || all {
			fmt.Fprintln(w, "gap: "+g.String())
		}
	}
	for _, s := range r.Stale {
		fmt.Fprintf(w, "stale: %sgaps.txt:%d: %s %s … %s matches no gap\n", kb.ShippedPrefix, s.Line, s.Office, s.From, s.To)
	}
	fmt.Fprintf(w, "%d gaps: %d unreviewed%s, %d reviewed%s; %d stale reviews\n",
		len(r.Gaps), r.Unreviewed, counts(r.ByGroup), len(r.Gaps)-r.Unreviewed, counts(r.Reviewed), len(r.Stale))
}

// counts writes " (a 1, b 2)" for a non-empty map, sorted by key.
func counts(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
