package mention

import (
	"cmp"
	"encoding/binary"
	"slices"
	"unicode/utf8"
)

// A vocab interns folded words. Every word the stage cares about (KB
// name tokens, title words, cue words) has an id; other words get -1, so
// matching never allocates.
type vocab struct {
	ids   map[string]int32
	words []string
	flags []wordFlag
	// tab is the frozen lookup table, built by freeze once every word is
	// added: open addressing with linear probing (see vslot).
	tab  []vslot
	mask uint64
	// marks holds the ids of the punctuation marks tokenize looks up
	// (id + 1, 0 when v lacks the mark), set by freeze: a frozen
	// vocabulary's answer for a mark never changes, so no document
	// needs to hash and look up its first comma or curly quote again
	marks punctIDs
}

// punctIDs are the vocabulary ids (id + 1, 0: none) of the punctuation
// marks tokenize looks up: the ASCII ones indexed by byte, the others by
// rune from genPunctLo (curly quotes, dashes, hyphens).
type punctIDs struct {
	ascii [utf8.RuneSelf]int32
	gen   [genPunctHi - genPunctLo]int32
}

// The General Punctuation block holds the curly quotes and dashes
// tokenize looks up.
const genPunctLo, genPunctHi = 0x2000, 0x2070

// A vslot is one slot of the frozen vocabulary table. A word of up to
// seven bytes is checked against the slot alone: a lookup reads one
// slot instead of the slot, the word's string header and its bytes,
// three cache misses when the table has gone cold between documents.
type vslot struct {
	meta   uint64 // the high 32 bits of the word's hash, and its id + 1 in the low 32 bits (0: empty)
	inline uint64 // inlineKey of the word
}

// longWord is the inlineKey of a word longer than seven bytes, which a
// lookup compares in full.
const longWord = 0xff << 56

// inlineKey returns the word b itself for a word of at most seven bytes:
// its bytes little-endian, zero-padded, with its length in the top byte,
// so equal keys are equal words. A longer word gets longWord.
func inlineKey(b []byte) uint64 {
	if len(b) > 7 {
		return longWord
	}
	var k uint64
	if cap(b) >= 8 {
		// one load; the bytes past len(b) are masked off
		k = binary.LittleEndian.Uint64(b[:8]) & (1<<(8*len(b)) - 1)
	} else {
		for i := len(b) - 1; i >= 0; i-- {
			k = k<<8 | uint64(b[i])
		}
	}
	return k | uint64(len(b))<<56
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}} }

// add returns the id of w, adding it when new.
func (v *vocab) add(w string) int32 {
	v.tab = nil // a new word needs a new table
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	v.flags = append(v.flags, 0)
	return id
}

// lookup returns the id of the folded word b, or -1.
func (v *vocab) lookup(b []byte) int32 { return v.lookupHash(b, hashBytes(b)) }

// lookupHash is lookup for a word whose hash (hashBytes) is known.
func (v *vocab) lookupHash(b []byte, h uint64) int32 {
	if v.tab == nil {
		if id, ok := v.ids[string(b)]; ok {
			return id
		}
		return -1
	}
	tag, key := h>>32<<32, inlineKey(b)
	for s := h & v.mask; ; s = (s + 1) & v.mask {
		e := &v.tab[s]
		if e.meta == 0 {
			return -1
		}
		if e.meta&^0xffffffff == tag && e.inline == key {
			if id := int32(uint32(e.meta)) - 1; key != longWord || v.words[id] == string(b) {
				return id
			}
		}
	}
}

// freeze builds the lookup table; words added later are found only
// through the map, so call it when the vocabulary is complete.
func (v *vocab) freeze() {
	size := 64
	for size < 2*len(v.words) {
		size <<= 1
	}
	v.tab = make([]vslot, size)
	v.mask = uint64(size - 1)
	for id, w := range v.words {
		h := hashBytes(w)
		s := h & v.mask
		for v.tab[s].meta != 0 {
			s = (s + 1) & v.mask
		}
		v.tab[s] = vslot{meta: h>>32<<32 | uint64(id+1), inline: inlineKey([]byte(w))}
	}
	v.marks = punctIDs{}
	for r := range rune(genPunctHi) { // every mark lookedUpMark accepts lies below
		if !lookedUpMark(r) {
			continue
		}
		id := v.lookup([]byte(string(r))) + 1
		switch {
		case r < utf8.RuneSelf:
			v.marks.ascii[r] = id
		case genPunctLo <= r && r < genPunctHi:
			v.marks.gen[r-genPunctLo] = id
		}
	}
}

func (v *vocab) mark(words []string, f wordFlag) {
	for _, w := range words {
		v.flags[v.add(w)] |= f
	}
}

// has reports whether the word with id has flag f.
func (v *vocab) has(id int32, f wordFlag) bool { return id >= 0 && v.flags[id]&f != 0 }

// A trie maps sequences of vocabulary ids to payload indexes. Node 0 is
// the root.
type trie struct {
	edges map[uint64]int32
	outs  [][]int32 // node → payloads ending there
	root  []int32   // vocabulary id → child of the root, 0 for none; built by freeze
	// The other edges, frozen: node n's edges are labels[first[n]:first[n+1]]
	// (ascending) with their children in kids. Built by freeze.
	first  []int32
	labels []int32
	kids   []int32
	// ends has bit n set when payloads end at node n (outs[n] is not
	// empty): most steps of a match pass through inner nodes, and one
	// word of this small set answers without reading outs, whose
	// slice headers are 24 bytes a node. Built by freeze.
	ends []uint64
}

// hasOuts reports whether payloads end at node n; it is len(t.outs[n]) > 0.
func (t *trie) hasOuts(n int32) bool {
	if t.ends == nil {
		return len(t.outs[n]) > 0
	}
	return t.ends[n>>6]&(1<<(n&63)) != 0
}

// freeze builds the root table for a vocabulary of n words, so the first
// step of every match is a slice index instead of a map lookup, and lays
// the other edges out node by node, so a later step scans a few labels
// instead of hashing. Call it once every pattern is inserted.
func (t *trie) freeze(n int) {
	t.root = make([]int32, n)
	type edge struct{ node, label, kid int32 }
	var es []edge
	for k, c := range t.edges {
		if k>>32 == 0 {
			t.root[uint32(k)] = c
		} else {
			es = append(es, edge{int32(k >> 32), int32(uint32(k)), c})
		}
	}
	slices.SortFunc(es, func(a, b edge) int {
		if a.node != b.node {
			return cmp.Compare(a.node, b.node)
		}
		return cmp.Compare(a.label, b.label)
	})
	t.first = make([]int32, len(t.outs)+1)
	t.labels = make([]int32, len(es))
	t.kids = make([]int32, len(es))
	for i, e := range es {
		t.first[e.node+1]++
		t.labels[i], t.kids[i] = e.label, e.kid
	}
	for i := 1; i < len(t.first); i++ {
		t.first[i] += t.first[i-1]
	}
	t.ends = make([]uint64, (len(t.outs)+63)/64)
	for n, o := range t.outs {
		if len(o) > 0 {
			t.ends[n>>6] |= 1 << (n & 63)
		}
	}
}

func newTrie() *trie { return &trie{edges: map[uint64]int32{}, outs: [][]int32{nil}} }

func edgeKey(node, id int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(id)) }

func (t *trie) insert(ids []int32, payload int32) {
	t.first, t.ends = nil, nil // the frozen tables are stale: step and hasOuts fall back to the map and outs
	n := int32(0)
	for _, id := range ids {
		k := edgeKey(n, id)
		c, ok := t.edges[k]
		if !ok {
			c = int32(len(t.outs))
			t.outs = append(t.outs, nil)
			t.edges[k] = c
		}
		n = c
	}
	for _, p := range t.outs[n] {
		if p == payload {
			return
		}
	}
	t.outs[n] = append(t.outs[n], payload)
}

// step follows the edge labelled id from node; ok is false when there is
// none.
func (t *trie) step(node, id int32) (int32, bool) {
	if id < 0 {
		return 0, false
	}
	if node == 0 && int(id) < len(t.root) {
		c := t.root[id]
		return c, c != 0
	}
	if t.first == nil {
		c, ok := t.edges[edgeKey(node, id)]
		return c, ok
	}
	lo, hi := t.first[node], t.first[node+1]
	for lo < hi { // few edges leave a node: scan them, or halve a long list
		if hi-lo > 8 {
			m := lo + (hi-lo)/2
			if t.labels[m] < id {
				lo = m + 1
			} else {
				hi = m + 1
			}
			continue
		}
		if t.labels[lo] == id {
			return t.kids[lo], true
		}
		lo++
	}
	return 0, false
}
