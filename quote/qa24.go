package quote

import (
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

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

// apposedSubject finds a named subject with an appositive that opens
// the clause [s,j) before a non-speech verb and ", saying" (QA24 Q-2):
//
//   - "General Prayut Chan-o-cha, the army chief, seized power …,
//     saying …": the name before the appositive;
//   - "Thailand's army chief, General Prayut Chan-o-cha, seized power
//     …, saying …": the name after a possessive description, not the
//     possessor.
//
// The appositive is a short run of words set off by commas and a lower
// case word (the verb) follows it. It reports false for anything else.
func (f *finder) apposedSubject(s, j int) (doc.Speaker, bool) {
	if s+4 >= j || f.t[s].kind != tWord || !f.t[s].upper {
		return doc.Speaker{}, false
	}
	// the first comma-set run [s,c), then the second [c+1,c2)
	c := s
	for c < j && c < s+8 && f.t[c].kind == tWord {
		c++
	}
	if c == s || c >= j || f.t[c].w != "," {
		return doc.Speaker{}, false
	}
	c2 := c + 1
	for c2 < j && c2 < c+10 && f.t[c2].kind == tWord && !(f.t[c2].report && cues.Has(f.t[c2].w)) {
		c2++
	}
	if c2 == c+1 || c2+1 >= j || f.t[c2].w != "," || f.t[c2+1].kind != tWord || f.t[c2+1].upper {
		return doc.Speaker{}, false
	}
	if p := f.possessiveAt(s, c); p >= 0 {
		// "Thailand's army chief, General Prayut Chan-o-cha,": a title
		// after the possessor, then the name
		if p+1 == c || !f.nameRun(c+1, c2) {
			return doc.Speaker{}, false
		}
		spk, ok := f.classify(c+1, c2, j)
		if !ok || spk.Kind != KindNamed {
			return doc.Speaker{}, false
		}
		return spk, true
	}
	if !f.nameRun(s, c) {
		return doc.Speaker{}, false
	}
	if w := f.t[c+1].w; !determiners.Has(w) && !f.t[c+1].upper && !possessiveWord(w) {
		return doc.Speaker{}, false // "Okafor, 54, …" and other asides
	}
	spk, ok := f.classify(s, c, j)
	if !ok || spk.Kind != KindNamed {
		return doc.Speaker{}, false
	}
	return spk, true
}

// possessiveAt returns the index of the first possessive word ("Thailand's")
// among the capitalised words opening [s,c), or -1.
func (f *finder) possessiveAt(s, c int) int {
	for x := s; x < c && x < s+4 && f.t[x].upper; x++ {
		if possessiveWord(f.t[x].w) {
			return x
		}
	}
	return -1
}

// nameRun reports whether the tokens [a,b) are all capitalised words
// (particles inside: "Abdel Fattah al-Sisi"), with no possessive.
func (f *finder) nameRun(a, b int) bool {
	if a >= b {
		return false
	}
	for x := a; x < b; x++ {
		t := &f.t[x]
		if t.kind != tWord || !(t.upper || x > a && particles.Has(t.w)) || possessiveWord(t.w) {
			return false
		}
	}
	return true
}

// heldPostSpeakers resolves a title-only speaker ("the communications
// minister said") to the person the next sentence opens with when that
// sentence says the person holds the post: "Issa Tchiroma Bakary, who
// holds that post, added …" (QA24 Q-3). Every quote of the same
// unresolved speaker (its span) takes the person.
func (f *finder) heldPostSpeakers() {
	if !f.mentions {
		return
	}
	for i := range f.out {
		spk := f.out[i].Speaker
		if spk.Kind != KindUnresolved || spk.Span.Len() == 0 || f.out[i].CueSpan.Len() == 0 {
			continue
		}
		ci := f.tokAt(f.out[i].CueSpan.Start, 0)
		if ci >= len(f.t) || f.sent[ci] < 0 || f.sent[ci]+1 >= len(f.sentLo) {
			continue
		}
		lo := f.sentLo[f.sent[ci]+1]
		if lo < 0 || lo >= len(f.t) {
			continue
		}
		k := f.mentionAt(f.t[lo].s)
		if k < 0 || f.d.Mentions[k].Type != doc.TypePerson || !heldPost(f.low[f.d.Mentions[k].Span.End:]) {
			continue
		}
		to := f.mentionSpeaker(k, spk.Span)
		if to.Title == "" {
			to.Title = strings.TrimPrefix(f.text[spk.Span.Start:spk.Span.End], "the ")
			to.Title = strings.TrimPrefix(to.Title, "The ")
		}
		for j := range f.out {
			if f.out[j].Speaker.Kind == KindUnresolved && f.out[j].Speaker.Span == spk.Span {
				f.out[j].Speaker = to
			}
		}
	}
}

// mentionAt returns the index of the mention that starts at byte
// offset at, or -1.
func (f *finder) mentionAt(at int) int {
	ms := f.d.Mentions
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= at })
	if k < len(ms) && ms[k].Span.Start == at {
		return k
	}
	return -1
}

// heldPost reports whether the lower-case text rest, right after a name,
// opens a relative clause saying the person holds a post just named:
// ", who holds that post", ", who holds the portfolio", ", who has held
// the job since …".
func heldPost(rest string) bool {
	for _, p := range heldPostOpeners {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			for _, d := range []string{"that ", "the ", "this "} {
				if strings.HasPrefix(rest, d) {
					rest = rest[len(d):]
					for _, n := range heldPostNouns {
						if strings.HasPrefix(rest, n) && (len(rest) == len(n) || rest[len(n)] == ' ' || rest[len(n)] == ',' || rest[len(n)] == '.') {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

var (
	heldPostOpeners = []string{", who holds ", ", who has held ", ", who now holds ", ", who currently holds ", ", who occupies "}
	heldPostNouns   = []string{"post", "portfolio", "job", "office", "position", "role", "ministry"}
)
