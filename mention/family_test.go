package mention

import "testing"

// Tests of family names and dynasties.

// TestFamilyFirst checks that the family name opening a KB person's
// name in East Asian order joins the person named in full before it,
// and names no one when the article does not name the person.
func TestFamilyFirst(t *testing.T) {
	for _, tc := range []struct{ text, full, short, id string }{
		{"Chinese President Xi Jinping arrived in Moscow on Monday. Xi said the talks were useful.", "Xi Jinping", "Xi", "person.xi-jinping"},
		{"Putin met Xi Jinping on Monday. Putin praised Xi.", "Xi Jinping", "Xi", "person.xi-jinping"},
		{"Moon Jae-in arrived in Washington. Moon said the talks were useful.", "Moon Jae-in", "Moon", "person.moon-jae-in"},
		{"Moon Jae-in arrived in Washington. The launch came days after Moon met Trump.", "Moon Jae-in", "Moon", "person.moon-jae-in"},
	} {
		checkFullAndShort(t, tc.text, "2019-03-21", tc.full, tc.short, tc.id)
	}
	for _, text := range []string{"The Moon landing was in 1969. We saw the Moon rise.", "Moon said the landing was in 1969."} {
		d := analyzeShipped(t, text, "2019-03-21")
		if m := mentionAt(d, "Moon", 0); m != nil && m.KBID != "" {
			t.Errorf("%q: %q linked to %s; want no KB person", text, "Moon", m.KBID)
		}
	}
}

// TestReversedName checks that a Japanese KB person written family name
// first, as Kyodo writes it ("Foreign Minister Kono Taro"), keeps the
// link, and his surname after it joins him.
func TestReversedName(t *testing.T) {
	for _, tc := range []struct{ text, full, short, id string }{
		{"Foreign Minister Kono Taro arrived in Seoul on Monday. Kono said the talks were useful.", "Kono Taro", "Kono", "person.taro-kono"},
		{"Prime Minister Kishida Fumio arrived in Seoul on Monday. Kishida said the talks were useful.", "Kishida Fumio", "Kishida", "person.fumio-kishida"},
	} {
		checkFullAndShort(t, tc.text, "2018-04-27", tc.full, tc.short, tc.id)
	}
}

// TestSurnameFamily: a KB person's surname before "dynasty",
// "family" or "clan" names the family, not that person: typed a person,
// linked to no one (e.g. Nepal).
func TestSurnameFamily(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"The vote ended 240 years of rule by the Shah dynasty. King Gyanendra must leave.", "2008-05-29",
			[]string{"Shah/person//name"}, []string{"Shah/person/person.gyanendra-of-nepal"}},
		{"The Bhutto family said Benazir Bhutto was killed.", "2007-12-28",
			[]string{"Bhutto/person//name", "Benazir Bhutto/person/person.benazir-bhutto/alias"}, []string{"Bhutto/person/person.benazir-bhutto"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestHouseSpeaker: "House Speaker" is the speaker's title, with
// the state written before it ("US House Speaker Kevin McCarthy" was an
// unknown body "US House" and an untitled person; e.g. Honduras).
func TestHouseSpeaker(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Tsai may meet US House Speaker Kevin McCarthy in Los Angeles.", "2023-03-26", "Kevin McCarthy", "USA.speaker", ""},
		{"Philippine House Speaker Martin Romualdez opened the session.", "2023-03-26", "Martin Romualdez", "PHL.speaker", ""},
	})
}

// checkFullAndShort analyses text dated date and checks that the first
// mention of full and the second of short are one entity, both linked to
// the KB person id.
func checkFullAndShort(t *testing.T, text, date, full, short, id string) {
	t.Helper()
	d := analyzeShipped(t, text, date)
	f, s := mentionAt(d, full, 0), mentionAt(d, short, 1)
	if f == nil || s == nil {
		t.Errorf("%q: mentions %v %v", text, f, s)
		return
	}
	if f.Entity != s.Entity || f.KBID != id || s.KBID != id {
		t.Errorf("%q: %q is %q (entity %d), %q is %q (entity %d); want one entity, %s", text, full, f.KBID, f.Entity, short, s.KBID, s.Entity, id)
	}
}
