package mention

import (
	"testing"
)

// TestTokenClasses checks that docTriggers gives each token exactly the
// class bits the skip loops' own tests (before the classes) would: a
// token a loop must stop at without its bit would lose a name.
func TestTokenClasses(t *testing.T) {
	s := shippedStage(t)
	texts := append([]string{
		"Alexander the Great met THE press; \u201cNo,\u201d said President Biden of the United States.",
		"King Salman and Queen Rania visited New York (NYC) - the 3rd time.",
	}, fastPathTexts...)
	for _, text := range texts {
		toks := tokenize(text, sentences(text), s.v, nil)
		cls, flags := make([]byte, len(toks)), make([]wordFlag, len(toks))
		s.docTriggers(toks, cls, flags)
		for i, tk := range toks {
			var wantFlags wordFlag
			if tk.id >= 0 {
				wantFlags = s.v.flags[tk.id]
			}
			if flags[i] != wantFlags {
				t.Errorf("%q: token %q has flags %b, want %b", text, text[tk.start:tk.end], flags[i], wantFlags)
			}
			var want byte
			if tk.id >= 0 && (int(tk.id) >= len(s.names.root) || s.names.root[tk.id] != 0) {
				want |= cName
			}
			if tk.id >= 0 && (int(tk.id) >= len(s.titles.root) || s.titles.root[tk.id] != 0) {
				want |= cTitle
			}
			if tk.id == s.w.the {
				want |= cThe
			}
			if tk.shape&(shCap|shUpper) != 0 {
				want |= cCapish
			}
			if tk.shape&shWord == 0 {
				want |= cMark
			}
			if tk.sentStart {
				want |= cSent
			}
			// joined by its definition
			if i > 0 && tk.gap <= gapSpace && !toks[i-1].poss && tk.sent == toks[i-1].sent {
				want |= cJoined
			}
			if cls[i] != want {
				t.Errorf("%q: token %q has classes %07b, want %07b", text, text[tk.start:tk.end], cls[i], want)
			}
		}
	}
}

// TestNextClass checks nextClass against a plain scan, across the eight-
// byte steps and the tail.
func TestNextClass(t *testing.T) {
	cls := make([]byte, 37)
	for i := range cls {
		cls[i] = byte(i*7) & (cName | cThe | cMark) // a pattern with gaps
	}
	cls[3], cls[20], cls[36] = cTitle, cTitle, cTitle
	for _, c := range []byte{cName, cTitle, cThe, cMark, cCapish, cName | cTitle} {
		for i := 0; i <= len(cls); i++ {
			want := i
			for want < len(cls) && cls[want]&c == 0 {
				want++
			}
			if got := nextClass(cls, i, c); got != want {
				t.Errorf("nextClass(%05b from %d) = %d, want %d", c, i, got, want)
			}
		}
	}
}
