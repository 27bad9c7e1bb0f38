package quote

import "github.com/sitrep-project/sitrep/doc"

// hearsaySource reports whether the source of an "according to" is
// unnamed people ("aides", "officials familiar with the talks"): what
// they tell of a named person's words ("Sharif had blamed the army …,
// according to aides") is their report, not a quote of that person, as
// it is when an outlet carried the words ("…, according to WAFA").
func hearsaySource(spk doc.Speaker) bool {
	return spk.Kind == KindUnnamed && !documentSource(spk) && !onePerson(spk.Name, "")
}

// dropReportsInside removes the reports found last that lie inside span
// sp, the content an "according to" source now reports.
func (f *finder) dropReportsInside(sp doc.Span) {
	n := len(f.out)
	lo := max(0, n-4)
	k := lo
	for i := lo; i < n; i++ {
		if q := f.out[i].Span; q.Start >= sp.Start && q.End <= sp.End {
			continue
		}
		f.out[k] = f.out[i]
		k++
	}
	f.out = f.out[:k]
}
