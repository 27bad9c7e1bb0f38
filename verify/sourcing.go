package verify

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// hedgeRe finds hedging words and phrases: signals that a claim is not
// established, never verdicts of falsehood.
var hedgeRe = regexp.MustCompile(`(?i)\b(alleged(?:ly)?|purported(?:ly)?|reported(?:ly)?\s+(?:to|that)?|reportedly|supposed(?:ly)?|unconfirmed|unverified|could not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|cannot be (?:independently )?verified|not (?:been )?independently (?:verified|confirmed)|believed to(?: be| have)?|said to (?:be|have)|thought to (?:be|have)|rumou?red|apparent(?:ly)?|claimed)\b`)

// unnamedRe finds attribution to unnamed sources outside quotes the
// quote stage already classified.
var unnamedRe = regexp.MustCompile(`(?i)\b((?:(?:senior|western|israeli|american|u\.s\.|iranian|government|security|intelligence|military|administration|diplomatic|regional|some|several|two|three|other|local|unnamed|anonymous)\s+)*(?:officials?|sources?|diplomats?|people|persons|insiders?|aides?)\s+(?:familiar|close|briefed|with knowledge)[^,.;]{0,40}|(?:(?:senior|western|israeli|american|u\.s\.|iranian|government|security|intelligence|military|administration|diplomatic|regional|some|several|two|three|other|local|unnamed|anonymous)\s+)+(?:officials?|sources?|diplomats?)\s+(?:said|say|says|told|confirmed|added|noted|warned|believe|believed)|according to (?:(?:senior|western|unnamed|anonymous|government|security|diplomatic|two|three|several)\s+)*(?:sources|officials|people familiar|diplomats|a source|an official)|on (?:the )?condition of anonymity|(?:who|which) (?:asked|declined|requested) not to be (?:named|identified)|speaking anonymously)`)

// sourcing counts and locates unnamed sources and hedges and fills the
// sourcing profile.
func (c *checker) sourcing() {
	prof := &doc.Sourcing{}
	quoted := make([]doc.Span, 0, len(c.d.Quotes))
	for _, q := range c.d.Quotes {
		prof.Quotes++
		switch q.Speaker.Kind {
		case "unnamed":
			prof.Unnamed++
			sp := q.Speaker.Span
			if sp.End <= sp.Start {
				sp = q.Span
			}
			quoted = append(quoted, sp)
			c.add(doc.Finding{
				Kind: doc.FindUnnamedSource, Verdict: doc.Unverifiable, Span: sp,
				Claim:       c.sentenceOf(sp),
				Explanation: fmt.Sprintf("Attributed to an unnamed source (%q).", q.Speaker.Name),
			})
		case "unresolved":
			prof.Unresolved++
		default:
			if q.Speaker.Name != "" {
				prof.Named++
			} else {
				prof.Unresolved++
			}
		}
	}
	for _, s := range c.d.Sentences {
		text := c.d.Slice(s)
		for _, loc := range unnamedRe.FindAllStringIndex(text, -1) {
			sp := doc.Span{Start: s.Start + loc[0], End: s.Start + loc[1]}
			if overlapsAny(sp, quoted) {
				continue
			}
			quoted = append(quoted, sp)
			prof.Unnamed++
			c.add(doc.Finding{
				Kind: doc.FindUnnamedSource, Verdict: doc.Unverifiable, Span: sp,
				Claim:       strings.TrimSpace(text),
				Explanation: fmt.Sprintf("Attributed to unnamed sources (%q).", strings.TrimSpace(text[loc[0]:loc[1]])),
			})
		}
		for _, loc := range hedgeRe.FindAllStringIndex(text, -1) {
			sp := doc.Span{Start: s.Start + loc[0], End: s.Start + loc[1]}
			word := strings.TrimSpace(text[loc[0]:loc[1]])
			prof.Hedges++
			c.add(doc.Finding{
				Kind: doc.FindHedgedClaim, Verdict: doc.Unverifiable, Span: sp,
				Claim:       strings.TrimSpace(text),
				Explanation: fmt.Sprintf("The article hedges this claim (%q): it is reported, not established.", word),
			})
		}
	}
	if prof.Quotes > 0 {
		prof.NamedShare = float64(prof.Named) / float64(prof.Quotes)
	}
	if words := len(strings.Fields(c.d.Text)); words > 0 {
		prof.HedgesPer1000w = float64(prof.Hedges) * 1000 / float64(words)
	}
	c.d.Sourcing = prof
}

func overlapsAny(s doc.Span, ss []doc.Span) bool {
	for _, o := range ss {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

func (c *checker) sentenceOf(sp doc.Span) string {
	if i := c.d.SentenceAt(sp.Start); i >= 0 {
		return strings.TrimSpace(c.d.Slice(c.d.Sentences[i]))
	}
	return c.d.Slice(sp)
}

// leftoverMojibake finds typical mojibake pairs the normaliser could not
// repair unambiguously.
var leftoverMojibake = regexp.MustCompile(`Ã[\x{0080}-\x{00BF}€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[™œ\x{009D}“”˜¦]|Â[\x{00A0}-\x{00BF}]`)

// integrity reports repairs the normaliser made and encoding damage left
// in the text.
func (c *checker) integrity() {
	var moj, dec []doc.Repair
	for _, r := range c.d.Repairs {
		switch r.Kind {
		case "mojibake":
			moj = append(moj, r)
		case "decode":
			dec = append(dec, r)
		}
	}
	if len(moj) > 0 {
		ex := moj[0]
		c.add(doc.Finding{
			Kind: doc.FindTextIntegrity, Verdict: doc.Unverifiable, Span: ex.Span,
			Claim: fmt.Sprintf("%d mojibake sequence(s) in the input", len(moj)),
			Explanation: fmt.Sprintf("The text was damaged by an encoding error (UTF-8 read as windows-1252) and repaired: %d sequence(s), e.g. %q → %q.",
				len(moj), ex.Before, ex.After),
		})
	}
	if len(dec) > 0 {
		c.add(doc.Finding{
			Kind: doc.FindTextIntegrity, Verdict: doc.Unverifiable, Span: doc.Span{Start: 0, End: 0},
			Claim:       "input was not UTF-8",
			Explanation: fmt.Sprintf("The input was decoded as %s and converted to UTF-8.", dec[0].Before),
		})
	}
	bad := 0
	first := -1
	for i, r := range c.d.Text {
		if r == utf8.RuneError {
			bad++
			if first < 0 {
				first = i
			}
		}
	}
	locs := leftoverMojibake.FindAllStringIndex(c.d.Text, -1)
	if len(locs) > 0 && (first < 0 || locs[0][0] < first) {
		first = locs[0][0]
	}
	if n := bad + len(locs); n > 0 {
		c.add(doc.Finding{
			Kind: doc.FindTextIntegrity, Verdict: doc.Unverifiable, Span: doc.Span{Start: first, End: first},
			Claim:       fmt.Sprintf("%d damaged character(s) left in the text", n),
			Explanation: fmt.Sprintf("The text still holds encoding damage that could not be repaired unambiguously: %d replacement character(s) and %d likely mojibake sequence(s).", bad, len(locs)),
		})
	}
}
