package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW13VerThenDated: a "then-" title, or "who was X at the time", is
// of the past time its clause names even when the sentence also names
// the article's own days ("…, the ministry said on Friday"); a person
// the KB never records in the office is contradicted at that time when
// its list of holders is complete then.
func TestW13VerThenDated(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"In 2016, then-Foreign Minister Ahmet Davutoglu hosted his Iranian counterpart in Ankara, the ministry said on Friday.", "2024-03-01", doc.Contradicted, "not in the time the sentence refers to (2016)"},
		{"In 2012, then-Foreign Minister Ahmet Davutoglu hosted his Iranian counterpart in Ankara, the ministry said on Friday.", "2024-03-01", doc.Supported, "in the time the sentence refers to (2012"},
		{"Sergei Lavrov, who was Russia's defence minister at the time, visited Damascus in 2016.", "2022-02-02", doc.Contradicted, "in 2016, the time the sentence names, the Minister of Defence of Russia was Sergei Shoigu"},
		{"Ukraine's then-defence minister Dmytro Kuleba signed the contract in 2021, officials said on Friday.", "2023-06-02", doc.Contradicted, "never held the office"},
		{"Benny Gantz, who was defence minister at the time, approved the operation in 2021, the newspaper reported on Monday.", "2023-05-01", doc.Supported, "2021"},
		{"Then-Foreign Minister Ahmet Davutoglu, who became prime minister in 2014, hosted the talks.", "2024-03-01", doc.Supported, "2009-05-01"},
	})
}

// TestW13VerReducedBreakClause: a break clause without its comma
// ("restored ties severed in 2016", "relations that were cut in 2017")
// dates the break, not the restoration; a restoration told as done while
// the KB, which knows the article's date, has the pair still severed is
// contradicted.
func TestW13VerReducedBreakClause(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"Saudi Arabia and Iran restored ties severed in 2016 under a deal brokered by China on Friday.", "2023-03-11", "supported: Relations between Saudi Arabia and Iran were restored on 2023-03-10"},
		{"Qatar and Saudi Arabia restored relations that were cut in 2017, officials said.", "2021-02-01", "supported: Relations between Qatar and Saudi Arabia were restored on 2021-01-05"},
		{"Saudi Arabia and Iran restored ties severed in 2016 at a meeting in Baghdad last month.", "2019-05-01", "contradicted: Relations between Saudi Arabia and Iran were severed on 2016-01-03 and not restored by 2019-05-01"},
		{"Venezuela and Colombia restored relations broken off in 2019, the two governments said on Monday.", "2021-03-01", "contradicted: Relations between Venezuela and Colombia were severed on 2019-02-23 and not restored by 2021-03-01"},
	} {
		got := findingsOf(analyzeQuotes(t, tc.text, tc.date), doc.FindRelationContradicted)
		found := false
		for _, f := range got {
			found = found || strings.HasPrefix(f, tc.want)
			if strings.HasPrefix(tc.want, "supported") && strings.HasPrefix(f, "contradicted") {
				t.Errorf("%q: got %q; want nothing contradicted", tc.text, f)
			}
		}
		if !found {
			t.Errorf("%q: got %q; want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, date string }{
		{"Saudi Arabia and Iran agreed to restore ties severed in 2016, officials said on Monday.", "2019-05-01"},
		{"Saudi Arabia and Iran could restore ties severed in 2016, officials said on Monday.", "2019-05-01"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		for _, f := range findingsOf(d, doc.FindRelationContradicted) {
			if strings.HasPrefix(f, "contradicted") {
				t.Errorf("%q: got %q; want no restoration claimed", tc.text, f)
			}
		}
	}
}

// TestW13VerLateSaidOn: "the late X said on Wednesday", with the day
// right after the cue falling after the death, has a dead man speak;
// "the late" with "once said", a year at or before the death, or a
// last interview aired that day stays a report of the past.
func TestW13VerLateSaidOn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"\"We will respond,\" the late President Ebrahim Raisi said on Wednesday.", true},
		{"The late President Ebrahim Raisi said on Wednesday that Iran would respond.", true},
		{"\"We will respond,\" the late President Ebrahim Raisi once said.", false},
		{"The late Ebrahim Raisi said in 2022 that Iran would respond.", false},
		{"The late President Ebrahim Raisi's last interview, aired on Wednesday, said Iran would respond.", false},
	} {
		if got := deceasedContradicted(t, tc.text, "2024-08-01"); got != tc.want {
			t.Errorf("%q: speaker_deceased contradicted %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestW13VerQuotedPast: what a quote tells is not dated by the day of
// its saying outside it ("\"Hosni Mubarak ruled us for 30 years,\" a
// protester said on Monday" had the dead man act on Monday), and a
// quote opening with a subordinator ("\"When President X ruled, …\"")
// sets its title at another time, as without the quote mark.
func TestW13VerQuotedPast(t *testing.T) {
	for _, tc := range []struct {
		text       string
		kind       string
		contradict bool
	}{
		{"\"When President Hosni Mubarak ruled, we had no voice,\" a protester said on Monday.", doc.FindRoleMismatch, false},
		{"\"When President Hosni Mubarak ruled, we had no voice,\" a protester said on Monday.", doc.FindSpeakerDeceased, false},
		{"\"Hosni Mubarak ruled us for 30 years,\" a protester said on Monday.", doc.FindSpeakerDeceased, false},
		{"\"President Hosni Mubarak spoke to us on Monday,\" a protester said.", doc.FindSpeakerDeceased, true},
		{"Hosni Mubarak visited Cairo on Monday.", doc.FindSpeakerDeceased, true},
	} {
		got := false
		for _, f := range findingsOf(analyzeQuotes(t, tc.text, "2023-05-01"), tc.kind) {
			got = got || strings.HasPrefix(f, "contradicted")
		}
		if got != tc.contradict {
			t.Errorf("%q: %s contradicted %v; want %v", tc.text, tc.kind, got, tc.contradict)
		}
	}
}

// TestW13VerNegatedChange: a negation before a relation verb denies the
// change ("Bahrain … has not restored them" was contradicted as a
// restoration); a trailing break clause after a negated verb keeps its
// own claim.
func TestW13VerNegatedChange(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Bahrain, which cut ties with Iran in 2016, has not restored them.", "supported: Relations between Bahrain and Iran were severed on 2016-01-04"},
		{"Bahrain and Iran have never restored ties severed in 2016.", "supported: Relations between Bahrain and Iran were severed on 2016-01-04"},
		{"Bahrain hasn't restored ties with Iran, severed in 2016.", ""},
		{"Bahrain did not cut ties with Iran in 2019.", ""},
		{"Bahrain and Iran restored ties severed in 2016.", "contradicted: Relations between Bahrain and Iran were severed on 2016-01-04 and not restored by 2021-05-04"},
	} {
		got := findingsOf(analyzeQuotes(t, tc.text, "2021-05-04"), doc.FindRelationContradicted)
		found := tc.want == ""
		for _, f := range got {
			found = found || strings.HasPrefix(f, tc.want)
			if strings.HasPrefix(f, "contradicted") && !strings.HasPrefix(tc.want, "contradicted") {
				t.Errorf("%q: got %q; want nothing contradicted", tc.text, f)
			}
		}
		if !found {
			t.Errorf("%q: got %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestW13VerPrepositionObject: a dead person named as the object of a
// preposition before the verb is not its subject ("a statement from the
// family of Shinzo Abe said on Tuesday"); a time before the name ("On
// Tuesday Shinzo Abe visited") is no preposition of his.
func TestW13VerPrepositionObject(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"A statement from the family of Shinzo Abe said on Tuesday that a funeral would be held.", false},
		{"On Tuesday Shinzo Abe visited Taipei.", true},
		{"In Tokyo, Shinzo Abe visited Taipei on Tuesday.", true},
		{"Shinzo Abe said on Tuesday that a funeral would be held.", true},
	} {
		if got := deceasedContradicted(t, tc.text, "2022-09-01"); got != tc.want {
			t.Errorf("%q: speaker_deceased contradicted %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestW13VerAfterClauseYear: a relation claim in a clause opened by
// "after" or "before" is not dated by the main clause's time ("reopened
// its embassy on Tuesday, seven years after Saudi Arabia cut ties" was a
// break contradicted in 2023); a year in its own clause still dates it.
func TestW13VerAfterClauseYear(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Iran reopened its embassy in Riyadh on Tuesday, seven years after Saudi Arabia cut ties.", ""},
		{"Iran reopened its embassy in Riyadh on Tuesday, seven years after Saudi Arabia cut ties in 2016.", "supported: Relations between Iran and Saudi Arabia were severed on 2016-01-03"},
		{"Iran reopened its embassy in Riyadh on Tuesday, seven years after Saudi Arabia cut ties in 2014.", "contradicted: The KB records the break in relations between Iran and Saudi Arabia on 2016-01-03, not in 2014"},
	} {
		got := findingsOf(analyzeQuotes(t, tc.text, "2023-06-07"), doc.FindRelationContradicted)
		found := tc.want == ""
		for _, f := range got {
			found = found || strings.HasPrefix(f, tc.want)
			if strings.HasPrefix(f, "contradicted") && !strings.HasPrefix(tc.want, "contradicted") {
				t.Errorf("%q: got %q; want nothing contradicted", tc.text, f)
			}
		}
		if !found {
			t.Errorf("%q: got %q; want %q", tc.text, got, tc.want)
		}
	}
}

// deceasedContradicted reports whether text, dated date, gets a
// contradicted speaker_deceased finding.
func deceasedContradicted(t *testing.T, text, date string) bool {
	t.Helper()
	for _, f := range findingsOf(analyzeQuotes(t, text, date), doc.FindSpeakerDeceased) {
		if strings.HasPrefix(f, "contradicted") {
			return true
		}
	}
	return false
}
