package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// talkNouns are nouns of talks whose "on", "over" or "about" phrase
// names what is talked about.
var talkNouns = wordset.Of("talks negotiations discussions dialogue consultations")

// talksTopic reports whether token t0, the first of an actor or place,
// follows "on", "over" or "about" (and an optional "the") right after a
// noun of talks: "held talks on Syria", "resume talks on the South
// China Sea", "negotiations over Kashmir". The phrase is the talks'
// topic: no party to them and not where they were held.
func talksTopic(toks []tok, t0 int) bool {
	k := pastThe(toks, t0-1)
	if k < 1 {
		return false
	}
	switch toks[k].low {
	case "on", "over", "about":
		return talkNouns.Has(toks[k-1].low)
	}
	return false
}

// pastThe steps back over one "the" before token k ("ambassador to the
// UN", "talks on the South China Sea") and returns the index of the word
// before it, or k when toks[k] is not "the" or opens the sentence.
func pastThe(toks []tok, k int) int {
	if k > 0 && toks[k].low == "the" {
		return k - 1
	}
	return k
}
