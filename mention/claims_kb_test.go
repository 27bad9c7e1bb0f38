package mention

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// TestShippedKBClaims checks role claims that depend on the shipped KB's
// offices and people.
func TestShippedKBClaims(t *testing.T) {
	s := shippedStage(t)
	for _, tc := range []struct {
		name, text, date string
		want             []string // "title|person|office id|person kb id"
		absent           []string // person texts that must have no claim
	}{
		{"alternate prime minister", "Israeli Alternate Prime Minister Benny Gantz spoke.", "",
			[]string{"Alternate Prime Minister|Benny Gantz|ISR.alternate_prime_minister|person.benny-gantz"}, nil},
		{"office alias with its owner", "European Council President Herman Van Rompuy spoke.", "",
			[]string{"President|Herman Van Rompuy|EU.council_president|person.herman-van-rompuy"}, nil},
		{"a state's adjective naming a federal office", "Yugoslav Prime Minister Momir Bulatovic and Yugoslav President Vojislav Kostunica met Serbian President Milan Milutinovic.", "2000-10-10",
			[]string{"Prime Minister|Momir Bulatovic|SRB.head_of_government|person.momir-bulatovic",
				"President|Vojislav Kostunica|SRB.head_of_state|person.vojislav-kostunica",
				"President|Milan Milutinovic|SRB.president|person.milan-milutinovic"}, nil},
		{"owner's title from the KB's aliases", "IMF Managing Director Christine Lagarde and European Union foreign policy chief Josep Borrell met.", "",
			[]string{"Managing Director|Christine Lagarde|IMF.director_general|person.christine-lagarde",
				"foreign policy chief|Josep Borrell|EU.high_representative|person.josep-borrell"}, nil},
		{"a company's managing director is no IMF post", "Acme managing director John Smith spoke.", "", nil, []string{"John Smith"}},
		{"title inside a KB name", "Saudi King Salman met Jordan's King Abdullah.", "",
			[]string{"King|King Salman|SAU.monarch|person.salman-of-saudi-arabia", "King|King Abdullah|JOR.monarch|person.abdullah-ii-of-jordan"}, nil},
		{"a queen consort holds no office", "Queen Camilla waved.", "", nil, []string{"Queen Camilla", "Camilla"}},
		{"PM in capitals", "Pakistani PM Nawaz Sharif spoke at 3 pm.", "",
			[]string{"PM|Nawaz Sharif|PAK.prime_minister|person.nawaz-sharif"}, nil},
		{"an organisation's president after the name", "Michael Mulgrew, president of the United Federation of Teachers, spoke.", "", nil, []string{"Michael Mulgrew"}},
		{"a state's bank chief is no head of state", "US bank chief Ben Bernanke spoke.", "",
			nil, []string{"Ben Bernanke"}},
		{"a state's qualified chief heads a field, not the state", "Russia's space chief Dmitry Rogozin and Iran's judiciary chief Sadeq Larijani spoke.", "2015-07-14",
			nil, []string{"Dmitry Rogozin", "Sadeq Larijani"}},
		{"a state's qualified head heads a field, not the state", "Pakistan's spy head Ahmed Shuja Pasha spoke.", "2010-07-14",
			nil, []string{"Ahmed Shuja Pasha"}},
		{"a state's qualified leader may still be its leader", "North Korea's young leader Kim Jong Un spoke.", "2015-07-14",
			[]string{"leader|Kim Jong Un|PRK.supreme_leader|person.kim-jong-un"}, nil},
		{"a qualified chief of a body heads a department of it", "U.N. human rights chief Volker Turk and U.N. peacekeeping chief Jean-Pierre Lacroix spoke.", "2025-01-28",
			nil, []string{"Volker Turk", "Jean-Pierre Lacroix"}},
		{"a body's chief unqualified is its head", "U.N. chief Antonio Guterres spoke.", "2025-01-28",
			[]string{"chief|Antonio Guterres|UN.secretary_general|person.antonio-guterres"}, nil},
		{"another spelling of a holder's given name", "Yemeni Prime Minister Mohamed Basindawa and Iraqi President Ghazi al-Yawir spoke.", "2004-12-01",
			[]string{"Prime Minister|Mohamed Basindawa|YEM.prime_minister|", "President|Ghazi al-Yawir|IRQ.president|"}, nil},
		{"another spelling of a holder's given name, on the date", "Yemeni Prime Minister Mohamed Basindawa spoke.", "2012-05-01",
			[]string{"Prime Minister|Mohamed Basindawa|YEM.prime_minister|person.mohammed-basindawa"}, nil},
		{"a given name of another letter is a namesake", "Yemeni Prime Minister Ahmed Basindawa spoke.", "2012-05-01",
			[]string{"Prime Minister|Ahmed Basindawa|YEM.prime_minister|"}, nil},
		{"a surname after a title links only to a holder", "Hillary Clinton spoke. President Clinton signed it.", "",
			[]string{"President|Clinton|USA.president|person.bill-clinton"}, nil},
		{"an armed group's commander holds no post of its state", "RSF commander Mohamed Hamdan Dagalo spoke.", "2023-05-20",
			[]string{"commander|Mohamed Hamdan Dagalo|group.rsf.leader|person.mohamed-hamdan-dagalo"}, nil},
		{"the holder on the article date", "President Bush met Gorbachev in Washington.", "1990-05-01",
			[]string{"President|Bush|USA.president|person.george-h-w-bush"}, nil}, // not George W. Bush, who held no office in 1990
		{"no holder on the article date", "President Bush met Gorbachev in Washington.", "1997-05-01",
			[]string{"President|Bush||"}, nil}, // unlinked: neither Bush held the office in 1997
		{"a sitting leader's minister", "Aliyev's foreign minister, Jeyhun Bayramov, met Netanyahu's defence minister Yoav Gallant.", "2023-03-03",
			[]string{"foreign minister|Jeyhun Bayramov|AZE.foreign_minister|person.jeyhun-bayramov", "defence minister|Yoav Gallant|ISR.defence_minister|person.yoav-gallant"}, nil},
		{"a former leader's minister claims no post at the date", "Obama's defense secretary, Chuck Hagel, spoke.", "2020-03-03", nil, []string{"Chuck Hagel"}},
		{"a leader's own office after a possessive is no post", "Putin's spokesman Dmitry Peskov and Biden's lawyer Bob Bauer spoke.", "2023-03-03", nil, []string{"Dmitry Peskov", "Bob Bauer"}},
		{"an undated leader's possessive claims nothing", "Aliyev's foreign minister, Jeyhun Bayramov, spoke.", "", nil, []string{"Jeyhun Bayramov"}},
		{"a central bank's head named with the bank", "Bank of England Governor Mark Carney met RBI Governor Shaktikanta Das and the Governor of the Bank of Japan Haruhiko Kuroda.", "2019-03-05",
			[]string{"Governor|Mark Carney|GBR.central_bank_governor|person.mark-carney",
				"Governor|Shaktikanta Das|IND.central_bank_governor|person.shaktikanta-das",
				"Governor of the Bank of Japan|Haruhiko Kuroda|JPN.central_bank_governor|person.haruhiko-kuroda"}, nil},
		{"a central bank governor with the state written", "India's central bank governor Raghuram Rajan spoke.", "2014-03-05",
			[]string{"central bank governor|Raghuram Rajan|IND.central_bank_governor|person.raghuram-rajan"}, nil},
		{"a bare or a region's governor is no central bank's", "Texas Governor Greg Abbott and Governor Andrew Cuomo spoke. Nigerian governor Nyesom Wike spoke.", "2019-03-05",
			nil, []string{"Greg Abbott", "Andrew Cuomo", "Nyesom Wike"}},
		{"a bank's governor the KB does not name so", "Central Bank of Nigeria Governor Godwin Emefiele spoke.", "2019-03-05", nil, []string{"Godwin Emefiele"}},
		{"a state body's chief is no head of its state", "PBOC chief Yi Gang and Bank of Japan chief Haruhiko Kuroda spoke.", "2018-03-05",
			[]string{"chief|Yi Gang|org.peoples-bank-of-china.leader|", "chief|Haruhiko Kuroda|JPN.central_bank_governor|person.haruhiko-kuroda"}, nil},
		{"the government's chief is its state's", "Kremlin chief Vladimir Putin spoke.", "2018-03-05",
			[]string{"chief|Vladimir Putin|RUS.president|person.vladimir-putin"}, nil},
		{"a central bank governor where the KB files none", "Nigeria's central bank governor Godwin Emefiele was suspended.", "2023-06-09", nil, []string{"Godwin Emefiele"}},
		{"a central bank governor the KB files", "Turkey's central bank governor Murat Uysal was fired. Bank of Russia Governor Elvira Nabiullina spoke.", "2020-11-07",
			[]string{"central bank governor|Murat Uysal|TUR.central_bank_governor|person.murat-uysal",
				"Governor|Elvira Nabiullina|RUS.central_bank_governor|person.elvira-nabiullina"}, nil},
		{"chief justice, the state from the title or the context", "Chief Justice John Roberts presided. Kenyan Chief Justice David Maraga ruled.", "2019-03-05",
			[]string{"Chief Justice|John Roberts|USA.chief_justice|person.john-roberts",
				"Chief Justice|David Maraga|KEN.chief_justice|person.david-maraga"}, nil},
		{"an armed force's chief by the KB office's alias or name", "IDF Chief of Staff Herzi Halevi met Joint Chiefs Chairman Mark Milley.", "2023-03-05",
			[]string{"IDF Chief of Staff|Herzi Halevi|org.idf.leader|person.herzi-halevi",
				"Joint Chiefs Chairman|Mark Milley|org.us-armed-forces.leader|person.mark-milley"}, nil},
		{"the office's full name with a rank before the name", "Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke.", "2021-03-05",
			[]string{"Chairman of the Joint Chiefs of Staff|Mark Milley|org.us-armed-forces.leader|person.mark-milley"}, nil},
		{"a state's possessive before its armed force's post", "Pakistan's army chief General Asim Munir met Russia's chief of the general staff Valery Gerasimov.", "2023-05-05",
			[]string{"Pakistan's army chief|Asim Munir|org.pakistan-army.leader|person.asim-munir",
				"Russia's chief of the general staff|Valery Gerasimov|org.russian-armed-forces.leader|person.valery-gerasimov"}, nil},
		{"a state's military chief is its armed force's, not its head of state", "Israel's military chief Lt. Gen. Aviv Kochavi spoke.", "2021-11-14",
			[]string{"Israel's military chief|Aviv Kochavi|org.idf.leader|person.aviv-kochavi"}, nil},
		{"a state office's title another state's alias gives", "Myanmar's commander-in-chief Senior General Min Aung Hlaing met Ukraine's commander-in-chief General Valerii Zaluzhnyi.", "2023-05-05",
			[]string{"Myanmar's commander-in-chief|Min Aung Hlaing|MMR.commander_in_chief|person.min-aung-hlaing",
				"Ukraine's commander-in-chief|Valerii Zaluzhnyi|org.ukraine-armed-forces.leader|person.valerii-zaluzhnyi"}, nil},
		{"a state's military chief with no force the KB names is no head of state", "Nigeria's military chief Lucky Irabor spoke. Sudan's military leader Abdel Fattah al-Burhan spoke.", "2023-05-05",
			[]string{"leader|Abdel Fattah al-Burhan|SDN.head_of_state|person.abdel-fattah-al-burhan"}, []string{"Lucky Irabor"}},
		{"a state's name and a force's alias before chief", "Pakistan's military chief Pervez Musharraf met Israel's army chief Gadi Eisenkot.", "2017-05-05",
			[]string{"Pakistan's military chief|Pervez Musharraf|org.pakistan-army.leader|person.pervez-musharraf",
				"Israel's army chief|Gadi Eisenkot|org.idf.leader|person.gadi-eisenkot"}, nil},
		{"an alias with its state's possessive", "Russia's top general Valery Gerasimov spoke.", "2023-05-05",
			[]string{"Russia's top general|Valery Gerasimov|org.russian-armed-forces.leader|person.valery-gerasimov"}, nil},
		{"a deputy of an armed force's chief holds another post", "Deputy IDF Chief of Staff Eyal Zamir spoke.", "2019-06-04", nil, []string{"Eyal Zamir"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &doc.Doc{Text: tc.text}
			if tc.date != "" {
				d.Date, _ = time.Parse("2006-01-02", tc.date)
				d.Fill(doc.LayerDate)
			}
			d.Fill(doc.LayerText)
			if err := segment.New().Process(d); err != nil {
				t.Fatalf("segment: %v", err)
			}
			if err := s.Process(d); err != nil {
				t.Fatalf("mentions: %v", err)
			}
			var got []string
			for _, c := range d.RoleClaims {
				kbid := ""
				if c.Mention >= 0 {
					kbid = d.Mentions[c.Mention].KBID
				}
				got = append(got, c.Title+"|"+c.Person+"|"+c.OfficeID+"|"+kbid)
				for _, a := range tc.absent {
					if c.Person == a {
						t.Errorf("%q: unwanted claim %+v", tc.text, c)
					}
				}
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("%q: missing claim %s; got %v", tc.text, w, got)
				}
			}
		})
	}
}

// TestOrgShortForm checks that a KB organisation's short alias after a
// longer organisation whose name ends with it is that organisation.
func TestOrgShortForm(t *testing.T) {
	s := shippedStage(t)
	for _, tc := range []struct{ text, alias, want string }{
		{"The American Red Cross opened a shelter. The Red Cross said 40 people stayed.", "Red Cross", "org.american-red-cross"},
		{"The Red Cross said 40 people stayed.", "Red Cross", "org.icrc"},
		// other bodies between them; the full name only after the alias
		{"The American Red Cross opened a shelter. The Security Council met. The Red Cross said 40 people stayed.", "Red Cross", "org.american-red-cross"},
		{"The Red Cross said 40 people stayed. The American Red Cross opened a shelter.", "Red Cross", "org.icrc"},
	} {
		got := linkOf(t, s, tc.text, tc.alias)
		if got != tc.want {
			t.Errorf("%q: %q links %s; want %s", tc.text, tc.alias, got, tc.want)
		}
	}
}

// TestShippedRegionalBodies checks that regional bodies the shipped KB
// holds link by their full names, capitalised function words inside
// them included ("of Our America").
func TestShippedRegionalBodies(t *testing.T) {
	s := shippedStage(t)
	for _, tc := range []struct{ text, name, want string }{
		{"Bolivia said it would leave the Bolivarian Alliance for the Peoples of Our America.", "Bolivarian Alliance for the Peoples of Our America", "org.alba"},
		{"Venezuela hosted a summit of the Bolivarian Alliance for the Americas.", "Bolivarian Alliance for the Americas", "org.alba"},
	} {
		got := linkOf(t, s, tc.text, tc.name)
		if got != tc.want {
			t.Errorf("%q: %q linked to %s; want %s", tc.text, tc.name, got, tc.want)
		}
	}
}

// linkOf segments text, runs the mention stage on it and returns the KB id
// of the last mention written exactly as name ("none" if there is none).
func linkOf(t *testing.T, s *Stage, text, name string) string {
	t.Helper()
	got := "none"
	for _, m := range segmented(t, s, text).Mentions {
		if m.Text == name {
			got = m.KBID
		}
	}
	return got
}
