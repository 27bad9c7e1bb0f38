package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// speechFrames open the adjunct that places a report in one earlier
// speech or interview: "had said in a speech last Friday".
var speechFrames = []string{" in a speech", " in an interview", " in a televised", " in an address", " in a sermon", " in a statement", " in a video"}

// continuedSpeech returns the date of the speech a direct quote in the
// sentence si continues, else evDate (QA19 Q-3). The article sets an
// earlier speech as its frame ("Nasrallah had said in a speech last
// Friday that …"); a quote of the same speaker in the next sentence with
// no time of its own ("\"We do not accept early elections,\" Nasrallah
// said.") is more of that speech, not words said on the article's day.
// It applies only when the previous sentence's report is pluperfect
// ("had said") or placed in a speech, interview or statement, and its
// statement event (CAMEO 01) was dated on another day; speakers compare
// by entity, else by the last word of the name.
func continuedSpeech(d *doc.Doc, si int, sent doc.Span, evDate string) string {
	if si == 0 || si-1 >= len(d.Sentences) {
		return evDate
	}
	// the previous sentence's dated statement first: most sentences
	// have none, and the quotes are not read
	prevDate := ""
	for i := len(d.Events) - 1; i >= 0; i-- {
		e := &d.Events[i]
		if e.Sentence < si-1 {
			break
		}
		if e.Sentence == si-1 && len(e.Cameo) >= 2 && e.Cameo[:2] == "01" && e.Date != "" && e.Date != evDate {
			prevDate = e.Date
			break
		}
	}
	if prevDate == "" {
		return evDate
	}
	prevSent := d.Sentences[si-1]
	var cur, prev *doc.Quote
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue == "" {
			continue
		}
		if q.Kind == "direct" && sent.Contains(q.CueSpan) && cur == nil {
			cur = q
		}
		if prevSent.Contains(q.CueSpan) {
			prev = q
		}
	}
	if cur == nil || prev == nil || !sameQuoteSpeaker(cur.Speaker, prev.Speaker) {
		return evDate
	}
	before := strings.TrimRight(d.Text[prevSent.Start:prev.CueSpan.Start], " ")
	after := d.Text[prev.CueSpan.End:prevSent.End]
	framed := strings.HasSuffix(before, " had")
	for _, f := range speechFrames {
		framed = framed || strings.HasPrefix(after, f)
	}
	if framed {
		return prevDate
	}
	return evDate
}

// sameQuoteSpeaker reports whether two quote speakers are one person or
// body: the same entity, else names ending in the same word.
func sameQuoteSpeaker(a, b doc.Speaker) bool {
	if a.Entity != "" || b.Entity != "" {
		return a.Entity == b.Entity
	}
	la, lb := nameTail(a.Name), nameTail(b.Name)
	return la != "" && la == lb
}

// nameTail returns the last space-separated word of s.
func nameTail(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, ' ')+1:]
}
