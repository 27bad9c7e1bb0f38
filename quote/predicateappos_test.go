package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

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
		{"predicate after an auxiliary, inverted speaker",
			`Bola Tinubu, the former governor of Lagos State, had won 8.8 million votes, or about 37 percent, said Mahmood Yakubu, chairman of the commission.`,
			people("Bola Tinubu", "Mahmood Yakubu"),
			[]want{{"^Bola Tinubu, the former governor of Lagos State, had won 8.8 million votes", Indirect, "Mahmood Yakubu", "chairman of the commission", KindNamed, "said"}}},
		{"appositive, speaker before an auxiliary and the cue",
			`Attahiru Jega, the chairman of the commission, has said Buhari received 15.4 million votes.`,
			people("Buhari", "Attahiru Jega"),
			[]want{{"^Buhari received 15.4 million votes", Indirect, "Attahiru Jega", "chairman of the commission", KindNamed, "said"}}},
	})
}

// TestFindSubjectAfterBut: a cue coordinated with a verb in a clause
// that ", but" or ";" opens ("…, but his challenger, former army
// general Prabowo Subianto, refused … and said") has that clause's
// subject as its speaker, not the sentence's first name.
func TestFindSubjectAfterBut(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"but, described name with a lower-case title",
			`The election commission declared Widodo the winner on Tuesday, but his challenger, former army general Prabowo Subianto, refused to accept the result and said he would challenge it in court.`,
			people("Widodo", "Prabowo Subianto"),
			[]want{{"^he would challenge it in court", Indirect, "Prabowo Subianto", "former army general", KindNamed, "said"}}},
		{"but, name",
			`Widodo won the vote, but Prabowo Subianto refused to accept it and said he would challenge it in court.`,
			people("Widodo", "Prabowo Subianto"),
			[]want{{"^he would challenge it in court", Indirect, "Prabowo Subianto", "", KindNamed, "said"}}},
		{"semicolon, name",
			`Widodo won the vote; Prabowo Subianto rejected it and said he would challenge it in court.`,
			people("Widodo", "Prabowo Subianto"),
			[]want{{"^he would challenge it in court", Indirect, "Prabowo Subianto", "", KindNamed, "said"}}},
		{"one clause",
			`Widodo visited the market and said the vote was fair.`,
			people("Widodo"),
			[]want{{"^the vote was fair", Indirect, "Widodo", "", KindNamed, "said"}}},
	})
}

// TestFindDescribedNameAbbreviation: a described subject may hold an
// abbreviation's stop ("The U.S. ambassador to Iraq, Zalmay Khalilzad,
// welcomed … and urged"): the name speaks, not "U.S.".
func TestFindDescribedNameAbbreviation(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"U.S. in the description",
			`The U.S. ambassador to Iraq, Zalmay Khalilzad, welcomed the result and urged Sunni Arabs to join the political process.`,
			append(people("Zalmay Khalilzad"), mentionMark{"U.S.", doc.TypeCountry, "", ""}),
			[]want{{"^Sunni Arabs to join the political process", Indirect, "Zalmay Khalilzad", "U.S. ambassador to Iraq", KindNamed, "urged"}}},
	})
}

// TestFindAppositiveTitleRelative: an appositive title ends before its
// relative clause ("Saleh al-Mutlaq, a Sunni negotiator who helped draft
// the charter before walking out, said": the title is "Sunni
// negotiator").
func TestFindAppositiveTitleRelative(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"who-clause in the appositive",
			`Saleh al-Mutlaq, a Sunni negotiator who helped draft the charter before walking out, said his bloc would take part in the election.`,
			people("Saleh al-Mutlaq"),
			[]want{{"^his bloc would take part in the election", Indirect, "Saleh al-Mutlaq", "Sunni negotiator", KindNamed, "said"}}},
	})
}

func people(names ...string) []mentionMark {
	var ms []mentionMark
	for _, n := range names {
		ms = append(ms, mentionMark{n, doc.TypePerson, "", ""})
	}
	return ms
}
