package mention

import "testing"

// Tests of epithets and subdivisions named after a country.

// TestEpithets checks that "<Name> the <Epithet>" is one person and
// that an epithet word opening a longer name or after a weekday makes
// none.
func TestEpithets(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Macedonia was the homeland of Alexander the Great.", []string{"Alexander the Great/person//name"}, []string{"Alexander/person"}},
		{"Catherine the Great ruled Russia for decades.", []string{"Catherine the Great/person//name"}, nil},
		{"The scholar quoted Pliny the Elder at length.", []string{"Pliny the Elder/person//name"}, []string{"Elder/organization"}},
		{"On Sunday the Great Hall was closed.", nil, []string{"Sunday the Great"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-06-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSubdivisions checks that a country's name after "province
// of", "region of" is the subdivision, an unlinked place, and that the
// country elsewhere stays linked.
func TestSubdivisions(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Athens claims its northern province of Macedonia.", []string{"Macedonia/place//name"}, []string{"Macedonia/country"}},
		{"Fires burned in the region of Macedonia in northern Greece.", []string{"Macedonia/place//name"}, []string{"Macedonia/country"}},
		{"The Republic of Macedonia applied to join NATO.", nil, []string{"Macedonia/place"}},
		{"Georgian forces tried to retake the breakaway region of South Ossetia.", []string{"South Ossetia/country/XSO/alias"}, []string{"South Ossetia/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-06-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestYugoslavia: the Federal Republic of Yugoslavia and Serbia and
// Montenegro are Serbia, their continuing state (the KB files the federal
// presidency under SRB); "the former Yugoslavia" is the region, the
// tribunal named after it an organisation, and Macedonia's old formal
// name is North Macedonia.
func TestYugoslavia(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Yugoslavia expelled two Western journalists on Tuesday.", []string{"Yugoslavia/country/SRB/alias"}, nil},
		{"Yugoslav troops shelled the village.", []string{"Yugoslav/country/SRB/demonym"}, nil},
		{"Serbia and Montenegro joined the Council of Europe.", []string{"Serbia and Montenegro/country/SRB/alias"}, []string{"Montenegro/country"}},
		{"Refugees from the former Yugoslavia arrived in Vienna.", []string{"former Yugoslavia/place/place.former-yugoslavia/alias"}, []string{"Yugoslavia/country"}},
		{"The war crimes tribunal for the former Yugoslavia indicted him.", []string{"war crimes tribunal for the former Yugoslavia/organization/org.icty/alias"}, []string{"Yugoslavia/country"}},
		{"The former Yugoslav republic of Macedonia protested.", []string{"former Yugoslav republic of Macedonia/country/MKD/alias"}, []string{"Yugoslav/country"}},
		// the Soviet Union, Czechoslovakia and East Germany by name; the
		// demonyms name no actor ("Soviet-era rockets", "the former
		// Soviet republic of Georgia")
		{"The Soviet Union and Czechoslovakia backed East Germany; the USSR sent troops.", []string{"Soviet Union/country/SUN/alias", "Czechoslovakia/country/CSK/alias", "East Germany/country/DDR/alias", "USSR/country/SUN/alias"}, nil},
		{"The former Soviet republic of Georgia condemned the strikes with Soviet-era rockets.", []string{"Georgia/country/GEO/alias"}, []string{"Soviet/country"}},
		{"West Germany joined NATO.", []string{"West Germany/country/DEU/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2001-06-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
