package quote

// nameSaid reports whether the capitalised "Said" at token i is a name
// (the Arabic given name and surname Said) rather than the cue verb:
// it follows a capitalised word or a name particle in the same sentence
// and is followed by a lower-case word or a comma ("Edward Said said",
// "Ahmed Said told reporters", "Qaboos bin Said said"). A sentence-
// initial "Said the minister: …" and a title-case headline ("Minister
// Said Ready to Quit") stay cues (QA18 Q-1).
func (f *finder) nameSaid(i int) bool {
	if !f.t[i].upper || f.t[i].w != "said" || i == 0 || i+1 >= len(f.t) {
		return false
	}
	p, n := &f.t[i-1], &f.t[i+1]
	if p.kind != tWord || !(p.upper || p.w == "bin" || p.w == "ibn" || p.w == "al" || p.w == "el" || p.w == "abu") {
		return false
	}
	return n.kind == tWord && !n.upper || n.w == ","
}

// unflagNames clears the report flag of the flagged tokens that are a
// name and not a cue (nameSaid), and gives them their text as written
// for w ("Said", not "said"), so that no pass and no lower-case word
// list (cues, boundaryWords) reads them as the verb and the speaker
// search goes through them to the whole name. Only the few flagged
// tokens are looked at.
func (f *finder) unflagNames() {
	for _, k := range f.flagged {
		if t := &f.t[k]; t.upper && t.report && f.nameSaid(int(k)) {
			t.report = false
			t.w = f.text[t.s:t.e]
		}
	}
}
