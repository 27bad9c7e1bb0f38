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

// namingAfterAnd reports whether token i is "and" coordinating a naming
// verb with an object after the content of a first report ("said the
// explanation was credible and called the arrests \"a good first
// step\"", "… and described it as …"): what the speaker calls the
// thing is a second report of its own, so the first report's content
// ends before "and" (QA18 Q-2). "called for", "called on", "called off"
// are requests or cancellations and "described" needs an "as" within
// six words. b bounds the clause.
func (f *finder) namingAfterAnd(i, b int) bool {
	if i+2 >= b || f.t[i+1].kind != tWord || f.t[i+1].upper || f.t[i+2].kind != tWord && f.t[i+2].kind != tOpen {
		return false
	}
	switch w := f.t[i+1].w; {
	case mixedCues.Has(w) && w != "calls":
		n := f.t[i+2].w
		return n != "for" && n != "on" && n != "off" && n != "up" && n != "in" && n != "out" && n != "back"
	case w == "described":
		for c := i + 3; c < b && c <= i+8; c++ {
			if f.isWord(c, "as") {
				return true
			}
		}
	}
	return false
}

// ageAppositive reports whether the words [a,k) between commas after a
// name are the person's age, a bare number of one to three digits or
// "aged" and one ("Kemal Kilicdaroglu, 74, told", "Ana Ruiz, aged 31,
// said"): an age is no title (QA18 Q-3).
func (f *finder) ageAppositive(a, k int) bool {
	if k == a+2 && f.isWord(a, "aged") {
		a++
	}
	return k == a+1 && f.t[a].kind == tWord && len(f.t[a].w) <= 3 && isDigits(f.t[a].w)
}

// pastAge returns the token after an age appositive that opens the
// words [a,k) between commas after a name and is followed by a second
// appositive ("X, 74, the opposition leader, said": the title starts
// at "the"), or a.
func (f *finder) pastAge(a, k int) int {
	for c := a + 1; c < k && c <= a+2; c++ {
		if f.t[c].w == "," {
			if f.ageAppositive(a, c) && c+1 < k {
				return c + 1
			}
			break
		}
	}
	return a
}

// labelRelative reports whether the cue at token j is a naming verb in a
// free relative that labels the object of another verb: "bombed what New
// Delhi described as a militant training camp", "struck what it called
// a command centre". The label is the writer's attribution of a name,
// not a report of speech with content: the indirect pass makes no quote
// of it (a quoted label still makes a mixed quote in the region pass).
// "what" must open the subject of at most five words before the cue.
// A naming participle with its agent after it ("its cargo, described by
// officials as material for munitions") is such a label too.
func (f *finder) labelRelative(j int) bool {
	switch f.t[j].w {
	case "described", "called", "termed", "labelled", "labeled", "dubbed", "branded", "characterised", "characterized":
	case "said", "say", "says", "claimed", "claim", "claims", "alleged", "alleges":
		// "struck what New Delhi said was a training camp": the
		// writer's label, a copula right after the cue (W12 QA); "what
		// he said was that …" still reports
		if j+1 >= len(f.t) || !beForms.Has(f.t[j+1].w) || f.isWord(j+2, "that") {
			return false
		}
	default:
		return false
	}
	if f.isWord(j+1, "by") {
		return true // "its cargo, described by officials as material for munitions": a passive label
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		t := &f.t[k]
		if t.kind != tWord {
			return false
		}
		if t.w == "what" {
			return k < j-1
		}
	}
	return false
}

// reportAfterQuote reports whether the tokens from i, right after the
// closing mark of a mixed quote, coordinate a second report of the same
// speaker (", and said …", "and warned that …"): the mixed quote ends
// at its mark, the second report is its own.
func (f *finder) reportAfterQuote(i int) bool {
	if f.t[i].w == "," {
		i++
	}
	return i < len(f.t) && (f.coordinatedCue(i) || f.bareCoordinatedCue(-1, i))
}

// secondReportCut returns where the content [c,b) of a participle report
// ("…, saying he died in a fight, and announced that it had fired five
// officials") ends before a coordinated second report of the sentence's
// subject (", and announced that …"), or b.
func (f *finder) secondReportCut(c, b int) int {
	for i := c + 1; i < b; i++ {
		if f.t[i].w == "and" && (f.coordinatedCue(i) || f.bareCoordinatedCue(-1, i)) {
			if f.t[i-1].w == "," {
				return i - 1
			}
			return i
		}
	}
	return b
}
