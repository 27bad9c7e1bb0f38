package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW14VerBeforeCreated: an office claimed before it was created is
// contradicted as nonexistent even when the claim's person later held
// it to its abolition; only the news of an abolition just past keeps
// the last holder's title.
func TestW14VerBeforeCreated(t *testing.T) {
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks with the generals on Tuesday.", "2012-05-01", doc.Contradicted, "existed only 2016-04-06"},
		{"Afghan Chief Executive Abdullah Abdullah called for talks on Tuesday.", "2012-05-01", doc.Contradicted, "existed only 2014-09-29"},
	})
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"The assembly gave King Gyanendra 15 days to leave the palace.", "2008-05-29", doc.Supported, "until it was abolished on 2008-05-28"},
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks with the generals on Monday.", "2017-05-01", doc.Supported, "2016-04-06"},
	})
}

// TestW14VerRelationYears: a break clause after another relation noun
// than the claim's ("reopened its embassy … after the two countries
// restored ties cut in 2019") dates that break, not the claim; and
// "established relations" without "diplomatic" is a claim of
// establishment.
func TestW14VerRelationYears(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"Colombia reopened its embassy in Caracas after the two countries restored ties cut in 2019.", "2022-09-01", ""},
		{"Colombia reopened its embassy in Caracas after the two countries restored ties cut in 2016.", "2022-09-01", "contradicted: The KB records the break in relations between Colombia and Venezuela on 2019-02-23, not in 2016"},
		{"Honduras, which established relations with China in 2021, opened an embassy in Beijing on Friday.", "2024-03-01", "contradicted: The KB records the establishment of relations between Honduras and China on 2023-03-26, not in 2021"},
		{"Honduras established relations with China in 2023.", "2024-03-01", ""},
	} {
		var con []string
		for _, f := range findingsOf(analyzeQuotes(t, tc.text, tc.date), doc.FindRelationContradicted) {
			if strings.HasPrefix(f, "contradicted") {
				con = append(con, f)
			}
		}
		if tc.want == "" && len(con) > 0 || tc.want != "" && (len(con) != 1 || !strings.HasPrefix(con[0], tc.want)) {
			t.Errorf("%q: contradicted %q; want %q", tc.text, con, tc.want)
		}
	}
}

// TestW14VerCaptionPresent: a photo caption's present of action
// ("President X shakes hands with …") places a former holder's title at
// the article's date like "said" does; an archive picture's caption
// ("FILE PHOTO: …", "(File photo)") does not.
func TestW14VerCaptionPresent(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Zimbabwean President Robert Mugabe shakes hands with a farmer in Harare.", "2019-10-10", doc.Contradicted, "not on 2019-10-10"},
		{"PHOTO: Zimbabwean President Robert Mugabe greets supporters in Harare.", "2019-10-10", doc.Contradicted, "not on 2019-10-10"},
		{"Zimbabwean President Emmerson Mnangagwa greets supporters in Harare.", "2019-10-10", doc.Supported, "2017-11-24"},
	})
	for _, text := range []string{
		"FILE PHOTO: Zimbabwean President Robert Mugabe greets supporters in Harare.",
		"Zimbabwean President Robert Mugabe greets supporters in Harare. (File photo)",
	} {
		for _, f := range findingsOf(analyzeQuotes(t, text, "2019-10-10"), doc.FindRoleMismatch) {
			if strings.HasPrefix(f, "contradicted") {
				t.Errorf("%q: %q; want an archive picture's title unjudged", text, f)
			}
		}
	}
}

// TestW14VerAUCommission: the Chairperson of the African Union
// Commission is a KB office ("AU Commission chair", "AU chief"), its
// holders dated.
func TestW14VerAUCommission(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"African Union Commission chairperson Moussa Faki Mahamat met activists in Addis Ababa on Tuesday.", "2016-03-10", doc.Contradicted, "held by Nkosazana Dlamini-Zuma"},
		{"AU Commission chair Nkosazana Dlamini-Zuma met activists in Addis Ababa on Tuesday.", "2018-03-10", doc.Contradicted, "2012-10-15 → 2017-03-14"},
		{"AU chief Moussa Faki met activists on Tuesday.", "2020-03-10", doc.Supported, "2017-03-14"},
	})
}

// TestW14VerRelativeClauseYear: a year in a relative clause apart from
// the claim ("President X, who took office in 2013, opened …") dates the
// clause's event, not the title; a year the main clause names still
// does.
func TestW14VerRelativeClauseYear(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Kenyan President Uhuru Kenyatta, who took office in 2013, opened the railway on Monday.", "2023-06-10", doc.Contradicted, "not on 2023-06-10"},
		{"Kenyan President Uhuru Kenyatta, who took office in 2013, opened the railway on Monday.", "2020-06-10", doc.Supported, "2013-04-09"},
		{"In 2016, Kenyan President Uhuru Kenyatta, who took office in 2013, opened the railway.", "2023-06-10", doc.Supported, "2016-01-01"},
	})
}

// TestW14VerSurnameOfOtherHolder: a surname alone that the KB cannot
// link to one person ("Sri Lankan President Rajapaksa": Mahinda or
// Gotabaya) but that holders of the office at other times bear is a
// title out of its time (role_mismatch), not a stranger unknown to the
// KB.
func TestW14VerSurnameOfOtherHolder(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Sri Lankan President Rajapaksa opened a new port in Hambantota.", "2023-06-10", doc.Contradicted, "the holders named Rajapaksa held it only at other times (Mahinda Rajapaksa 2005-11-19 → 2015-01-09; Gotabaya Rajapaksa 2019-11-18"},
	})
	if got := findingsOf(analyzeQuotes(t, "Sri Lankan President Rajapaksa opened a new port in Hambantota.", "2023-06-10"), doc.FindUnknownPerson); len(got) > 0 {
		t.Errorf("unknown_person %q; want none", got)
	}
}

// TestW14VerOfficeLifetimes: an office with two lifetimes (Zimbabwe's
// premiership 1980–1987 and 2009–2013, Kenya's 1963–1964 and
// 2008–2013) is no office_nonexistent in its first ("In 1980, Prime
// Minister Robert Mugabe"), and still is after its last.
func TestW14VerOfficeLifetimes(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"In 1980, Prime Minister Robert Mugabe promised reconciliation with white farmers.", "2017-06-01", doc.Supported, "1980-04-18"},
	})
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Zimbabwe's Prime Minister Morgan Tsvangirai addressed a rally in Harare on Friday.", "2016-04-01", doc.Contradicted, "2013-09-11"},
		{"Kenyan Prime Minister Raila Odinga greets supporters in Kisumu on Thursday.", "2022-11-10", doc.Contradicted, "2013-04-09"},
	})
}

// TestW14VerRelativeTitle: a title in a relative clause after its
// person ("Robert Mugabe, who became prime minister in 1980, died on
// Friday") is dated by the clause's own time, not the main clause's.
func TestW14VerRelativeTitle(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Robert Mugabe, who became prime minister at independence in 1980, died on Friday.", "2019-09-06", doc.Supported, "1980-04-18"},
		{"Raila Odinga, who became prime minister in 2008, died on Friday.", "2024-06-01", doc.Supported, "2008-04-17"},
		{"Raila Odinga, who became prime minister in 2015, died on Friday.", "2024-06-01", doc.Contradicted, "not in 2015"},
		{"Uhuru Kenyatta, who is president, spoke on Friday.", "2024-06-01", doc.Contradicted, "not on 2024-06-01"},
	})
}
