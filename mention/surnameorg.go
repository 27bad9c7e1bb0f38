package mention

// surnameInName reports whether the one-word KB surname match at token
// i, a common word, closes a longer capitalised name: "Illinois Power",
// "Department of Water and Power", "Tower of Power" (Samantha Power's
// surname), after a name of a place or body or a common word.
// matchNames drops such a match so that findRuns reads the whole name.
// A title, honorific or given name in the capitalised run before the
// word keeps the person ("Ambassador Power", "Martin Luther King"), and
// so does an unknown name-like word ("Charlie King") or a person or a
// surname before "and" ("Smith and Power said").
func (p *proc) surnameInName(i int) bool {
	if i == 0 || !p.has(i, fCommon) || !p.joined(i) || p.toks[i-1].poss {
		return false
	}
	k := i - 1
	if p.is(k, p.s.w.of) || p.is(k, p.s.w.and) {
		if k == 0 || !p.joined(k) || p.toks[k-1].poss {
			return false
		}
		k--
		if p.is(k+1, p.s.w.and) && (!p.has(k, fCommon) || p.cover[k] >= 0 && p.found[p.cover[k]].typ == kPerson) {
			return false // "Smith and Power said"; "Water and Power" names a thing
		}
	}
	if !p.toks[k].cap() || !p.toks[k].word() || p.has(k, fDate|fStop) || p.cover[k] < 0 && p.nameLike(k) {
		return false // "Charlie King": matchNames takes the unknown given name in
	}
	for m := k; m >= 0 && p.toks[m].cap(); m-- {
		if p.has(m, fHonor|fRole|fGiven) || p.cover[m] >= 0 && p.found[p.cover[m]].typ == kPerson {
			return false // "Martin Luther King", "Ambassador Power"
		}
		if !p.joined(m) {
			break
		}
	}
	return true
}

// orgListCue reports whether the unlinked KB surname f, also a name on
// the package's organisation list ("Saab", "Suzuki"), has a person's cue:
// an honorific or title before it ("Mr. Suzuki", "Minister Suzuki"), an
// apposition naming a role after it ("Suzuki, the minister, said") or
// personCue's cues ("Suzuki said he").
func (p *proc) orgListCue(f *found) bool {
	if f.i > 0 && (p.has(f.i-1, fHonor|fRole) || p.tcover[f.i-1] >= 0) {
		return true
	}
	return p.roleAppos(f.j) || p.personCue(f.i, f.j)
}

// roleAppos reports whether a comma at token j opens an apposition that
// names a role within its first lower-case words: "Suzuki, the
// minister, said", "Power, a former ambassador,".
func (p *proc) roleAppos(j int) bool {
	if j+1 >= len(p.toks) || !p.is(j, p.s.w.comma) {
		return false
	}
	for k := j + 1; k <= j+4 && k < len(p.toks) && p.toks[k].sent == p.toks[j].sent && p.toks[k].shape&shLower != 0; k++ {
		if p.has(k, fRole) {
			return true
		}
	}
	return false
}
