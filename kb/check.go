package kb

import (
	"fmt"
	"sort"
	"strings"
)

// Check looks for problems a load does not reject because the KB is still
// usable with them: two holders of a one-holder office at the same time, a
// role before its holder's birth or after the death, references from
// actors and relations to unknown actors, ids that break the naming
// conventions of docs/kb.md. Problems come in file and line order.
func (k *KB) Check() ErrorList {
	var errs ErrorList
	src := func(file string, line int, what, id, s string) {
		if s == "" {
			errs.Add(file, line, "%s %q: no source (every record names its source; see docs/kb.md)", what, id)
		} else if _, ok := k.Sources[s]; !ok {
			errs.Add(file, line, "%s %q: unknown source %q (add a source record)", what, id, s)
		}
	}
	for _, o := range k.offices {
		src(o.File, o.Line, "office", o.ID, o.Source)
	}
	for _, id := range k.agentList {
		a := k.agents[id]
		src(a.File, a.Line, "agent", a.ID, a.Source)
	}
	for _, id := range k.order {
		a := k.actors[id]
		src(a.File, a.Line, "actor", a.ID, a.Source)
		if a.Country != "" && a.Kind != KindCountry {
			if _, ok := k.actors[a.Country]; !ok {
				errs.Add(a.File, a.Line, "actor %q: unknown country %q", a.ID, a.Country)
			}
		}
		if a.Parent != "" {
			if _, ok := k.actors[a.Parent]; !ok {
				errs.Add(a.File, a.Line, "actor %q: unknown parent %q", a.ID, a.Parent)
			}
		}
		if msg := idConvention(a); msg != "" {
			errs.Add(a.File, a.Line, "actor %q: %s", a.ID, msg)
		}
		for i, c := range a.Codes {
			if c.CAMEO == "" || c.Sector == "" || c.Start.IsZero() {
				errs.Add(a.File, a.Line, "actor %q: code period %d needs start, cameo and sector", a.ID, i+1)
			} else if !c.End.IsZero() && c.End.Compare(c.Start) < 0 {
				errs.Add(a.File, a.Line, "actor %q: code period %d ends (%s) before it starts (%s)", a.ID, i+1, c.End, c.Start)
			}
		}
	}
	for _, r := range k.relations {
		src(r.File, r.Line, "relation", r.ID, r.Source)
		for _, s := range []string{r.A, r.B} {
			if _, ok := k.actors[s]; !ok {
				errs.Add(r.File, r.Line, "relation %q: unknown state %q", r.ID, s)
			}
		}
	}
	for _, r := range k.roles {
		src(r.File, r.Line, "role", r.ID, r.Source)
		p, ok := k.actors[r.Person]
		if !ok {
			continue
		}
		if !p.Born.IsZero() && !r.Start.IsZero() && r.Start.Last().Compare(p.Born.First()) < 0 {
			errs.Add(r.File, r.Line, "role %q: starts %s before %s was born (%s)", r.ID, r.Start, p.Name, p.Born)
		}
		if !p.Died.IsZero() && !r.Start.IsZero() && r.Start.First().Compare(p.Died.Last()) > 0 {
			errs.Add(r.File, r.Line, "role %q: starts %s after %s died (%s)", r.ID, r.Start, p.Name, p.Died)
		}
		if !p.Died.IsZero() && !r.End.IsZero() && r.End.First().Compare(p.Died.Last()) > 0 {
			errs.Add(r.File, r.Line, "role %q: ends %s after %s died (%s)", r.ID, r.End, p.Name, p.Died)
		}
		if !p.Died.IsZero() && r.End.IsZero() {
			errs.Add(r.File, r.Line, "role %q: no end date but %s died %s", r.ID, p.Name, p.Died)
		}
		if o, ok := k.offices[r.Office]; ok {
			if o.Never {
				errs.Add(r.File, r.Line, "role %q: office %s never existed", r.ID, o.ID)
			}
			if !o.To.IsZero() && !r.Start.IsZero() && r.Start.First().Compare(o.To.Last()) > 0 {
				errs.Add(r.File, r.Line, "role %q: starts %s after office %s was abolished (%s)", r.ID, r.Start, o.ID, o.To)
			}
			if !o.From.IsZero() && !r.Start.IsZero() && r.Start.Last().Compare(o.From.First()) < 0 {
				errs.Add(r.File, r.Line, "role %q: starts %s before office %s existed (%s)", r.ID, r.Start, o.ID, o.From)
			}
		}
	}
	errs = append(errs, k.overlaps()...)
	errs.Sort()
	return errs
}

// overlaps reports two roles of a Single office whose periods certainly
// overlap by more than a day (a hand-over day is shared by outgoing and
// incoming holders) and are not acting/caretaker or held by the same
// person.
func (k *KB) overlaps() ErrorList {
	var errs ErrorList
	ids := make([]string, 0, len(k.offices))
	for id, o := range k.offices {
		if o.Single {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		rs := k.Holders(id)
		for i := range rs {
			for j := i + 1; j < len(rs); j++ {
				a, b := rs[i], rs[j]
				if a.Person == b.Person || a.Qualifier != "" || b.Qualifier != "" {
					continue
				}
				if certainOverlapDays(a.Period(), b.Period()) > 1 {
					errs.Add(b.File, b.Line, "role %q overlaps role %q (%s, line %d) in one-holder office %s: %s vs %s",
						b.ID, a.ID, a.File, a.Line, id, periodString(b.Period()), periodString(a.Period()))
				}
			}
		}
	}
	return errs
}

func periodString(p Period) string {
	s, e := p.Start.String(), p.End.String()
	if s == "" {
		s = "?"
	}
	if e == "" {
		e = "…"
	}
	return s + ".." + e
}

// certainOverlapDays returns how many days two periods certainly share:
// the latest possible start to the earliest possible end. Open ends count
// as unbounded.
func certainOverlapDays(a, b Period) int {
	if a.Start.IsZero() || b.Start.IsZero() {
		return 0 // unknown start: no certain overlap
	}
	start := maxDate(a.Start.Last(), b.Start.Last())
	end := Date{9999, 12, 31}
	if !a.End.IsZero() {
		end = a.End.First()
	}
	if !b.End.IsZero() && b.End.First().Compare(end) < 0 {
		end = b.End.First()
	}
	if end.Compare(start) < 0 {
		return 0
	}
	return int(end.Time().Sub(start.Time()).Hours()/24) + 1
}

func maxDate(a, b Date) Date {
	if a.Compare(b) >= 0 {
		return a
	}
	return b
}

// idConvention returns what is wrong with an actor id under the
// conventions of docs/kb.md, or "".
func idConvention(a *Actor) string {
	want := map[string]string{KindPerson: "person.", KindArmedGroup: "group.", KindOrganization: "org.", KindPlace: "place."}
	switch a.Kind {
	case KindCountry:
		if len(a.ID) != 3 || strings.ToUpper(a.ID) != a.ID {
			return "country ids are ISO 3166 alpha-3 codes in capitals, e.g. IRN"
		}
	case KindPerson:
		if !strings.HasPrefix(a.ID, "person.") && !strings.HasPrefix(a.ID, "wd.Q") && !strings.HasPrefix(a.ID, "phx.") {
			return fmt.Sprintf("%s ids start with %q (imported ones with wd.Q or phx.)", a.Kind, want[a.Kind])
		}
	default:
		if !strings.HasPrefix(a.ID, want[a.Kind]) && !strings.HasPrefix(a.ID, "phx.") {
			return fmt.Sprintf("%s ids start with %q", a.Kind, want[a.Kind])
		}
	}
	return ""
}
