package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// topicNouns name what talks or a dispute are about; a place listed
// after one ("all issues, including Kashmir") is a subject.
var topicNouns = wordset.Of("issue issues dispute disputes question questions matter matters topic topics subject subjects problem problems concern concerns")

// topicIncluding reports a place listed after "including" or "such as"
// that follows a topic noun ("a dialogue on all issues, including
// Kashmir", "disputes such as Kashmir"): what the event is about, not
// where it happened. Force stays where it lands ("shelled several
// towns, including Debaltseve").
func topicIncluding(toks []tok, sp doc.Span, m *match) bool {
	t0, _ := tokRange(toks, sp)
	k := t0 - 1
	if k > 0 && toks[k].low == "the" {
		k--
	}
	switch {
	case k > 0 && toks[k].low == "including":
		k--
	case k > 1 && toks[k].low == "as" && toks[k-1].low == "such":
		k -= 2
	default:
		return false
	}
	if k > 0 && toks[k].low == "," {
		k--
	}
	if k < 0 || !topicNouns.Has(toks[k].low) {
		return false
	}
	r := cameo.Root(m.p.Code)
	return r < "15" || r > "20"
}

// entryStampDate returns the day of the live-blog entry stamp that opens
// the paragraph of sentence sent ("08:15 GMT — Putin told journalists
// … \"We have managed to agree,\" he said."), or "" when no stamp
// opens it. The stamp looks like a dateline, so eventDate passes it
// over; the caller takes its day for an event the sentence dates no
// other way.
func entryStampDate(d *doc.Doc, sent doc.Span) string {
	ps := d.Paragraphs
	lo, hi := 0, len(ps)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); ps[mid].End < sent.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(ps) || !ps[lo].Contains(sent) {
		return ""
	}
	para := ps[lo]
	lo, hi = 0, len(d.Times)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); d.Times[mid].Span.Start < para.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(d.Times) {
		return ""
	}
	stamp := &d.Times[lo]
	if stamp.Type != "TIME" || stamp.Span.Start-para.Start > len("Updated ") || stamp.Span.End > sent.End || !stampEnd(d.Text[stamp.Span.End:min(sent.End, stamp.Span.End+24)]) {
		return ""
	}
	if v := datePrefix(stamp.Value); len(v) == 10 {
		return v
	}
	return ""
}

// stampEnd reports whether rest, the text after a clock time, opens
// with the dash or colon that ends a live blog's entry stamp (after a
// time zone the time's extent left out).
func stampEnd(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, z := range [...]string{"GMT", "UTC", "BST", "CET", "EST", "local time"} {
		rest = strings.TrimLeft(strings.TrimPrefix(rest, z), " ")
	}
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":")
}
