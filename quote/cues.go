package quote

import "strings"

// Report cues in context: which cue words report in this sentence and
// which only name, label or describe ("Said" as a name, "felt" a state,
// naming verbs).

// nameSaid reports whether the capitalised "Said" at token i is a name
// (the Arabic given name and surname Said) rather than the cue verb:
// it follows a capitalised word or a name particle in the same sentence
// and is followed by a lower-case word or a comma ("Edward Said said",
// "Ahmed Said told reporters", "Qaboos bin Said said"). A sentence-
// initial "Said the minister: …" and a title-case headline ("Minister
// Said Ready to Quit") stay cues.
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
			t.cue = cues.Has(t.w)
		}
	}
}

// namingAfterAnd reports whether token i is "and" coordinating a naming
// verb with an object after the content of a first report ("said the
// explanation was credible and called the arrests \"a good first
// step\"", "… and described it as …"): what the speaker calls the
// thing is a second report of its own, so the first report's content
// ends before "and". "called for", "called on", "called off"
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
		// writer's label, a copula right after the cue; "what
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

// stateAdjectives describe how someone feels, after "felt": "felt
// unwell", "felt safe", "felt like a stranger".
var stateAdjectives = setOf(`unwell ill sick better worse well good bad fine great happy unhappy sad angry
	tired exhausted safe unsafe comfortable uncomfortable uneasy like as confident proud sorry free
	able unable alone lonely helpless powerless nervous afraid ashamed guilty responsible hopeful
	optimistic pessimistic relieved weak strong dizzy faint anxious upset numb cold hot sure unsure
	welcome unwelcome abandoned compelled obliged hurt shaken broken torn lost overwhelmed`)

// degreeWords may stand between "felt" and the state it names ("felt
// very unwell", "felt so betrayed").
var degreeWords = setOf(`very so too more less much quite rather somewhat increasingly deeply
	slightly extremely really utterly completely particularly`)

// feltState reports whether the "felt"/"feels"/"feel" at token i names
// a state ("felt unwell halfway through his speech", "felt betrayed by
// the result", "felt deeply hurt"), not a belief with a clause ("felt
// that the vote was stolen", "felt the vote was stolen", "feels strongly
// that …"): it is then no reporting cue.
func (f *finder) feltState(i int) bool {
	k := i + 1
	if k < len(f.t) && f.t[k].kind == tWord && (degreeWords.Has(f.t[k].w) || len(f.t[k].w) > 4 && strings.HasSuffix(f.t[k].w, "ly")) {
		if f.isWord(k+1, "that") {
			return false // "felt strongly that …"
		}
		k++
	}
	if k >= len(f.t) || f.t[k].kind != tWord || f.t[k].upper {
		return false
	}
	w := f.t[k].w
	return stateAdjectives.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}
