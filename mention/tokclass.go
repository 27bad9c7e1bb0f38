package mention

import (
	"encoding/binary"
	"math/bits"
)

// Token classes: one byte per token of the document (proc.cls), set by
// docTriggers in its pass over the tokens, that the passes' skip loops
// read eight tokens at a time (nextClass) instead of testing each
// token's shape and id. A class bit is set for every token the loop it
// serves may stop at (a superset is safe: the pass tests the token
// again after the loop), so each bit must follow its loop's test:
const (
	// cName: an id that opens a name of Stage.names (matchNames' loop:
	// names.root[id] != 0; it passes over a mark after the loop)
	cName byte = 1 << iota
	// cTitle: an id that opens a title of Stage.titles (matchTitles'
	// loop: titles.root[id] != 0)
	cTitle
	// cThe: the word "the" in any case (epithetNames' loop: id == w.the)
	cThe
	// cCapish: a capitalised or all-capitals word (findRuns' loop: shCap
	// or shUpper)
	cCapish
	// cMark: no word, a punctuation mark or symbol (quotedTitles' loop:
	// shWord clear)
	cMark
	// cSent: a word that opens a sentence (token.sentStart; the loops of
	// markDatelineStarts and markHeadlines). A pass that sets sentStart
	// sets cSent with it (markSentStart).
	cSent
	// cJoined: the token follows the one before it closely enough to be
	// in the same name (joined's answer, read from the class so that
	// the rules asking it read one byte; no pass changes a token's gap,
	// possessive or sentence after tokenize)
	cJoined
)

// idClasses are the class bits a token takes from its id.
const idClasses = cName | cTitle | cThe

// An idInfo is what docTriggers reads for one vocabulary id: its
// triggers and its class bits (cName, cTitle, cThe), side by side so one
// bounds check and one cache line serve both.
type idInfo struct {
	flags wordFlag // the vocabulary's flags of the id (docTriggers copies them per token)
	trig  trigger
	cls   byte
}

// shapeClass gives a token's class bits from its shape.
var shapeClass = func() (cls [256]byte) { // indexed by any shape: no mask, no bounds check
	for sh := range cls {
		if shape(sh)&shWord == 0 {
			cls[sh] |= cMark
		}
		if shape(sh)&(shCap|shUpper) != 0 {
			cls[sh] |= cCapish
		}
	}
	return cls
}()

// indexClasses sets the class bits of s.info from the frozen tries (call
// it after freeze).
func (s *Stage) indexClasses() {
	for id := range s.info {
		var c byte
		if id < len(s.names.root) && s.names.root[id] != 0 {
			c |= cName
		}
		if id < len(s.titles.root) && s.titles.root[id] != 0 {
			c |= cTitle
		}
		if int32(id) == s.w.the {
			c |= cThe
		}
		s.info[id].cls = c
	}
}

// nextClass returns the first index k >= i with cls[k]&c != 0, or
// len(cls) when there is none. It tests eight tokens at a step.
func nextClass(cls []byte, i int, c byte) int {
	m := uint64(c) * 0x0101010101010101
	for ; i+8 <= len(cls); i += 8 {
		if x := binary.LittleEndian.Uint64(cls[i:i+8]) & m; x != 0 {
			return i + bits.TrailingZeros64(x)>>3
		}
	}
	for ; i < len(cls); i++ {
		if cls[i]&c != 0 {
			return i
		}
	}
	return len(cls)
}

// markSentStart marks token e as the first word of its sentence: its
// sentStart and its cSent class bit.
func (p *proc) markSentStart(e int) {
	p.toks[e].sentStart = true
	p.cls[e] |= cSent
}
