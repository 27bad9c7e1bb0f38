package mention

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// analyzeShipped runs the segmenter and the stage over the shipped KB.
func analyzeShipped(t *testing.T, text, date string) *doc.Doc {
	t.Helper()
	d := &doc.Doc{Text: text}
	if date != "" {
		d.Date, _ = time.Parse("2006-01-02", date)
		d.Fill(doc.LayerDate)
	}
	d.Fill(doc.LayerText)
	if err := segment.New().Process(d); err != nil {
		t.Fatalf("segment: %v", err)
	}
	if err := shippedStage(t).Process(d); err != nil {
		t.Fatalf("mentions: %v", err)
	}
	checkInvariants(t, d)
	return d
}

// mentionAt returns the mention that starts at the n-th (0-based)
// occurrence of text in d, or nil.
func mentionAt(d *doc.Doc, text string, n int) *doc.Mention {
	off := -1
	for k := 0; k <= n; k++ {
		i := strings.Index(d.Text[off+1:], text)
		if i < 0 {
			return nil
		}
		off += 1 + i
	}
	for i := range d.Mentions {
		if d.Mentions[i].Span.Start == off {
			return &d.Mentions[i]
		}
	}
	return nil
}

// TestCapitalMetonymy checks that a capital that acts, as subject or as
// the party a verb addresses, stands for its country's government and one
// that is a location is a place.
func TestCapitalMetonymy(t *testing.T) {
	for _, tc := range []struct {
		name, text, capital string
		n                   int    // occurrence of capital in text
		want                string // "gov:ISO3" (country, metonymy) or "place"
	}{
		{"object of urged + to-infinitive", "Brazil urged Caracas to publish the voting records.", "Caracas", 0, "gov:VEN"},
		{"object of called on", "The European Union called on Minsk to free the prisoners.", "Minsk", 0, "gov:BLR"},
		{"object of pressed", "The United States pressed Islamabad to act against the militants.", "Islamabad", 0, "gov:PAK"},
		{"object of warned", "Japan warned Pyongyang against further missile tests.", "Pyongyang", 0, "gov:PRK"},
		{"object of accused", "Rwanda accused Kinshasa of arming the rebels.", "Kinshasa", 0, "gov:COD"},
		{"object of criticised", "Germany criticised Budapest over the law.", "Budapest", 0, "gov:HUN"},
		{"object of told", "Officials told Nairobi that the money was gone.", "Nairobi", 0, "gov:KEN"},
		{"object of asked", "Ukraine asked Warsaw to reopen the border.", "Warsaw", 0, "gov:POL"},
		{"coordinated objects", "Washington urged Kigali and Kinshasa to talk.", "Kinshasa", 0, "gov:COD"},
		{"subject of a pressure verb", "Washington pressed Ankara on the deal.", "Washington", 0, "gov:USA"},
		{"ties with", "Ties with Caracas have soured since the election.", "Caracas", 0, "gov:VEN"},
		{"relations with", "Morocco cut diplomatic relations with Tehran in 2018.", "Tehran", 0, "gov:IRN"},
		{"talks between and coordination", "Talks between Seoul and Pyongyang stalled.", "Pyongyang", 0, "gov:PRK"},
		{"pressure on", "The West increased pressure on Moscow last week.", "Moscow", 0, "gov:RUS"},
		{"sanctions against", "New sanctions against Damascus were announced.", "Damascus", 0, "gov:SYR"},
		{"possessive decision", "Caracas's decision angered its neighbours.", "Caracas", 0, "gov:VEN"},
		{"subject with a cue verb", "Tehran denied the report.", "Tehran", 0, "gov:IRN"},
		{"subject of complied after if", "Sanctions could be eased if Pyongyang complied with U.N. resolutions.", "Pyongyang", 0, "gov:PRK"},
		{"subject of reneged", "The West said Tehran reneged on the deal.", "Tehran", 0, "gov:IRN"},
		{"subject of a modal and a verb", "Caracas will not accept lectures, he said.", "Caracas", 0, "gov:VEN"},
		{"subject of could", "Officials fear Ankara could veto the bid.", "Ankara", 0, "gov:TUR"},
		{"subject of a modal and a copula is a place", "Caracas will remain tense for days.", "Caracas", 0, "place"},
		{"defended is no address", "Troops defended Kyiv for weeks.", "Kyiv", 0, "place"},
		{"agent compound", "Tehran-backed militias attacked.", "Tehran", 0, "gov:IRN"},
		{"agent compound before a noun", "A Beijing-brokered deal held.", "Beijing", 0, "gov:CHN"},
		{"location compound is a place", "A Nairobi-based group said so.", "Nairobi", 0, "place"},
		{"subject of a state verb", "Rabat summoned the envoy.", "Rabat", 0, "gov:MAR"},
		{"subject of a verb of escalation", "Beijing has stepped up military pressure on Taiwan.", "Beijing", 0, "gov:CHN"},
		{"a place where traffic steps up", "Traffic in Beijing stepped up after the holiday.", "Beijing", 0, "place"},
		{"coordinated subjects of a state verb", "Kyiv and Moscow traded accusations.", "Kyiv", 0, "gov:UKR"},
		{"passive of a verb of address", "Tehran has been warned twice.", "Tehran", 0, "gov:IRN"},
		{"passive of another verb is a place", "Kyiv was struck by missiles.", "Kyiv", 0, "place"},
		{"passive of an action verb is a place", "Beirut was shaken by a blast.", "Beirut", 0, "place"},
		{"a time between subject and verb", "Beijing on Monday accused a journalist of spying.", "Beijing", 0, "gov:CHN"},
		{"in turn between subject and verb", "Islamabad in turn summoned the envoy.", "Islamabad", 0, "gov:PAK"},
		{"a manner adverb between subject and verb", "Islamabad swiftly summoned the envoy.", "Islamabad", 0, "gov:PAK"},
		{"a perfect deed with an object", "Kurti said Belgrade had armed and trained the attackers.", "Belgrade", 0, "gov:SRB"},
		{"a perfect deed with a bare object", "Tehran has supplied drones to the army.", "Tehran", 0, "gov:IRN"},
		{"a change a city undergoes is no deed", "Kyiv has changed since the war began.", "Kyiv", 0, "place"},
		{"a weekday between subject and verb", "Ankara Tuesday denied the report.", "Ankara", 0, "gov:TUR"},
		{"agent of a passive", "The vote was described by Washington as flawed.", "Washington", 0, "gov:USA"},
		{"controversy with", "Warsaw sought to end a controversy with Berlin.", "Berlin", 0, "gov:DEU"},
		{"pro- prefix", "The pro-Beijing camp won the vote.", "Beijing", 0, "gov:CHN"},
		{"envoy to", "Japan's envoy to Hanoi said the talks went well.", "Hanoi", 0, "gov:VNM"},
		{"trust between", "The lack of trust between Pyongyang and Seoul grew.", "Seoul", 0, "gov:KOR"},
		{"in with a time is a place", "Hotels in Kabul on Monday were full.", "Kabul", 0, "place"},
		{"title-case headline", "Brazil Urges Caracas To Publish Voting Records\n\nThe call came on Monday.", "Caracas", 0, "gov:VEN"},
		{"title-case headline subject", "Tehran Denies Report On Drone Sales\n\nThe report was false.", "Tehran", 0, "gov:IRN"},
		{"title-case headline place", "Protests Spread In Caracas After Vote\n\nThousands marched.", "Caracas", 0, "place"},
		{"to-infinitive at a sentence start", "Moscow to send more troops, officials say.", "Moscow", 0, "gov:RUS"},
		{"a location compound after by is a place", "The audit was performed by Nairobi-based Acme Ltd.", "Nairobi", 0, "place"},
		{"a preposition before an apposition", "Egypt sent its spy chief to the Sudanese capital Khartoum to discuss the crisis.", "Khartoum", 0, "place"},
		{"city of", "In May, the city of Lima will vote on the plan.", "Lima", 0, "place"},
		{"in the capital, X", "Rebels attacked targets in the capital, Kabul, on Monday.", "Kabul", 0, "place"},
		{"in is a place", "Talks were held in Caracas on Monday.", "Caracas", 0, "place"},
		{"to is a place", "Flights to Bogota resumed.", "Bogota", 0, "place"},
		{"from is a place", "The envoy flew home from Hanoi.", "Hanoi", 0, "place"},
		{"near is a place", "Clashes broke out near Kabul.", "Kabul", 0, "place"},
		{"visited is a place", "The pope visited Lima last year.", "Lima", 0, "place"},
		{"flights between are places", "Flights between Cairo and Amman resumed.", "Cairo", 0, "place"},
		{"from X to Y is a place", "He moved from Quito to Lima in 2010.", "Lima", 0, "place"},
		{"in central X to-infinitive is a place", "Supporters gathered in central Lima to celebrate the result.", "Lima", 0, "place"},
		{"in downtown X to-infinitive is a place", "Students marched in downtown Kampala to demand lower fees.", "Kampala", 0, "place"},
		{"across northern X to-infinitive is a place", "Troops spread across northern Kabul to secure the roads.", "Kabul", 0, "place"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := analyzeShipped(t, tc.text, "2024-07-30")
			m := mentionAt(d, tc.capital, tc.n)
			if m == nil {
				t.Fatalf("%q: no mention of %q; got %v", tc.text, tc.capital, mentionList(d))
			}
			got := "place"
			if m.Type == doc.TypeCountry {
				got = "gov:" + m.KBID
				if !m.Metonymy {
					got += " (no metonymy)"
				}
			} else if m.Type != doc.TypePlace {
				got = m.Type
			}
			if got != tc.want {
				t.Errorf("%q: %s is %s, want %s", tc.text, tc.capital, got, tc.want)
			}
		})
	}
}

// TestDatelineCapital checks that an all-caps dateline city is a place
// mention named as the KB writes the capital, and that later mentions of
// the capital are still read for metonymy.
func TestDatelineCapital(t *testing.T) {
	for _, tc := range []struct {
		text, city, canon, later, iso string
	}{
		{"CARACAS, Venezuela (Reuters) — Brazil urged Caracas to publish the voting records. Protests continued in Caracas.", "CARACAS", "Caracas", "Caracas", "VEN"},
		{"NAIROBI, Kenya (AP) — Uganda accused Nairobi of stalling. Rain fell in Nairobi.", "NAIROBI", "Nairobi", "Nairobi", "KEN"},
		{"MANILA (Reuters) - China warned Manila to stay away from the shoal. Crowds gathered in Manila.", "MANILA", "Manila", "Manila", "PHL"},
	} {
		t.Run(tc.city, func(t *testing.T) {
			d := analyzeShipped(t, tc.text, "2024-07-30")
			m := mentionAt(d, tc.city, 0)
			if m == nil || m.Type != doc.TypePlace {
				t.Fatalf("%q: dateline %s is %+v, want a place; got %v", tc.text, tc.city, m, mentionList(d))
			}
			if e := d.Entities[m.Entity]; e.Name != tc.canon || e.Country != tc.iso {
				t.Errorf("dateline entity = %q (%s), want %q (%s)", e.Name, e.Country, tc.canon, tc.iso)
			}
			gov := mentionAt(d, tc.later, 0)
			if gov == nil || gov.Type != doc.TypeCountry || gov.KBID != tc.iso || !gov.Metonymy {
				t.Errorf("%q: addressed %s is %+v, want the government of %s", tc.text, tc.later, gov, tc.iso)
			}
			place := mentionAt(d, tc.later, 1)
			if place == nil || place.Type != doc.TypePlace || place.Entity != m.Entity {
				t.Errorf("%q: located %s is %+v, want a place in the dateline's entity %d", tc.text, tc.later, place, m.Entity)
			}
		})
	}
}

// TestShoutedNameNamedAsProse checks that an unlinked entity first
// written in capitals (a dateline) takes the name prose gives it later.
func TestShoutedNameNamedAsProse(t *testing.T) {
	for _, tc := range []struct{ text, shout, want string }{
		{"GENEVA (Reuters) - Officials said talks in Geneva would resume.", "GENEVA", "Geneva"},
		{"NEW YORK (AP) — Stocks fell in New York on Monday.", "NEW YORK", "New York"},
		{"ALEPPO, Syria (AP) — Shelling hit Aleppo overnight.", "ALEPPO", "Aleppo"},
		{"NATO said NATO would meet.", "NATO", "NATO"},
	} {
		d := analyzeShipped(t, tc.text, "")
		m := mentionAt(d, tc.shout, 0)
		if m == nil {
			t.Errorf("%q: no mention of %s; got %v", tc.text, tc.shout, mentionList(d))
			continue
		}
		if e := d.Entities[m.Entity]; e.Name != tc.want {
			t.Errorf("%q: entity of %s is named %q, want %q", tc.text, tc.shout, e.Name, tc.want)
		}
	}
}

// TestDatelinePlaceJoins checks that later mentions of a dateline place
// that a weak cue would type otherwise are that place.
func TestDatelinePlaceJoins(t *testing.T) {
	for _, tc := range []struct{ text, later string }{
		{"MARACAIBO, Venezuela (Reuters) — Protesters said Maracaibo was tense.", "Maracaibo"},
		{"TOMBOUCTOU, Mali (AP) — Witnesses said Tombouctou was calm.", "Tombouctou"},
	} {
		d := analyzeShipped(t, tc.text, "")
		m := mentionAt(d, tc.later, 0)
		if m == nil || m.Type != doc.TypePlace {
			t.Errorf("%q: %s is %+v, want a place; got %v", tc.text, tc.later, m, mentionList(d))
			continue
		}
		if dl := mentionAt(d, strings.ToUpper(tc.later), 0); dl == nil || dl.Entity != m.Entity {
			t.Errorf("%q: %s is not in the dateline's entity", tc.text, tc.later)
		}
	}
}

// TestDatelineOpensSentence checks that the word after a dateline is read
// as a sentence's first word: a capitalised common noun there is no name,
// a name still is.
func TestDatelineOpensSentence(t *testing.T) {
	for _, tc := range []struct {
		text   string
		want   []string // mention texts
		absent []string
	}{
		{"MARACAIBO, Venezuela (Reuters) — Protesters said the city was tense.", []string{"MARACAIBO", "Venezuela"}, []string{"Protesters"}},
		{"Kabul (AP) - Witnesses said the blast was loud.", []string{"Kabul"}, []string{"Witnesses"}},
		{"NAIROBI, Kenya -- Demonstrators said police fired.", []string{"NAIROBI"}, []string{"Demonstrators"}},
		{"LAGOS (Reuters) — Zenith Bank said profits rose.", []string{"LAGOS", "Zenith Bank"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "")
		got := map[string]bool{}
		for _, m := range d.Mentions {
			got[m.Text] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: missing %q; got %v", tc.text, w, mentionList(d))
			}
		}
		for _, a := range tc.absent {
			if got[a] {
				t.Errorf("%q: unwanted %q; got %v", tc.text, a, mentionList(d))
			}
		}
	}
}
