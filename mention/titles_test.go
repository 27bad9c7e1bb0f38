package mention

import "testing"

// Tests of the titles a person's mention carries.

// TestPortfolioAndAppositionTitles checks the title a person's mention carries: a
// capitalised portfolio title before the name, or a public post in
// apposition after it.
func TestPortfolioAndAppositionTitles(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Climate Change Minister Sherry Rehman said the rains were heavy.", "Sherry Rehman", "Climate Change Minister"},
		{"On Monday, Social Welfare Secretary Corazon Soliman visited the town.", "Corazon Soliman", "Social Welfare Secretary"},
		{"Cabinet Secretary Raychelle Omamo will brief diplomats on Thursday.", "Raychelle Omamo", "Cabinet Secretary"},
		{"The order was signed by Minister Ali Hamdan on Monday.", "Ali Hamdan", ""},
		{"The climate change minister Sherry Rehman said so.", "Sherry Rehman", ""},
		{"Lolwah Al-Khater, Qatar's minister of state for international cooperation, said the children were safe.", "Lolwah Al-Khater", "minister of state for international cooperation"},
		{"Officials met. Tinubu, 70, a former governor of Lagos State, won the vote.", "Tinubu", "former governor of Lagos State"},
		{"Amina Yusuf, the deputy health minister, visited the camp.", "Amina Yusuf", "deputy health minister"},
		{"Amina Yusuf, a mother of three, visited the camp.", "Amina Yusuf", ""},
		{"Amina Yusuf, who was a minister, visited the camp.", "Amina Yusuf", ""},
	})
}

// TestRankTitles checks military ranks before a name (which name no
// office the KB checks), an office in apposition before the name and
// an ordinal before an office.
func TestRankTitles(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Colonel Amadou Abdramane said the army had decided to act.", "Amadou Abdramane", "Colonel"},
		{"Colonel-Major Amadou Abdramane read the statement.", "Amadou Abdramane", "Colonel-Major"},
		{"Lieutenant General Mohamed Dagalo spoke on Friday.", "Mohamed Dagalo", "Lieutenant General"},
		{"Field Marshal Kwame Boateng spoke on Friday.", "Kwame Boateng", "Field Marshal"},
		{"Reporters met Gen. Mark Hollis on Friday.", "Mark Hollis", "Gen."},
		{"Captain Ibrahim Traoré took power.", "Ibrahim Traoré", "Captain"},
		{"The general Mark Hollis spoke.", "Mark Hollis", ""},
		{"The law was defended by Attorney General Janet Mills.", "Janet Mills", "Attorney General"}, // a civilian officer (officerTitle), no rank
		{"Governor General Mary Simon spoke.", "Mary Simon", ""},
		{"Governor-General David Hurley swore in the cabinet.", "David Hurley", ""},
		{"The Nigerian General Musa Bello spoke.", "Musa Bello", "General"},
	})
}

// TestSpokesTitles checks that a spokesperson's role written before
// the name, with its capitalised owner, is the person's title (so that
// "the spokesman said" can find the person later).
func TestSpokesTitles(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Taliban spokesman Zabihullah Mujahid held a news conference.", "Zabihullah Mujahid", "Taliban spokesman"},
		{"Reporters heard Pentagon spokesman John Kirby on Tuesday.", "John Kirby", "Pentagon spokesman"},
		{"The State Department spokesman Ned Price briefed reporters.", "Ned Price", "State Department spokesman"},
		{"A spokeswoman Jane Roe declined to comment.", "Jane Roe", "spokeswoman"},
		{"The Sheriff's Office spokesman Art Forgey said so.", "Art Forgey", "Sheriff's Office spokesman"},
		{"John Kirby briefed reporters.", "John Kirby", ""},
	})
}

// TestTitleAcrossParagraph checks that a title ending a paragraph
// without a full stop does not make the capitalised word opening the
// next paragraph a person ("Acting", "Former"), and that the title there
// stays the named person's.
func TestTitleAcrossParagraph(t *testing.T) {
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

// TestLowerTitleAfterModifier checks that a capitalised modifier
// opening a sentence before a lower-case title ("Former president",
// "Ex-president") is the title's, not a name of its own.
func TestLowerTitleAfterModifier(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Former president Evo Morales flew to Mexico.", "Evo Morales", "Former president"},
		{"Former president Omar al-Bashir appeared in court on Monday.", "Omar al-Bashir", "Former president"},
		{"Former prime minister Nawaz Sharif returned to Lahore.", "Nawaz Sharif", "Former prime minister"},
		{"Acting president Jeanine Anez spoke.", "Jeanine Anez", "Acting president"},
		{"Former President Evo Morales flew to Mexico.", "Evo Morales", "Former President"},
		{"Supporters of former president Evo Morales marched.", "Evo Morales", "former president"},
	})
	for _, text := range []string{"Former president Evo Morales flew to Mexico.", "Acting president Jeanine Anez spoke."} {
		d := analyzeShipped(t, text, "2019-11-12")
		for _, m := range d.Mentions {
			if m.Span.Start == 0 && m.Span.End <= 7 {
				t.Errorf("%q: modifier is a %s mention %q; want none", text, m.Type, d.Text[m.Span.Start:m.Span.End])
			}
		}
	}
}

// TestTitleCommaHonorific: "Country's title, Honorific Name," is
// the apposition "Country's title, Name," ("Qatar's emir, Sheikh Tamim
// bin Hamad Al Thani," made no claim); "FM" in capitals is a foreign
// minister's title as "PM" is a prime minister's.
func TestTitleCommaHonorific(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Qatar's emir, Sheikh Tamim bin Hamad Al Thani, received the Turkish president on Tuesday.", "Tamim bin Hamad Al Thani", "QAT.monarch"},
		{"Iranian FM Hossein Amir-Abdollahian met his Omani counterpart in Muscat on Tuesday.", "Hossein Amir-Abdollahian", "IRN.foreign_minister"},
		{"Capital FM reporter John Kamau said on Tuesday the road was closed.", "John Kamau", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2019-06-04"), tc.text, tc.person, tc.office)
	}
}

// TestStateOfficeTitles: a state post with a title of its own,
// named "TITLE of STATE" in the KB (Myanmar's State Counsellor,
// Bangladesh's Chief Adviser, Afghanistan's and Pakistan's Chief
// Executive), is a title after its state, written as an adjective, a
// possessive or a name, or without its state for a KB person who held
// that state's post; after a company's name, or without its state for
// anyone else, it claims no office.
func TestStateOfficeTitles(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks on Tuesday.", "Aung San Suu Kyi", "MMR.state_counsellor"},
		{"Myanmar State Counsellor Aung San Suu Kyi called for talks on Tuesday.", "Aung San Suu Kyi", "MMR.state_counsellor"},
		{"Bangladesh's chief adviser, Muhammad Yunus, called for talks on Tuesday.", "Muhammad Yunus", "BGD.chief_adviser"},
		{"Afghan Chief Executive Abdullah Abdullah called for talks on Tuesday.", "Abdullah Abdullah", "AFG.chief_executive"},
		{"Pakistan's Chief Executive Pervez Musharraf called for talks on Tuesday.", "Pervez Musharraf", "PAK.chief_executive"},
		{"Apple Chief Executive Tim Cook called for talks on Tuesday.", "Tim Cook", ""},
		{"Kenya Airways chief executive Allan Kilavuka called for talks on Tuesday.", "Allan Kilavuka", ""},
		{"Chief Executive Abdullah Abdullah called for talks on Tuesday.", "Abdullah Abdullah", "AFG.chief_executive"},
		{"Chief Executive Tim Cook called for talks on Tuesday.", "Tim Cook", ""},
		{"Chief Executive Pervez Musharraf called for talks on Tuesday.", "Pervez Musharraf", "PAK.chief_executive"},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2017-05-02"), tc.text, tc.person, tc.office)
	}
}

// TestChairmanTitles: "chairman" claims a movement's or a body's top
// post only where the KB names that post a chairman (its name or an
// alias with the owner); elsewhere a chairman is often a post beside
// the leader ("ANC chairman", a party's federal chairwoman).
func TestChairmanTitles(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"TPLF chairman Debretsion Gebremichael called for talks on Tuesday.", "Debretsion Gebremichael", "group.tplf.leader"},
		{"Debretsion Gebremichael, chairman of the Tigray People's Liberation Front, called for talks on Tuesday.", "Debretsion Gebremichael", "group.tplf.leader"},
		{"PLO chairman Mahmoud Abbas called for talks on Tuesday.", "Mahmoud Abbas", "org.plo.leader"},
		{"Hassan Nasrallah, chairman of Hezbollah, called for talks on Tuesday.", "Hassan Nasrallah", ""},
		{"DA chairwoman Helen Zille called for talks on Tuesday.", "Helen Zille", ""},
		{"Tesla chairman Robyn Denholm called for talks on Tuesday.", "Robyn Denholm", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2021-05-02"), tc.text, tc.person, tc.office)
	}
}

// TestArmedForcesMinister: France's minister of the armed forces is its
// defence minister; Britain's armed forces minister serves under the
// defence secretary and claims no office ("Armed Forces
// Minister Sebastien Lecornu" was a body and a name).
func TestArmedForcesMinister(t *testing.T) {
	for _, tc := range []struct{ text, date, person, office string }{
		{"Armed Forces Minister Sebastien Lecornu visited Kyiv on Friday.", "2024-12-13", "Sebastien Lecornu", "FRA.defence_minister"},
		{"Florence Parly, France's minister of the armed forces, visited Mali.", "2019-06-01", "Florence Parly", "FRA.defence_minister"},
		{"British Armed Forces Minister James Heappey visited Estonia on Friday.", "2024-03-05", "James Heappey", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, tc.date), tc.text, tc.person, tc.office)
	}
}
