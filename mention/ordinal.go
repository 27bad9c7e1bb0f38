package mention

import "github.com/sitrep-project/sitrep/internal/wordset"

// ordinalWords are ordinals written out, the rank a title may carry:
// "Malaysia's seventh prime minister", "the country's fourteenth
// president".
var ordinalWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"eleventh": true, "twelfth": true, "thirteenth": true, "fourteenth": true,
	"fifteenth": true, "sixteenth": true, "seventeenth": true, "eighteenth": true,
	"nineteenth": true, "twentieth": true, "thirtieth": true, "fortieth": true,
	"fiftieth": true, "sixtieth": true,
}

// rankWords qualify a title without changing the office: "the first
// female president", "its youngest prime minister". (Hyphenated ones,
// "twenty-first", "longest-serving", are two tokens the title phrase
// does not join; news writes "21st".)
var rankWords = map[string]bool{
	"female": true, "woman": true, "male": true, "black": true, "civilian": true,
	"youngest": true, "oldest": true,
	"democratically": true, "openly": true, "gay": true, "muslim": true, "catholic": true,
}

// titleRank reports whether token i is a lower-case ordinal word or a
// rank qualifier standing between a title's owner and the title
// ("Malaysia's seventh prime minister", "Chile's first female
// president"). It adds nothing to the claim: the office is the same.
// Cheap: only lower-case words reach the map look-ups.
func (p *proc) titleRank(i int) bool {
	if i < 0 || i >= len(p.toks) || !p.toks[i].word() || p.toks[i].shape&shLower == 0 {
		return false
	}
	t := &p.toks[i]
	w := p.text[t.start:t.end] // lower case as written: no lowering
	if len(w) < 3 || len(w) > 14 {
		return false
	}
	return titleRankWords.Has(w)
}

// titleRankWords are ordinalWords and rankWords in one set, whose filter
// turns most words away unhashed.
var titleRankWords = func() *wordset.Set {
	s := wordset.FromMap(ordinalWords)
	for w, ok := range rankWords {
		if ok {
			s.Add(w)
		}
	}
	return s
}()

// reportedAfter reports whether the state found h stands in what the
// person found f says: after f in the same sentence, past a speech verb
// ("Foreign Minister X told PBS that two Americans …"). Such a state is
// the subject of the report, not the speaker's country, so it does not
// give a bare title its country.
func (p *proc) reportedAfter(f, h *found) bool {
	if h.i < f.j {
		return false
	}
	for k := f.j; k < h.i; k++ {
		if p.toks[k].word() && p.has(k, fCue) {
			return true
		}
	}
	return false
}

// nameEndDot reports whether the dot at j after the word buf of token t
// ends t's sentence and buf is a title abbreviation: then the word is
// the last of a name ("… by his father, Hun Sen. He is 45."), the
// segmenter having ended the sentence there, and the dot is no part of
// it. A company's, a generation's or a street's suffix keeps its dot
// ("Acme Inc.", "Martin Luther King Jr.", "Main St.").
func (z *tokenizer) nameEndDot(t *token, buf []byte, j int) bool {
	if t.start >= z.sentEnd {
		z.nextSentence(t.start) // as endToken would next
	}
	if t.start < z.sentStart || j+1 != z.sentEnd {
		return false
	}
	switch string(buf) {
	case "inc", "ltd", "corp", "co", "jr", "sr", "st", "mt", "ft":
		return false
	}
	return true
}

// leftAs reads a departure from office after a name, the verb at k:
// "X resigned as prime minister of Malaysia", "X stepped down as
// president", "X quit as foreign minister". It returns the token the
// title starts at and the modifier "outgoing": the person held the
// office up to the departure the sentence reports, which the verifier
// checks against the term's end. low reads token k lower-cased.
func leftAs(low func(int) string, k int) (int, string, bool) {
	switch {
	case low(k+1) == "as":
		if low(k) == "stepped" || low(k) == "steps" {
			return 0, "", false // "stepped as": no departure
		}
		return k + 2, "outgoing", true
	case (low(k) == "stepped" || low(k) == "steps") && low(k+1) == "down" && low(k+2) == "as":
		return k + 3, "outgoing", true
	}
	return 0, "", false
}
