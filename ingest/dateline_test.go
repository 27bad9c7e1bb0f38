package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

var datelineTests = []struct {
	in   string
	want string // YYYY-MM-DD, "" for none
	span string // the text the span covers
}{
	{"BEIJING, March 10, 2023 - China said on Friday.", "2023-03-10", "March 10, 2023"},
	{"Aug 1, 2024 (Reuters) - Russia and the West swapped prisoners.", "2024-08-01", "Aug 1, 2024"},
	{"SHARM EL-SHEIKH, Egypt, Sept 14, 2021 - Leaders met.", "2021-09-14", "Sept 14, 2021"},
	{"SHARM EL-SHEIKH, Egypt, Nov. 7, 2022 — Leaders met.", "2022-11-07", "Nov. 7, 2022"},
	{"NEW DELHI, 9 September 2023 – The African Union joined.", "2023-09-09", "9 September 2023"},
	{"BRUSSELS/LONDON, Oct 17, 2019 (Reuters) - Johnson struck a deal.", "2019-10-17", "Oct 17, 2019"},
	{"Title\n\nBAKU, 23 April 2023\n\nThe ministry said on Sunday that the attack was repelled.", "2023-04-23", "23 April 2023"},
	{"T\n\nWASHINGTON (Reuters) - The United States on Friday imposed new sanctions.\n\nPublished January 10, 2025\n", "2025-01-10", "January 10, 2025"},
	{"T\n\nGENEVA — UNHCR said on Tuesday that 600,000 people had fled.\n\nPublished 2024-02-13\n", "2024-02-13", "2024-02-13"},
	{"Title\n\nNairobi, 9 August 2022 (Translated from Russian)\n\nThe ministry spoke.", "2022-08-09", "9 August 2022"},
	{"Title\n\nUpdated Friday, November 8, 2013\n\nThe storm hit on Friday.", "2013-11-08", "November 8, 2013"},
	{"Title\n\nBELGRADE — Updated 14:20 GMT, 26 Sept 2023\n\nThe ministry said it was calm.", "2023-09-26", "26 Sept 2023"},
	{"NEW DELHI/ISLAMABAD, May 7, 2025 (Reuters) - India struck.", "2025-05-07", "May 7, 2025"},
	{"PRETORIA, Nov 2, 2022 -- Ethiopia agreed.", "2022-11-02", "Nov 2, 2022"},
	{"LONDON, 3 May 2022 (AFP) – Talks.", "2022-05-03", "3 May 2022"},
	{"GENEVA, Tuesday, March 3, 2020 (AP) — Talks.", "2020-03-03", "Tuesday, March 3, 2020"},
	{"BEIJING, March 10, 2023 /Xinhua/ -- Talks.", "2023-03-10", "March 10, 2023"},
	{"WASHINGTON, D.C., Jan. 6, 2021 - Congress met.", "2021-01-06", "Jan. 6, 2021"},
	{"Kyiv, Ukraine, Feb. 24, 2022 — Russia invaded.", "2022-02-24", "Feb. 24, 2022"},
	{"N'DJAMENA, Chad, April 21, 2021: The president died.", "2021-04-21", "April 21, 2021"},
	{"MOSCOW, 2023-06-24 - Mutiny.", "2023-06-24", "2023-06-24"},
	{"Thursday, February 28, 2019\n\nHANOI (AP) — The summit ended.", "2019-02-28", "Thursday, February 28, 2019"},
	{"By Jane Doe\nPublished March 3, 2022 10:00 GMT\n\nWASHINGTON (AP) — Talks.", "2022-03-03", "March 3, 2022"},
	{"March 3, 2022\n\nThe president spoke on Tuesday.", "2022-03-03", "March 3, 2022"},
	{"Published: 10:32 AM, Mar 5, 2024\n\nKABUL, Afghanistan (AP) — The Taliban said.", "2024-03-05", "Mar 5, 2024"},
	{"Updated 14:05 GMT, 3 March 2022\n\nText.", "2022-03-03", "3 March 2022"},
	{"2024-03-05T10:32:00Z\nJERUSALEM (AP) — Text.", "2024-03-05", "2024-03-05"},
	{"Jerusalem, 12 June 2021 (AFP) — Text.", "2021-06-12", "12 June 2021"},
	{"BEIJING, MARCH 10TH, 2023 - Text.", "2023-03-10", "MARCH 10TH, 2023"},
	{"NAIROBI, Kenya (AP) — March 3, 2025\n\nKenya's president spoke.", "2025-03-03", "March 3, 2025"},
	{"WASHINGTON (AP) — Monday, March 3, 2025 — The Senate voted.", "2025-03-03", "Monday, March 3, 2025"},
	{"Sun 20 Mar 2011 02.15 GMT\n\nPARIS — French jets struck tanks.", "2011-03-20", "Sun 20 Mar 2011"},
	{"20/03/2011\n\nPARIS — French jets struck tanks.", "2011-03-20", "20/03/2011"},
	{"03/20/2011\n\nPARIS — French jets struck tanks.", "2011-03-20", "03/20/2011"},
	{"PARIS, 20.03.2011 - French jets struck tanks.", "2011-03-20", "20.03.2011"},
	// Agencies set off by full stops (TASS, EFE); a date in parentheses
	// after the place (Al Jazeera).
	{"MOSCOW, April 20, 2024. /TASS/. Russia's position remains unchanged.", "2024-04-20", "April 20, 2024"},
	{"CARTAGENA, Colombia, Sep 26, 2016 (EFE).- Santos signed the peace agreement.", "2016-09-26", "Sep 26, 2016"},
	{"DOHA, Qatar (June 10, 2017) -- Qatar's foreign minister spoke.", "2017-06-10", "June 10, 2017"},
	{"Doha, Qatar (10 June 2017)\n\nQatar's foreign minister spoke.", "2017-06-10", "10 June 2017"},
	// Without a date.
	{"MOSCOW, April 20. /TASS/. No year here.", "", ""},
	{"MOSCOW, April 20, 2024. Officials met in the capital to talk about the year ahead and more.", "", ""},
	{"DOHA, Qatar (June 10, 2017 was a hot day) -- Text.", "", ""},
	{"03/04/2011\n\nPARIS — Day and month cannot be told apart.", "", ""},
	{"20/03/20111\n\nPARIS — Not a year.", "", ""},
	{"Sun 20 Mar 2011 02.15 GMT. Then a sentence.\n\nPARIS — Text.", "", ""},
	{"WASHINGTON (AP) — March 3, 2025 was the day the Senate voted.", "", ""},
	{"DUBAI, United Arab Emirates (AP) — Iran said.", "", ""},
	{"TEHRAN, Iran, Jan. 3 (Reuters) - No year.", "", ""},
	{"(Reuters) - Iran said on Friday.", "", ""},
	{"WASHINGTON (AP) — The Senate voted.", "", ""},
	// a visible "Updated: …, 4:35 p.m. ET" line; dotted
	// day-first dates
	{"Updated: Dec. 16, 2021, 4:35 p.m. ET\n\nISTANBUL — Turkey's central bank cut its key interest rate on Thursday.", "2021-12-16", "Dec. 16, 2021"},
	{"Dec. 16, 2021, 4:35 p.m. ET\n\nISTANBUL — Turkey's central bank cut its key interest rate on Thursday.", "2021-12-16", "Dec. 16, 2021"},
	{"Published 11.04.2019\n\nThe army took control of the capital on Thursday.", "2019-04-11", "11.04.2019"},
	{"11.04.2019\n\nThe army took control of the capital on Thursday.", "2019-04-11", "11.04.2019"},
	{"Published 04/11/2019\n\nThe army took control of the capital on Thursday.", "", ""},
	{"BEIJING, March 10 (Reuters) - No year here.", "", ""},
	{"In a move that has reverberated through diplomatic circles, talks on March 10, 2023 ended.", "", ""},
	{"The talks, held in Geneva, March 10, 2023 - were long.", "", ""},
	{"BEIJING, February 30, 2023 - Not a day.", "", ""},
	{"PARIS, March 10, 1850 - Too old.", "", ""},
	{"", "", ""},
	{"Sunday", "", ""},
	{"The ceasefire held on March 3, 2022, officials said, and talks went on for many hours in a long meeting. WASHINGTON (AP) — ", "", ""},
}

func TestParseDateline(t *testing.T) {
	for _, tt := range datelineTests {
		got, span, ok := ParseDateline(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("ParseDateline(%q) = %v, %q; want none", tt.in, got.Format("2006-01-02"), tt.in[span.Start:span.End])
			}
			continue
		}
		if !ok || got.Format("2006-01-02") != tt.want || got.Location() != time.UTC {
			t.Errorf("ParseDateline(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
			continue
		}
		if s := tt.in[span.Start:span.End]; s != tt.span {
			t.Errorf("ParseDateline(%q) span covers %q; want %q", tt.in, s, tt.span)
		}
	}
}

func TestDatelineStage(t *testing.T) {
	flag := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	meta := time.Date(2021, 5, 6, 0, 0, 0, 0, time.UTC)
	text := "BEIJING, March 10, 2023 - China said."
	tests := []struct {
		name     string
		date     time.Time
		source   string
		text     string
		wantDate string
		wantSrc  string
	}{
		{"flag wins", flag, doc.DateFromFlag, text, "2020-01-02", doc.DateFromFlag},
		{"metadata wins over dateline", meta, doc.DateFromMetadata, text, "2021-05-06", doc.DateFromMetadata},
		{"feed wins over dateline", meta, doc.DateFromFeed, text, "2021-05-06", doc.DateFromFeed},
		{"dateline", time.Time{}, "", text, "2023-03-10", doc.DateFromDateline},
		{"none", time.Time{}, "", "No date here.", "", doc.DateFromNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Doc{Text: tt.text, Date: tt.date, DateSource: tt.source}
			d.Fill(doc.LayerText)
			if err := (DatelineStage{}).Process(d); err != nil {
				t.Fatal(err)
			}
			got := ""
			if d.HasDate() {
				got = d.Date.Format("2006-01-02")
			}
			if got != tt.wantDate || d.DateSource != tt.wantSrc || !d.Has(doc.LayerDate) {
				t.Errorf("date %q from %q (filled %v); want %q from %q", got, d.DateSource, d.Has(doc.LayerDate), tt.wantDate, tt.wantSrc)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-10-01":                      "2024-10-01",
		"2024-10-01T23:30:00+09:00":       "2024-10-01",
		"Tue, 01 Oct 2024 09:40:00 +0900": "2024-10-01",
		"March 3, 2022":                   "2022-03-03",
		"3 March 2022":                    "2022-03-03",
		"Sept. 14, 2021":                  "2021-09-14",
		"yesterday":                       "",
		"2024-13-01":                      "",
		"20/03/2011":                      "2011-03-20",
		"03/04/2011":                      "",
		"11.04.2019":                      "2019-04-11",
		"3.20.2011":                       "2011-03-20",
		"11-04-2019":                      "",
		"13/13/2011":                      "",
		"0001-01-01T00:00:00Z":            "",
	} {
		got, ok := parseDate(in)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != want {
			t.Errorf("parseDate(%q) = %q; want %q", in, s, want)
		}
	}
}

func FuzzParseDateline(f *testing.F) {
	for _, tt := range datelineTests {
		f.Add(tt.in)
	}
	f.Add("GENEVA, Tuesday,")
	f.Add("X, 12")
	f.Add("É, 1 Mai 2020 -")
	f.Fuzz(func(t *testing.T, s string) {
		d, span, ok := ParseDateline(s)
		if !ok {
			return
		}
		if span.Start < 0 || span.End > len(s) || span.Start >= span.End {
			t.Fatalf("ParseDateline(%q) span %v out of range", s, span)
		}
		again, _, ok2 := parseDateAt(s, span.Start)
		if !ok2 || !again.Equal(d) {
			t.Fatalf("ParseDateline(%q) = %v at %v, but the span parses as %v, %v", s, d, span, again, ok2)
		}
		if d.Year() < 1900 || d.Year() > 2100 || d.Location() != time.UTC || d.Hour() != 0 {
			t.Fatalf("ParseDateline(%q) = %v; want a UTC day in 1900..2100", s, d)
		}
	})
}

// TestPublishedFooter checks that a dateline naming only the place takes
// its date from a "Published …" line at the foot of a long article, and
// that a date inside the body is no such line.
func TestPublishedFooter(t *testing.T) {
	body := strings.Repeat("The talks went on for hours and ended without a deal. ", 120)
	for _, tc := range []struct{ text, want string }{
		{"WASHINGTON (AP) — " + body + "\n\nPublished March 3, 2022 10:00 GMT\n", "2022-03-03"},
		{"WASHINGTON (AP) — " + body + "\n\nThe deal was updated on March 3, 2022 after the talks.\n", ""},
	} {
		got, _, ok := ParseDateline(tc.text)
		if s := got.Format("2006-01-02"); ok != (tc.want != "") || ok && s != tc.want {
			t.Errorf("ParseDateline(…%q) = %s, %v; want %q", tc.text[len(tc.text)-60:], s, ok, tc.want)
		}
	}
}

// TestDatelineStageURL checks the order of the date sources: metadata,
// then a dateline, then the URL, then the file's name.
func TestDatelineStageURL(t *testing.T) {
	const u = "https://example.com/world/2023/08/30/gabon-coup"
	const f = "gabon/afp_2023-08-29_coup.txt"
	for _, tc := range []struct {
		text, url, source, want, from string
	}{
		{"LIBREVILLE — Army officers said on Wednesday they had seized power.", u, f, "2023-08-30", DateFromURL},
		{"LIBREVILLE, Aug 31, 2023 (Reuters) — Army officers said they had seized power.", u, f, "2023-08-31", doc.DateFromDateline},
		{"LIBREVILLE — Army officers said on Wednesday they had seized power.", "", f, "2023-08-29", DateFromFileName},
		{"Army officers said on Wednesday they had seized power.", "", "gabon/coup.txt", "", doc.DateFromNone},
	} {
		d := &doc.Doc{Text: tc.text, URL: tc.url, Source: tc.source}
		d.Fill(doc.LayerText)
		if err := (DatelineStage{}).Process(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		if d.HasDate() {
			got = d.Date.Format("2006-01-02")
		}
		if got != tc.want || d.DateSource != tc.from {
			t.Errorf("%q with URL %q, file %q: date %q from %q; want %q from %q", tc.text, tc.url, tc.source, got, d.DateSource, tc.want, tc.from)
		}
	}
}
