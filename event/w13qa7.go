package event

import (
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
