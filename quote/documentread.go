package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// documentRead reports whether the word at token j, after a quote whose
// attribution starts at token i, is "read" (or "reads") with a document
// for its subject and nothing after it in the sentence ending before b:
// `"…," the statement read`, `"…," the letter reads`, `"…," it read`. The
// document's words are quoted; "read" is then a cue like "said".
func (f *finder) documentRead(i, j, b int) bool {
	if w := f.t[j].w; w != "read" && w != "reads" || f.t[j].upper {
		return false
	}
	if j+1 < b && !(f.t[j+1].w == "." && j+2 >= b) {
		return false // "the spokesman read a statement": an object follows
	}
	if j == i+1 {
		return f.t[i].w == "it"
	}
	return j-i <= 4 && determiners.Has(f.t[i].w) && mediumNouns.Has(f.t[j-1].w)
}

// adjacentAuthor returns, for a definite medium noun at token a that no
// earlier mention ties to an author ("The prosecutor general's office
// said a case had been opened. "…," the statement read."), the speaker
// of the latest report before it in its paragraph, when the text names
// no such document earlier: the most likely author of the document that
// goes on with its words, as a description.
func (f *finder) adjacentAuthor(a int, sp doc.Span) (doc.Speaker, bool) {
	if a < 1 || !f.isWord(a-1, "the") && !f.isWord(a-1, "this") {
		return doc.Speaker{}, false
	}
	var q *doc.Quote // the latest report before sp (quotes are not in text order)
	for k := range f.out {
		if o := &f.out[k]; o.Span.End <= sp.Start && o.CueSpan.End <= sp.Start && (q == nil || o.CueSpan.Start > q.CueSpan.Start) {
			q = o
		}
	}
	if q == nil || q.Speaker.Name == "" || q.Speaker.Kind == KindUnresolved || strings.Contains(f.text[q.CueSpan.End:sp.Start], "\n") {
		return doc.Speaker{}, false // (a new paragraph: "The statement said" reads an earlier one)
	}
	for i := a - 1; i >= 0; i-- {
		if w := f.t[i].w; w == f.t[a].w || isPluralOf(w, f.t[a].w) {
			return doc.Speaker{}, false // "announced in a joint statement by …": that statement
		}
	}
	c := f.tokAt(q.CueSpan.Start, 0)
	if c < 0 || c >= len(f.t) || f.sent[c] < 0 || f.sent[c] != f.sent[a]-1 && f.sent[c] != f.sent[a] {
		return doc.Speaker{}, false
	}
	spk := q.Speaker
	if spk.Kind == KindNamed || spk.Kind == KindPronoun {
		spk.Kind = KindDescription
	}
	spk.Span = sp
	return spk, true
}
