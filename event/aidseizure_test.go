package event

import (
	"strings"
	"testing"
)

// TestDeliveredAid checks that arms, relief and money handed to another
// state are aid: tanks delivered are military aid (no mobilisation),
// food dropped over a place aids its people, a deposit with a central
// bank is economic aid.
func TestDeliveredAid(t *testing.T) {
	checkWorld(t, []worldCase{
		{"tanks delivered", "2023-01-25", "Germany delivered 18 Leopard battle tanks to Ukraine on Tuesday.", []string{"DEU UKR 072"}, []string{"DEU UKR 190", "UKR DEU 190"}},
		{"tanks sent", "2023-01-25", "Britain sent 14 Challenger tanks to Ukraine.", []string{"GBR UKR 072"}, []string{"GBR UKR 154"}},
		{"food airdropped over", "2024-03-05", "Jordan airdropped medical supplies over southern Gaza on Monday.", []string{"JOR PSE 073"}, nil},
		{"meals airdropped", "2024-03-02", "The United States airdropped 38,000 meals over northern Gaza on Saturday.", []string{"USA PSE 073"}, nil},
		{"food dropped over", "2024-03-05", "Jordanian aircraft dropped food over Gaza on Monday.", []string{"JOR PSE 073"}, nil},
		{"food prices dropped", "2024-03-05", "Egypt dropped food prices over the summer.", nil, []string{"073"}},
		{"money deposited", "2019-02-21", "Saudi Arabia deposited $3 billion with Pakistan's central bank.", []string{"SAU PAK 071"}, nil},
	})
}

// TestSeizedProperty checks that a plant seized in a named city is
// property seized (171), no territory occupied.
func TestSeizedProperty(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a plant in a city", "2017-04-20", "Venezuelan authorities seized a Kellogg plant in the city of Maracay.", []string{"VENGOV VEN 171"}, []string{"VENGOV VEN 192"}},
	})
}

// TestMobilisedPolice checks that police deployed before a rally
// mobilise police power against the rally's organiser, whose "by" is
// no agent of the deployment.
func TestMobilisedPolice(t *testing.T) {
	checkWorld(t, []worldCase{
		{"police deployed ahead of a rally", "2022-12-09", "Bangladeshi police were deployed across Dhaka ahead of a mass rally called by the opposition.",
			[]string{"BGDCOP BGDOPP 153"}, []string{"BGDCOP BGDOPP 113", "BGDOPP BGDCOP 154"}},
	})
}

// TestInternationalClasses checks emergency rule approved by a
// parliament, positions abandoned, a refused release, an accusation of
// aggression and a modified truce.
func TestInternationalClasses(t *testing.T) {
	checkWorld(t, []worldCase{
		{"emergency approved", "2023-10-10", "Ecuador's parliament approved a 60-day state of emergency in the coastal provinces.", []string{"ECULEG ECU 1724"}, nil},
		{"positions abandoned", "2022-11-11", "Russian troops abandoned their positions in Kherson on Friday.", []string{"RUSMIL UKR 0874"}, nil},
		{"appeal to release rejected", "2021-03-17", "A Moscow court rejected an appeal to release jailed opposition leader Alexei Navalny.", []string{"RUSJUD RUSOPP 1243"}, []string{"RUSJUD RUSOPP 120"}},
		{"plea for the release rejected", "2022-06-10", "A Belarusian court rejected a plea for the release of opposition leader Maria Kolesnikova.", []string{"BLRJUD BLROPP 1243"}, []string{"BLRJUD BLROPP 120", "BLRJUD BLROPP 0841"}},
		{"accused of firing into territory", "2019-04-10", "Pakistan accused India of firing artillery shells into its territory.", []string{"PAK IND 1123"}, nil},
		{"accused of launching into airspace", "2024-01-15", "Lebanon accused Israel of launching drones into its airspace.", []string{"LBN ISR 1123"}, nil},
		{"a modified truce agreed", "2023-11-22", "Israel and Hamas agreed to a four-day humanitarian truce on Wednesday.", []string{"ISR PSEREB 0356", "PSEREB ISR 0356"}, []string{"ISR PSEREB 030"}},
	})
}

// TestVisitFrame checks that the visitor of "during a visit by X" is no
// party to the agreement the subjects sign.
func TestVisitFrame(t *testing.T) {
	checkWorld(t, []worldCase{
		{"signed during a visit by", "2020-03-10", "Turkey and Azerbaijan signed a military cooperation agreement during a visit by Turkey's defence minister.",
			[]string{"TUR AZE 057", "AZE TUR 057"}, []string{"AZE TURGOV 057", "TUR TURGOV 057"}},
	})
}

// TestAbandonedPositions checks that positions abandoned by their
// holders are a retreat, and positions called abandoned or vacated are
// none.
func TestAbandonedPositions(t *testing.T) {
	for _, tc := range []struct{ text, date string }{
		{"Ukrainian troops seized abandoned Russian positions near Kherson.", "2022-11-11"},
		{"The group locked out 300 workers and staffed the vacated positions with temporary employees.", "2022-11-11"},
	} {
		for _, g := range worldEvents(t, tc.text, tc.date) {
			if strings.HasSuffix(g, " 0874") {
				t.Errorf("%q: coded %q, want no retreat", tc.text, g)
			}
		}
	}
}

// TestMixedForcesDeployed checks that soldiers deployed with police are
// no police power.
func TestMixedForcesDeployed(t *testing.T) {
	checkWorld(t, []worldCase{
		{"soldiers and police deployed", "2016-05-01", "Today about 100,000 soldiers and police officers are deployed to some of the world's worst trouble spots.", nil, []string{"MIL  153", "COP  153"}},
		{"police deployed before a protest", "2022-12-09", "Police were deployed across Dhaka ahead of a mass rally called by the opposition.", []string{"BGDCOP BGDOPP 153"}, nil},
	})
}

// TestHomeRetreatAndDeposit checks a retreat from a place of the
// retreating side's own state (kept, the place only where), money
// deposited "in" a state's bank, and shelling alleged as aggression.
func TestHomeRetreatAndDeposit(t *testing.T) {
	checkWorld(t, []worldCase{
		{"retreat on home ground", "2024-02-17", "Ukrainian forces abandoned their positions in Avdiivka on Saturday.", []string{"UKRMIL  0874"}, nil},
		{"deposited in a central bank", "2018-08-20", "Qatar deposited $2 billion in Turkey's central bank.", []string{"QAT TUR 071"}, nil},
		{"accused of shelling its territory", "2020-09-30", "Armenia accused Azerbaijan of shelling its territory.", []string{"ARM AZE 1123"}, nil},
	})
}

// TestDeployedBeforeRally checks an active deployment of police before
// a rally: against the rally's organiser, not the police deployed.
func TestDeployedBeforeRally(t *testing.T) {
	checkWorld(t, []worldCase{
		{"deployed riot police ahead of a rally", "2022-12-09", "Bangladesh deployed riot police across Dhaka ahead of a mass rally called by the opposition.", []string{"BGD BGDOPP 153"}, nil},
	})
}
