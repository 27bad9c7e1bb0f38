package importer

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

func testKB(t testing.TB) *kb.KB {
	t.Helper()
	k := kb.New()
	in := `{"type":"source","name":"t","as_of":"2025-06-30"}
{"type":"actor","id":"IRN","kind":"country","name":"Iran","demonyms":["Iranian"],"capital":"Tehran","source":"t"}
{"type":"actor","id":"GBR","kind":"country","name":"United Kingdom","aliases":["UK"],"source":"t"}
{"type":"actor","id":"USA","kind":"country","name":"United States","aliases":["United States of America"],"source":"t"}
`
	if err := kb.Load(strings.NewReader(in), "base.jsonl", k); err != nil {
		t.Fatal(err)
	}
	return k
}

// roundTrip writes recs and loads them on top of base.
func roundTrip(t *testing.T, recs *Records, base *kb.KB) *kb.KB {
	t.Helper()
	var buf bytes.Buffer
	if err := recs.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if err := kb.Load(&buf, "imported.jsonl", base); err != nil {
		t.Fatalf("imported records do not load: %v\n%s", err, buf.String())
	}
	return base
}

func TestWikidataEP(t *testing.T) {
	base := testKB(t)
	recs, err := WikidataEP("testdata/ep", base, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs.Skipped) != 2 {
		t.Errorf("skipped %v; want the end-before-start row and the row without a person", recs.Skipped)
	}
	k := roundTrip(t, recs, base)
	if got := k.Holds("wd.Q2", "IRN.foreign_minister", kb.Date{Year: 2022, Month: 1, Day: 1}); got != kb.True {
		t.Errorf("Holds(wd.Q2, IRN.foreign_minister, 2022-01-01) = %s; want true", got)
	}
	if len(k.RolesOf("wd.Q2")) != 1 {
		t.Errorf("repeated row imported twice: %v", k.RolesOf("wd.Q2"))
	}
	if o, ok := k.Office("IRN.prime_minister"); !ok || o.To.String() != "1989-08-03" {
		t.Errorf("IRN.prime_minister = %+v; want abolished 1989-08-03 from html_positions.csv", o)
	}
	if _, ok := k.Office("IRN.ambassador:GBR"); !ok {
		t.Errorf("ambassador to the United Kingdom not mapped to IRN.ambassador:GBR")
	}
	if got := k.ByName(kb.Fold("wd.Q1")); len(got) != 1 || got[0].Name != "Test Leader" {
		t.Errorf("QID alias lookup = %v", got)
	}
	if s := k.Sources["wikidata-ep:iran-ministers"]; s == nil || s.AsOf.IsZero() {
		t.Errorf("source = %+v; want an as-of date", s)
	}
}

func TestOfficeKey(t *testing.T) {
	base := testKB(t)
	tests := []struct{ label, country, want string }{
		{"Minister of Foreign Affairs", "IRN", kb.OfficeForeignMinister},
		{"Minister for Foreign Affairs", "IRL", kb.OfficeForeignMinister},
		{"Secretary of State for Foreign and Commonwealth Affairs", "GBR", kb.OfficeForeignMinister},
		{"Federal Minister of European and International Affairs", "AUT", kb.OfficeForeignMinister},
		{"Secretary of State", "USA", kb.OfficeForeignMinister},
		{"Secretary of State", "AUT", "secretary_of_state"},
		{"Deputy Minister of Foreign Affairs", "ISR", "deputy_minister_of_foreign_affairs"},
		{"Minister of State for Foreign Affairs", "GBR", "minister_of_state_for_foreign_affairs"},
		{"Minister of National Defence", "TUR", kb.OfficeDefenceMinister},
		{"Secretary of Defense", "USA", kb.OfficeDefenceMinister},
		{"Minister for Defence Equipment", "GBR", "minister_for_defence_equipment"},
		{"Minister for Defence Materiel", "AUS", "minister_for_defence_materiel"},
		{"Minister for Defence Science and Personnel", "AUS", "minister_for_defence_science_and_personnel"},
		{"Minister Delegate for Foreign Affairs", "FRA", "minister_delegate_for_foreign_affairs"},
		{"Minister of Home Front Defence", "ISR", "minister_of_home_front_defence"},
		{"Minister of Defence and Armed Forces Logistics", "IRN", kb.OfficeDefenceMinister},
		{"Prime Minister", "ISR", kb.OfficePrimeMinister},
		{"Premier", "CHN", kb.OfficePrimeMinister},
		{"Federal Chancellor", "AUT", kb.OfficeChancellor},
		{"Supreme Leader", "IRN", kb.OfficeSupremeLeader},
		{"ambassador to the United States of America", "ISR", "ambassador:USA"},
		{"Permanent Representative to the United Nations", "ISR", "ambassador:UN"},
		{"ambassador to Narnia", "ISR", kb.OfficeAmbassador},
		{"Minister of the Interior", "FRA", kb.OfficeInteriorMinister},
		{"Chancellor of the Exchequer", "GBR", kb.OfficeFinanceMinister},
		{"Speaker of the Knesset", "ISR", kb.OfficeSpeaker},
		{"Minister of Justice", "ISR", "minister_of_justice"},
		{"Governor of the Central Bank", "TUR", kb.OfficeCentralBankGovernor},
		{"President of the Central Bank", "BRA", kb.OfficeCentralBankGovernor},
		{"Governor of the Reserve Bank", "IND", kb.OfficeCentralBankGovernor},
		{"Director General of the Bank of Italy", "ITA", kb.OfficeCentralBankGovernor},
		{"President of Sveriges Riksbank", "SWE", kb.OfficeCentralBankGovernor},
		{"Deputy Governor of the Central Bank", "TUR", "deputy_governor_of_the_central_bank"},
		{"ambassador to the Asian Development Bank", "JPN", kb.OfficeAmbassador},
		{"President of the Development Bank", "BRA", "president_of_the_development_bank"},
		{"President of the Senate", "ITA", "president_of_the_senate"},
	}
	for _, tt := range tests {
		if got := OfficeKey(tt.label, tt.country, base); got != tt.want {
			t.Errorf("OfficeKey(%q, %s) = %q; want %q", tt.label, tt.country, got, tt.want)
		}
	}
}

const phoenixSample = `# comment
IRAN_  [IRN]
+ISLAMIC_REPUBLIC_OF_IRAN_
+PERSIA_
HOJATOLISLAM_SAYYED_ALI_KHAMENEI_  # CountryInfo.txt
+KHAMENEI
+AYATOLLAH_KHAMENEI
	[IRNGOV 811013-890803]
	[IRNGOV >19890604] # Supreme Leader
	[IRNELI]
HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13
+HIZBULLAH
UN_ [IGOUNO]
BROKEN_ENTRY_
	[IRNGOV 2004017-20061201]
`

func TestPhoenix(t *testing.T) {
	base := testKB(t)
	recs, err := Phoenix(strings.NewReader(phoenixSample), "Phoenix.Countries.actors.txt", kb.Date{Year: 2014, Month: 1, Day: 30}, base)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs.Skipped) != 2 {
		t.Errorf("skipped = %v; want the bad date and the entry left without a code", recs.Skipped)
	}
	k := roundTrip(t, recs, base)
	iran, _ := k.Actor("IRN")
	if iran.Capital != "Tehran" || len(k.ByName("persia")) != 1 {
		t.Errorf("Iran = %+v; want the shipped record extended with the Phoenix aliases", iran)
	}
	kh := k.ByName("khamenei")
	if len(kh) != 1 || kh[0].Kind != kb.KindPerson {
		t.Fatalf("ByName(khamenei) = %v; want one person", kh)
	}
	roles := k.RolesOf(kh[0].ID)
	if len(roles) != 3 || roles[1].Start.String() != "1981-10-13" || roles[1].End.String() != "1989-08-03" || roles[2].Start.String() != "1989-06-04" || roles[2].Title != "Supreme Leader" {
		t.Errorf("roles = %+v", roles)
	}
	h := k.ByName("hizbullah")
	if len(h) != 1 || h[0].Kind != kb.KindArmedGroup || h[0].CAMEO != "LBNREB" || h[0].Country != "LBN" {
		t.Errorf("Hezbollah = %+v", h)
	}
	if un := k.ByName("un"); len(un) != 1 || un[0].Kind != kb.KindOrganization {
		t.Errorf("UN = %+v", un)
	}
}

func TestPhoenixAgents(t *testing.T) {
	in := "!PERSON! = MAN, MEN, WOMAN\nCATTLE!PERSON! [~AGR]\nPOLICE [~COP] # police\nBROKEN LINE\n"
	recs, err := PhoenixAgents(strings.NewReader(in), "agents.txt", kb.Date{Year: 2014})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs.Agents) != 2 || recs.Agents[0].Name != "cattleman" || len(recs.Agents[0].Aliases) != 2 || recs.Agents[0].CAMEO != "AGR" {
		t.Errorf("agents = %+v", recs.Agents)
	}
	if len(recs.Skipped) != 1 {
		t.Errorf("skipped = %v", recs.Skipped)
	}
	roundTrip(t, recs, testKB(t))
}

func TestCountries(t *testing.T) {
	in := "ISO3166-1-Alpha-3,ISO3166-1-Alpha-2,CLDR display name,Capital,official_name_en\nIRN,IR,Iran,Tehran,Iran (Islamic Republic of)\nFRA,FR,France,Paris,France\n,XX,Nowhere,,\n"
	base := testKB(t)
	recs, err := Countries(strings.NewReader(in), "cc.csv", kb.Date{Year: 2026}, base)
	if err != nil {
		t.Fatal(err)
	}
	k := roundTrip(t, recs, base)
	fr, ok := k.Actor("FRA")
	if !ok || fr.ISO2 != "FR" || fr.Capital != "Paris" {
		t.Errorf("FRA = %+v", fr)
	}
	if ir, _ := k.Actor("IRN"); len(ir.Demonyms) != 1 {
		t.Errorf("IRN lost its shipped demonyms: %+v", ir)
	}
	if len(recs.Skipped) != 1 {
		t.Errorf("skipped = %v", recs.Skipped)
	}
	if _, err := Countries(strings.NewReader("a,b\n1,2\n"), "bad.csv", kb.Date{Year: 2026}, base); err == nil || !strings.Contains(err.Error(), "bad.csv") {
		t.Errorf("Countries(no code column) = %v; want an error naming bad.csv", err)
	}
}

func FuzzPhoenix(f *testing.F) {
	f.Add(phoenixSample)
	f.Add("X_ [ABCGOV <991231]\n+Y\n\t[ABC >20010101]\n")
	f.Add("[\n+\n\t[ 1-2]\n")
	base := testKB(f)
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := Phoenix(strings.NewReader(in), "fuzz.txt", kb.Date{Year: 2014, Month: 1, Day: 1}, base)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := recs.Write(&buf); err != nil {
			t.Fatal(err)
		}
		k := testKB(t)
		if err := kb.Load(&buf, "fuzz.jsonl", k); err != nil {
			t.Fatalf("imported output does not load: %v\ninput %q", err, in)
		}
	})
}

func FuzzPhoenixAgents(f *testing.F) {
	f.Add("!PERSON! = MAN, MEN\nFISHER!PERSON! [~AGR]\n")
	f.Add("!A! = !A!\nX!A! [~Y]\n")
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := PhoenixAgents(strings.NewReader(in), "fuzz.txt", kb.Date{Year: 2014})
		if err != nil {
			return
		}
		var buf bytes.Buffer
		recs.Write(&buf)
		if err := kb.Load(&buf, "fuzz.jsonl", testKB(t)); err != nil {
			t.Fatalf("imported output does not load: %v\ninput %q", err, in)
		}
	})
}

func FuzzCountries(f *testing.F) {
	f.Add("ISO3166-1-Alpha-3,ISO3166-1-Alpha-2,CLDR display name,Capital\nIRN,IR,Iran,Tehran\n")
	f.Add("iso3,name\n\"A\nB\",x\n")
	base := testKB(f)
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := Countries(strings.NewReader(in), "fuzz.csv", kb.Date{Year: 2026}, base)
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.csv") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		var buf bytes.Buffer
		recs.Write(&buf)
		if err := kb.Load(&buf, "fuzz.jsonl", testKB(t)); err != nil {
			t.Fatalf("imported output does not load: %v\ninput %q", err, in)
		}
	})
}

func FuzzWikidataEP(f *testing.F) {
	f.Add("position,person,personID,start,end,gender,DOB,DOD\nPrime Minister,A B,Q1,2001-02-03,,male,1950,\n")
	f.Add("position,person,personID,start,end\nambassador to the United Kingdom,X,Q2,2019,2018\n")
	base := testKB(f)
	f.Fuzz(func(t *testing.T, in string) {
		dir := t.TempDir() + "/iran-ministers"
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(dir+"/html_holders21.csv", []byte(in), 0o644)
		recs, err := WikidataEP(dir, base, base)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		recs.Write(&buf)
		if err := kb.Load(&buf, "fuzz.jsonl", testKB(t)); err != nil {
			t.Fatalf("imported output does not load: %v\ninput %q", err, in)
		}
	})
}
