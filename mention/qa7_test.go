package mention

import "testing"

// TestQA7SpokesTitles checks that a spokesperson's role written before
// the name, with its capitalised owner, is the person's title (so that
// "the spokesman said" can find the person later).
func TestQA7SpokesTitles(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Taliban spokesman Zabihullah Mujahid held a news conference.", "Zabihullah Mujahid", "Taliban spokesman"},
		{"Reporters heard Pentagon spokesman John Kirby on Tuesday.", "John Kirby", "Pentagon spokesman"},
		{"The State Department spokesman Ned Price briefed reporters.", "Ned Price", "State Department spokesman"},
		{"A spokeswoman Jane Roe declined to comment.", "Jane Roe", "spokeswoman"},
		{"The Sheriff's Office spokesman Art Forgey said so.", "Art Forgey", "Sheriff's Office spokesman"},
		{"John Kirby briefed reporters.", "John Kirby", ""},
	})
}

// TestQA7FamilyFirst checks that the family name opening a KB person's
// name in East Asian order joins the person named in full before it,
// and names no one when the article does not name the person.
func TestQA7FamilyFirst(t *testing.T) {
	for _, tc := range []struct{ text, full, short, id string }{
		{"Chinese President Xi Jinping arrived in Moscow on Monday. Xi said the talks were useful.", "Xi Jinping", "Xi", "person.xi-jinping"},
		{"Putin met Xi Jinping on Monday. Putin praised Xi.", "Xi Jinping", "Xi", "person.xi-jinping"},
		{"Moon Jae-in arrived in Washington. Moon said the talks were useful.", "Moon Jae-in", "Moon", "person.moon-jae-in"},
		{"Moon Jae-in arrived in Washington. The launch came days after Moon met Trump.", "Moon Jae-in", "Moon", "person.moon-jae-in"},
	} {
		d := analyzeShipped(t, tc.text, "2019-03-21")
		f, s := mentionAt(d, tc.full, 0), mentionAt(d, tc.short, 1)
		if f == nil || s == nil {
			t.Errorf("%q: mentions %v %v", tc.text, f, s)
			continue
		}
		if f.Entity != s.Entity || s.KBID != tc.id {
			t.Errorf("%q: %q is entity %d, %q entity %d (%q); want one, %s", tc.text, tc.full, f.Entity, tc.short, s.Entity, s.KBID, tc.id)
		}
	}
	for _, text := range []string{"The Moon landing was in 1969. We saw the Moon rise.", "Moon said the landing was in 1969."} {
		d := analyzeShipped(t, text, "2019-03-21")
		if m := mentionAt(d, "Moon", 0); m != nil && m.KBID != "" {
			t.Errorf("%q: %q linked to %s; want no KB person", text, "Moon", m.KBID)
		}
	}
}

// TestQA7TitleAcrossParagraph checks that a title ending a paragraph
// without a full stop does not make the capitalised word opening the
// next paragraph a person ("Acting", "Former"), and that the title there
// stays the named person's.
func TestQA7TitleAcrossParagraph(t *testing.T) {
	for _, tc := range []struct{ text, modifier, person, title string }{
		{"The court removed Yingluck as prime minister\n\nActing Prime Minister Niwatthamrong Boonsongpaisan was not present.", "Acting", "Niwatthamrong Boonsongpaisan", "Acting Prime Minister"},
		{"He was twice president\n\nFormer President Hamid Karzai stayed in Kabul.", "Former", "Hamid Karzai", "Former President"},
		{"Moise was the president\n\nInterim Prime Minister Claude Joseph spoke.", "Interim", "Claude Joseph", "Interim Prime Minister"},
	} {
		d := analyzeShipped(t, tc.text, "2014-05-22")
		if m := mentionAt(d, tc.modifier, 0); m != nil {
			t.Errorf("%q: %q is a %s mention; want none", tc.text, tc.modifier, m.Type)
		}
		m := mentionAt(d, tc.person, 0)
		if m == nil || m.Title != tc.title {
			t.Errorf("%q: mention %v; want %q titled %q", tc.text, m, tc.person, tc.title)
		}
	}
}

// TestQA7NamedFacilities checks that an airport, street or university
// named after a person is one name, with no mention of the person.
func TestQA7NamedFacilities(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Thousands of people rushed to Hamid Karzai International Airport on Monday.", []string{"Hamid Karzai International Airport/place//name"}, []string{"Hamid Karzai", "International Airport"}},
		{"The plane landed at Imam Khomeini International Airport in Tehran.", []string{"Imam Khomeini International Airport/place//name"}, []string{"Imam Khomeini", "International Airport"}},
		{"Hamid Karzai flew to Washington on Monday.", []string{"Hamid Karzai/person/person.hamid-karzai/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA7AliasLeads checks that a name given as another name of the
// person before it ("better known by his nom de guerre", "alias")
// joins that person's entity. The nicknames are invented: a KB alias of
// another person (Marulanda's "Tirofijo") names that person instead.
func TestQA7AliasLeads(t *testing.T) {
	for _, tc := range []struct{ text, full, alias string }{
		{"Manuel Ortega, better known by his nom de guerre Tiroloco, asked for forgiveness.", "Manuel Ortega", "Tiroloco"},
		{"Manuel Ortega, known by the alias Tiroloco, asked for forgiveness.", "Manuel Ortega", "Tiroloco"},
		{"Ahmed Hussein, alias Abu Ali, was arrested.", "Ahmed Hussein", "Abu Ali"},
		{"Manuel Ortega (alias Tiroloco) was arrested.", "Manuel Ortega", "Tiroloco"},
		{"Adilson Varela, commonly known as Cabral, scored.", "Adilson Varela", "Cabral"},
	} {
		d := analyzeShipped(t, tc.text, "2016-09-27")
		f, a := mentionAt(d, tc.full, 0), mentionAt(d, tc.alias, 0)
		if f == nil || a == nil || f.Entity != a.Entity {
			t.Errorf("%q: mentions %v and %v; want one entity", tc.text, f, a)
		}
	}
}

// TestQA7InnerConnectors checks that a body's name with a lower-case
// connector before its head is one name, and that a name of its own
// before the connector stays apart.
func TestQA7InnerConnectors(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A group calling itself the Peace at Home Council read a statement.", []string{"Peace at Home Council/organization//name"}, []string{"Home Council"}},
		{"The Movement for Rural Renewal won.", []string{"Movement for Rural Renewal/organization//name"}, nil},
		{"Reporters saw Putin at Security Council talks.", []string{"Security Council/organization/org.unsc/alias"}, []string{"Putin at Security Council"}},
		{"Students at Kavari Union met.", []string{"Kavari Union/organization//name"}, []string{"Students at Kavari Union"}},
	} {
		d := analyzeShipped(t, tc.text, "2016-07-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA7ForeignBodies checks that a state's body named without the
// state ("National Security Council") is that of the state its sentence
// names, and that a bare "Security Council" after it is the UN's.
func TestQA7ForeignBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"South Korean President Moon Jae-in called a meeting of the National Security Council. Tillerson said Washington would bring the matter to the Security Council.",
			[]string{"National Security Council/organization//name", "Security Council/organization/org.unsc/alias"}, []string{"National Security Council/organization/org.us-nsc"}},
		{"Turkey's National Security Council met on Monday.", []string{"National Security Council/organization//name"}, nil},
		{"The White House said the National Security Council met.", []string{"National Security Council/organization/org.us-nsc/alias"}, nil},
		{"Officials in Seoul said the US National Security Council met.", []string{"US National Security Council/organization/org.us-nsc/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2017-07-04")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
