package quote

import "testing"

// TestFindPredicateNotAppositive: a past tense with its object after a
// name's appositive ("Buhari, the candidate of the APC, received 15.4
// million votes,") is the clause's predicate, not more of the
// appositive: the name after the cue ("said Attahiru Jega") speaks, and
// the clause before is what he said. A true appositive still makes its
// name the speaker.
func TestFindPredicateNotAppositive(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"predicate, inverted speaker",
			`Buhari, the candidate of the All Progressives Congress, received 15.4 million votes against 12.8 million for Jonathan, said Attahiru Jega, the chairman of the commission.`,
			people("Buhari", "Jonathan", "Attahiru Jega"),
			[]want{{"^Buhari, the candidate of the All Progressives Congress, received 15.4 million votes", Indirect, "Attahiru Jega", "chairman of the commission", KindNamed, "said"}}},
		{"appositive, speaker before the cue",
			`Attahiru Jega, the chairman of the commission, said Buhari received 15.4 million votes.`,
			people("Buhari", "Attahiru Jega"),
			[]want{{"^Buhari received 15.4 million votes", Indirect, "Attahiru Jega", "chairman of the commission", KindNamed, "said"}}},
	})
}
