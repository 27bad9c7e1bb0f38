package quote

// claimedObject reports whether the words [k,cb) after a claim cue are
// a thing claimed rather than a claim reported (QA24 Q-1): a passive
// agent ("a remote area claimed by both China and Bhutan", unless a
// "that" clause follows: "it was claimed by the ministry that …"), or
// a bare noun phrase with no clause of its own ("Both countries claim
// the plateau, which …", "Morocco claims the whole territory"): a
// sovereignty or ownership claim, no speech act. "claimed the vote was
// rigged" and "claimed that …" still report.
func (f *finder) claimedObject(k, cb int) bool {
	if k >= cb || f.t[k].kind != tWord {
		return false
	}
	if f.t[k].w == "by" {
		for x := k + 1; x < cb; x++ {
			if f.t[x].w == "that" || f.t[x].w == ":" || f.t[x].kind == tOpen {
				return false
			}
		}
		return true
	}
	if !determiners.Has(f.t[k].w) && !claimedQuantifiers.Has(f.t[k].w) {
		return false // "claimed Russia won": a bare name may open a clause
	}
	for x := k + 1; x < cb && f.t[x].w != ","; x++ {
		if w := f.t[x].w; w == "there" || auxVerbs.Has(w) || beForms.Has(w) {
			return false // "claimed the day before there were attacks": a clause after a time phrase
		}
	}
	return f.nounObject(k, cb)
}

// claimedQuantifiers open a noun phrase of territory claimed ("claims
// most of the sea", "claim all of Kashmir", "claims parts of the
// region").
var claimedQuantifiers = setOf(`most all parts part much sovereignty`)
