package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// clauseCues are cues that are not verbs of saying: they find, show,
// know, want, agree, charge, believe or think. They report content only
// with a clausal complement — "that …", or a clause with its own
// subject and finite verb ("The report found people feel unsafe",
// "Burkett agreed the deal is not dead") — never a noun phrase ("Police
// found the body"), a to-infinitive ("prosecutors agreed to drop two
// charges", "wants to start a program"), a preposition ("charged with
// arson", "believes in") or a passive.
var clauseCues = setOf(`found finds shows showed shown know knows wants believe believes
	believed agreed agrees charged thinks thought expects expected`)

// findCues are the clause cues with which a study, poll or record
// reports what it found even as a noun phrase ("Polls show a close
// contest", "The autopsy found nothing suspicious").
var findCues = setOf(`found finds shows showed shown`)

// evidenceHeads are what finds or shows a finding: studies, polls,
// records and recordings.
var evidenceHeads = setOf(`poll polls survey surveys study studies report reports research
	analysis analyses data audit audits review investigation autopsy records documents
	document video videos footage tape photos images test tests results figures
	statistics census count tally average averages transcript slide evidence inspection
	probe inquiry findings estimates numbers`)

// clausePreps after a clause cue make its object a prepositional phrase
// or an infinitive ("agreed to", "charged with", "believes in").
var clausePreps = setOf(`to with in for about on of out up into at by from over after`)

// clauseStops end the subject of a complement clause before its verb:
// a relative clause belongs to an object ("found two teenagers who went
// missing"). An infinitive has no finite verb ("wants city employees to
// work"), so "to" need not stop ("his efforts to slow global warming
// will be …").
var clauseStops = setOf(`who whom whose which that where when while because and or but
	if after before until since whether what how why`)

// whWords open an interrogative complement ("know what he is doing").
var whWords = setOf(`what how why whether where who when which`)

// nominatives are pronouns that can only be a clause's subject.
var nominatives = setOf(`he she they we i`)

// finiteIrregular are irregular past tenses that make a finite verb
// after a subject ("Polls showed few Americans thought of …").
var finiteIrregular = setOf(`said thought felt knew made took gave got went came saw told
	became began kept held brought caught taught fought meant sent spent built stood grew
	drew threw wrote ran led understood`)

// finitePresent are present tenses, rarely nouns, that make a finite
// verb after a subject ("people feel unsafe").
var finitePresent = setOf(`feel feels seem seems appear appears remain remains deserve
	deserves exist exists belong belongs happen happens continue continues intend intends
	know knows think thinks believe believes`)

// clauseFunction are words after which an -ed word or a present tense
// is no finite verb of a subject ("the mother semiconscious and partly
// undressed", "a man shot in …" is checked apart).
var clauseFunction = setOf(`the a an this that these those his her their its our my your
	and or but nor to of in on at by for from with into not as than`)

// clauseComplement reports whether the clause cue at token j, whose
// content would start at token k (after its adjuncts) in a sentence
// ending before b, reports a clause. Cues of saying always do.
func (f *finder) clauseComplement(j, k, b int) bool {
	w := f.t[j].w
	if !clauseCues.Has(w) {
		return true
	}
	if f.isWord(j-1, "to") {
		return false // "to get to know who …", "wanted to know"
	}
	if k < b && f.t[k].w == "(" {
		// "thought (foolishly) that …"
		for x := k + 1; x < b && x <= k+6; x++ {
			if f.t[x].w == ")" {
				k = x + 1
				break
			}
		}
	}
	next := j + 1
	for next < b && f.t[next].kind == tWord && f.t[next].w != "that" && mannerAdverb(f.t[next].w) {
		next++
	}
	if f.isWord(next, "to") {
		return false // "wants to ensure that …", "wants to reinstate tolls on that section"
	}
	for x := next; x < k && x < b; x++ {
		if f.isWord(x, "to") {
			return false // "agreed on Saturday to a ceasefire that will take effect": "that" is relative
		}
	}
	if f.isWord(k, "that") && !(k+1 < b && (isTimeWord(f.t[k+1].w) || f.t[k+1].w == "time" || f.t[k+1].w == "day")) {
		return true // also "agreed with Oswalt that …"; not "that day"
	}
	evidence := findCues.Has(w) && f.evidenceSubject(j)
	if next < b && f.t[next].kind == tWord && clausePreps.Has(f.t[next].w) {
		// "agreed to drop", "charged with arson"; a study's "shows in
		// May 2008 a request was …" reports, a body "found at the
		// scene" is a participle
		if !evidence || f.t[next].w == "to" || w == "found" || w == "shown" {
			return false
		}
	}
	if next < b && (w == "found" || w == "shown") {
		if nw := f.t[next].w; isTimeWord(nw) || nw == "earlier" || nw == "later" || nw == "last" {
			return false // "The frozen body found earlier this week … has been identified"
		}
	}
	if evidence {
		return true
	}
	return f.finiteClause(k, b, findCues.Has(w))
}

// evidenceSubject reports whether the clause before the cue at j, in
// its sentence, names a study, poll, record or recording ("A video
// taken by a witness shows", "The audit found").
func (f *finder) evidenceSubject(j int) bool {
	for i := j - 1; i >= 0 && i >= j-14 && f.sent[i] == f.sent[j]; i-- {
		t := &f.t[i]
		if t.kind != tWord {
			if t.w == "." || t.w == "'" || t.w == "\u2019" || t.w == "-" {
				continue
			}
			return false
		}
		if evidenceHeads.Has(t.w) || strings.HasSuffix(t.w, "'s") && evidenceHeads.Has(strings.TrimSuffix(t.w, "'s")) {
			return true
		}
		if t.w == "when" || t.w == "after" || t.w == "as" || t.w == "while" || t.w == "if" || t.w == "because" {
			return false
		}
	}
	return false
}

// finiteClause reports whether the tokens from k open a clause with a
// subject and a finite verb, within a dozen words and before any
// comma: "the deal is not dead", "he was too weak", "Verduin wandered
// into the river", "what he's doing". With participle, an -ed word
// followed by a preposition or particle is a participle of the object
// ("found the couple's dog stretched out on the ground"), as after
// find and show.
func (f *finder) finiteClause(k, b int, participle bool) bool {
	for k < b && (f.t[k].kind == tOpen || f.t[k].kind == tWord && mannerAdverb(f.t[k].w)) {
		k++ // "know exactly how long …", `believes "the deal is dead"`
	}
	if k >= b || f.t[k].kind != tWord || clausePreps.Has(f.t[k].w) {
		return false
	}
	if whWords.Has(f.t[k].w) {
		k++
	}
	if k >= b || f.t[k].kind != tWord {
		return false
	}
	w0 := f.t[k].w
	if pronounContraction(w0) {
		return true // "he's", "they're", "it's", "there's"
	}
	if nominatives.Has(w0) {
		// "they found he was too weak", "we need …"
		n := k + 1
		for n < b && f.t[n].kind == tWord && (mannerAdverb(f.t[n].w) || f.t[n].w == "also" || f.t[n].w == "still" || f.t[n].w == "never") {
			n++
		}
		return n < b && f.t[n].kind == tWord && !clausePreps.Has(f.t[n].w) && !clauseFunction.Has(f.t[n].w)
	}
	words := 0
	for i := k; i < b && words < 12; i++ {
		t := &f.t[i]
		if t.kind != tWord {
			if t.kind == tOpen || t.kind == tClose || t.w == "." || t.w == "'" || t.w == "\u2019" || t.w == "$" || t.w == "%" || t.w == "-" {
				continue
			}
			return false
		}
		words++
		if i > k && f.finiteVerb(i, b, participle) {
			return true
		}
		if clauseStops.Has(t.w) && !(t.w == "and" && i > k) {
			return false
		}
	}
	return false
}

// finiteVerb reports whether the word at token i, after a subject, is
// a finite verb.
func (f *finder) finiteVerb(i, b int, participle bool) bool {
	w := f.t[i].w
	if f.t[i].upper || f.isWord(i-1, "to") {
		return false // "wants the city to have …"
	}
	if beForms.Has(w) && w != "be" && w != "been" && w != "being" || w == "am" || auxVerbs.Has(w) {
		return true
	}
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n\u2019t") {
		return true // "didn't", "won’t"
	}
	p := i - 1
	for p > 0 && f.t[p].kind == tWord && (mannerAdverb(f.t[p].w) || f.t[p].w == "also" || f.t[p].w == "never") {
		p-- // "PolitiFact consistently rated"
	}
	if p < 0 || f.t[p].kind != tWord && f.t[p].w != "'" && f.t[p].w != "\u2019" || clauseFunction.Has(f.t[p].w) || beForms.Has(f.t[p].w) {
		return false
	}
	if finitePresent.Has(w) {
		return true
	}
	if !finiteIrregular.Has(w) && !(len(w) > 4 && strings.HasSuffix(w, "ed")) {
		return false
	}
	// after find and show, a past form before a preposition is the
	// object's participle ("a check made out to the school")
	return !participle || i+1 >= b || f.t[i+1].kind != tWord || !clausePreps.Has(f.t[i+1].w) && !locatives.Has(f.t[i+1].w) && f.t[i+1].w != "dead" && f.t[i+1].w != "down"
}

// pronounContraction reports whether w is a subject pronoun with a
// contracted verb ("he's", "they're", "there's", "i'm").
func pronounContraction(w string) bool {
	for _, sep := range []string{"'", "\u2019"} {
		if p, s, ok := strings.Cut(w, sep); ok {
			return (nominatives.Has(p) || p == "it" || p == "you" || p == "there" || p == "that") && (s == "s" || s == "re" || s == "m" || s == "ll" || s == "d" || s == "ve")
		}
	}
	return false
}

// trailingAttribution finds an attribution that closes the sentence
// [a,b) after a comma (", sheriff's homicide Lt. Pat Nelson said."):
// the source of the whole clause before it, a report inside that
// clause included ("The mother said she was struck …, Lt. Pat Nelson
// said."). It returns the comma's token, the speaker and the cue.
func (f *finder) trailingAttribution(a, b int) (c int, spk doc.Speaker, cue string, cs doc.Span, ok bool) {
	e := b
	for e > a && f.t[e-1].kind != tWord {
		e-- // the full stop, a closing mark
	}
	if e-1 > a && (isTimeWord(f.t[e-1].w) || weekdays.Has(f.t[e-1].w)) {
		e-- // "said Monday", "said on Tuesday"
		if f.isWord(e-1, "on") {
			e--
		}
	}
	e = f.trailingMedium(a, e) // "…, the palace said in a statement"
	if e-2 > a && f.isWord(e-2, "by") && channelNouns.Has(f.t[e-1].w) {
		e -= 2 // "…, spokesman X told Reuters by telephone"
	}
	j := e - 1
	if j <= a || f.t[j].kind != tWord || f.t[j].upper {
		return
	}
	end, isCue := f.cueAt(j)
	if !isCue || end != e || f.t[j].w == "according" || clauseCues.Has(f.t[j].w) || participles.Has(f.t[j].w) {
		return
	}
	c = -1
	for x := j - 1; x > a && x >= j-10; x-- {
		if f.t[x].w == "," {
			c = x
			break
		}
		if f.t[x].kind != tWord && f.t[x].w != "." && f.t[x].w != "'" && f.t[x].w != "\u2019" {
			return
		}
	}
	if c < 0 || c-1 <= a {
		return
	}
	spk, ok = f.subjectBefore(j, c+1)
	if !ok || spk.Kind == KindUnresolved || f.tokAt(spk.Span.Start, c) > c+2 {
		return 0, doc.Speaker{}, "", doc.Span{}, false
	}
	cs = doc.Span{Start: f.t[j].s, End: f.t[j].e}
	return c, spk, f.text[cs.Start:cs.End], cs, true
}

// channelNouns are the means a source spoke by, after "by" at the end
// of a trailing attribution ("told Reuters by telephone", "said by
// phone"): the cue comes before them.
var channelNouns = setOf(`telephone phone email e-mail text video videolink satellite radio`)

// trailingOver emits, for the region at ri reported inside the
// sentence [a,b), the quote of an attribution that closes the sentence
// after the region: the clause before its comma, with its speaker. It
// reports whether it did.
func (f *finder) trailingOver(regs []region, ri, a, b int) bool {
	r := &regs[ri]
	c, spk, cue, cs, ok := f.trailingAttribution(a, b)
	if !ok || r.close < 0 || c <= r.close {
		return false
	}
	for a < c && f.t[a].kind != tWord {
		a++
	}
	sp := f.contentSpan(a, c)
	if sp.Len() == 0 {
		return false
	}
	f.remember(spk)
	for rj := range regs {
		if regs[rj].open >= a && regs[rj].open < c {
			regs[rj].used, regs[rj].quote = true, len(f.out)
		}
	}
	f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: Mixed, Speaker: spk, Cue: cue, CueSpan: cs})
	return true
}

// objectVerdicts are cues of conceding that mostly take a noun phrase
// ("conceded defeat", "conceded the election"), which names what is
// given up, not what was said: they report only a clausal complement
// ("conceded that the plan had failed", "conceded the plan had
// failed"), a colon or quoted words. Verbs of judging with a noun
// object ("criticised the international community", "praised the
// rescuers") stay reports: attribution corpora (PolNeAR) annotate their
// object as the content of an evaluative report, and leaving them out
// lost 13 found attributions there.
var objectVerdicts = setOf(`conceded concedes`)

// nounObject reports whether the words [k,b) after an objectVerdicts cue
// are a bare object: no "that", colon or quotation mark, and no clause
// with a subject and a finite verb within them.
func (f *finder) nounObject(k, b int) bool {
	if k >= b || f.isWord(k, "that") || f.t[k].w == ":" {
		return false
	}
	for x := k; x < b; x++ {
		if f.t[x].kind == tOpen || f.t[x].kind == tClose {
			return false
		}
	}
	return !f.finiteClause(k, b, false)
}

// timeAfter reports whether the words from token i, after a comma inside
// a report, time it against another event: a count of hours, days,
// weeks, months or years and "after" or "before" ("…, two days after
// the island's presidential election", ", a week before the summit",
// ", just hours after"), the writer's placing of the report in the
// news, not the speaker's words. After a time word ("made now, four
// years after …") it says when that time is, inside the report.
func (f *finder) timeAfter(i, b int) bool {
	if i >= 2 && f.t[i-2].kind == tWord && (f.t[i-2].w == "now" || f.t[i-2].w == "then" || isTimeWord(f.t[i-2].w)) {
		return false // "why the claims were made now, four years after …": the speaker's "now"
	}
	k := i
	if k < b && f.t[k].kind == tWord && timeAfterHedges.Has(f.t[k].w) {
		k++
	}
	if k < b && f.t[k].kind == tWord {
		if w := f.t[k].w; w == "a" || w == "an" || w == "several" || w == "few" || numberWords.Has(w) || w[0] >= '0' && w[0] <= '9' {
			k++
		}
	}
	return k+1 < b && f.t[k].kind == tWord && timeAfterUnits.Has(f.t[k].w) && (f.isWord(k+1, "after") || f.isWord(k+1, "before"))
}

// timeAfterHedges and timeAfterUnits are the words of timeAfter.
var (
	timeAfterHedges = setOf(`just only barely nearly almost some about`)
	timeAfterUnits  = setOf(`hour hours day days week weeks month months year years`)
)

// namedInQuote reports whether the words from k name their object in a
// quote that opens within six words, before b ("calling the charge
// "absurd""): attributeBefore makes it a report of its own.
func (f *finder) namedInQuote(k, b int) bool {
	for x := k; x < b && x <= k+6; x++ {
		if f.t[x].kind == tOpen {
			return true
		}
		if f.t[x].kind != tWord {
			return false
		}
	}
	return false
}

// conditionOpeners open a clause of condition or of a time still to come.
var conditionOpeners = setOf(`once if unless until till provided`)

// conditionCue reports whether the cue at j is in the present tense
// ("confirms", "says") in a clause opened at o by a condition or a time
// still to come: "sanctions will be lifted once the agency confirms that
// Tehran has met its commitments" reports nothing said yet; a past cue
// ("once he said that …") reports what was said.
func (f *finder) conditionCue(o, j int) bool {
	if o > 0 && f.t[o].w == "the" {
		o-- // "once the International Atomic Energy Agency confirms"
	}
	if o < 0 || f.t[o].kind != tWord || !conditionOpeners.Has(f.t[o].w) {
		return false
	}
	w := f.t[j].w
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}
