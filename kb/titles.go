package kb

// OfficeFor returns the office with the given country (ISO3 or
// organisation short id such as "UN") and key (see the Office… constants),
// e.g. OfficeFor("IRN", OfficeForeignMinister).
func (k *KB) OfficeFor(country, key string) (*Office, bool) {
	return k.Office(OfficeID(country, key))
}

// asOfAfter reports whether day lies after the as-of date of the named
// source, when past it the KB knows nothing. An unknown source or one
// without an as-of date counts as knowing nothing either.
func (k *KB) asOfAfter(source string, day Date) bool {
	s, ok := k.Sources[source]
	if !ok || s.AsOf.IsZero() {
		return true
	}
	return day.Compare(s.AsOf.Last()) > 0
}

// OfficeExists reports whether the office existed on day (a day-precision
// Date), from its From and To dates, both inclusive: an office abolished
// on 1989-08-03 still exists that day and not the next. It is Unknown for
// an office the KB does not have, inside the precision of From or To, and
// for a day past the as-of date of the office's source unless the office
// was abolished before then. It is False on every day for an office the
// country never had (Never).
func (k *KB) OfficeExists(officeID string, day Date) Truth {
	o, ok := k.offices[officeID]
	if !ok {
		return Unknown
	}
	if o.Never {
		return False
	}
	t := Period{o.From, o.To}.Holds(day)
	if t == True && o.To.IsZero() && k.asOfAfter(o.Source, day) {
		return Unknown
	}
	return t
}

// Holds reports whether person held office on day. A role with no end
// date is open only up to its source's as-of date: after it the answer is
// Unknown, never True. A day no role of the person covers is False only
// when the office's holder list is complete for day (Office.CompleteFrom
// … CompleteTo) or the day is inside the person's known tenure gaps;
// otherwise Unknown.
func (k *KB) Holds(person, officeID string, day Date) Truth {
	best := False
	for _, i := range k.byPerson[person] {
		r := k.roles[i]
		if r.Office != officeID {
			continue
		}
		t := r.Period().Holds(day)
		if t == True && r.End.IsZero() && k.asOfAfter(r.Source, day) {
			t = Unknown
		}
		switch t {
		case True:
			return True
		case Unknown:
			best = Unknown
		}
	}
	if best == False && !k.complete(officeID, day) {
		return Unknown
	}
	return best
}

// complete reports whether the KB knows every holder of the office on day.
func (k *KB) complete(officeID string, day Date) bool {
	o, ok := k.offices[officeID]
	if !ok || o.CompleteFrom.IsZero() {
		return false
	}
	end := o.CompleteTo
	if end.IsZero() {
		// complete up to the as-of date of the office's source
		if k.asOfAfter(o.Source, day) {
			return false
		}
	}
	return Period{o.CompleteFrom, end}.Holds(day) == True
}

// HolderOn returns the roles of the office that were certainly or possibly
// held on day, each with its truth (respecting date precision and the
// as-of date of its source).
func (k *KB) HolderOn(officeID string, day Date) []RoleTruth {
	var out []RoleTruth
	for _, r := range k.Holders(officeID) {
		t := r.Period().Holds(day)
		if t == True && r.End.IsZero() && k.asOfAfter(r.Source, day) {
			t = Unknown
		}
		if t != False {
			out = append(out, RoleTruth{r, t})
		}
	}
	return out
}

// A RoleTruth is a role with whether it covers a given day.
type RoleTruth struct {
	Role  Role
	Truth Truth
}

// RelationsAt returns the relation events between a and b up to and
// including day, oldest first; the last one says the state of relations
// on day (as far as the KB knows).
func (k *KB) RelationsAt(a, b string, day Date) []Relation {
	var out []Relation
	for _, r := range k.Relations(a, b) {
		if r.Date.First().Compare(day) <= 0 {
			out = append(out, r)
		}
	}
	return out
}
