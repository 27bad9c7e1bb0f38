package event

import (
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// pollShares drops, from first on, a statement-like event of support,
// agreement, consultation or disapproval (roots 01–05 and 11) whose
// trigger reports a share of a poll: "44 percent would back Trump",
// "Trump has just 5 percent support", "Sixty-two percent of Republicans
// agreed", "was supported by 42 percent". Such a share is an opinion
// measured, no act of anyone. No event is copied when none is dropped.
func pollShares(evs []doc.Event, first int, toks []tok) []doc.Event {
	kept := dropWhere(evs[first:], func(e *doc.Event) bool {
		return pollRoot(e.Cameo) && pollShare(toks, tokStarting(toks, e.TriggerSpan.Start))
	})
	return evs[:first+len(kept)]
}

// pollRoot reports the CAMEO roots a poll share can be read as:
// statements, appeals, intents, consultations, support (01–05) and
// disapproval (11).
func pollRoot(code string) bool {
	if len(code) < 2 || code[0] != '0' && code[:2] != "11" {
		return false
	}
	return code[0] == '1' || code[1] >= '1' && code[1] <= '5'
}

// pollShare reports a trigger at h with a share in percent right before
// it ("44 percent would back", "5 percent support", "percent of
// Republicans agreed": up to three words, "of" the only preposition) or
// right after it through "by" ("supported by 42 percent").
func pollShare(toks []tok, h int) bool {
	if h < 0 {
		return false
	}
	for i := h - 1; i >= 0 && i >= h-4; i-- {
		t := &toks[i]
		if percentWord(t.low) {
			return true
		}
		if t.punct || t.is(wcPreposition) && t.low != "of" {
			return false
		}
	}
	if h+3 < len(toks) && toks[h+1].low == "by" {
		return percentWord(toks[h+3].low) || h+4 < len(toks) && toks[h+3].low == "per" && toks[h+4].low == "cent"
	}
	return false
}

// percentWord reports "percent" or "%" (and the "cent" of "per cent").
func percentWord(w string) bool { return w == "percent" || w == "%" || w == "cent" }

// percentWords are the words percentWord reports, as a needSet: a
// sentence without one has no poll share, and pollShares is not asked.
var percentWords = needSetOf(wordset.New("percent", "%", "cent"))
