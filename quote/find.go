package quote

import (
	"github.com/sitrep-project/sitrep/internal/wordset"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// Find returns the quotes of d in text order. It reads d.Text,
// d.Paragraphs and d.Sentences, and d.Mentions and d.Entities when
// d.Has(doc.LayerMentions). It does not modify d.
func Find(d *doc.Doc) []doc.Quote { return FindKB(d, nil) }

// FindKB is Find with a KB (nil for none): a title description no
// earlier speaker or titled mention fits ("the prime minister said") may
// then go to the person named before it whom the KB has in that office
// on the article date (see officeHolder).
func FindKB(d *doc.Doc, k *kb.KB) []doc.Quote {
	bufs := finderPool.Get().(*finderBufs)
	f := &finder{d: d, text: d.Text, low: segment.LowerASCII(d.Text), mentions: d.Has(doc.LayerMentions), t: bufs.t, sent: bufs.sent, history: bufs.history[:0], marks: bufs.marks[:0], paraEnds: bufs.paraEnds[:0], flagged: bufs.flagged[:0], sentLoHi: bufs.sentLoHi[:0]}
	f.kb = k
	f.out, f.refs = bufs.out[:0], bufs.refs
	f.run()
	// no quotes is a nil slice; otherwise the document gets an
	// exact-size copy of the pooled f.out (room to spare there was
	// garbage that brought the next collection sooner)
	var out []doc.Quote
	if len(f.out) > 0 {
		out = make([]doc.Quote, len(f.out))
		copy(out, f.out)
	}
	// the token buffers go back to the pool; nothing in out refers to
	// them. They are not cleared (clearing cost 5% of Find): their stale
	// words keep this document's lowered copy alive until the buffer is
	// reused or the pool drops it at a garbage collection. The quotes
	// and references are few and are cleared.
	clear(f.out)
	clear(f.refs)
	bufs.t, bufs.sent, bufs.history, bufs.marks, bufs.paraEnds, bufs.flagged, bufs.sentLoHi = f.t[:0], f.sent[:0], f.history[:0], f.marks[:0], f.paraEnds[:0], f.flagged[:0], f.sentLoHi[:0]
	bufs.out, bufs.refs = f.out[:0], f.refs
	finderPool.Put(bufs)
	return out
}

// finderBufs are a finder's per-document token buffers, reused across
// documents through finderPool.
type finderBufs struct {
	t        []tok
	sent     []int
	history  []doc.Speaker
	marks    []int32
	paraEnds []int32
	flagged  []int32
	sentLoHi []int
	// out and refs are the finder's quotes and references, copied
	// out (the quotes) or dropped at the end of each document and
	// cleared before they go back to the pool.
	out  []doc.Quote
	refs map[doc.Span]ref
}

var finderPool = sync.Pool{New: func() any { return new(finderBufs) }}

type finder struct {
	d         *doc.Doc
	text, low string
	mentions  bool
	kb        *kb.KB // nil without a KB
	t         []tok
	// marks are the indexes of the quote marks among t (isMark), in
	// order, when marksKnown (lexTokens notes them; lexSpan does not)
	marks      []int32
	marksKnown bool
	sent       []int // sentence index of each token
	sentLo     []int // first token of each sentence
	sentHi     []int // one past the last token of each sentence
	history    []doc.Speaker
	out        []doc.Quote
	// carry is the speaker of a quote left open at the end of the
	// previous paragraph, for a continuation that reopens.
	carry    *doc.Speaker
	carryCue string
	carrySp  doc.Span
	// prevLo, prevHi are the tokens of the previous paragraph.
	prevLo, prevHi int
	// refs are the pronouns and descriptions met, by their span.
	refs map[doc.Span]ref
	// groups are the spans of speakers that are coordinated names.
	groups map[doc.Span]bool
	// pending are the quotes, left open at the end of the paragraphs
	// before, that have no speaker yet.
	pending []int
	// country is the mention of the one country the article names, or
	// -1; countryDone says it was worked out (soleCountry).
	country     int
	countryDone bool

	// paraEnds[p] is len(t) after paragraph p was lexed (run's split of
	// t into paragraphs reads it when they are in order and apart).
	paraEnds []int32
	// flagged are the indexes of the tokens with report or naming set,
	// in order: the passes that look for such words in a sentence
	// (nextFlagged) read them instead of every token.
	flagged []int32
	// sentLoHi holds sentLo and sentHi, kept across documents.
	sentLoHi []int
	// head holds the facts of the latest description head compatible
	// was asked about (see headFacts).
	head headFacts
	// genders holds the latest answers of nameGender (see genderMemo).
	genders genderMemo
}

// A region is a stretch of text inside double quote marks, open and
// close being token indexes (close == -1: unclosed to the paragraph end).
type region struct {
	open, close int
	last        int // last token inside the region
	used        bool
	quote       int // index into out, or -1
}

func (f *finder) run() {
	if n := len(f.text)/3 + 16; cap(f.t) < n { // news has a token every 4 to 5 bytes
		f.t = make([]tok, 0, n)
	}
	f.t = f.t[:0]
	segs := f.d.Tokens // segment's tokens spare lexing most words again
	if !f.d.Has(doc.LayerTokens) {
		segs = nil
	}
	k := 0
	f.marksKnown = segs != nil
	notes := lexNotes{marks: f.marks, flagged: f.flagged}
	ordered, prevEnd := true, 0 // the paragraphs are valid spans, in order and apart
	for _, p := range f.d.Paragraphs {
		if p.Start < 0 || p.End > len(f.text) || p.Start > p.End {
			ordered = false
			continue
		}
		ordered = ordered && p.Start >= prevEnd
		prevEnd = p.End
		if segs != nil {
			f.t, k = lexTokens(f.t, f.text, f.low, p.Start, p.End, segs, k, &notes)
		} else {
			f.t = lexSpan(f.t, f.text, f.low, p.Start, p.End)
		}
		f.paraEnds = append(f.paraEnds, int32(len(f.t)))
	}
	// sentence of each token
	if cap(f.sent) < len(f.t) {
		f.sent = make([]int, len(f.t))
	}
	f.sent = f.sent[:len(f.t)] // every entry is set below
	// sentLo and sentHi share one buffer kept across documents
	if n := len(f.d.Sentences); cap(f.sentLoHi) < 2*n {
		f.sentLoHi = make([]int, 2*n)
	}
	f.sentLoHi = f.sentLoHi[:2*len(f.d.Sentences)]
	f.sentLo, f.sentHi = f.sentLoHi[:len(f.d.Sentences)], f.sentLoHi[len(f.d.Sentences):]
	for i := range f.sentLo {
		f.sentLo[i] = -1
	}
	clear(f.sentHi)
	f.marks, f.flagged = notes.marks, notes.flagged
	toks := f.t // a local for the loops over every token below
	if segs == nil {
		for i := range toks { // lexSpan notes none
			if toks[i].report || toks[i].naming {
				f.flagged = append(f.flagged, int32(i))
			}
		}
	}
	// "Edward Said said": the name is no cue
	f.unflagNames()
	if ordered { // the tokens are in order of their start
		mapSentencesSorted(toks, f.d.Sentences, f.sent[:len(toks)], f.sentLo, f.sentHi)
	} else {
		mapSentences(toks, f.d.Sentences, f.sent[:len(toks)], f.sentLo, f.sentHi)
	}
	ti := 0
	for pi, p := range f.d.Paragraphs {
		lo := ti
		if ordered {
			// the tokens of paragraph pi end where its lexing ended:
			// they start before p.End, the next paragraph's after it
			ti = int(f.paraEnds[pi])
		}
		for ti < len(toks) && toks[ti].s < p.End { // toks is f.t, a local
			ti++
		}
		if lo < ti {
			n := len(f.out)
			hl, ok := doc.Span{}, false
			if pi == 0 {
				hl, ok = f.headline(lo, ti)
			}
			f.paragraph(lo, ti)
			if ok {
				// the headline's claim is reported once, by its speaker
				kept := f.out[:n+1]
				for _, q := range f.out[n+1:] {
					if !q.Span.Overlaps(hl) {
						kept = append(kept, q)
					}
				}
				f.out = kept
			}
			f.prevLo, f.prevHi = lo, ti
		}
	}
	f.carryEarlier()
	f.resolve()
	f.missionSpeakers() // "EU observers said"
	// "the communications minister said. X, who holds that post, …"
	f.heldPostSpeakers()
	// the answers of a Q-and-A interview are the interviewee's
	f.interviewTurns()
	for i := 1; i < len(f.out); i++ {
		if f.out[i].Span.Start < f.out[i-1].Span.Start { // mostly in order already
			sort.SliceStable(f.out, func(i, j int) bool { return f.out[i].Span.Start < f.out[j].Span.Start })
			break
		}
	}
}

// mapSentences sets sent[i] to the sentence of token i (-1: none) and
// lo[s], hi[s] to the first and one past the last token of sentence s
// (lo[s] stays as it is, -1, for a sentence with no token). A token
// belongs to the first sentence, from the last one found on, that ends
// after its start, when it starts inside it. The tokens that follow in
// the same sentence are set in a loop of their own (the search for the
// sentence would not move for them).
func mapSentences(toks []tok, sents []doc.Span, sent, lo, hi []int) {
	sent, lo, hi = sent[:len(toks)], lo[:len(sents)], hi[:len(sents)]
	si := 0
	for i := 0; i < len(toks); i++ {
		ts := toks[i].s
		for si < len(sents) && sents[si].End <= ts {
			si++
		}
		if si < len(sents) && sents[si].Start <= ts {
			s, st, end := si, sents[si].Start, sents[si].End
			if lo[s] < 0 {
				lo[s] = i
			}
			// the tokens after it in the same sentence, in a loop of
			// their own: the sentence search above would not move
			sent[i] = s
			j := i + 1
			for j < len(toks) && toks[j].s < end && toks[j].s >= st {
				sent[j] = s
				j++
			}
			hi[s] = j
			i = j - 1
			continue
		}
		sent[i] = -1
	}
}

// mapSentencesSorted is mapSentences for tokens in order of their start
// (toks[j].s never less than toks[j-1].s): the tokens after a token in
// the same sentence are those before the first to start at the
// sentence's end or later, which a binary search finds; they are then
// set in a loop that tests nothing.
func mapSentencesSorted(toks []tok, sents []doc.Span, sent, lo, hi []int) {
	sent, lo, hi = sent[:len(toks)], lo[:len(sents)], hi[:len(sents)]
	si := 0
	for i := 0; i < len(toks); i++ {
		ts := toks[i].s
		for si < len(sents) && sents[si].End <= ts {
			si++
		}
		if si < len(sents) && sents[si].Start <= ts {
			s, end := si, sents[si].End
			if lo[s] < 0 {
				lo[s] = i
			}
			j, top := i+1, len(toks) // the first token from j on to start at end or later
			for j < top {
				m := int(uint(j+top) >> 1)
				if toks[m].s < end {
					j = m + 1
				} else {
					top = m
				}
			}
			same := sent[i:j]
			for k := range same {
				same[k] = s
			}
			hi[s] = j
			i = j - 1
			continue
		}
		sent[i] = -1
	}
}

// headline reports a headline that attributes its claim with a colon:
// "Pence: Gennifer Flowers Won't Be at Debate", "Poll: Wealthy Voters
// Abandon …". The paragraph [lo,hi) must be short and open with a name
// the mentions layer types as a person, organisation, group or country
// (without mentions: a name of two capitalised words or more), or with
// "Poll", "Survey" or "Study", then a colon. Labels ("The Latest:",
// "UPDATE:", "Analysis:") name no one. It returns the claim's span.
func (f *finder) headline(lo, hi int) (doc.Span, bool) {
	if hi-lo > 40 {
		return doc.Span{}, false
	}
	c := lo
	for c < hi && c < lo+5 && f.t[c].kind == tWord && f.t[c].upper && !isCaps(f.text[f.t[c].s:f.t[c].e]) {
		c++
	}
	if c == lo || c >= hi || f.t[c].w != ":" || f.wordsBetween(c+1, hi) < 3 || headlineLabels.Has(f.t[lo].w) {
		return doc.Span{}, false
	}
	name := doc.Span{Start: f.t[lo].s, End: f.t[c-1].e}
	ok := false
	if f.mentions {
		for i := range f.d.Mentions {
			m := &f.d.Mentions[i]
			if m.Span.Start >= name.End {
				break
			}
			if m.Span == name && (m.Type == doc.TypePerson || m.Type == doc.TypeOrganization || m.Type == doc.TypeArmedGroup || m.Type == doc.TypeCountry) {
				ok = true
			}
		}
	} else {
		ok = c-lo >= 2
	}
	if c-lo == 1 && (f.t[lo].w == "poll" || f.t[lo].w == "survey" || f.t[lo].w == "study") {
		ok = true
	}
	if !ok {
		return doc.Span{}, false
	}
	sp := f.contentSpan(c+1, hi)
	if sp.Len() <= 0 {
		return doc.Span{}, false
	}
	spk := doc.Speaker{Kind: KindNamed, Name: f.text[name.Start:name.End], Span: name, Mention: -1}
	f.link(&spk)
	cs := doc.Span{Start: f.t[c].s, End: f.t[c].e}
	f.remember(spk)
	f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: Indirect, Speaker: spk, Cue: ":", CueSpan: cs})
	return sp, true
}

// headlineLabels open headlines that name a kind of story, not a
// speaker, before a colon.
var headlineLabels = setOf(`the breaking watch opinion analysis editorial exclusive update live
	factbox explainer timeline review photos video correction fact`)

// sentBounds returns the token range of the sentence holding token i,
// clipped to the paragraph [lo,hi).
func (f *finder) sentBounds(i, lo, hi int) (int, int) {
	s := f.sent[i]
	if s < 0 {
		return lo, hi
	}
	a, b := f.sentLo[s], f.sentHi[s]
	if a < lo {
		a = lo
	}
	if b > hi {
		b = hi
	}
	return a, b
}

func (f *finder) paragraph(lo, hi int) {
	// 1. quote regions (none in a paragraph without a quote mark)
	var regs []region
	if f.marksIn(lo, hi) {
		regs = f.quoteRegions(lo, hi)
		if len(regs) == 0 {
			regs = f.singleRegions(lo, hi)
		}
	}
	carry, carryCue, carrySp := f.carry, f.carryCue, f.carrySp
	f.carry = nil
	if f.transcript(lo, hi) {
		return
	}
	// 2. direct attribution of each region
	for ri := range regs {
		r := &regs[ri]
		if r.last < r.open+1 {
			r.used = true
			continue
		}
		prevEnd := lo
		if ri > 0 && regs[ri-1].close >= 0 {
			prevEnd = regs[ri-1].close + 1
		}
		nextOpen := hi
		if ri+1 < len(regs) {
			nextOpen = regs[ri+1].open
		}
		spk, cue, cs, ok := f.attributeAfter(r, nextOpen, lo, hi, false)
		if !ok {
			if _, _, _, _, _, okb := f.attributeBefore(r, prevEnd, lo, hi); !okb {
				spk, cue, cs, ok = f.attributeAfter(r, nextOpen, lo, hi, true)
			}
		}
		if ok && f.t[f.tokAt(cs.Start, r.close)].w == "according" {
			// `Abbas said Israel was "destroying …," according to WAFA`:
			// the report's medium after it; the cue before speaks
			if a, _ := f.sentBounds(r.open, lo, hi); f.cueBetween(max(a, prevEnd), r.open) {
				ok = false
			}
		}
		if ok {
			// words before the mark in its clause make a mixed quote:
			// `Trump’s “meltdown is unhinged,” Clinton said.`
			a, _ := f.sentBounds(r.open, lo, hi)
			if a < prevEnd {
				a = prevEnd
			} else {
				// `PRAGUE, Aug. 14 (Agency) - "We will rebuild," the
				// mayor said`: a dateline is no part of the quote
				a = f.skipDateline(a, r.open)
			}
			for a < r.open && f.t[a].kind != tWord {
				a++
			}
			if wb := f.wordsBetween(a, r.open); wb > 0 && f.titleLike(r) {
				r.used = true // `In an interview on CBS's "Face the Nation," Ryan said …`
				continue
			}
			if wb := f.wordsBetween(a, r.open); (wb >= 2 || wb == 1 && !f.t[r.open+1].upper) && !f.cueBetween(a, r.open) {
				sp := doc.Span{Start: f.t[a].s, End: f.t[r.close].e}
				f.remember(spk)
				r.used, r.quote = true, len(f.out)
				f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: Mixed, Speaker: spk, Cue: cue, CueSpan: cs})
				continue
			}
			f.emitDirect(r, spk, cue, cs)
			continue
		}
		if spk, cue, cs, kind, cstart, ok := f.attributeBefore(r, prevEnd, lo, hi); ok {
			if kind == Direct {
				f.emitDirect(r, spk, cue, cs)
			} else if mixedCues.Has(f.t[f.tokAt(cs.Start, ri)].w) {
				f.emitNaming(regs, ri, spk, cue, cs, lo, hi)
			} else if a, b := f.sentBounds(r.open, lo, hi); f.trailingOver(regs, ri, max(a, prevEnd), b) {
				// `The mother said she was "struck …" and knocked
				// unconscious, Lt. Pat Nelson said.`
			} else {
				f.emitMixed(r, spk, cue, cs, cstart, lo, hi)
				for rj := ri + 1; rj < len(regs); rj++ {
					if regs[rj].open < f.out[len(f.out)-1].Span.End && f.t[regs[rj].open].s < f.out[len(f.out)-1].Span.End {
						regs[rj].used = true
					}
				}
			}
		}
	}
	// a quote left open at the end of the paragraphs before, with no
	// speaker, continues here: an attribution of this paragraph's
	// opening quote is theirs ("…\n\n"…," said X.")
	pending := f.pending
	f.pending = nil
	if len(pending) > 0 && len(regs) > 0 && regs[0].open == lo && regs[0].quote >= 0 {
		if q := f.out[regs[0].quote]; q.Speaker.Kind != KindUnresolved && q.Kind == Direct {
			for _, p := range pending {
				f.out[p].Speaker, f.out[p].Cue, f.out[p].CueSpan = q.Speaker, q.Cue, q.CueSpan
			}
			pending = nil
		}
	}
	// 3. indirect quotes: cues outside regions not yet used
	for s := f.sent[lo]; s >= 0 && s < len(f.sentLo); s++ {
		a, b := f.sentLo[s], f.sentHi[s]
		if a < 0 || a >= hi {
			break
		}
		if a < lo {
			a = lo
		}
		if b > hi {
			b = hi
		}
		if f.nextFlagged(a, b, false) < b {
			// (a sentence with no word that reports has nothing for
			// indirect, whose frame is costly to set up)
			f.indirect(a, b, regs)
		}
		f.namingReport(a, b, regs)
	}
	// 4. unattributed regions: inherit, or drop scare quotes
	for ri := range regs {
		r := &regs[ri]
		if r.used || r.quote >= 0 {
			continue
		}
		words := 0
		for i := r.open + 1; i <= r.last; i++ {
			if f.t[i].kind == tWord {
				words++
			}
		}
		if words <= 3 && !(ri == 0 && carry != nil && r.open == lo) && !f.shortSentenceAfter(regs, ri, words) {
			continue // scare quotes and titles: not quotes
		}
		if a, _ := f.sentBounds(r.open, lo, hi); f.wordsBetween(f.skipDateline(a, r.open), r.open) == 0 && f.t[r.open+1].upper {
			// `"We will not yield." Those were the words of X`
			if spk, ok := f.wordsOfAfter(r, hi); ok {
				f.emitDirect(r, spk, "", doc.Span{})
				continue
			}
		}
		if a, _ := f.sentBounds(r.open, lo, hi); f.wordsBetween(a, r.open) > 0 || !f.t[r.open+1].upper {
			continue // a fragment inside a sentence with no cue: not a quote
		}
		var spk doc.Speaker
		cue := ""
		var cs doc.Span
		switch {
		case ri == 0 && r.open == lo && carry != nil:
			spk, cue, cs = *carry, carryCue, carrySp
		default:
			if q := f.neighbour(regs, ri); q >= 0 {
				spk, cue, cs = f.out[q].Speaker, f.out[q].Cue, f.out[q].CueSpan
			} else if words < 6 {
				continue
			} else if s, c, sp, ok := f.context(r, lo); ok {
				spk, cue, cs = s, c, sp
			} else {
				spk = doc.Speaker{Kind: KindUnresolved, Mention: -1}
			}
		}
		f.emitDirect(r, spk, cue, cs)
	}
	// a quote left open at the paragraph end carries its speaker over
	if n := len(regs); n > 0 && regs[n-1].close < 0 && regs[n-1].quote >= 0 {
		q := f.out[regs[n-1].quote]
		if q.Speaker.Kind == KindUnresolved && q.Cue == "" {
			// no speaker yet: the next paragraph may name it
			if n == 1 && regs[0].open == lo {
				f.pending = append(pending, regs[0].quote)
			} else {
				f.pending = append(f.pending, regs[n-1].quote)
			}
		}
		sp := q.Speaker
		f.carry, f.carryCue, f.carrySp = &sp, q.Cue, q.CueSpan
	} else if f.carry == nil {
		f.introduce(lo, hi, regs)
	}
}

// marksIn reports whether tokens [lo,hi) may hold a quote mark: true
// unless the marks are known (f.marks) and none is in the range, so that
// the passes for regions skip the paragraphs without one.
func (f *finder) marksIn(lo, hi int) bool {
	if !f.marksKnown {
		return true
	}
	m := f.marks
	k := sort.Search(len(m), func(k int) bool { return int(m[k]) >= lo })
	return k < len(m) && int(m[k]) < hi
}

// quoteRegions returns the double-quote regions of tokens [lo,hi):
// doubleRegions with nesting when that reads the paragraph (it nests and
// every mark closes), else without. A paragraph that does not nest, the
// usual case, is read in one pass: both readings are the same there.
func (f *finder) quoteRegions(lo, hi int) []region {
	regs, nested, open := f.doubleRegionsPass(lo, hi, true)
	switch {
	case !nested:
		if open >= 0 {
			regs = append(regs, region{open: open, close: -1, last: hi - 1, quote: -1})
		}
		return regs
	case open < 0 && regs != nil:
		return regs
	}
	return f.doubleRegions(lo, hi, false)
}

// doubleRegions finds the regions inside double quote marks in tokens
// [lo,hi); a quote left open runs to the paragraph end. With nest, a
// curly mark that opens inside an open quote nests, its close pairing
// with it (“… what he calls “hell” than …”), and the answer is nil
// unless some mark nested and every quote of the paragraph closed: a
// stray opening mark is more often a typo than a quote within a quote.
func (f *finder) doubleRegions(lo, hi int, nest bool) []region {
	regs, nested, open := f.doubleRegionsPass(lo, hi, nest)
	if nest && (!nested || open >= 0) {
		return nil
	}
	if open >= 0 {
		regs = append(regs, region{open: open, close: -1, last: hi - 1, quote: -1})
	}
	return regs
}

// doubleRegionsPass reads the double-quote regions of doubleRegions; it
// also returns whether a mark nested (nest only) and the token of the
// mark left open (-1: none), for which it adds no region.
func (f *finder) doubleRegionsPass(lo, hi int, nest bool) (regs []region, nested bool, open int) {
	open, depth := -1, 0
	toks := f.t[:hi] // a local: appending to regs does not reload f.t
	for i := lo; i < len(toks); i++ {
		switch toks[i].kind {
		case tOpen:
			switch {
			case open < 0:
				open = i
			case toks[i].w == "\"":
				regs = append(regs, region{open: open, close: i, last: i - 1, quote: -1})
				open, depth = -1, 0
			case nest:
				depth++
				nested = true
			}
		case tClose:
			if open >= 0 && depth > 0 {
				depth--
			} else if open >= 0 {
				regs = append(regs, region{open: open, close: i, last: i - 1, quote: -1})
				open = -1
			}
		}
	}
	return regs, nested, open
}

// introduce handles a paragraph that ends with a cue and a colon outside
// any quote ("Caddell continued:"): its speaker is carried over to a
// quote that opens the next paragraph.
func (f *finder) introduce(lo, hi int, regs []region) {
	last := hi - 1
	if last <= lo || f.t[last].w != ":" {
		return
	}
	for _, r := range regs {
		if last >= r.open && (r.close < 0 || last <= r.close) {
			return
		}
	}
	a, _ := f.sentBounds(last, lo, hi)
	for j := last - 1; j >= a && j >= last-4; j-- {
		if f.t[j].kind != tWord {
			continue
		}
		cueEnd, ok := f.cueAt(j)
		if !ok || f.t[j].w == "according" || participles.Has(f.t[j].w) {
			continue
		}
		if f.skipAdjuncts(cueEnd, last) != last {
			return
		}
		spk, ok := f.subjectBefore(j, a)
		if !ok || spk.Kind == KindUnresolved {
			return
		}
		cs := doc.Span{Start: f.t[j].s, End: f.t[cueEnd-1].e}
		f.carry, f.carryCue, f.carrySp = &spk, f.text[cs.Start:cs.End], cs
		return
	}
}

// context finds the speaker of a quote region with no cue of its own
// and no attributed neighbour in its paragraph, from the sentence just
// before it (in the previous paragraph when the quote opens its own):
// the speaker of a quote reported in that sentence, or else its subject
// when that is a name ("Smith spoke to reporters. "We …"").
func (f *finder) context(r *region, lo int) (doc.Speaker, string, doc.Span, bool) {
	pl := lo
	if r.open == lo {
		if f.prevHi != lo || f.prevHi <= f.prevLo {
			return doc.Speaker{}, "", doc.Span{}, false
		}
		pl = f.prevLo
	}
	if r.open-1 < pl {
		return doc.Speaker{}, "", doc.Span{}, false
	}
	pa, pb := f.sentBounds(r.open-1, pl, r.open)
	if pa >= pb {
		return doc.Speaker{}, "", doc.Span{}, false
	}
	ps := doc.Span{Start: f.t[pa].s, End: f.t[pb-1].e}
	for k := len(f.out) - 1; k >= 0; k-- {
		q := &f.out[k]
		if q.Span.End <= ps.End && q.Span.End > ps.Start && q.Speaker.Kind != KindUnresolved {
			return q.Speaker, q.Cue, q.CueSpan, true
		}
	}
	for i := pa; i < pb; i++ {
		if f.t[i].kind != tOpen && f.t[i].kind != tClose {
			continue
		}
		c := i + 1
		for c < pb && f.t[c].kind != tClose && f.t[c].kind != tOpen {
			c++
		}
		if f.t[i].kind == tClose || c == pb || f.wordsBetween(i+1, c) > 3 {
			return doc.Speaker{}, "", doc.Span{}, false // a quote without a speaker
		}
		i = c // a title or scare quotes: `On "Meet the Press," …`
	}
	// "COLOMBO, July 13 (Reuters) - Protesters stormed …": the
	// dateline's city is no subject
	spk, ok := f.clauseSubject(f.skipDateline(pa, pb), pb)
	if !ok || spk.Kind != KindNamed {
		return doc.Speaker{}, "", doc.Span{}, false
	}
	return spk, "", doc.Span{}, true
}

// cueBetween reports whether a cue word lies in tokens [a,b).
func (f *finder) cueBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if f.t[i].kind == tWord {
			if _, ok := f.cueAt(i); ok {
				return true
			}
		}
	}
	return false
}

// transcript handles a transcript turn, a paragraph that starts with
// the speaker's name in capitals and a colon ("PENCE: Well, look, …"):
// the rest of the paragraph is the speaker's own words.
func (f *finder) transcript(lo, hi int) bool {
	if lo < hi && f.t[lo].kind == tOpen {
		lo++ // a turn quoted whole: `"WALLACE: Let's start …`
	}
	k := lo
	for k < hi && k < lo+4 && (f.t[k].kind == tWord && isCaps(f.text[f.t[k].s:f.t[k].e]) || f.t[k].w == ".") {
		k++
	}
	if k == lo || k >= hi-1 || f.t[k].w != ":" || f.wordsBetween(k+1, hi) < 3 {
		return false
	}
	if f.t[lo].e-f.t[lo].s < 2 || notSpeakerLabels.Has(f.t[lo].w) {
		return false
	}
	name := f.text[f.t[lo].s:f.t[k-1].e]
	spk := doc.Speaker{Kind: KindNamed, Name: name, Span: doc.Span{Start: f.t[lo].s, End: f.t[k-1].e}, Mention: -1}
	f.link(&spk)
	if spk.Mention >= 0 {
		if ty := f.d.Mentions[spk.Mention].Type; ty == doc.TypePlace || ty == doc.TypeCountry {
			return false // "BEIRUT: Gunmen opened fire …" is a dateline
		}
	}
	f.remember(spk)
	sp := f.contentSpan(k+1, hi)
	if sp.Len() == 0 {
		return false
	}
	f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: Direct, Speaker: spk, Cue: ":", CueSpan: doc.Span{Start: f.t[k].s, End: f.t[k].e}})
	return true
}

// notSpeakerLabels are capitalised paragraph labels that are not speakers.
var notSpeakerLabels = setOf(`clarification correction update editor note watch read related
	photos photo video update updated breaking exclusive analysis opinion source sources
	note notes disclaimer advertisement save listen see also more`)

// isCaps reports whether a word is written in capitals (two letters or
// more, no lower case).
func isCaps(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// singleRegions finds quotes in single marks (‘…’ or '…'), the house
// style of British and many Commonwealth outlets, in a paragraph without
// double marks (where single marks would be nested quotes). An opening
// mark follows a space and precedes a letter; a closing mark follows a
// letter or punctuation and precedes no letter, so apostrophes ("Iran’s",
// "don't") never open or close a quote. Single guillemets (‹…›, and ›…‹
// in German and Danish) and the German ‚…‘ pair the same way; a
// guillemet may stand apart from its words (‹ Non ›). A quote left open
// at the paragraph end counts when it opens the paragraph or when the
// next paragraph opens with the same mark, the news style of a quote
// that goes on.
func (f *finder) singleRegions(lo, hi int) []region {
	var regs []region
	open := -1
	var closer string // the mark that closes the open quote
	toks := f.t[:hi]  // a local: the scan for marks does not reload f.t
	for i := lo; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tPunct {
			continue
		}
		w := t.w
		if w != "\u2018" && w != "\u2019" && w != "'" && w != "\u201a" && w != "\u2039" && w != "\u203a" && w != "`" {
			continue
		}
		before := byte(' ')
		if t.s > 0 {
			before = f.text[t.s-1]
		}
		spaced := before == ' ' || before == '\n' || before == '(' || i == lo || spaceBefore(f.text, f.t[lo].s, t.s)
		afterLetter := i+1 < len(f.t) && f.t[i+1].s == t.e && f.t[i+1].kind == tWord
		guillemet := w == "\u2039" || w == "\u203a"
		switch {
		case open < 0 && guillemet && i+1 < hi && f.t[i+1].kind == tWord && (w == "\u2039" || spaced && afterLetter):
			open, closer = i, "\u203a"
			if w == "\u203a" {
				closer = "\u2039"
			}
		case open < 0 && (w == "\u2018" || w == "'" || w == "\u201a" || w == "`") && spaced && afterLetter:
			open, closer = i, w
			switch w {
			case "\u2018":
				closer = "\u2019"
			case "\u201a":
				closer = "\u2018"
			case "`":
				closer = "'" // `Penn Treebank' style
			}
		case open >= 0 && w == closer && guillemet && i > open+1:
			regs = append(regs, region{open: open, close: i, last: i - 1, quote: -1})
			open = -1
		case open >= 0 && (w == closer || closer == "\u2019" && w == "'" || closer == "'" && w == "\u2019") && before != ' ' && !afterLetter && i > open+1:
			regs = append(regs, region{open: open, close: i, last: i - 1, quote: -1})
			open = -1
		}
	}
	if open >= 0 && (open == lo || hi < len(f.t) && f.t[hi].w == f.t[open].w) {
		regs = append(regs, region{open: open, close: -1, last: hi - 1, quote: -1})
	}
	return regs
}

// neighbour returns the quote of the nearest attributed region in the
// paragraph (direct, or mixed around a region), the previous one first.
func (f *finder) neighbour(regs []region, ri int) int {
	for j := ri - 1; j >= 0; j-- {
		if regs[j].quote >= 0 && f.out[regs[j].quote].Kind != Indirect {
			return regs[j].quote
		}
	}
	for j := ri + 1; j < len(regs); j++ {
		if regs[j].quote >= 0 && f.out[regs[j].quote].Kind != Indirect {
			return regs[j].quote
		}
	}
	return -1
}

func (f *finder) regionSpan(r *region) doc.Span {
	e := f.t[r.last].e
	if r.close >= 0 {
		e = f.t[r.close].e
	}
	return doc.Span{Start: f.t[r.open].s, End: e}
}

func (f *finder) emitDirect(r *region, spk doc.Speaker, cue string, cs doc.Span) {
	sp := f.regionSpan(r)
	f.remember(spk)
	r.used = true
	r.quote = len(f.out)
	f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: Direct, Speaker: spk, Cue: cue, CueSpan: cs})
}

func (f *finder) emitMixed(r *region, spk doc.Speaker, cue string, cs doc.Span, cstart, lo, hi int) {
	end := r.close
	if end < 0 {
		end = r.last
	}
	_, b := f.sentBounds(end, lo, hi)
	if end+1 < b && f.actionAfterQuote(end+1, b) {
		b = end + 1 // `he was "deeply concerned" and ordered a review`
	}
	if end+1 < b && f.subjectAfterQuote(end+1, b) {
		b = end + 1 // `the "vile attack", and Viktor Orban wished …`
	}
	if end+1 < b && f.reportAfterQuote(end+1) {
		b = end + 1 // `condemned the killing "in the strongest terms" and said …`
	}
	if c := end + 1; c+2 < b && f.isWord(c, "according") && f.isWord(c+1, "to") || c+3 < b && f.t[c].w == "," && f.isWord(c+1, "according") && f.isWord(c+2, "to") {
		b = end + 1 // `said Israel was "destroying …," according to WAFA`: the writer's source
	}
	if n := f.reportCut(end, b); n < b {
		b = n // `accused Sweden of "sneering" at Hungary's democracy, but he said …`
	}
	if c := end + 1; c+1 < b && f.t[c].w == ";" && f.narratedAfterSemicolon(c+1, b) {
		b = c // `said "the people have chosen Europe"; official results gave her 55 percent`
	}
	if n := f.laterCoordinatedReport(end+1, b); n < b {
		b = n // `said they were "mercenaries" paid from abroad but acknowledged that …`
	}
	if c := end + 1; c < b && f.t[c].w == "," && f.subjectAfterContrast(c+1, b) || f.t[r.last].w == "," && f.subjectAfterContrast(c, b) {
		// `said the vote "resembled a coup," while Trump praised …`
		// (not `said they want "justice," but pledged to …`: the same
		// subject goes on)
		b = c
	}
	last := b - 1
	for last > end && f.t[last].kind == tPunct {
		last--
	}
	if last < end {
		last = end
	}
	sp := doc.Span{Start: f.t[cstart].s, End: f.t[last].e}
	f.remember(spk)
	r.used = true
	r.quote = len(f.out)
	f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: Mixed, Speaker: spk, Cue: cue, CueSpan: cs})
}

// emitNaming emits what a naming cue reports ("Burkett called it a
// "huge problem" Wednesday"): the quoted words only, from the region at
// ri to the last region of its sentence joined to it by two words at
// most and no cue ("called the senator a "nasty guy," an "anchor baby"
// and "sick."").
func (f *finder) emitNaming(regs []region, ri int, spk doc.Speaker, cue string, cs doc.Span, lo, hi int) {
	last := ri
	_, b := f.sentBounds(regs[ri].open, lo, hi)
	for rj := ri + 1; rj < len(regs); rj++ {
		p := regs[rj-1].close
		// `called it "a" or "b"`; `called the decision "unjustified"
		// and based on "false claims"`: a coordinated part may take a
		// few words of its own
		if n := f.wordsBetween(p+1, regs[rj].open); p < 0 || regs[rj].open >= b || n > 4 || n > 2 && !f.isWord(p+1, "and") || f.cueBetween(p+1, regs[rj].open) {
			break
		}
		last = rj
	}
	sp := doc.Span{Start: f.t[regs[ri].open].s, End: f.regionSpan(&regs[last]).End}
	f.remember(spk)
	for rj := ri; rj <= last; rj++ {
		regs[rj].used, regs[rj].quote = true, len(f.out)
	}
	f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: Mixed, Speaker: spk, Cue: cue, CueSpan: cs})
}

// attributeAfter looks for `," X said` or `," said X` after a region.
// With next, it looks in the following sentence instead, for a splitter
// that broke after the closing mark (`"… ." he said.`); that sentence
// must then be only the attribution.
func (f *finder) attributeAfter(r *region, nextOpen, lo, hi int, next bool) (doc.Speaker, string, doc.Span, bool) {
	if r.close < 0 {
		return doc.Speaker{}, "", doc.Span{}, false
	}
	_, b := f.sentBounds(r.close, lo, hi)
	if next {
		if b != r.close+1 || b >= hi || f.sent[b] < 0 {
			return doc.Speaker{}, "", doc.Span{}, false
		}
		_, b = f.sentBounds(b, lo, hi)
		if b > nextOpen || f.wordsBetween(r.close+1, b) > 8 {
			return doc.Speaker{}, "", doc.Span{}, false
		}
	}
	if b > nextOpen {
		b = nextOpen
	}
	// a quote attributed after its close ends with punctuation, inside
	// or just outside the mark: `"…," X said` or `"…", X said`
	last := r.last
	for last > r.open+1 && (f.t[last].w == "\u2019" || f.t[last].w == "'") {
		last-- // a nested quote closing with the outer one: `…,’”`
	}
	switch lw := f.t[last].w; {
	case lw == "," || lw == "." || lw == "!" || lw == "?" || lw == "\u2014" || lw == "-" || lw == "\u2026":
	case r.close+1 < len(f.t) && f.t[r.close+1].kind == tPunct:
	default:
		return doc.Speaker{}, "", doc.Span{}, false
	}
	i := r.close + 1
	dash := false
	for i < hi && f.t[i].kind == tPunct && (f.t[i].w == "," || f.t[i].w == "-" || f.t[i].w == "\u2014" || f.t[i].w == "\u2013" || f.t[i].w == "\u2015") {
		dash = dash || f.t[i].w != ","
		i++
	}
	if dash && !next && i < hi && f.t[i].kind == tWord && f.t[i].upper {
		// `"…" — Pamela Padilla`: a signature without a cue
		e := i
		for e < len(f.t) && e < i+5 && (f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w)) || f.t[e].w == ".") {
			e++
		}
		if e == len(f.t) || f.sent[e-1] != f.sent[e] || f.t[e].kind != tWord {
			if e == len(f.t) || !f.isCueAt(e) {
				spk := f.named(i, i, e)
				if spk.Kind == KindNamed {
					return spk, "", doc.Span{}, true
				}
			}
		}
	}
	if i >= b {
		return doc.Speaker{}, "", doc.Span{}, false
	}
	if !dash && f.t[i].kind == tWord && contrastOpener(f.t[i].w) {
		// `said the violence "resembled a coup," while Trump praised
		// the army`: a clause of its own after the comma, whose
		// subject and verb are no attribution of the quote
		return doc.Speaker{}, "", doc.Span{}, false
	}
	// find the cue within the next few words
	for j := i; j < b && j < i+14; j++ {
		if f.t[j].w == "(" && j > i {
			// "Rep. Gwen Moore (D-Wis.) said": skip the parenthesis
			k := j + 1
			for k < b && k < j+10 && f.t[k].w != ")" {
				k++
			}
			if k < b && f.t[k].w == ")" {
				j = k
				continue
			}
		}
		if f.t[j].kind != tWord {
			if f.t[j].w == "," && j > i {
				// "X, the foreign minister, said": keep going
				continue
			}
			if f.t[j].w == "." && j > i && f.t[j-1].kind == tWord && f.t[j-1].upper && f.t[j-1].e-f.t[j-1].s <= 4 {
				continue // "Sen."
			}
			if j > i {
				break
			}
			return doc.Speaker{}, "", doc.Span{}, false
		}
		cueEnd, ok := f.cueAt(j)
		if !ok && j > i && f.documentRead(i, j, b) {
			cueEnd, ok = j+1, true // `"…," the statement read`
		}
		if !ok {
			continue
		}
		cs := doc.Span{Start: f.t[j].s, End: f.t[cueEnd-1].e}
		cue := f.text[cs.Start:cs.End]
		if j == i {
			spk, ok := f.subjectAfter(cueEnd, f.extendAbbrev(b, hi))
			if !ok {
				return doc.Speaker{}, "", doc.Span{}, false
			}
			return spk, cue, cs, true
		}
		if f.quotedActive(j) {
			// `"…," Xinhua quoted Xi as saying`
			as, _ := f.quotedAs(j)
			spk, ok := f.classify(j+1, as, j)
			if !ok {
				break
			}
			return spk, cue, cs, true
		}
		if f.t[last].w == "." && f.reportsClause(cueEnd, min(b+1, hi)) {
			// `"… summoned." It added that …`: a new sentence that
			// reports something else, not the quote's attribution
			return doc.Speaker{}, "", doc.Span{}, false
		}
		spk, ok := f.subjectBefore(j, i)
		if !ok || f.npStart(j, i) != i && spk.Kind != KindNamed {
			break
		}
		return spk, cue, cs, true
	}
	return f.apposedSpeaker(i, min(f.extendAbbrev(b, hi), nextOpen))
}

// reportsClause reports whether the cue ending before token k goes on
// with content of its own in [k,b): "that", a quote of its own (He
// added: «…»), or three words or more after its listener, medium and
// time.
func (f *finder) reportsClause(k, b int) bool {
	k = f.skipAdjuncts(k, b)
	if k >= b {
		return false
	}
	return f.t[k].kind == tOpen || f.isWord(k, "that") || f.t[k].kind == tWord && !locatives.Has(f.t[k].w) && !stopAfterName.Has(f.t[k].w) && f.wordsBetween(k, b) >= 3
}

// apposedSpeaker finds a named speaker right after a quote whose cue
// follows a long appositive or a party tag: `," Scott Pruitt, the
// Republican attorney general of Oklahoma, one of the states suing the
// EPA, said …` or `," Rep. Jim Jordan (R-Ohio), an oversight panel
// member, said …`. The name is the capitalised run at i; the cue must
// follow a comma or a closing parenthesis within the sentence [i,b).
func (f *finder) apposedSpeaker(i, b int) (doc.Speaker, string, doc.Span, bool) {
	e := i
	for e < b && e < i+6 && (f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w) && e > i) || f.t[e].w == "." && e > i && f.t[e-1].e-f.t[e-1].s <= 4) {
		e++
	}
	if e == i || e >= b || f.t[e].w != "," && f.t[e].w != "(" || !f.t[i].upper {
		return doc.Speaker{}, "", doc.Span{}, false
	}
	spk := f.named(i, i, e)
	if spk.Kind != KindNamed {
		return doc.Speaker{}, "", doc.Span{}, false
	}
	for j := e + 1; j < b && j < e+40; j++ {
		t := &f.t[j]
		if t.kind == tOpen || t.kind == tClose || t.w == ";" {
			break
		}
		// the cue follows the appositive's closing comma, or ends the
		// sentence: "…, regional adviser at the WHO said."
		if t.kind != tWord || f.t[j-1].w != "," && f.t[j-1].w != ")" && !(j+1 >= b || f.t[j+1].kind != tWord) {
			continue
		}
		if cueEnd, ok := f.cueAt(j); ok && f.t[j].w != "according" {
			cs := doc.Span{Start: f.t[j].s, End: f.t[cueEnd-1].e}
			return spk, f.text[cs.Start:cs.End], cs, true
		}
	}
	return doc.Speaker{}, "", doc.Span{}, false
}

// extendAbbrev moves a sentence end b past a sentence break that only
// follows a title abbreviation ("added Rep. Jim Clyburn").
func (f *finder) extendAbbrev(b, hi int) int {
	for b < hi && b >= 2 && f.t[b-1].w == "." && f.t[b-2].kind == tWord && f.t[b-2].upper && f.t[b-2].e-f.t[b-2].s <= 4 && titleWords.Has(f.t[b-2].w) {
		_, nb := f.sentBounds(b, b, hi)
		if nb <= b {
			break
		}
		b = nb
	}
	return b
}

// attributeBefore looks for `X said: "…"` (direct) or `X vowed "…"` /
// `X said the talks were "…"` (mixed) before a region.
func (f *finder) attributeBefore(r *region, prevEnd, lo, hi int) (spk doc.Speaker, cue string, cs doc.Span, kind string, cstart int, ok bool) {
	a, _ := f.sentBounds(r.open, lo, hi)
	if a < prevEnd {
		a = prevEnd
	} else {
		// "LIMA, Sept. 12 - Castillo …, telling supporters he was
		// elected "…"": the dateline's city is no subject
		a = f.skipDateline(a, r.open)
	}
	// the last cue before the region
	for j := r.open - 1; j >= a; j-- {
		if f.t[j].kind != tWord {
			continue
		}
		cueEnd, isCue := f.cueAt(j)
		if !isCue && (mixedCues.Has(f.t[j].w) || f.verdictCue(j)) && r.open-j <= 6 && f.wordsBetween(j+1, r.open) == r.open-j-1 && !f.isWord(j+1, "for") && !f.isWord(j+1, "on") {
			// `Orban called the proposal "absurd"`: a naming verb
			// reports words only right before a quote
			cueEnd, isCue = j+1, true
		}
		if !isCue && f.quotedAppeal(j, r) {
			// `Blinken called for "an immediate ceasefire"`: what is
			// appealed for, quoted, is the speaker's own words
			cueEnd, isCue = j+2, true
		}
		// `…, calling the protesters "terrorist bands"`: a naming
		// participle right before a quote reports words like "saying"
		part := (participles.Has(f.t[j].w) || namingParticiples.Has(f.t[j].w) && r.open-j <= 6 && f.wordsBetween(j+1, r.open) == r.open-j-1) && !f.progressive(j)
		named := false // `footage of Clinton asking, "…"`: the name speaks
		if part && (j == a || f.t[j-1].w == ",") {
			// `…, saying, "…"`: the sentence's subject speaks
			cueEnd, isCue = j+1, true
		} else if part && j > a && f.t[j-1].kind == tWord && f.t[j-1].upper && j+1 < r.open+1 && (f.t[j+1].w == "," || f.t[j+1].w == ":") {
			cueEnd, isCue, part, named = j+1, true, false, true
		} else if part && f.t[j].w == "calling" && f.isWord(j+1, "on") && j+2 == r.open {
			// `appeared in a video calling on "friends all over the
			// world" to "make noise"`: an appeal in the subject's words
			cueEnd, isCue = j+2, true
		} else if part {
			continue
		}
		if !isCue || cueEnd > r.open || f.askedFor(j, cueEnd, r.open) {
			continue
		}
		var s doc.Speaker
		sok := false
		after := cueEnd
		switch {
		case part:
			// `"…," X said, adding: "…"`: the speaker of the cue
			// before, else the sentence's subject
			s, sok = f.clauseSpeaker(a, j)
			if !sok && j > a {
				s, sok = f.clauseSubject(a, j-1) // "Dean, a former chairman, poked …, tweeting"
			}
		case named:
			e := j
			st := e
			for st-1 >= a && (f.t[st-1].kind == tWord && (f.t[st-1].upper || particles.Has(f.t[st-1].w)) || f.t[st-1].w == ".") {
				st--
			}
			s, sok = f.classify(st, e, j)
			sok = sok && s.Kind == KindNamed
		case f.quotedActive(j):
			as, _ := f.quotedAs(j)
			s, sok = f.classify(j+1, as, j)
		case mixedCues.Has(f.t[j].w) && j > a && pronouns[f.t[j-1].w] != "":
			s, sok = f.classify(j-1, j, j) // "what he called "…""
		default:
			if x, xe, ok := f.outerCue(a, j); ok {
				// `Putin said that the CSTO had shown it would not allow
				// "…"`: the cue inside a report is part of it
				j, cueEnd, after = x, xe, xe
			}
			s, sok = f.subjectBefore(j, a)
		}
		if !sok && !part && !mixedCues.Has(f.t[j].w) {
			if sa, ok2 := f.subjectAfter(cueEnd, r.open); ok2 && f.t[j].w != "according" {
				s, sok = sa, true
				after = f.tokAt(sa.Span.End-1, cueEnd) + 1
			}
		}
		if !sok {
			return
		}
		cs = doc.Span{Start: f.t[j].s, End: f.t[cueEnd-1].e}
		cue = f.text[cs.Start:cs.End]
		k := f.skipAdjuncts(after, r.open)
		if f.t[j].w == "according" {
			// "according to X, "…""
			k = r.open
			for k > cueEnd && f.t[k-1].kind == tPunct {
				k--
			}
			if k > cueEnd && f.t[k-1].kind == tWord {
				k = r.open
			}
		}
		between := 0
		punctBefore := false
		for x := k; x < r.open; x++ {
			if f.t[x].kind == tWord {
				between++
				punctBefore = false
			} else if f.t[x].w == ":" || f.t[x].w == "," {
				punctBefore = true
			}
		}
		if between == 0 && f.t[r.open+1].upper && (punctBefore || f.endsSentence(r)) {
			return s, cue, cs, Direct, 0, true
		}
		// a quote split by its attribution: `"…," X said, "once …"`;
		// the second part goes on in lower case
		if between == 0 && f.t[r.open-1].w == "," && a == prevEnd && prevEnd > lo && f.t[prevEnd-1].kind != tPunct {
			return s, cue, cs, Direct, 0, true
		}
		if f.t[j].w == "ruled" && f.governedSpan(k, r.open) {
			return // `who had ruled since 2009, … "…"`: governed, no report
		}
		if _, b := f.sentBounds(r.open, lo, hi); !f.clauseComplement(j, k, b) {
			return // `wants "to bring a sense of debate"`: no report
		}
		if k == after && k < r.open && f.isWord(k, "but") {
			return // `had conceded but reversed his position, citing "…"`: the cue has no object
		}
		if objectCues.Has(f.t[j].w) && k < r.open && r.open-k <= 3 && determiners.Has(f.t[k].w) && r.open+1 < len(f.t) && !determiners.Has(f.t[r.open+1].w) {
			// `declared a two-week "state of siege"`: the quotation ends
			// the cue's object, no words said (`declared the vote "a
			// sham"` reports them)
			return
		}
		if f.isWord(k, "that") || f.isWord(k, "as") && (f.t[j].w == "described" || f.t[j].w == "describes" || f.t[j].w == "describe") {
			k++ // "which he described as "…""
		}
		if k > r.open {
			k = r.open
		}
		if f.titleLike(r) {
			return // `on CBS's "Face the Nation,"`: a title, not words said
		}
		return s, cue, cs, Mixed, k, true
	}
	return
}

// outerCue finds, in [a,j), a verb of saying whose report opens with
// "that" before token j ("Putin said on Monday that the CSTO had shown
// …"): a cue at j is then inside that report. It returns the outer
// cue's token and the token after it.
func (f *finder) outerCue(a, j int) (int, int, bool) {
	for x := a; x < j; x++ {
		if f.t[x].kind != tWord || !sayingCues.Has(f.t[x].w) {
			continue
		}
		ce, ok := f.cueAt(x)
		if !ok || ce > j {
			continue
		}
		if k := f.skipAdjuncts(ce, j); k < j && (f.isWord(k, "that") || k+1 < j && f.t[k].kind == tWord && subjectPronouns.Has(f.t[k].w)) {
			// (also a bare report opening with a subject pronoun: "He
			// said he had declared martial law … \"…\"")
			return x, ce, true
		}
	}
	return 0, 0, false
}

// subjectPronouns open a report without "that" after a verb of saying
// ("said he had declared"); no object of "told" has their form.
var subjectPronouns = setOf(`he she they we i`)

// sayingCues are the plain verbs of saying whose "that" clause may hold
// another cue ("said that the alliance had shown …").
var sayingCues = setOf(`said says told tells stated states added adds insisted insists wrote writes`)

// titleLike reports whether a short region reads as the title of a
// show, book or film: at most six words, each capitalised but for small
// function words, after a possessive, a preposition or a title word
// ("on Fox News's "Fox and Friends"", "in preview clip of 'The 411'").
func (f *finder) titleLike(r *region) bool {
	words := 0
	for i := r.open + 1; i <= r.last; i++ {
		t := &f.t[i]
		if t.kind != tWord {
			continue
		}
		words++
		if !t.upper && !titleFunctionWords.Has(t.w) && !isDigits(t.w) {
			return false
		}
	}
	if words == 0 || words > 6 || r.open == 0 {
		return false
	}
	p := f.t[r.open-1]
	if p.w == "the" && r.open >= 2 && (f.isWord(r.open-2, "called") || f.isWord(r.open-2, "named") || f.isWord(r.open-2, "titled")) {
		p = f.t[r.open-2] // `a new committee, called the "First Amendment Now Campaign."`
	}
	return p.kind == tWord && (strings.HasSuffix(p.w, "'s") || strings.HasSuffix(p.w, "\u2019s") || p.w == "of" || p.w == "on" || p.w == "in" || p.w == "titled" || p.w == "called" || p.w == "named")
}

// titleFunctionWords stay lower case inside titles.
var titleFunctionWords = setOf(`of the and a an in on for to with at by or from`)

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// endsSentence reports whether a region ends its sentence: its last inner
// token is final punctuation, or only punctuation follows it.
func (f *finder) endsSentence(r *region) bool {
	if r.close < 0 {
		return true
	}
	if w := f.t[r.last].w; w == "." || w == "!" || w == "?" {
		return true
	}
	n := r.close + 1
	return n >= len(f.t) || f.t[n].w == "." || f.sent[n] != f.sent[r.close]
}

func (f *finder) isWord(i int, w string) bool {
	return i >= 0 && i < len(f.t) && f.t[i].kind == tWord && f.t[i].w == w
}

// mixedCues report words only when a quote follows in their clause
// (`called the plan "absurd"`, `dubbed it "a farce"`).
var mixedCues = setOf(`called calls dubbed branded labelled labeled termed`)

// namingParticiples name something in words a quote gives, after a
// comma (`…, calling the protesters "terrorist bands"`).
var namingParticiples = setOf(`calling dubbing branding labelling labeling terming`)

// participles introduce a direct quote after a comma (`Trump attacked
// Clinton, saying, "…"`); their speaker is the sentence's subject.
var participles = setOf(`saying adding telling writing tweeting asking noting arguing
	warning insisting declaring explaining stressing`)

// sentenceSubject finds the subject at the start of the sentence [a,…)
// for a participle cue at j: a name or pronoun, possibly after an
// opening adverbial that ends with a comma.
func (f *finder) sentenceSubject(a, j int) (doc.Speaker, bool) {
	s := a
	for s < j && f.t[s].kind != tWord {
		s++
	}
	if x := f.skipTimeLead(s, j); x > s {
		s = x // "Last week he met the envoy and said": no comma after the time
	} else if s < j && (f.isWord(s, "in") || f.isWord(s, "on") || f.isWord(s, "at") || f.isWord(s, "during") || f.isWord(s, "after") || f.isWord(s, "earlier") || f.isWord(s, "later") || f.isWord(s, "speaking")) {
		for s < j && f.t[s].w != "," {
			s++
		}
		s++
	}
	if s >= j || f.t[s].kind != tWord {
		return doc.Speaker{}, false
	}
	if spk, ok := f.groupSubject(s, j); ok {
		return spk, true // "Thousands of farmers marched …, saying" (groupsubject.go)
	}
	if spk, ok := f.describedName(s, j); ok {
		return spk, true // "The UN refugee chief, Filippo Grandi, visited … and urged"
	}
	if spk, ok := f.apposedSubject(s, j); ok {
		return spk, true // "X, the army chief, seized power …, saying"
	}
	if _, poss := possessivePronounGender[f.t[s].w]; poss {
		// "His ally Yulia Tymoshenko called for a strike and urged": the
		// name after the possessed noun is the subject, not "His"
		n := s + 1
		for n < j && n < s+4 && f.t[n].kind == tWord && !f.t[n].upper && !(f.t[n].report && f.t[n].cue) {
			n++
		}
		if n > s+1 && n < j && f.t[n].kind == tWord && f.t[n].upper {
			s = n
		}
	}
	e := s
	if pronouns[f.t[s].w] != "" {
		e = s + 1
	} else {
		lim := s + 6
		for e < j && e < lim && (f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w) || f.lowerTitle(e, s, j)) || f.t[e].w == "." || f.titleOf(e, s, j)) {
			if f.t[e].w == "of" || f.t[e].w == "for" {
				lim += 3 // "U.S. Secretary of State Condoleezza Rice"
			}
			e++
		}
		if e > s && e+1 < j && f.t[e].kind == tWord && !f.t[e].upper && (unnamedHeads.Has(f.t[e].w) || personNoun(f.t[e].w)) && strings.HasSuffix(f.t[e].w, "s") {
			// "West African leaders imposed sanctions …, warning": the
			// capitalised words qualify a plural head, whose group
			// speaks, not "West African"
			if spk, ok := f.classify(s, e+1, j); ok && spk.Kind == KindUnnamed {
				return spk, true
			}
		}
	}
	if e > s && pronouns[f.t[s].w] == "" {
		if g, ok := f.namesJoined(s, e, j); ok {
			return g, true // "Atiku and Obi have rejected the outcome and said"
		}
	}
	if e == s || e >= j || f.t[e].kind != tWord || f.t[e].upper {
		return doc.Speaker{}, false
	}
	return f.classify(s, e, j)
}

// isCueAt reports whether a cue starts at token i.
func (f *finder) isCueAt(i int) bool {
	if i < 0 || i >= len(f.t) || f.t[i].kind != tWord {
		return false
	}
	_, ok := f.cueAt(i)
	return ok
}

// cueAt reports whether a reporting cue starts at token i and returns the
// token index after it ("according to" is two tokens).
func (f *finder) cueAt(i int) (int, bool) {
	w := f.t[i].w
	if w == "according" {
		if f.isWord(i+1, "to") {
			return i + 2, true
		}
		return 0, false
	}
	if w == "quoted" {
		if as, end := f.quotedAs(i); as > 0 {
			return end, true
		}
		return 0, false
	}
	if (w == "shot" || w == "hit" || w == "fired") && f.isWord(i+1, "back") && i > 0 && f.t[i-1].kind == tWord && i+2 < len(f.t) && f.t[i+2].kind == tPunct {
		// `"Then the system is broken," Chong shot back.`: a retort
		// ending its clause after a quote; "hit back at critics" reports
		// no words (the indirect pass never asks: no report flag)
		return i + 2, true
	}
	if w == "pointed" || w == "points" {
		// "pointed out that …"; "pointed to", "pointed a gun" report nothing
		if f.isWord(i+1, "out") && f.isWord(i+2, "that") {
			return i + 2, true
		}
		return 0, false
	}
	if !f.t[i].report || !f.t[i].cue && !f.progressive(i) { // report: the cheap superset
		return 0, false
	}
	if (w == "asked" || w == "asks") && (f.isWord(i+1, "not") || f.isWord(i+1, "to")) {
		return 0, false // "who asked not to be named", "asked to comment"
	}
	if (w == "felt" || w == "feels" || w == "feel") && f.feltState(i) {
		return 0, false // "felt unwell", "felt betrayed by the result"
	}
	if i > 0 && f.t[i-1].kind == tWord && determiners.Has(f.t[i-1].w) {
		return 0, false // "his claim that …", "the reports"
	}
	if f.attributiveParticiple(i) {
		return 0, false // "its nuclear program and alleged sponsorship of armed groups"
	}
	b := i - 1 // the word before, past an adverb in -ly ("were mistakenly charged")
	if b > 0 && f.t[b].kind == tWord && !f.t[b].upper && mannerAdverb(f.t[b].w) {
		b--
	}
	if b >= 0 && f.t[b].kind == tWord && beForms.Has(f.t[b].w) && !f.surnameBe(b, i) && (strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "thought" || w == "found" || w == "shown" || w == "felt") {
		return 0, false // the passive: "was confirmed by", "were reported"
	}
	if i > 0 && f.t[i-1].kind == tWord && passiveBefore.Has(f.t[i-1].w) && !f.surnameBe(i-1, i) {
		if w == "said" || w == "described" || w == "reported" || w == "expected" || w == "thought" || w == "believed" || w == "told" || w == "asked" || w == "alleged" || w == "accused" {
			return 0, false // "is said to", "was told", "the said"
		}
	}
	return i + 1, true
}

// surnameBe reports whether the form of "be" at b, before the cue at i,
// is a capitalised name after another ("Mugabe Were said", "John Is
// said"): a surname, not the passive's auxiliary. A cue in capitals too
// is a headline's ("Talks Were Said to Resume").
func (f *finder) surnameBe(b, i int) bool {
	return f.t[b].upper && !f.t[i].upper && b > 0 && f.t[b-1].kind == tWord && f.t[b-1].upper && f.t[b-1].e < f.t[b].s && !passiveBefore.Has(f.t[b-1].w)
}

// progressive reports whether token i is a cue in the progressive
// after a form of "be" ("Trump is warning voters that", "The White
// House is saying that"), the present of live news.
func (f *finder) progressive(i int) bool {
	return i > 0 && f.t[i].report && progressives.Has(f.t[i].w) && f.t[i-1].kind == tWord && (beForms.Has(f.t[i-1].w) && f.t[i-1].w != "be" || f.t[i-1].w == "been")
}

// thatAfterObject returns the index of "that" after a short object of a
// cue at j that takes one before its clause ("warned voters that",
// "is assuring allies that"), looking from k before b; or 0.
func (f *finder) thatAfterObject(j, k, b int) int {
	if !objectThatCues.Has(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(f.t[j].w, "ing"), "ed"), "s")) || f.isWord(k, "that") {
		return 0
	}
	for x := k; x < b && x < k+5; x++ {
		t := &f.t[x]
		if t.kind != tWord || verbLike(t.w) || cues.Has(t.w) || auxVerbs.Has(t.w) || beForms.Has(t.w) {
			return 0
		}
		if t.w == "that" {
			if x == k {
				return 0
			}
			return x
		}
	}
	return 0
}

// objectThatCues are the stems of cues that take a listener before
// their clause.
var objectThatCues = setOf(`warn assur assure remind inform caution convinc convince persuad persuade
	promis promise tell told advise reassure
	advis notifi reassur`)

// quotedAs finds "quoted … as saying" at token i: "X was quoted by state
// media as saying" (passive: the subject speaks) or "state media quoted
// X as saying" (active: the object between speaks). It returns the index
// of "as" and the token after the participle, or 0, 0.
func (f *finder) quotedAs(i int) (as, end int) {
	for k := i + 1; k < len(f.t) && k <= i+10; k++ {
		t := &f.t[k]
		if t.kind != tWord {
			if t.w == "." || t.w == "-" || t.w == "'" || t.w == "\u2019" {
				continue // "by Folha de S.Paulo as saying"
			}
			return 0, 0
		}
		if t.w == "as" && k+1 < len(f.t) && (f.t[k+1].w == "saying" || f.t[k+1].w == "telling" || f.t[k+1].w == "writing") {
			return k, k + 2
		}
		if t.w == "that" || t.report && t.cue {
			return 0, 0
		}
	}
	return 0, 0
}

// quotedActive reports whether the "quoted" at token i is active
// ("state media quoted Putin as saying"): not after a form of "be" and
// not followed by "by".
func (f *finder) quotedActive(i int) bool {
	if f.t[i].w != "quoted" {
		return false
	}
	if i > 0 && f.t[i-1].kind == tWord && (beForms.Has(f.t[i-1].w) || f.t[i-1].w == "widely") {
		return false
	}
	return !f.isWord(i+1, "by") && !f.isWord(i+1, "as")
}

// skipAdjuncts skips what may sit between a cue and its content: a
// listener ("told reporters"), a medium ("on social media", "in a
// statement"), a time ("on Monday", "last week") and a colon or comma.
func (f *finder) skipAdjuncts(i, hi int) int {
	// only a cue that takes a listener skips one ("told reporters",
	// "warned lawmakers"); after "said", "students are …" is the report
	listener := i > 0 && listenerCues.Has(f.t[i-1].w)
	for i < hi {
		t := &f.t[i]
		if t.kind != tWord {
			if t.w == ":" || t.w == "," {
				i++
				continue
			}
			return i
		}
		switch {
		case i > 0 && f.t[i-1].w == "," && f.citingAside(i, hi) > 0:
			// "reported, citing two people familiar with the matter,
			// that …": the sources of the report, then its content
			i = f.citingAside(i, hi)
		case i > 0 && tellVerbs.Has(f.t[i-1].w) && f.listenerBeforeColon(i, hi) > 0:
			// "told party leaders: "…"", "told the UN General Assembly
			// on Tuesday: "…"": any listener, then a colon and the quote
			i = f.listenerBeforeColon(i, hi)
		case participles.Has(t.w) && i > 0 && f.t[i-1].w == ",":
			// "said, adding later, "…""
			i++
		case i > 0 && f.t[i-1].w == "," && i+1 < hi && f.t[i+1].w == "," && linkingAdverbs.Has(t.w):
			// "said, however, that …": the writer's link, no report
			i += 2
		case t.w == "her" && i+1 < hi && f.t[i+1].kind == tWord && !f.t[i+1].upper && f.t[i+1].w != "that" && !isTimeWord(f.t[i+1].w):
			return i // "said her proposals were …": a determiner, the report starts
		case i > 0 && accuseCues.Has(f.t[i-1].w) && pronounObjects.Has(t.w) && f.isWord(i+1, "of") && i+2 < hi && len(f.t[i+2].w) > 4 && strings.HasSuffix(f.t[i+2].w, "ing"):
			// "accuses them of taking more than $150 million": the
			// accused and the charge open the report
			return i
		case tellObjects.Has(t.w) && (t.w != "the" && t.w != "a" && t.w != "an") && (listener || pronounObjects.Has(t.w)):
			i++
		case t.upper && i > 0 && tellVerbs.Has(f.t[i-1].w):
			for i < hi && (f.t[i].kind == tWord && f.t[i].upper || f.listenerDot(i, hi)) {
				i++
			}
		case (t.w == "the" || t.w == "a" || t.w == "an" || t.w == "state") && i > 0 && tellVerbs.Has(f.t[i-1].w):
			// the listener of "told": "told a news conference", "told
			// the Financial Times", "told state television"
			e := f.listenerEnd(i+1, hi)
			if e < 0 {
				e = f.listenerThat(i, hi) // "told the cabinet that …"
			}
			if e <= 0 {
				return i
			}
			i = e
		case !t.upper && t.w != "that" && i > 0 && tellVerbs.Has(f.t[i-1].w) && f.listenerThat(i, hi) > 0:
			i = f.listenerThat(i, hi) // "told his cabinet that …"
		case !t.upper && t.w != "that" && i > 0 && tellVerbs.Has(f.t[i-1].w) && !nominatives.Has(t.w) && !clausePreps.Has(t.w) && !timePreps.Has(t.w) && f.listenerEnd(i, hi) > 0:
			// a listener with no determiner: "told local radio",
			// "told his supporters", "told state-run media"
			i = f.listenerEnd(i, hi)
		case (t.w == "on" || t.w == "last" || t.w == "this" || isTimeWord(t.w)) && f.timedInfinitive(i, hi) > 0:
			return f.timedInfinitive(i, hi) // "promised on Tuesday to govern for all, two days after …"
		case (t.w == "on" || t.upper || t.w[0] <= '9') && f.dateAdjunctEnd(i, hi) > 0:
			i = f.dateAdjunctEnd(i, hi) // "said on Jan. 15 that …"
		case (t.w == "in" || t.w == "on" || t.w == "during" || t.w == "via") && f.mediumEnd(i+1, hi) > 0:
			// "said in a statement it would …", "wrote in a post on X"
			i = f.mediumEnd(i+1, hi)
			if k := f.issuedThat(i, hi); k > 0 {
				i = k // "said in a statement read at the palace on Thursday that …"
			}
		case (t.w == "in" || t.w == "on" || t.w == "at" || t.w == "during") && f.placeOrTimePhrase(i+1, hi) > 0:
			// "told reporters in Brussels there would be …", "said on
			// Thursday the deal was dead": a place or a day, then the report
			i = f.placeOrTimePhrase(i+1, hi)
		case t.w == "at" && (f.isWord(i+1, "least") || f.isWord(i+1, "most")):
			// "said at least 11 people were killed": the content
			return i
		case t.w == "to" && f.infinitiveContent(i, hi):
			return i // "promised to halt A, raise B and resume C"
		case t.w == "in" || t.w == "on" || t.w == "at" || t.w == "to" || t.w == "during" || t.w == "of" || t.w == "about" || t.w == "via" || t.w == "with" || t.w == "from" || t.w == "late" || t.w == "early" || t.w == "earlier" || t.w == "later" || t.w == "last" || t.w == "this" || t.w == "since" && i > 0 && isAdverbLy(f.t[i-1].w):
			// a short prepositional phrase ending before a comma, colon,
			// "that" or a quote mark
			end := -1
			for k := i + 1; k < hi && k <= i+10; k++ {
				if f.t[k].w == "that" || f.t[k].kind != tWord && k <= i+7 {
					end = k // "in an interview with a local radio station that"
					break
				}
				if f.t[k].kind != tWord {
					break
				}
			}
			if end < 0 || (t.w == "with" || t.w == "from") && f.t[end].w != "that" {
				// "agreed with Matthews about the winner.": no adjunct
				if end < 0 && i+1 < hi && (mediaObjects.Has(f.t[i+1].w) || isTimeWord(f.t[i+1].w)) {
					return i + 2
				}
				return i
			}
			if (t.w == "of" || t.w == "about") && f.t[end].w == "," && end+1 < hi && relativeOpeners.Has(f.t[end+1].w) {
				// "warned of food shortages in Osh, where markets were
				// looted": the relative clause describes the noun of
				// the cue's object ("of" or "about"), which runs on to
				// the end as "warned of food shortages." does: no
				// content (a place, "told Reuters in Oslo, where …",
				// stays an adjunct)
				return hi
			}
			i = end
		case (t.w == "before" || t.w == "after") && f.eventThat(i, hi) > 0:
			i = f.eventThat(i, hi) // "told reporters before the meeting that …"
		case isTimeWord(t.w):
			i++
		case t.w == "by" && i+1 < hi && channelNouns.Has(f.t[i+1].w):
			i += 2 // "told Reuters by telephone", "said by phone"
		case f.agoEnd(i, hi) > 0:
			i = f.agoEnd(i, hi) // "said two weeks ago that …"
		case isAdverbLy(t.w) && i+1 < hi && (f.isWord(i+1, "that") || f.isWord(i+1, "since")):
			i++ // "complain bitterly that", "said repeatedly since early 2022 that"
		default:
			return i
		}
	}
	return i
}

// agoEnd returns the token after a time counted back from now that
// starts at i ("two weeks ago", "3 days ago", "a month ago"), or 0.
func (f *finder) agoEnd(i, hi int) int {
	w := f.t[i].w
	if !(numberWord(w) || w == "a" || w == "an" || w != "" && w[0] >= '0' && w[0] <= '9') || i+2 >= hi {
		return 0
	}
	switch strings.TrimSuffix(f.t[i+1].w, "s") {
	case "minute", "hour", "day", "week", "month", "year", "decade":
		if f.isWord(i+2, "ago") {
			return i + 3
		}
	}
	return 0
}

// isAdverbLy reports whether w is an adverb in -ly ("repeatedly",
// "bitterly").
func isAdverbLy(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") }

// eventThat returns the "that" after "before"/"after" at i and a
// determined noun phrase of one or two words ("before the meeting that
// …", "after his talks that …") or a gerund phrase ("after meeting
// Kristersson in Budapest that …"), or 0: the event a report is timed by,
// then its content. "after five weeks of fighting that has killed" is a
// relative clause, no report.
func (f *finder) eventThat(i, hi int) int {
	if w := f.t[i+1].w; i+3 < hi && f.t[i+1].kind == tWord && len(w) > 5 && strings.HasSuffix(w, "ing") {
		// "said after meeting Kristersson in Budapest that …": a
		// gerund phrase, then "that" and a clause
		for k := i + 2; k < hi && k <= i+7; k++ {
			if f.t[k].kind != tWord {
				return 0
			}
			if f.t[k].w == "that" {
				if k+1 < hi && f.t[k+1].kind == tWord && !auxiliaries.Has(f.t[k+1].w) && !verbLike(f.t[k+1].w) {
					return k
				}
				return 0
			}
		}
		return 0
	}
	if i+3 >= hi || !f.isWord(i+1, "the") && !f.isWord(i+1, "a") && !f.isWord(i+1, "his") && !f.isWord(i+1, "her") && !f.isWord(i+1, "their") && !f.isWord(i+1, "its") {
		return 0
	}
	for k := i + 2; k < hi && k <= i+4; k++ {
		if f.t[k].kind != tWord {
			return 0
		}
		if f.t[k].w == "that" {
			if k == i+2 {
				return 0
			}
			return k
		}
	}
	return 0
}

// citingAside returns the "that" after a parenthetical that names the
// sources of a report between its cue and its content, set off by
// commas ("reported, citing two people familiar with the matter, that
// …", "said, quoting a senior minister, that …", "said, according to
// the agency, that …"), or 0.
func (f *finder) citingAside(i, hi int) int {
	switch {
	case f.isWord(i, "citing") || f.isWord(i, "quoting"):
	case f.isWord(i, "according") && f.isWord(i+1, "to"):
	default:
		return 0
	}
	for k := i + 1; k+1 < hi && k <= i+16; k++ {
		if f.t[k].w == "," {
			if f.isWord(k+1, "that") {
				return k + 1
			}
			return 0
		}
		if f.t[k].kind != tWord && f.t[k].w != "." && f.t[k].w != "'" && f.t[k].w != "\u2019" {
			return 0
		}
	}
	return 0
}

// placeOrTimePhrase returns the token after the object of a preposition
// at i that names a place or a day — one to three capitalised words, or
// a time word — when a clause opens right after it (a pronoun, "there",
// a determiner or a name), or 0.
func (f *finder) placeOrTimePhrase(i, hi int) int {
	k := i
	if f.isWord(k, "the") {
		k++
	}
	start := k
	for k < hi && k < start+3 && f.t[k].kind == tWord && (f.t[k].upper && !nominatives.Has(f.t[k].w) || isTimeWord(f.t[k].w)) {
		k++
	}
	if k == start || k >= hi || f.t[k].kind != tWord {
		return 0
	}
	switch w := f.t[k].w; {
	case nominatives.Has(w) || w == "there" || w == "it" || w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" || w == "this" || w == "these" || w == "those":
		return k
	}
	return 0
}

// listenerCues take a listener as their object before the report
// ("told reporters that", "warned lawmakers the plan would fail").
var listenerCues = setOf(`told tells tell telling warned warns warning assured assures reminded reminds
	informed informs asked asks urged urges briefed briefs promised promises convinced notified`)

// pronounObjects are object pronouns, a listener after any cue ("said
// to him", "wrote them that").
var pronounObjects = setOf(`him her them us me`)

// accuseCues take the accused and then "of" and the charge ("accused
// them of taking bribes").
var accuseCues = setOf(`accused accuses accuse`)

// documentNouns, after a name, make the name the source ("according to
// U.N. estimates", "according to Reuters calculations").
var documentNouns = setOf(`estimates estimate figures data statistics calculations records
	documents report reports count tally tallies survey surveys projections forecast
	forecasts analysis assessment`)

// sourceOfMedium returns the token after "from" or "by" in a medium or
// document named in [i,e) ("a statement from the foreign ministry",
// "figures released by the health ministry"), where its source starts,
// or 0.
func (f *finder) sourceOfMedium(i, e int) int {
	for k := i; k+2 < e && k < i+5; k++ {
		if !mediumNouns.Has(f.t[k].w) && !documentNouns.Has(f.t[k].w) {
			continue
		}
		p := k + 1
		if w := f.t[p].w; (w == "released" || w == "issued" || w == "published" || w == "compiled") && f.isWord(p+1, "by") {
			p++
		}
		if f.isWord(p, "from") || f.isWord(p, "by") {
			return p + 1
		}
		return 0
	}
	return 0
}

// predicateAt reports whether the word at token i can open a predicate:
// an auxiliary, a form of "be", an adverb or a past-tense verb ("… ,
// according to the army, killed …").
func (f *finder) predicateAt(i int) bool {
	t := &f.t[i]
	if t.kind != tWord || t.upper {
		return false
	}
	return auxVerbs.Has(t.w) || beForms.Has(t.w) || cueAdverbs.Has(t.w) || len(t.w) > 4 && strings.HasSuffix(t.w, "ed")
}

// mediumNouns are what a report is made in ("in a statement", "in a
// televised address", "during a news conference").
var mediumNouns = setOf(`statement statements interview interviews post posts speech address
	letter tweet video message note broadcast briefing communique communiqué conference
	remarks comments testimony op-ed column podcast sermon sermons`)

// mediumEnd returns the token after a medium that starts with a
// determiner at i ("a televised address"), or 0.
func (f *finder) mediumEnd(i, hi int) int {
	if !(f.isWord(i, "a") || f.isWord(i, "an") || f.isWord(i, "the") || f.isWord(i, "his") || f.isWord(i, "her") || f.isWord(i, "its") || f.isWord(i, "their")) {
		return 0
	}
	for k := i + 1; k < hi && k <= i+4 && f.t[k].kind == tWord; k++ {
		if mediumNouns.Has(f.t[k].w) {
			for k+1 < hi && f.t[k+1].kind == tWord && mediumNouns.Has(f.t[k+1].w) {
				k++ // "a video message", "a press conference statement"
			}
			return k + 1
		}
	}
	return 0
}

// issuedMedium are the participles that tell how a medium came out
// ("a statement read on television", "a letter sent to the court").
var issuedMedium = setOf(`read issued released published posted broadcast aired sent signed carried distributed circulated`)

// issuedThat returns the "that" after a participle at i that tells how
// the medium before it came out and a short adjunct of words ("said in
// a statement read at the palace on Thursday that …", "in a letter
// sent to the court that …"), or 0: the participle is no report.
func (f *finder) issuedThat(i, hi int) int {
	if i >= hi || f.t[i].kind != tWord || !issuedMedium.Has(f.t[i].w) {
		return 0
	}
	for k := i + 1; k < hi && k <= i+10 && f.t[k].kind == tWord; k++ {
		if f.t[k].w == "that" {
			if k == i+1 {
				return 0
			}
			return k
		}
		if f.t[k].report && f.t[k].cue {
			return 0
		}
	}
	return 0
}

// listenerBeforeColon returns the colon that ends the listener of
// "told" starting at i when only words (and the odd comma or
// apostrophe) lead to a colon right before an opening quote mark
// ("told party leaders that evening: "…"", "told the BBC's Newsnight:
// "…""), or 0. The listener and its adjuncts are not part of the quote.
func (f *finder) listenerBeforeColon(i, hi int) int {
	for k := i; k < hi && k < i+12; k++ {
		switch t := &f.t[k]; {
		case t.kind == tWord:
		case t.w == ":":
			if k > i && k+1 < len(f.t) && f.t[k+1].kind == tOpen {
				return k
			}
			return 0
		case t.w == "," || t.w == "'" || t.w == "\u2019":
		default:
			return 0
		}
	}
	return 0
}

// tellVerbs take the listener as their object ("told reporters").
var tellVerbs = setOf(`told tells tell telling`)

// listenerHeads end the listener of "told" ("a news conference", "the
// state broadcaster", "a local radio station").
var listenerHeads = setOf(`conference conferences briefing briefings reporters journalists
	newspaper newspapers paper daily weekly magazine agency broadcaster broadcasters radio
	television tv station channel network outlet website podcast programme program show
	parliament assembly congress senate lawmakers legislators audience crowd rally summit
	meeting forum gathering committee hearing session interviewer nation country public
	people supporters delegates residents mourners students workers`)

// listenerEnd returns the token after the listener that starts after a
// determiner at i ("[a] news conference", "[the] Financial Times"), or
// -1 when none ends within five words.
func (f *finder) listenerEnd(i, hi int) int {
	if i < hi && f.t[i].kind == tWord && f.t[i].upper {
		for i < hi && (f.t[i].kind == tWord && f.t[i].upper || f.listenerDot(i, hi)) {
			i++
		}
		return i
	}
	for k := i; k < hi && k < i+5 && f.t[k].kind == tWord; k++ {
		if listenerHeads.Has(f.t[k].w) {
			return k + 1
		}
		if f.t[k].w == "that" || verbLike(f.t[k].w) && !strings.HasSuffix(f.t[k].w, "ing") {
			break
		}
	}
	return -1
}

// listenerDot reports whether token i is the final dot of an
// abbreviation inside a listener's name ("told the U.N. Security
// Council that", "told the U.S. that"): a capitalised word or "that"
// follows it, so it ends no sentence.
func (f *finder) listenerDot(i, hi int) bool {
	return f.abbrevDot(i, hi) && (f.t[i+1].upper || f.t[i+1].w == "that")
}

func isTimeWord(w string) bool {
	switch w {
	case "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "recently", "also", "again", "previously", "week", "month", "year",
		"morning", "afternoon", "evening", "night":
		return true
	}
	return false
}

// indirect finds reported speech in sentence tokens [a,b) outside quote
// regions: `X said (that) …`, `…, X said.`, `according to X, …`.
func (f *finder) indirect(a, b int, regs []region) {
	a = f.skipDateline(a, b)
	inRegion := func(i int) int {
		for ri := range regs {
			r := &regs[ri]
			if i >= r.open && (r.close < 0 && i <= r.last || i <= r.close) {
				return ri
			}
		}
		return -1
	}
	for j := a; j < b; j++ {
		// most words report nothing (and no mark reports): skip them
		if j = f.nextFlagged(j, b, false); j == b {
			break
		}
		if f.t[j].kind != tWord || !f.t[j].report || inRegion(j) >= 0 {
			continue
		}
		if j > a && f.actAfterAnd(j-1) && f.cueBetween(a, j-1) {
			continue // "said the talks were useful, and praised the mediators": an act, no report
		}
		if participles.Has(f.t[j].w) && j > a && (f.t[j-1].w == "," || f.t[j].w == "saying" && j-1 > a && (mediumNouns.Has(f.t[j-1].w) || f.mediumAdjunctBefore(j, a))) && (f.isWord(j+1, "that") || f.t[j].w == "saying" && j+1 < b && f.t[j+1].kind == tWord && !locatives.Has(f.t[j+1].w) && !stopAfterName.Has(f.t[j+1].w)) {
			// also "X read a statement saying …", "posted a video saying …"
			// `"…," X said, adding that …`, `X defended the plan,
			// saying the coalition would …`: the speaker of the clause
			c := j + 1
			if f.isWord(c, "that") {
				c++
			}
			spk, ok := f.clauseSpeaker(a, j)
			if !ok && (f.t[j-1].w != "," || f.cueBetween(a, j-1)) {
				// "The ministry issued a statement saying"; "The prison
				// service had asked for the change, saying …": a cue with
				// no report of its own leaves its subject the speaker
				spk, ok = f.clauseSubject(a, j)
			}
			if ok && !f.usedCue(j) {
				// ", and announced that …" is a report of its own; "…, but
				// the CSTO agreed to send helicopters" another's or the
				// writer's clause, cut as after "said"
				cut := f.narratorCut(c, f.reportCut(c, f.participleCut(c, f.secondReportCut(c, b))))
				if sp := f.contentSpan(c, cut); sp.Len() > 0 && f.wordsIn(sp) >= 2 {
					cs := doc.Span{Start: f.t[j].s, End: f.t[j].e}
					kind := Indirect
					for ri := range regs {
						if f.regionSpan(&regs[ri]).Overlaps(sp) && regs[ri].quote < 0 {
							kind = Mixed // `a statement saying the army had decided "to put an end to …"`
							regs[ri].used = true
						}
					}
					f.remember(spk)
					f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: kind, Speaker: spk, Cue: f.text[cs.Start:cs.End], CueSpan: cs})
					j = b
					if cut < b {
						j = cut // the second report is read next
					}
					continue
				}
			}
		}
		cueEnd, ok := f.cueAt(j)
		if !ok || strings.HasSuffix(f.t[j].w, "ing") && f.t[j].w != "according" && !f.progressive(j) {
			continue // participles introduce direct quotes only
		}
		if f.usedCue(j) || f.askedFor(j, cueEnd, b) {
			continue
		}
		if f.labelRelative(j) {
			continue // "bombed what New Delhi described as a camp"
		}
		if w := f.t[j].w; (w == "continued" || w == "continues") && !f.isWord(cueEnd, "that") && !(cueEnd < b && f.t[cueEnd].w == ":") {
			continue // "as many regulars continued to stay away": no report
		}
		var spk doc.Speaker
		var sp doc.Span
		cs := doc.Span{Start: f.t[j].s, End: f.t[cueEnd-1].e}
		if f.t[j].w == "according" {
			// according to X, CONTENT  |  CONTENT, according to X.
			k := cueEnd
			for k < b && (f.t[k].kind == tWord || f.t[k].w == "." && k > cueEnd && f.t[k-1].upper && f.t[k-1].e == f.t[k].s && f.t[k-1].e-f.t[k-1].s <= 4 && k+1 < b && f.t[k+1].kind == tWord) {
				k++ // "according to U.N. estimates"
			}
			if k == cueEnd {
				continue
			}
			e := k
			if e-1 > cueEnd && documentNouns.Has(f.t[e-1].w) && (f.t[e-2].upper || f.t[e-2].w == ".") {
				e-- // "according to U.N. estimates": the U.N.
			}
			from := cueEnd
			if m := f.sourceOfMedium(cueEnd, e); m > 0 {
				from = m // "according to a statement from the ministry": the ministry
			}
			s, ok := f.relativeSource(from, e)
			if (!ok || s.Name == "") && from == cueEnd && documentNouns.Has(f.t[k-1].w) {
				// "according to the bank's own forecasts": the document
				// is the source, never a speaker with no name; a definite
				// one ("the police report") is a record whose author is
				// left unresolved, a bare one ("reports", "military
				// records") an unnamed source
				sp := doc.Span{Start: f.t[from].s, End: f.t[k-1].e}
				kind := KindUnnamed
				if w := f.t[from].w; w == "the" || w == "its" || w == "his" || w == "her" || w == "their" || possessiveWord(w) {
					kind = KindUnresolved
				}
				s, ok = doc.Speaker{Kind: kind, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
				delete(f.refs, sp) // resolve must not make it a description with no name again
			}
			if ok && s.Kind != KindNamed && k+1 < b && f.t[k].w == "," {
				if s2, e2, ok2 := f.apposedPerson(k+1, b); ok2 {
					s, k = s2, e2 // "according to the party's secretary general, Tendai Biti"
				}
			}
			if !ok {
				continue
			}
			spk = s
			if j == a || j > a && (f.t[j-1].kind == tPunct && j-1 == a) || f.isWord(a, "but") && j == a+1 || f.isWord(a, "and") && j == a+1 {
				st := k
				for st < b && f.t[st].kind == tPunct {
					st++
				}
				if st < b && participleOpeners.Has(f.t[st].w) {
					// "According to the Kyiv Independent, citing military
					// sources, …"
					c := st
					for c < b && c < st+10 && f.t[c].w != "," {
						c++
					}
					if c+1 < b && f.t[c].w == "," {
						st = c + 1
					}
				}
				sp = f.contentSpan(st, b)
			} else if f.t[j-1].w == "," && k+1 < b && f.t[k].w == "," && f.predicateAt(k+1) {
				// "The strike, according to the army, killed …": the
				// sentence around the source
				sp = f.contentSpan(a, b)
			} else {
				e := j
				for e > a && f.t[e-1].kind == tPunct {
					e--
				}
				sp = f.contentSpan(a, e)
			}
		} else if f.quotedActive(j) {
			// "state media quoted Putin as saying (that) …"
			as, _ := f.quotedAs(j)
			s, ok := f.classify(j+1, as, j)
			if !ok {
				continue
			}
			spk = s
			k := f.skipAdjuncts(cueEnd, b)
			if f.isWord(k, "that") {
				k++
			}
			sp = f.contentSpan(k, b)
		} else {
			sj := j
			if f.progressive(j) {
				sj = j - 1 // "Trump is warning": the subject before "is"
			}
			s, ok := f.subjectBefore(sj, a)
			if j > a && (f.coordinatedCue(j-1) || f.bareCoordinatedCue(-1, j-1)) {
				// "X said … and warned that …": the speaker of the
				// report before
				if p, pok := f.clauseSpeaker(a, j-1); pok {
					s, ok = p, true
				}
			}
			subjStart := j
			if ok {
				subjStart = f.tokAt(s.Span.Start, j)
				subjStart = f.titleBefore(subjStart, a, s.Title)
			} else {
				// inverted: "…, said X.", after the clause it reports
				if j == a || f.t[j-1].kind == tWord || tellVerbs.Has(f.t[j].w) || askedVerbs.Has(f.t[j].w) && f.askedQuestion(cueEnd, b) {
					// "He apparently believed the polls": no inversion;
					// "told" takes its listener after it; "X, asked
					// whether …, said" puts a question to X
					continue
				}
				s, ok = f.subjectAfter(cueEnd, b)
				if !ok {
					continue
				}
			}
			spk = s
			if subjStart > a && s.Span.Start < f.t[j].e && f.conditionCue(subjStart-1, j) {
				continue // "sanctions will be lifted once the agency confirms that …": nothing said yet
			}
			// content after the cue, or before the subject
			k := f.skipAdjuncts(cueEnd, b)
			if t := f.thatAfterObject(j, k, b); t > 0 {
				k = t // "warned voters that …"
			} else if t := f.toAfterTimedObject(j, k, b); t > 0 {
				k = t // "urged India on Saturday to withdraw …"
			}
			if k == cueEnd && s.Span.Start < f.t[j].e && f.isWord(k, "but") {
				continue // "Jammeh had conceded but reversed …": the cue has no object
			}
			if k == cueEnd && s.Span.Start < f.t[j].e && f.passiveModifierAt(k, b) {
				continue // "Bond notes introduced by the central bank trade at …": the cue's word is a noun
			}
			cb := b // where the clause after the cue ends
			if s.Span.Start < f.t[j].e && (f.trailingAdverbial(k, b, f.reportSetOff(subjStart, a)) || f.isWord(k, "and") || f.isWord(k, "or")) {
				// "…, Scholz said on Tuesday, as Russia stepped up its
				// attacks", "…, the agency said in a report, and those
				// in …": a clause after the cue that opens with a
				// conjunction is no report; the one before the speaker
				// is (and "Carver responded and determined …" has none)
				cb = k
			}
			whole, before := false, -1
			if ns := f.setOff(subjStart, a); ns > a && s.Span.Start < f.t[j].e && cb > k {
				// "Tinubu won the vote, the commission said, but …",
				// "…, the agency said on Wednesday, the third such
				// result": an attribution set off by commas inside its
				// sentence reports the clause before it; "The plan, the
				// minister said, would cost …" the sentence around it
				if n := f.commaAfterCue(cueEnd, k); n < 0 {
				} else if f.goesOn(n, b) {
					whole, k, cb = true, n, n
				} else if f.reportBefore(a, ns) {
					before, k, cb = ns, n, n
				}
			}
			if s.Span.Start < f.t[j].e && f.wordsBetween(k, cb) > 0 && !f.clauseComplement(j, k, cb) {
				continue // "Police found the body", "agreed to drop the charges"
			}
			if s.Span.Start < f.t[j].e && objectVerdicts.Has(f.t[j].w) && f.nounObject(k, cb) {
				continue // "conceded defeat", "criticised the international community"
			}
			if s.Span.Start < f.t[j].e && f.prepositionalObject(j, k, cb) {
				continue // "explosions echoed across the capital", "had asked for the change"
			}
			if s.Span.Start < f.t[j].e && f.pledgedAmount(j, k, cb) {
				continue // "Norway pledged $10 million for demining"
			}
			if s.Span.Start < f.t[j].e && f.thingObject(j, k, cb) {
				continue // "pledged aid", "blamed Syria"
			}
			if s.Span.Start < f.t[j].e && f.demandedThing(j, k, cb) {
				continue // "demanded the release of its leader"
			}
			if claimCues.Has(f.t[j].w) && s.Span.Start < f.t[j].e && (f.claimedThing(k, cb) || f.claimedObject(k, cb)) {
				continue // "claimed victory on Tuesday", "claimed responsibility for the attack"
			}
			if f.isWord(k, "that") {
				k++
			} else if objectCues.Has(f.t[j].w) && k < b && f.t[k].w != ":" && !(cueEnd < k && f.t[cueEnd].w == ":") && f.wordsBetween(k, cb) > 0 && s.Span.Start < f.t[j].e {
				// "declared Maduro the winner", "praised the deal":
				// an object, no report; "declared that …" and
				// "declared: …" report
				continue
			}
			if whole || before >= 0 {
				st, e := a, b
				if before >= 0 {
					e = before
				}
				for st < e && f.t[st].kind != tWord {
					st++
				}
				sp = f.contentSpan(st, e)
			} else if s.Span.Start >= f.t[j].e {
				if f.passiveAgent(cueEnd, s.Span.Start) {
					// "Markets were closed on Friday, declared a public
					// holiday by the new government": a participle with
					// its agent, no one reporting the clause before
					continue
				}
				// inverted speaker after the cue: content before
				e := j
				for e > a && f.t[e-1].kind == tPunct {
					e--
				}
				sp = f.contentSpan(a, e)
			} else if k < cb-1 && !(f.t[k].kind == tPunct && f.t[k].w == ".") && (f.wordsBetween(k, cb) >= 3 || f.wordsBetween(k, cb) == 2 && pronouns[f.t[k].w] != "" && f.t[k+1].kind == tWord) {
				// "said the plan was right", "said he agreed"
				sp = f.contentSpan(k, f.narratorCut(k, f.reportCut(k, f.perfectAsideCut(j, k, f.relativeCut(j, k, f.participleCut(k, cb))))))
				if c, ts, _, tcs, ok := f.trailingAttribution(a, b); ok && c > k {
					// "The mother said she was struck, Lt. Pat Nelson
					// said.": the attribution at the end reports it all
					st := a
					for st < c && f.t[st].kind != tWord {
						st++
					}
					spk, cs, sp = ts, tcs, f.contentSpan(st, c)
				}
			} else if subjStart > a && f.wordsBetween(k, cb) == 0 && !f.infinitiveIn(cueEnd, k) && f.afterClause(subjStart, a) && !(clauseCues.Has(f.t[j].w) && cueEnd < cb && clausePreps.Has(f.t[cueEnd].w)) {
				// (not "…, General X, urged him to resign": the cue's
				// own object and infinitive)
				// "The talks were useful, Ayalon said (on Monday)." —
				// not "The Taliban's spokesman, X, denied the report.",
				// nor a subject inside its clause ("He apparently
				// believed the polls showed.")
				e := subjStart
				for e > a && f.speakerDet(e-1) {
					e-- // ", the UN said", ", his spokesman said": the determiner goes with the subject
				}
				for e > a && f.t[e-1].kind == tPunct {
					e--
				}
				st := a
				for st < e && (f.t[st].kind == tPunct || f.t[st].kind == tClose) {
					st++
				}
				sp = f.contentSpan(st, e)
			}
		}
		if sp.Len() <= 0 || f.wordsIn(sp) < 2 {
			continue
		}
		if f.relativeContent(sp, j) {
			continue // "asked him to lead the commission, which heard testimony …"
		}
		hearsay := false
		if f.t[j].w == "according" && f.reportInside(sp) {
			if !hearsaySource(spk) {
				continue // "Abbas said …, according to WAFA": Abbas speaks, WAFA carried it
			}
			hearsay = true // "Sharif had blamed …, according to aides": the aides report
		}
		kind := Indirect
		skip := false
		for ri := range regs {
			rs := f.regionSpan(&regs[ri])
			if !rs.Overlaps(sp) {
				continue
			}
			if regs[ri].quote >= 0 {
				skip = true
				break
			}
			kind = Mixed
			regs[ri].used = true
		}
		if skip {
			continue
		}
		if hearsay {
			f.dropReportsInside(sp)
		}
		f.remember(spk)
		f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: kind, Speaker: spk, Cue: f.text[cs.Start:cs.End], CueSpan: cs})
		// one report per cue: continue after the content
		if e := f.tokAt(sp.End, j); e > j {
			j = e
		}
	}
}

// governedSpan reports whether the words [k,b) after "ruled" open with
// the span or manner of a rule ("since 2009", "for three decades",
// "until his death", "unopposed"): "ruled" is then "governed", no
// report; a ruling reports a that-clause or a clause.
func (f *finder) governedSpan(k, b int) bool {
	if k >= b || f.t[k].kind != tWord {
		return false
	}
	return ruleSpanWords.Has(f.t[k].w)
}

// ruleSpanWords open the span or manner of a rule after "ruled".
var ruleSpanWords = setOf(`since for until till from between throughout during over under
	alongside unopposed unchallenged briefly jointly uninterrupted`)

// claimedThing reports whether the words [k,b) after a claim cue open
// with a thing claimed, not a report: "victory", "responsibility for
// the attack", "the lives of 30 people", "a seat".
func (f *finder) claimedThing(k, b int) bool {
	if k < b && f.t[k].kind == tWord && determiners.Has(f.t[k].w) {
		k++
	}
	return k < b && f.t[k].kind == tWord && claimedThings.Has(f.t[k].w)
}

// claimedThings are nouns claimed as a thing, not a statement.
var claimedThings = setOf(`victory victories win wins responsibility credit lives life
	title titles seat seats crown throne prize prizes medal medals ownership authorship
	asylum compensation damages benefits share stake territory land control mantle
	leadership majority`)

// claimCues are cues of saying whose object may be a thing claimed
// ("claimed victory", "claims responsibility"), no report.
var claimCues = setOf(`claim claims claimed claiming`)

// adverbialOpeners start an adverbial clause or phrase that can follow
// a report ("said, as …", "said while …", "said amid …").
var adverbialOpeners = setOf(`as while amid amidst despite because since although though whereas
	when after before following`)

// auxiliaries after "that" make it a relative pronoun ("fighting that
// has killed"), not the start of a reported clause.
var auxiliaries = setOf(`has have had is was are were will would could can may might must should`)

// asQuantity, after "as", make a quantity or a phrase inside a report
// ("as many as", "as of Monday"), not a conjunction.
var asQuantity = setOf(`many much few little well of part a an long soon high low recently early late`)

// trailingAdverbial reports whether the words from token k to b (after
// a cue and its adjuncts) are an adverbial clause rather than the
// report: they open with a conjunction or preposition of time, cause or
// contrast, and no "that" follows to start a report after all ("said
// after the meeting that …"). afterClause says the cue's subject
// follows a clause set off by a comma ("President X was detained, a
// spokesman told Reuters before his line went dead"): that clause is
// the report, and "before" or "after" opens an adverbial even without
// a comma.
func (f *finder) trailingAdverbial(k, b int, afterClause bool) bool {
	if k >= b || f.t[k].kind != tWord {
		return false
	}
	if w := f.t[k].w; k > 0 && f.t[k-1].w == "," && len(w) > 5 && strings.HasSuffix(w, "ing") && !participles.Has(w) && !progressives.Has(w) && !f.t[k].upper {
		// "a Brazilian official said, speaking on condition of
		// anonymity": a participle phrase, not the report ("said,
		// adding that …" reports)
		return true
	}
	if !adverbialOpeners.Has(f.t[k].w) {
		return false
	}
	switch w := f.t[k].w; {
	case w == "as" && k+1 < b && asQuantity.Has(f.t[k+1].w):
		return false // "said as many as 40 people died"
	case (w == "since" || w == "after" || w == "before" || w == "following") && f.t[k-1].w != "," && !afterClause:
		return false // "said after the talks the deal was close": a report may follow
	}
	for i := k + 1; i < b; i++ {
		if f.t[i].kind == tOpen {
			return false
		}
		if f.t[i].kind == tWord && f.t[i].w == "that" && !(i+1 < b && (auxiliaries.Has(f.t[i+1].w) || verbLike(f.t[i+1].w))) {
			return false // "that" opening a report, not "fighting that has killed"
		}
	}
	return true
}

// commaAfterCue returns where the words after a cue's adjuncts [e,k)
// go on when a comma sets them off and they open no report of their
// own: k after the comma ("said, but …", "said on Wednesday, the third
// …"), or a phrase after the comma that the adjuncts took in ("said,
// with winds of …", "said, adding that …"); -1 when no comma comes
// first or the report follows ("said, in a statement, that …", "said:
// …").
func (f *finder) commaAfterCue(e, k int) int {
	if k >= len(f.t) || k <= e {
		return -1
	}
	if w := f.t[e].w; w == "of" || w == "to" || w == "about" || w == "for" {
		return -1 // "accused of murdering her daughter, …": the cue's own complement
	}
	x := e
	for x < k && f.t[x].kind == tWord {
		x++ // "said on Wednesday, …"
	}
	if x >= k || f.t[x].w != "," || x+1 >= len(f.t) || f.t[x+1].kind != tWord {
		return -1
	}
	if n := f.t[x+1].w; n == "with" || n == "of" || participles.Has(n) || participleOpeners.Has(n) {
		return x + 1
	}
	if f.t[k].kind != tWord || f.t[k].w == "that" || f.t[k-1].w != "," {
		return -1
	}
	for y := x; y < k; y++ {
		if f.t[y].w == ":" {
			return -1
		}
	}
	return k
}

// setOff returns where the subject noun phrase that holds token s
// starts when a comma sets it off from the words before it (", the
// weather agency PAGASA said"), or -1. It looks back at most six words,
// none of them a cue or a word that ends a noun phrase.
func (f *finder) setOff(s, a int) int {
	p := s
	for p > a && p > s-6 && f.t[p-1].kind == tWord && !boundaryWords.Has(f.t[p-1].w) && !f.t[p-1].report {
		p--
	}
	if p > a && f.t[p-1].w == "," && !(p-2 >= a && (relativeWord(f.t[p-2].w) || f.t[p-2].w == "that")) {
		return p // not "the locals who, he said, supported him"
	}
	return -1
}

// goesOn reports whether the words from token n, after an attribution
// set off by commas, go on with the sentence it interrupts: a predicate
// after adverbs ("The plan, the minister said, would cost …", "The
// reason, he said, probably is …") or "of" ("a result, he said, of
// …").
func (f *finder) goesOn(n, b int) bool {
	if f.isWord(n, "of") {
		return true
	}
	for n < b && f.t[n].kind == tWord && !f.t[n].upper && (mannerAdverb(f.t[n].w) || cueAdverbs.Has(f.t[n].w) && !auxVerbs.Has(f.t[n].w) && !beForms.Has(f.t[n].w)) {
		n++
	}
	if n >= b || f.t[n].kind != tWord || f.t[n].upper {
		return false
	}
	w := f.t[n].w
	return f.predicateAt(n) || finitePresent.Has(w) || finiteIrregular.Has(w)
}

// reportBefore reports whether the words [a,s) before a subject set off
// by a comma can be the clause it reports: three words or more that do
// not open with a preposition, a subordinator or a time ("Last week,",
// "In Lagos on Monday," are no report).
func (f *finder) reportBefore(a, s int) bool {
	for a < s && f.t[a].kind != tWord {
		a++
	}
	if a >= s || f.wordsBetween(a, s) < 3 {
		return false
	}
	w := f.t[a].w
	return !locatives.Has(w) && !timePreps.Has(w) && !adverbialOpeners.Has(w) && !stopAfterName.Has(w) && !isTimeWord(w) && !sentenceAdverbs.Has(w) && w != "if" && w != "unless"
}

// reportSetOff reports whether the subject starting at token s (after a)
// follows a clause set off by a comma that can be its report
// ("President X was detained, a spokesman told Reuters …"), not an
// opening phrase ("On Monday, the minister said …").
func (f *finder) reportSetOff(s, a int) bool {
	ns := f.setOff(s, a)
	return ns > a && f.reportBefore(a, ns)
}

// afterClause reports whether the subject starting at token s (after a)
// follows the clause it reports, set off by punctuation or "as" (", the
// IMF said", ", as police have said"), rather than sitting inside it. An
// "as" with a word before it opens a clause of manner, no attribution:
// "refused to step down immediately as protesters demanded".
func (f *finder) afterClause(s, a int) bool {
	p := s - 1
	for p > a && f.speakerDet(p) {
		p--
	}
	return f.t[p].kind != tWord || f.isWord(p, "as") && (p == a || f.t[p-1].kind != tWord)
}

// speakerDet reports whether token k is a determiner that opens a
// speaker's noun phrase: an article or a possessive pronoun (", his
// spokesman Stephane Dujarric said").
func (f *finder) speakerDet(k int) bool {
	switch f.t[k].w {
	case "the", "a", "an", "his", "her", "its", "their":
		return f.t[k].kind == tWord
	}
	return false
}

// skipDateline returns the first token after a dateline that opens the
// sentence [a,b) ("ABUJA, March 3, 2025 (Reuters) - Gunmen killed …"):
// a place in capitals, then up to a dozen tokens of date and agency, then
// a dash. Without one it returns a.
func (f *finder) skipDateline(a, b int) int {
	if a >= b {
		return a
	}
	if k := f.timestampLead(a, b); k > a {
		return k
	}
	caps := f.t[a].kind == tWord && isCaps(f.text[f.t[a].s:f.t[a].e])
	month := f.t[a].kind == tWord && f.t[a].upper && months.Has(f.t[a].w) // "Aug 1, 2024 (Agency) -"
	if !caps && !month && f.t[a].w != "(" {
		return a
	}
	digit := false
	for k := a + 1; k < b && k <= a+14; k++ {
		switch w := f.t[k].w; {
		case w == "-" || w == "\u2014" || w == "\u2013":
			if month && !digit {
				return a
			}
			return k + 1
		case isDigits(w):
			digit = true
		case f.t[k].kind == tWord || w == "," || w == "(" || w == ")" || w == "." || w == "/":
			// "NEW DELHI/ISLAMABAD (Reuters) -": two cities
		default:
			return a
		}
	}
	return a
}

// reportCut returns where the content [k,e) of a report ends before a
// second report that a conjunction joins to it after a comma ("said it
// stood ready to help, and the UN's office said it was sending a
// team"): a cue with a subject of its own before it, or e. A clause
// after "and that" still belongs to the first report.
func (f *finder) reportCut(k, e int) int {
	for i := k + 1; i+2 < e; i++ {
		if f.t[i].w != "," {
			continue
		}
		if c := f.t[i+1].w; c != "and" && c != "but" && c != "while" && c != "whereas" || f.t[i+1].kind != tWord || f.isWord(i+2, "that") {
			continue
		}
		for c := i + 3; c < e && c <= i+24; c++ {
			t := &f.t[c]
			if t.kind == tOpen || t.kind == tClose || t.w == ";" || t.w == "," || t.w == "." && !f.abbrevDot(c, e) {
				break // the subject follows the conjunction, in the same clause
			}
			if (t.kind != tWord || !t.report || !t.cue || clauseCues.Has(t.w)) && !f.appealVerb(c, e) {
				continue // "but he wants it to fit in" goes on with the report
			}
			if spk, ok := f.subjectBefore(c, i+2); ok && spk.Span.Start >= f.t[i+2].s && spk.Span.Start <= f.t[min(i+5, c-1)].s && spk.Span.End <= t.s {
				return i
			}
			break
		}
	}
	return e
}

// perfectAsideCut returns where the content [k,e) of a report whose
// cue at j is a present perfect ("has (repeatedly) said") ends before
// the writer's own clause about the speaker: ", and" then "he" or
// "she" and a present perfect again ("has said high rates cause
// inflation, and he has fired three governors since 2019"). Reported
// words keep their own tenses, so a pronoun clause after a past-tense
// cue stays in the report; else e.
func (f *finder) perfectAsideCut(j, k, e int) int {
	p := j - 1
	for p > 0 && f.t[p].kind == tWord && f.t[p].w != "has" && f.t[p].w != "have" && (mannerAdverb(f.t[p].w) || cueAdverbs.Has(f.t[p].w)) {
		p--
	}
	if p < 0 || f.t[p].kind != tWord || f.t[p].w != "has" && f.t[p].w != "have" {
		return e
	}
	for i := k + 1; i+3 < e; i++ {
		if f.t[i].w != "," || !f.isWord(i+1, "and") || !f.isWord(i+2, "he") && !f.isWord(i+2, "she") {
			continue
		}
		n := i + 3
		for n < e && f.t[n].kind == tWord && (mannerAdverb(f.t[n].w) || f.t[n].w == "also") {
			n++
		}
		if n+1 < e && (f.isWord(n, "has") || f.isWord(n, "have")) && f.t[n+1].kind == tWord && !f.t[n+1].upper && (finiteIrregular.Has(f.t[n+1].w) || len(f.t[n+1].w) > 3 && strings.HasSuffix(f.t[n+1].w, "ed")) {
			return i
		}
	}
	return e
}

// relativeCut returns where the report of a cue at j ends when the cue
// sits in a relative clause set off after its subject ("Germany, which
// had warned that a cap could divert supplies, backed the deal", "X,
// who has said the talks are over, left for Paris"): at the comma
// that closes the clause, before the main verb; else e. Content runs
// from k.
func (f *finder) relativeCut(j, k, e int) int {
	p := j - 1
	for p > 0 && j-p <= 3 && f.t[p].kind == tWord && (auxVerbs.Has(f.t[p].w) || cueAdverbs.Has(f.t[p].w) || mannerAdverb(f.t[p].w)) {
		p--
	}
	if p > 1 && f.t[p].kind == tWord && f.t[p-1].kind == tWord && relativeTimeNouns.Has(f.t[p].w) && relativeTimeDets.Has(f.t[p-1].w) {
		p -= 2 // "X, who last month urged Y to call an election, said …"
	}
	if p < 1 || !f.isWord(p, "who") && !f.isWord(p, "which") || f.t[p-1].w != "," {
		return e
	}
	for i := k + 1; i+1 < e; i++ {
		if f.t[i].w != "," {
			continue
		}
		if w := f.t[i+1].w; f.t[i+1].kind == tWord && !f.t[i+1].upper && (f.predicateAt(i+1) || finiteIrregular.Has(w) || finitePresent.Has(w) || relativeMainVerbs.Has(w)) {
			return i
		}
	}
	return e
}

// relativeTimeDets and relativeTimeNouns make the time phrase a
// relative clause may open with before its verb ("who last month
// urged", "which this week warned").
var (
	relativeTimeDets  = setOf(`last this earlier`)
	relativeTimeNouns = setOf(`week month year weekend spring summer autumn fall winter`)
)

// relativeMainVerbs are irregular past and present forms that open the
// main predicate after a relative clause ("…, left for Paris", "…,
// says the deal is dead").
var relativeMainVerbs = setOf(`left met won lost fled flew paid put set cut hit struck spoke
	sought chose bought sold shut rose fell says tells warns insists`)

// timestampLead returns the token after a live blog's entry time that
// opens a sentence ("11:05 - Communications …", "14.20 GMT — …",
// "3.05pm BST: …", "1630 GMT: …", "Updated 17:45 — …"), or a. A time
// of four digits needs its zone ("1630 GMT"); the entry ends at a dash
// or a colon.
func (f *finder) timestampLead(a, b int) int {
	k := a
	if k+1 < b && f.t[k].kind == tWord && (f.t[k].w == "updated" || f.t[k].w == "update") {
		k++ // "Updated 17:45 —"
	}
	switch {
	case k+3 < b && isDigits(f.t[k].w) && len(f.t[k].w) <= 2 && (f.t[k+1].w == ":" || f.t[k+1].w == ".") && f.t[k+1].s == f.t[k].e && clockMinutes(f.t[k+2].w) && f.t[k+2].s == f.t[k+1].e:
		k += 3 // "11:05", "14.20", "2.32pm"
	case k+2 < b && isDigits(f.t[k].w) && len(f.t[k].w) == 4 && f.t[k+1].kind == tWord && timeZoneWords.Has(f.t[k+1].w) && f.t[k+1].w != "am" && f.t[k+1].w != "pm":
		k++ // "1630 GMT"
	default:
		return a
	}
	for n := 0; n < 2 && k < b && f.t[k].kind == tWord && timeZoneWords.Has(f.t[k].w); n++ {
		k++ // "GMT", "local time"
	}
	if k+1 < b && (f.t[k].w == "-" || f.t[k].w == "\u2014" || f.t[k].w == "\u2013" || f.t[k].w == ":") {
		return k + 1
	}
	return a
}

// clockMinutes reports the minutes of a clock time: two digits, with
// "am" or "pm" written on ("05", "32pm").
func clockMinutes(w string) bool {
	if len(w) == 4 && (w[2:] == "am" || w[2:] == "pm") {
		w = w[:2]
	}
	return len(w) == 2 && isDigits(w)
}

// timeZoneWords may follow an entry time ("11:05 GMT", "9:30 am local time").
var timeZoneWords = setOf(`am pm a.m p.m gmt utc bst cet cest est edt pst pdt ist local time hrs`)

// summaryAppositive reports whether the words from token i open a
// writer's comment on the act just told, set off by a comma: "a" or "an",
// at most one modifier, a noun such as "decision" or "move", then "that"
// or "which" ("…, a decision that surprised officials in Copenhagen").
func (f *finder) summaryAppositive(i, b int) bool {
	if !f.isWord(i, "a") && !f.isWord(i, "an") {
		return false
	}
	n := i + 1
	if n+1 < b && f.t[n].kind == tWord && !summaryNouns.Has(f.t[n].w) {
		n++ // "a rare move", "a surprise decision"
	}
	return n+1 < b && f.t[n].kind == tWord && summaryNouns.Has(f.t[n].w) && (f.isWord(n+1, "that") || f.isWord(n+1, "which"))
}

// summaryNouns name an act as a whole in a writer's comment after it.
var summaryNouns = setOf(`decision move step development announcement remark remarks gesture`)

// participleCut returns where the content [k,b) of a report ends before
// a participle that adds another ("… had been arrested, adding that
// …"), or b.
func (f *finder) participleCut(k, b int) int {
	for i := k + 1; i+1 < b; i++ {
		if w := f.t[i].w; w != "," && w != "and" && w != "but" {
			continue // every cut below is at a comma, "and" or "but": most tokens need no call
		}
		if f.t[i].w == "," && participles.Has(f.t[i+1].w) && (f.isWord(i+2, "that") || f.t[i+1].w == "saying") {
			return i
		}
		if f.t[i].w == "," && namingParticiples.Has(f.t[i+1].w) && f.namedInQuote(i+2, b) {
			return i // "said it had no role, calling the charge "absurd"": the naming is a quote of its own
		}
		if f.t[i].w == "," && f.contrastReport(i+1, b) {
			return i // "said they backed Maduro, while Russia warned Washington …"
		}
		if f.t[i].w == "," && f.circumstance(i+1, b) {
			return i // "accused Riyadh of prolonging the war, as talks stalled in Baghdad"
		}
		if f.t[i].w == "," && f.newSubjectClause(i+1, b) {
			return i // "…, and Norway, which co-sponsored the talks, pledged $10 million"
		}
		if f.t[i].w == "," && f.datedNarration(i+1, b) {
			return i // "…, and thousands of people protested in Seoul on Saturday"
		}
		if f.t[i].w == "," && f.summaryAppositive(i+1, b) {
			return i // "said Greenland was not for sale, a decision that surprised officials"
		}
		if f.actionAfterQuote(i, b) {
			return i // `said he was "deeply concerned" and ordered a review`
		}
		if f.t[i].w == "and" && f.modalThenPast(k, i, b) {
			return i // "said parliament would have the final say and asked for calm"
		}
		if f.t[i].w == "," && f.subjectAfterQuote(i, b) {
			return i // `condemned the "vile attack", and Prime Minister Viktor Orban wished …`
		}
		if f.t[i].w == "and" && f.namingAfterAnd(i, b) {
			return i // `said it was credible and called the arrests "a good first step"`
		}
		if f.t[i].w == "and" && f.actAfterAnd(i) {
			if i > k+1 && f.t[i-1].w == "," {
				return i - 1
			}
			return i // "said the deal was fair, and thanked the negotiators": the act is no part of the report
		}
		if f.t[i].w == "and" && f.appealVerb(i+1, b) && f.isWord(i+1, "called") {
			return i // "said talks had stalled and called on the insurgents to …": the speaker's appeal, as "and urged"
		}
		if f.coordinatedCue(i) || f.bareCoordinatedCue(k, i) {
			// "said the mission was unlawful and warned that …": the
			// second report is its own
			if i > k+1 && f.t[i-1].w == "," {
				return i - 1
			}
			return i
		}
	}
	return b
}

// contrastReport reports whether the words from token i open a
// contrasting clause with a report of its own by another speaker:
// "while", "whereas" or "but", a capitalised subject of at most four
// words and a cue verb ("…, while Russia warned Washington against any
// intervention"). What that other speaker said is not in the first
// report.
func (f *finder) contrastReport(i, b int) bool {
	if !(f.isWord(i, "while") || f.isWord(i, "whereas") || f.isWord(i, "but")) || i+2 >= b {
		return false
	}
	k := i + 1
	if f.isWord(k, "the") {
		k++
	}
	if k >= b || f.t[k].kind != tWord || !f.t[k].upper {
		return false
	}
	for n := 0; n < 4 && k < b && f.t[k].kind == tWord && (f.t[k].upper || f.isWord(k, "and")); n++ {
		k++
	}
	if k < b && k > i+1 && f.t[k].w == "," {
		return f.apposedCue(k, b) // "…, but Isaac Zida, the deputy commander of the guard, later told crowds …"
	}
	return k < b && k > i+1 && f.t[k].kind == tWord && f.t[k].report && f.t[k].cue
}

// apposedCue reports whether the comma at token k, after a capitalised
// subject, opens an appositive that a second comma closes and a cue verb
// follows, with at most two adverbs between ("Isaac Zida, the deputy
// commander of the presidential guard, later told …"). The appositive
// opens with a determiner, a possessive or a number ("the", "a", "his",
// "49") and holds no report verb of its own.
func (f *finder) apposedCue(k, b int) bool {
	n := k + 1
	if n >= b || f.t[n].kind != tWord || !(appositiveOpeners.Has(f.t[n].w) || isDigits(f.t[n].w)) {
		return false
	}
	c := n + 1
	for c < b && c <= n+16 && f.t[c].w != "," {
		if f.t[c].kind != tWord && f.t[c].w != "'s" && f.t[c].w != "-" || f.t[c].report && f.t[c].cue {
			return false
		}
		c++
	}
	if c >= b || f.t[c].w != "," {
		return false
	}
	c++
	for x := 0; x < 2 && c < b && f.t[c].kind == tWord && !f.t[c].report && (mannerAdverb(f.t[c].w) || cueAdverbs.Has(f.t[c].w)); x++ {
		c++
	}
	return c < b && f.t[c].kind == tWord && f.t[c].report && f.t[c].cue
}

// appositiveOpeners open an appositive noun phrase after a name.
var appositiveOpeners = setOf(`the a an his her its their`)

// circumstance reports whether the words from token i, after a comma
// inside a report, are the writer's account of the circumstances: "amid"
// with its noun phrase, or "as" opening a clause in the past tense
// ("…, as talks between the two rivals stalled in Baghdad"). A clause
// with a modal is the speaker's reasoning ("…, as the consortium will be
// changing routes"), and so is one after "and" or "but" (", and, as they
// could not do this, …"); "as well", "as a result" or "as many as" open
// no clause.
func (f *finder) circumstance(i, b int) bool {
	if i+2 >= b || f.t[i].kind != tWord || i >= 2 && (f.isWord(i-2, "and") || f.isWord(i-2, "but") || f.isWord(i-2, "or")) {
		return false
	}
	if f.timeAfter(i, b) {
		return true // "…, two days after the island's presidential election"
	}
	switch f.t[i].w {
	case "amid", "amidst":
		return true
	case "as":
		if n := f.t[i+1]; n.kind != tWord || asQuantity.Has(n.w) {
			return false
		}
		for k := i + 2; k < b && k <= i+8 && f.t[k].kind == tWord; k++ {
			switch w := f.t[k].w; {
			case modals.Has(w):
				return false
			case strings.HasSuffix(w, "ed") || finiteIrregular.Has(w) || w == "was" || w == "were":
				return true
			}
		}
	}
	return false
}

// modals make a clause the speaker's reasoning or forecast.
var modals = setOf(`will would can could may might must should shall`)

// coordinatedCue reports whether token i is "and" or "but" coordinating
// a second report verb with a that-clause ("and warned that …", "but
// insisted that …").
func (f *finder) coordinatedCue(i int) bool {
	if !f.isWord(i, "and") && !f.isWord(i, "but") || i+2 >= len(f.t) || f.t[i+1].kind != tWord || !f.t[i+1].report || !f.t[i+1].cue {
		return false
	}
	// "and warned that …", "but insisted that …"; "and accused the army of …", "and urged
	// both sides to …" report with an object
	if f.actAfterAnd(i) {
		return false // "said the talks were useful, and praised the mediators": an act, no report
	}
	return f.isWord(i+2, "that") || objectReports.Has(f.t[i+1].w) || f.t[i+2].kind == tOpen || // "and vowed "severe revenge""
		f.addresseeThat(i+1)
}

// quotedAppeal reports whether the verb of appeal at token j ("called
// for", "appealed for") has the quotation r for what it asks: r opens
// at most four words after the particle, with no punctuation between,
// and is no scare quote inside a noun phrase (`called for taxing
// so-called "pass through" income`: after "so-called", or a lower-case
// word right after the closing mark). The verb is no noun ("Obama's
// calls for "localism"").
func (f *finder) quotedAppeal(j int, r *region) bool {
	if !f.appealVerb(j, r.open) || r.open-j-2 > 4 || f.wordsBetween(j+2, r.open) != r.open-j-2 {
		return false
	}
	if j > 0 && f.t[j-1].kind == tWord && (determiners.Has(f.t[j-1].w) || possessivePronouns.Has(f.t[j-1].w) || strings.HasSuffix(f.t[j-1].w, "'s") || strings.HasSuffix(f.t[j-1].w, "\u2019s")) {
		return false
	}
	if f.isWord(r.open-1, "so-called") {
		return false
	}
	if r.close >= 0 && r.close+1 < len(f.t) && f.t[r.close+1].kind == tWord && !f.t[r.close+1].upper && !f.t[r.close+1].report {
		return afterAppealQuote.Has(f.t[r.close+1].w)
	}
	return true
}

// afterAppealQuote are the words that may follow a quotation an appeal
// asks for, the phrase ended: a preposition or a conjunction (`called
// for a "full inquiry" into the attack`), not the noun the quotation
// modifies.
var afterAppealQuote = setOf(`and or but on in at from to by after during as into of for over with
	against between within without before since until amid among`)

// actVerbs are verbs of praising, thanking, welcoming and condemning:
// coordinated after a report with a noun phrase for object they tell
// what the speaker did, not what the speaker said.
var actVerbs = setOf(`praised praises thanked thanks welcomed welcomes condemned condemns
	commended commends applauded applauds hailed hails`)

// actAfterAnd reports whether the "and" at token i, after a comma, opens
// an act verb with a noun-phrase object ("…, and praised the work of
// the mediators", "…, and thanked the negotiators"). An object clause
// ("and welcomed that …") or a quotation right after the verb ("and
// condemned "the cowardly attack"") keeps it a report.
func (f *finder) actAfterAnd(i int) bool {
	if i < 1 || i+2 >= len(f.t) || f.t[i-1].w != "," || f.t[i+1].kind != tWord || !actVerbs.Has(f.t[i+1].w) {
		return false
	}
	if n := &f.t[i+2]; n.kind != tWord || n.w == "that" {
		return false
	}
	for x := i + 2; x < len(f.t) && x <= i+7 && f.t[x].kind == tWord; x++ {
		if f.t[x].w == "as" {
			return false // "and praised Vietnam as an example": what the speaker called it
		}
	}
	return true
}

// addresseeThat reports whether the cue at token c tells someone, named
// in one to three words, a clause: "and told reporters that …", "and
// assured state television that …".
func (f *finder) addresseeThat(c int) bool {
	if !tellCues.Has(f.t[c].w) {
		return false
	}
	for x := c + 2; x < len(f.t) && x <= c+4; x++ {
		if f.t[x-1].kind != tWord {
			return false
		}
		if f.isWord(x, "that") {
			return true
		}
	}
	return false
}

// tellCues are cues whose first object is the person told ("told
// reporters that …").
var tellCues = setOf(`told tells assured assures informed informs reminded reminds`)

// bareCoordinatedCue reports whether token i is "and" coordinating a
// second report verb with a clause but no "that" ("asked parliament to
// declare a state of emergency and said the government would …"),
// after the content [k,i) of a first report. When that content is a
// clause of its own with no comma before "and" ("wrote Cox pulled it
// and said he is reworking it"), the second verb is its subject's,
// unless that subject is a personal pronoun, taken as the speaker
// again. k < 0 asks about the verb alone.
func (f *finder) bareCoordinatedCue(k, i int) bool {
	if !f.isWord(i, "and") || i+2 >= len(f.t) || f.t[i+1].kind != tWord || !bareClauseCues.Has(f.t[i+1].w) || !f.finiteClause(i+2, min(i+14, len(f.t)), false) {
		return false
	}
	if k < 0 || i > 0 && f.t[i-1].w == "," || !f.finiteClause(k, i, false) {
		return true
	}
	// "said he did not believe it and said …": the speaker again
	return k < i && (f.t[k].w == "he" || f.t[k].w == "she" || f.t[k].w == "we" || f.t[k].w == "i")
}

// bareClauseCues are cues that, coordinated after a first report or
// request, open a second report even without "that" ("asked parliament
// to act and said the government would …").
var bareClauseCues = setOf(`said says added adds`)

// objectReports are cues whose report may open with an object ("accused
// the army of violating the truce", "urged both sides to …").
var objectReports = setOf(`accused blamed urged called warned criticized criticised praised denied`)

// butClause returns the first token of the clause that ", but" or ";"
// opens before token k, after lo, or -1: a main clause of its own, with
// its own subject. ", where", ", while" and ", whereas" open one too
// ("People rallied outside parliament, where Saakashvili called …
// and announced": he announced).
func (f *finder) butClause(lo, k int) int {
	for x := k - 1; x > lo; x-- {
		switch {
		case f.t[x].w == ";":
			return x + 1
		case f.t[x-1].w != ",":
		case f.t[x].w == "but" || f.t[x].w == "where" || f.t[x].w == "while" || f.t[x].w == "whereas":
			if f.t[x].kind == tWord {
				return x + 1
			}
		}
	}
	return -1
}

// clauseSpeaker finds who speaks in the sentence [a,j) that a
// participle at j continues: the speaker of a quote whose cue lies
// there, else the sentence's subject.
func (f *finder) clauseSpeaker(a, j int) (doc.Speaker, bool) {
	if c := f.butClause(a, j); c > a {
		// "The commission declared X the winner, but his challenger,
		// Y, refused … and said": the clause after "but" has its own
		// subject
		a = c
		if spk, ok := f.describedName(a, j); ok {
			return spk, true
		}
	}
	lo, hi := f.t[a].s, f.t[j].s
	for k := len(f.out) - 1; k >= 0; k-- {
		if cs := f.out[k].CueSpan; cs.Start >= lo && cs.End <= hi && f.out[k].Cue != "" {
			return f.out[k].Speaker, true
		}
	}
	return f.sentenceSubject(a, j)
}

// usedCue reports whether a quote already uses the cue at token i.
func (f *finder) usedCue(i int) bool {
	s := f.t[i].s
	for k := len(f.out) - 1; k >= 0 && k >= len(f.out)-8; k-- {
		if f.out[k].CueSpan.Start == s && f.out[k].Cue != "" {
			return true
		}
	}
	return false
}

// tokAt returns the index of the token starting at or containing byte
// off, searching around hint.
func (f *finder) tokAt(off, hint int) int {
	return sort.Search(len(f.t), func(i int) bool { return f.t[i].e > off })
}

func (f *finder) wordsBetween(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if f.t[i].kind == tWord {
			n++
		}
	}
	return n
}

func (f *finder) wordsIn(sp doc.Span) int {
	n := 0
	for i := f.tokAt(sp.Start, 0); i < len(f.t) && f.t[i].s < sp.End; i++ {
		if f.t[i].kind == tWord {
			n++
		}
	}
	return n
}

// contentSpan is the span of tokens [a,b) without trailing sentence
// punctuation.
func (f *finder) contentSpan(a, b int) doc.Span {
	for b > a && f.t[b-1].kind == tPunct {
		w := f.t[b-1].w
		if w == "." || w == "," || w == ";" || w == ":" || w == "!" || w == "?" || w == "\u2014" || w == "-" {
			b--
			continue
		}
		break
	}
	if c := f.writerComment(a, b); c > a {
		b = c
	}
	if b <= a {
		return doc.Span{}
	}
	return doc.Span{Start: f.t[a].s, End: f.t[b-1].e}
}

// verdictCues are verbs of condemning or judging that report the words
// of a quotation right after their object (`condemned the attempt "in
// the strongest terms"`, `hailed the deal as "historic"`), like a
// naming verb.
var verdictCues = setOf(`condemned condemns denounced denounces criticised criticized criticises
	criticizes hailed hails praised praises slammed slams`)

// verdictCue reports whether token j is a verdict verb after its
// subject or a coordinating "and" (not a participle's or a noun's
// "condemned").
func (f *finder) verdictCue(j int) bool {
	return verdictCues.Has(f.t[j].w) && j > 0 && f.t[j-1].kind == tWord && (f.t[j-1].w == "and" || f.t[j-1].upper || pronouns[f.t[j-1].w] != "")
}

// actionAfterQuote reports whether the "and" at token i, right after a
// closing quotation mark inside a report's content, opens a second
// action of the speaker: a past-tense verb that is no cue (`said he
// was "deeply concerned" and ordered a review of military aid`). The
// quoted words close the report.
func (f *finder) actionAfterQuote(i, b int) bool {
	if f.t[i].w != "and" || f.t[i].kind != tWord || i == 0 || f.t[i-1].kind != tClose || i+2 >= b {
		return false
	}
	w := f.t[i+1].w
	if f.t[i+1].kind != tWord || f.t[i+1].upper {
		return false
	}
	if cues.Has(w) || mixedCues.Has(w) || verdictCues.Has(w) {
		// `and called the intervention "…"` reports words too; `and
		// asked the judges to set it aside`, with no quote, is an act
		for k := i + 2; k < b; k++ {
			if f.t[k].kind == tOpen {
				return false
			}
		}
	}
	return finiteIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// modalThenPast reports whether the "and" at token i, inside a report's
// content [k,…), opens a second act of the speaker: a past-tense cue or
// speaker's act (speakerActs) follows it, or any past tense after ", and"
// ("said the mission would end on Aug. 31, and defended his decision"),
// and the content's verb is a modal with a plain verb and no past tense
// after it ("said the parliament would have the final say and asked for
// calm"). A past tense cannot share the modal, so it shares the cue's
// subject. "would be arrested and charged" (a
// participle after "be"), "would have resigned and left" (a perfect)
// and "said troops would leave once the rebels disarmed and returned
// home" (a past tense in between) go on with the report.
func (f *finder) modalThenPast(k, i, b int) bool {
	if i+1 >= b || f.t[i+1].kind != tWord || f.t[i+1].upper {
		return false
	}
	if w := f.t[i+1].w; !(cues.Has(w) || speakerActs.Has(w) || f.t[i-1].w == ",") || !(finiteIrregular.Has(w) || strings.HasSuffix(w, "ed")) {
		return false // "market opportunities to minority and disadvantaged companies": an adjective
	}
	m := -1
	for x := k; x < i; x++ {
		t := &f.t[x]
		if t.kind != tWord {
			continue
		}
		if m >= 0 && (finiteIrregular.Has(t.w) || strings.HasSuffix(t.w, "ed")) {
			return false
		}
		if m < 0 && modals.Has(t.w) {
			m = x
		}
	}
	if m < 0 || m+2 >= i || f.t[m+1].kind != tWord {
		return false
	}
	v := f.t[m+1].w
	if v == "not" || beForms.Has(v) || strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed") {
		return false
	}
	if v == "have" || v == "has" {
		n := f.t[m+2].w
		return !(finiteIrregular.Has(n) || strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") || n == "been")
	}
	return !auxVerbs.Has(v)
}

// speakerActs are past tenses of acts a speaker does after speaking
// ("and asked for calm", "and expressed hope", "and called for talks"),
// beside the cues.
var speakerActs = setOf(`expressed appealed called thanked welcomed ordered offered declined refused left walked
	invited sought signed dismissed rejected`)

// subjectAfterAnd reads the capitalised subject of at most max words
// after "and" at token i (and an optional "the"), before token b: it
// returns the subject's first token and the token after it (the same
// when there is none).
func (f *finder) subjectAfterAnd(i, b, max int) (s, k int) {
	k = i + 1
	if f.isWord(k, "the") {
		k++
	}
	s = k
	for k < b && k < s+max && f.t[k].kind == tWord && f.t[k].upper {
		k++
	}
	return s, k
}

// newSubjectClause reports whether the words from token i, after a
// comma inside a report's content, open a clause of the journalist's:
// "and", a capitalised subject of at most four words with a relative
// clause set off by commas, and a finite verb ("…, and Norway, which
// co-sponsored the talks, pledged $10 million"). The relative clause
// marks a new actor introduced by the writer, not more of the report.
func (f *finder) newSubjectClause(i, b int) bool {
	if !f.isWord(i, "and") {
		return false
	}
	s, k := f.subjectAfterAnd(i, b, 4)
	if k == s || k+2 >= b || f.t[k].w != "," || !f.isWord(k+1, "which") && !f.isWord(k+1, "who") {
		return false
	}
	c := k + 2
	for c < b && c < k+20 && f.t[c].w != "," {
		c++
	}
	if c+1 >= b || f.t[c].w != "," {
		return false
	}
	w := f.t[c+1].w
	if f.t[c+1].kind != tWord || f.t[c+1].upper {
		return false
	}
	return auxVerbs.Has(w) || beForms.Has(w) || finitePresent.Has(w) || finiteIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// datedNarration reports whether the words from token i, after a comma
// inside a report's content, open a clause of the journalist's: "and", a
// subject of its own (capitalised words, a possessive and its noun, or
// "thousands of people"), a past tense that is no cue, and in the same
// clause a day or month of its own ("on Saturday", "on Feb. 26"): "said
// the plan was humiliating, and thousands of people protested in Seoul
// on Saturday", "accused Stockholm of sheltering militants, and
// Hungary's parliament approved it on Feb. 26". The writer dates the
// second event; a report's words would not.
func (f *finder) datedNarration(i, b int) bool {
	if !f.isWord(i, "and") {
		return false
	}
	k := i + 1
	if f.isWord(k, "the") {
		k++
	}
	s := k
	switch {
	case k < b && f.t[k].kind == tWord && f.t[k].upper:
		for k < b && k < s+4 && f.t[k].kind == tWord && f.t[k].upper {
			if w := f.t[k].w; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
				k++ // "Hungary's parliament"
				if k < b && f.t[k].kind == tWord && !f.t[k].upper {
					k++
				}
				break
			}
			k++
		}
	case f.isWord(k, "thousands") || f.isWord(k, "hundreds") || f.isWord(k, "dozens") || f.isWord(k, "tens"):
		if !f.isWord(k+1, "of") || k+2 >= b || f.t[k+2].kind != tWord || f.t[k+2].upper {
			return false
		}
		k += 3
	default:
		return false
	}
	if k == s || k >= b || f.t[k].kind != tWord || f.t[k].upper {
		return false
	}
	w := f.t[k].w
	if cues.Has(w) || auxVerbs.Has(w) || beForms.Has(w) || !(finiteIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")) {
		return false
	}
	for x := k + 1; x+1 < b && x <= k+10; x++ {
		t := &f.t[x]
		if t.kind != tWord {
			if t.w == "," || t.w == ";" {
				return false
			}
			continue
		}
		if (t.w == "on" || t.w == "in") && (weekdays.Has(f.t[x+1].w) || months.Has(f.t[x+1].w)) {
			return true
		}
	}
	return false
}

// pledgeCues are cues of committing that take a thing given as their
// object ("pledged $10 million", "promised 5,000 troops").
var pledgeCues = setOf(`pledged pledges pledge promised promises offered offers committed commits`)

// pledgedAmount reports whether the pledge cue at token j has an amount
// as its object at k (before cb): money or a number, no report.
func (f *finder) pledgedAmount(j, k, cb int) bool {
	if !pledgeCues.Has(f.t[j].w) || k >= cb {
		return false
	}
	w := f.t[k].w
	switch w {
	case "$", "€", "£", "¥", "us$", "another", "more", "an", "a":
		return w != "a" && w != "an" || k+1 < cb && (isDigits(strings.ReplaceAll(f.t[k+1].w, ",", "")) || f.t[k+1].w == "additional" || f.t[k+1].w == "extra")
	}
	return isDigits(strings.ReplaceAll(strings.ReplaceAll(w, ",", ""), ".", ""))
}

// thingCues are cues that report words only with a clause, an
// infinitive or a reason after their object: with a bare noun phrase
// they name a thing given or a party held responsible, and no
// proposition ("pledged aid", "offered condolences", "blamed Syria,
// which …"). "pledged to rebuild", "promised that …", "blamed the
// army for the attack" still report.
var thingCues = setOf(`pledged pledges promised promises offered offers blamed blames`)

// thingObject reports whether the thingCues cue at token j has a bare
// noun phrase as its object [k,cb): no "to", "that", "for", colon,
// quotation mark or finite clause in it.
func (f *finder) thingObject(j, k, cb int) bool {
	if !thingCues.Has(f.t[j].w) || k != j+1 || k >= cb || f.isWord(k, "to") {
		return false
	}
	for x := k + 1; x+1 < cb; x++ {
		if f.t[x].w == "that" {
			return false // "promised a veto and argued that …": words reported after all
		}
		if f.t[x].w == "and" && f.t[x+1].kind == tWord && !f.t[x+1].upper && len(f.t[x+1].w) > 4 && strings.HasSuffix(f.t[x+1].w, "ed") {
			for y := x + 2; y < cb; y++ {
				if f.t[y].w == "that" {
					return false
				}
			}
			cb = x // "pledged aid and ordered a carrier …": a second predicate
			break
		}
	}
	if !f.nounObject(k, cb) {
		return false
	}
	blame := f.t[j].w == "blamed" || f.t[j].w == "blames"
	for x := k; x < cb; x++ {
		w := f.t[x].w
		if blame && w == "," {
			break // "blamed Syria, which has kept troops on …": a relative clause
		}
		if w == "for" || blame && w == "on" || w == "to" && !blame {
			return false // "blamed the army for …", "blamed it on …", "pledged voters to …"
		}
	}
	return true
}

// namingVerbs report an evaluation as "called X Y": the speaker names
// the thing X as Y ("called the overthrow unacceptable", "called the
// coup a disgrace").
var namingVerbs = setOf(`called calls branded brands labelled labeled termed terms`)

// objectPronouns may be the thing a naming verb names ("called it a
// provocation").
var objectPronouns = setOf(`it them this that him her`)

// namingReport finds, in the sentence [a,b), a naming verb with an
// object and a predicate and no quotation marks: "Turkish Prime
// Minister Recep Tayyip Erdogan called the overthrow unacceptable",
// "Russia called the reports a provocation". The object and the
// predicate (an adjective, or a noun phrase with "a" or "an") are the
// words the speaker used in substance: an indirect report. "called a
// meeting", "called the president on Tuesday", "called for calm" have no
// predicate and report nothing.
func (f *finder) namingReport(a, b int, regs []region) {
	if b-a < 4 {
		return
	}
	for j := a + 1; j+2 < b; j++ {
		// most words name nothing (lex set naming, from namingVerbs): skip them
		if j = f.nextFlagged(j, b-2, true); j+2 >= b || f.usedCue(j) {
			continue
		}
		k := j + 1
		// the clause ends at punctuation, a quotation mark or a conjunction
		e := k
		for e < b && f.t[e].kind == tWord && f.t[e].w != "and" && f.t[e].w != "but" && f.t[e].w != "after" && f.t[e].w != "as" && f.t[e].w != "because" && f.t[e].w != "while" {
			e++
		}
		if e < b && f.t[e].kind != tWord && f.t[e].kind != tPunct || e-k < 2 || e-k > 10 {
			continue // a quotation mark: the mixed quote is read elsewhere
		}
		obj := -1 // end of the object
		switch w := f.t[k].w; {
		case objectPronouns.Has(w):
			obj = k + 1
		case w == "the" || w == "this" || w == "his" || w == "her" || w == "its" || w == "their" || f.t[k].upper && possessiveWord(w):
			for x := k + 1; x < e; x++ {
				if f.isWord(x, "a") || f.isWord(x, "an") {
					obj = x
					break
				}
			}
			if obj < 0 {
				obj = e - 1 // "the overthrow unacceptable": the last word is the predicate
			}
		}
		if obj <= k || obj >= e || obj == k+1 && !objectPronouns.Has(f.t[k].w) || obj-k > 5 {
			continue
		}
		if !f.namePredicate(obj, e) {
			continue
		}
		spk, ok := f.subjectBefore(j, a)
		if !ok {
			continue
		}
		sp := f.contentSpan(k, e)
		overlap := false
		for ri := range regs {
			overlap = overlap || f.regionSpan(&regs[ri]).Overlaps(sp)
		}
		if overlap || sp.Len() <= 0 {
			continue
		}
		f.remember(spk)
		cs := doc.Span{Start: f.t[j].s, End: f.t[j].e}
		f.out = append(f.out, doc.Quote{Span: sp, Text: f.text[sp.Start:sp.End], Kind: Indirect, Speaker: spk, Cue: f.text[cs.Start:cs.End], CueSpan: cs})
		j = e
	}
}

// nextFlagged returns the first token index k in [i,e) whose report
// flag is set (whose naming flag, when naming), e when there is none. It
// searches f.flagged, not the tokens: few tokens are flagged.
func (f *finder) nextFlagged(i, e int, naming bool) int {
	fl := f.flagged
	lo, hi := 0, len(fl) // the first entry >= i
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(fl[m]) < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for ; lo < len(fl) && int(fl[lo]) < e; lo++ {
		if t := &f.t[fl[lo]]; naming && t.naming || !naming && t.report {
			return int(fl[lo])
		}
	}
	return e
}

// namePredicate reports whether the words [p,e) are what a naming verb
// names its object: one lower-case word that is no preposition, adverb
// of time or number ("unacceptable", "illegal"), or a noun phrase with
// "a" or "an" ("a disgrace", "a provocation planned in advance").
func (f *finder) namePredicate(p, e int) bool {
	if f.isWord(p, "a") || f.isWord(p, "an") {
		return e-p >= 2 && !f.t[p+1].upper
	}
	if e-p != 1 || f.t[p].upper {
		return false
	}
	w := f.t[p].w
	if verdictWords.Has(w) {
		return true
	}
	for _, suf := range adjectiveEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// verdictWords are short adjectives of judgement a naming verb gives
// ("called the vote rigged"); adjectiveEndings the endings of longer
// ones ("unacceptable", "outrageous", "illegal", "baseless").
var (
	verdictWords = setOf(`wrong bad good great false fake rigged unfair unjust absurd right null void
		illegal criminal unconstitutional immoral brutal irrational racist sexist fascist arbitrary
		unnecessary violent irrelevant insignificant arrogant inadequate illegitimate unprecedented`)
	adjectiveEndings = []string{"able", "ible", "ous", "ful", "ive", "ical", "less"}
)

// titleBefore returns the token where speaker title begins when it is
// written as an appositive just before the name at token n, set off by
// commas (", the ministry's spokesman, Ali Khan, said"): the subject
// then starts at the title (and its article), so the title is no part
// of the reported clause before it. Otherwise it returns n.
func (f *finder) titleBefore(n, a int, title string) int {
	if title == "" || n-2 <= a || f.t[n-1].w != "," {
		return n
	}
	e := f.t[n-2].e
	if e < len(title) || f.text[e-len(title):e] != title {
		return n
	}
	t := n - 2
	for t > a && f.t[t].s > e-len(title) {
		t--
	}
	if f.t[t].s != e-len(title) {
		return n
	}
	if t-1 > a && (f.t[t-1].w == "the" || f.t[t-1].w == "a" || f.t[t-1].w == "an") {
		t--
	}
	if t-1 <= a || f.t[t-1].w != "," {
		return n // "The ministry's spokesman, Ali Khan, said": the title opens the sentence
	}
	return t
}

// askedFor reports whether the cue at token j is "asked" (or "ask",
// "asks") with an addressee and then "for" and a thing asked for ("asked
// the Collective Security Treaty Organization for help"): a request,
// which reports no content (the event stage codes it).
func (f *finder) askedFor(j, cueEnd, b int) bool {
	switch f.t[j].w {
	case "asked", "ask", "asks":
	default:
		return false
	}
	for k := cueEnd; k < b && k < cueEnd+10; k++ {
		t := &f.t[k]
		if t.kind != tWord {
			return false
		}
		switch t.w {
		case "that":
			return f.subjunctiveBe(k+1, b) // "asked that his name be withheld"
		case "to", "whether", "if", "why", "how", "what", "when", "where", "who":
			return false
		case "for":
			if k == cueEnd {
				return false
			}
			n := k + 1
			for n < b && (f.t[n].w == "the" || f.t[n].w == "its" || f.t[n].w == "their" || f.t[n].w == "his" || f.t[n].w == "her" || f.t[n].w == "military" || f.t[n].w == "financial" || f.t[n].w == "international") {
				n++
			}
			return n < b && (askedThings.Has(f.t[n].w) || f.requestedThing(n))
		}
	}
	return false
}

// subjunctiveBe reports whether the clause at i has a bare "be" for its
// verb after a short subject ("his name be withheld", "she not be
// identified"): what a request asks for, no report of what was said.
func (f *finder) subjunctiveBe(i, b int) bool {
	for n := i; n < b && n < i+6; n++ {
		t := &f.t[n]
		if t.kind != tWord || auxiliaries.Has(t.w) || cues.Has(t.w) {
			return false
		}
		if t.w == "be" {
			return n > i
		}
	}
	return false
}

// relativeContent reports whether the content sp opens with "which"
// right after a comma: a relative clause about the noun before it
// ("asked him to lead the truth commission, which heard testimony …"),
// never reported words. An indirect question keeps "which" with no comma
// before it ("asked which party would win"). hint is a token index
// before sp.
func (f *finder) relativeContent(sp doc.Span, hint int) bool {
	if !strings.HasPrefix(f.text[sp.Start:sp.End], "which ") {
		return false
	}
	i := f.tokAt(sp.Start, hint)
	return i > 0 && i < len(f.t) && f.t[i].w == "which" && f.t[i-1].w == ","
}

// askedThings are what a request "asked X for" seeks.
var askedThings = wordset.Of("help assistance support aid protection troops intervention backing reinforcements loans loan money funds funding")

// subjectAfterQuote reports whether the comma at token i, right after a
// closing quotation mark inside a report's content, opens a clause of the
// writer's: "and", a capitalised subject of at most six words (a title
// and a name) and a past-tense verb that is no cue (`condemned the "vile
// attack", and Hungarian Prime Minister Viktor Orban wished his ally a
// quick recovery`). The quoted words close the report; what the new
// subject did is not the speaker's.
func (f *finder) subjectAfterQuote(i, b int) bool {
	if i == 0 || f.t[i-1].kind != tClose || !f.isWord(i+1, "and") {
		return false
	}
	s, k := f.subjectAfterAnd(i+1, b, 6)
	if k == s || k >= b || f.t[k].kind != tWord || f.t[k].upper {
		return false
	}
	w := f.t[k].w
	return finiteIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// attributiveParticiple reports whether the cue at i is a participle
// used as an adjective before a noun: after a conjunction or a
// preposition, where no finite verb stands, and before a bare lower-case
// word ("and alleged sponsorship of armed groups", "by suspected
// militants", "over reported violations"). Such a word reports nothing;
// "denied it and alleged that …" and "and alleged the police had …"
// (a clause opens after it) stay cues.
func (f *finder) attributiveParticiple(i int) bool {
	if i == 0 || i+1 >= len(f.t) || !adjectivalCues.Has(f.t[i].w) {
		return false
	}
	p, n := &f.t[i-1], &f.t[i+1]
	if p.kind != tWord || !adjectiveLinks.Has(p.w) {
		return false
	}
	return n.kind == tWord && !n.upper && n.w != "that" && n.w != "to" && !determiners.Has(n.w) && pronouns[n.w] == "" && !strings.HasSuffix(n.w, "ly")
}

// adjectivalCues are cues that news also writes as adjectives ("the
// alleged plot", "reported violations").
var adjectivalCues = setOf(`alleged purported reported suspected claimed supposed rumoured rumored presumed`)

// adjectiveLinks are the words after which such a participle cannot be
// a finite verb of its own clause: conjunctions joining noun phrases and
// prepositions.
var adjectiveLinks = setOf(`and or of for in on over about with against by into amid among from after before despite`)

// contrastOpener reports whether w opens a clause that sets another
// subject against the one before ("while", "whereas", "but", "although",
// "though"): after a quote's closing comma it starts a sentence's second
// clause, not the quote's attribution.
func contrastOpener(w string) bool {
	switch w {
	case "while", "whereas", "but", "although", "though", "While", "Whereas", "But", "Although", "Though":
		return true
	}
	return false
}

// subjectAfterContrast reports whether a contrast opener at k (see
// contrastOpener) is followed by a subject of its own: a capitalised
// word, a determiner or a pronoun.
func (f *finder) subjectAfterContrast(k, b int) bool {
	if k+1 >= b || f.t[k].kind != tWord || !contrastOpener(f.t[k].w) || f.t[k+1].kind != tWord {
		return false
	}
	n := &f.t[k+1]
	return n.upper || determiners.Has(n.w) || pronouns[n.w] != ""
}

// apposedPerson returns the named person whose name runs from token i to
// the end of the clause (b, or a comma or period), set off after a
// description ("according to the party's secretary general, Tendai
// Biti"), and the token after the name.
func (f *finder) apposedPerson(i, b int) (doc.Speaker, int, bool) {
	e := i
	for e < b && f.t[e].kind == tWord && f.t[e].upper {
		e++
	}
	if e == i || e-i > 4 || e < b && f.t[e].w != "," && f.t[e].w != "." {
		return doc.Speaker{}, 0, false
	}
	s, ok := f.classify(i, e, e)
	if !ok || s.Kind != KindNamed || s.Mention < 0 || f.d.Mentions[s.Mention].Type != doc.TypePerson {
		return doc.Speaker{}, 0, false
	}
	return s, e, true
}

// infinitiveIn reports whether the tokens [i,e) right after a cue open
// with an infinitive, directly or after an object pronoun ("urged him to
// resign", "vowed to fight"): the cue's own complement, so the clause
// before its subject is no report of it ("said in a speech to
// parliament" has none).
func (f *finder) infinitiveIn(i, e int) bool {
	k := i
	if k < e && f.t[k].kind == tWord && objectPronouns.Has(f.t[k].w) {
		k++
	}
	return k+1 < e && f.t[k].w == "to" && f.t[k+1].kind == tWord && !f.t[k+1].upper
}

// passiveModifierAt reports whether a participle and "by" open the words
// at k ("introduced by the central bank", "issued last year by"): after
// a subject and a cue's word this is a noun that the participle
// modifies ("Bond notes introduced by the central bank trade at a
// discount", "police reports filed by residents"), as a report's
// clause never opens so.
func (f *finder) passiveModifierAt(k, b int) bool {
	if k+1 >= b || f.t[k].kind != tWord || f.t[k].upper {
		return false
	}
	if w := f.t[k].w; len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	return f.isWord(k+1, "by")
}

// passiveAgent reports whether "by" opens the speaker found after an
// inverted cue, at byte offset at, right after the cue's end at token k
// or after a bare noun phrase: "…, declared public holidays by the
// government", "…, announced by the ministry". An inverted report names
// its speaker right after the cue ("…, said the ministry", "…, said a
// new report by the chief inspector").
func (f *finder) passiveAgent(k, at int) bool {
	if k >= len(f.t) || determiners.Has(f.t[k].w) || k > 0 && (f.t[k-1].w == "said" || f.t[k-1].w == "says") {
		return false
	}
	for n := 0; k < len(f.t) && n < 6 && f.t[k].s < at; k, n = k+1, n+1 {
		if f.t[k].kind != tWord {
			return false
		}
		if f.t[k].w == "by" {
			return true
		}
	}
	return false
}
