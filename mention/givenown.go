package mention

// givenOwn reports whether the given name written alone at p.found[g]
// names a person of its own rather than the person p.found[r] whose full
// name it opens. A person the article names with an honorific or a title
// ("Grand Ayatollah Ali al-Sistani", "President Mahmoud Kareem") is
// neither announced by a first name before the full name nor introduced
// afresh by one with an appositive of its own (", a 24-year-old
// graduate", ", 31,"): such a first name is another person, typically a
// vox-pop speaker sharing a common first name (Ali, Mohammed, Ahmed) with
// the leader the story names. A plain later first name ("The Rev. Roy
// Jones … I talked to Roy") and any first name of an untitled full name
// ("her husband Roger … Roger Whipps") still join: local and feature
// stories call children and relatives by first name.
func (p *proc) givenOwn(g, r int) bool {
	f, full := &p.found[g], &p.found[r]
	if !p.has(full.i-1, fHonor) && full.title.End <= full.title.Start && full.claim < 0 {
		return false
	}
	if full.i > f.i && !p.headline(f.i) {
		return true // the full name comes later: no first name points forward
	}
	return p.is(f.j, p.s.w.comma) && f.j+1 < len(p.toks) && p.toks[f.j+1].sent == p.toks[f.j].sent &&
		(p.lower(f.j+1) == "a" || p.lower(f.j+1) == "an" || p.toks[f.j+1].shape&shDigit != 0)
}
