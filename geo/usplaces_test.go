package geo

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestCuedUSState: a town named like a person or a word (cued.tsv) is
// taken before a comma and a US state, in a dateline too, and then only
// its US namesake; the name alone, or before a state with no US
// namesake, stays a name.
func TestCuedUSState(t *testing.T) {
	for _, tc := range []struct{ text, mention, want string }{
		{"COLUMBUS, Ohio - Flooding closed roads on Tuesday.", "COLUMBUS", "Columbus/USA,Ohio/USA"},
		{"The weather service office in Jackson, Miss., issued warnings.", "Jackson", "Jackson/USA"},
		{"A man from Mobile, Ala., won the lottery.", "Mobile", "Mobile/USA"},
		{"Columbus sailed west with three ships.", "Columbus", ""},
		{"Jackson, 45, was arrested on Friday.", "Jackson", ""},
		{"Rosario, Texas, is a small town.", "Rosario", "Texas/USA"},
	} {
		i := strings.Index(tc.text, tc.mention)
		ms := []doc.Mention{{Span: doc.Span{Start: i, End: i + len(tc.mention)}, Type: doc.TypePerson, Entity: -1}}
		if got := names(run(t, tc.text, ms)); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestGivenNameBeforeInitial: a place name before a middle initial and
// a capitalised word is a person's given name ("Virginia L. Lane").
func TestGivenNameBeforeInitial(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The driver, Virginia L. Lane, 77, was hurt in Roanoke.", "Roanoke/USA"},
		{"Lawmakers in Virginia approved the bill.", "Virginia/USA"},
		{"Offices in Washington D. C. closed early.", "Washington/USA"},
	} {
		if got := names(run(t, tc.text, nil)); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestNameBeforeTail: a place name before "Tech" (a university) or "St."
// (a street) is part of that name, no place.
func TestNameBeforeTail(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Georgia Tech beat Virginia Tech in Atlanta.", "Atlanta/USA"},
		{"She lives at 420 Augusta St. in Tulsa.", "Tulsa/USA"},
	} {
		if got := names(run(t, tc.text, nil)); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestNamesakesAcrossCountries: a city name of several countries is the
// one in the country the article's other places name, else the most
// populous.
func TestNamesakesAcrossCountries(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Floods closed roads in Karachi and Hyderabad.", "Karachi/PAK,Hyderabad/PAK"},
		{"Talks were held in Bunbury and Perth.", "Bunbury/AUS,Perth/AUS"},
		{"Crews from Norfolk and Virginia Beach helped.", "Norfolk/USA,Virginia Beach/USA"},
		{"Bushfires burned near Perth and Bunbury.", "Perth/AUS,Bunbury/AUS"},
		{"Police in Hyderabad searched shops in Warangal.", "Hyderabad/IND,Warangal/IND"},
		{"Councillors in Leeds and Wakefield objected.", "Leeds/GBR,Wakefield/GBR"},
	} {
		if got := names(run(t, tc.text, nil)); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestCityNamedAfterState: "Iowa City", "Missouri City" (in Texas) are
// towns, not the states inside their names.
func TestCityNamedAfterState(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Flooding hit Iowa City and Missouri City overnight.", "Iowa City/USA,Missouri City/USA"},
		{"Casinos in Atlantic City reopened.", "Atlantic City/USA"},
	} {
		d := run(t, tc.text, nil)
		var got []string
		for _, p := range d.Places {
			got = append(got, fmt.Sprintf("%s/%s@%.0f,%.0f", p.Name, p.Country, p.Lat, p.Lon))
		}
		if g := names(d); g != tc.want {
			t.Errorf("%q: places = %q (%v); want %q", tc.text, g, got, tc.want)
		}
	}
}
