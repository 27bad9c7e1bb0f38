// Package export writes a store's contents in the formats other tools
// read: GDELT 2.0 event and mention tables (tab-separated, the columns of
// the GDELT 2.0 codebook, in order), JSON Lines of v1 analyses, CSV of
// events, and schema.org ClaimReview JSON-LD of contradicted findings.
//
// Row builders (GDELTEventRow, GDELTMentionRow, ClaimReviewOf) are pure
// functions of store records; the writers (GDELTEvents, GDELTMentions,
// EventsCSV, JSONL, ClaimReviews) read a store.Store and stream rows.
package export

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/store"
)

// EventColumns are the 61 columns of a GDELT 2.0 event record, in file
// order. GDELT files carry no header row; --header adds this one.
var EventColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// MentionColumns are the 16 columns of a GDELT 2.0 mentions record.
var MentionColumns = []string{
	"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// GDELT geo types (the *Geo_Type columns).
const (
	geoNone      = 0
	geoCountry   = 1
	geoWorldCity = 4
)

// GDELTEventRow returns the 61 fields of m as a GDELT 2.0 event record.
// sitrep computes no tone, so AvgTone is 0; actor geography is not
// resolved, so the Actor1Geo and Actor2Geo blocks are empty (type 0).
// Country codes in the geo block are FIPS 10-4, as GDELT's are.
func GDELTEventRow(m store.MergedEvent) []string {
	day, _ := time.Parse(time.DateOnly, m.Day)
	row := make([]string, 0, len(EventColumns))
	row = append(row,
		strconv.FormatInt(m.ID, 10),
		day.Format("20060102"), day.Format("200601"), day.Format("2006"), fractionDate(day),
	)
	row = append(row, actorFields(m.SourceCountry, m.SourceSector, m.SourceName)...)
	row = append(row, actorFields(m.TargetCountry, m.TargetSector, m.TargetName)...)
	row = append(row,
		boolField(m.IsRoot), m.Cameo, baseCode(m.Cameo), rootCode(m.Cameo),
		strconv.Itoa(m.QuadClass), floatField(m.Goldstein),
		strconv.Itoa(m.NumMentions), strconv.Itoa(m.NumSources), strconv.Itoa(m.NumArticles), "0",
	)
	empty := []string{strconv.Itoa(geoNone), "", "", "", "", "", "", ""}
	row = append(row, empty...) // Actor1Geo
	row = append(row, empty...) // Actor2Geo
	row = append(row, actionGeo(m)...)
	row = append(row, timestamp(m.Added), clean(m.FirstSource))
	return row
}

// fractionDate is GDELT's YYYY.FFFF: the year plus (month*30+day)/365.
func fractionDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.FormatFloat(float64(t.Year())+float64(int(t.Month())*30+t.Day())/365, 'f', 4, 64)
}

// actorFields are Code, Name, CountryCode, KnownGroupCode, EthnicCode,
// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. The
// CAMEO actor code is the country code followed by the sector (IRNGOV).
func actorFields(country, sector, name string) []string {
	return []string{
		country + sector, strings.ToUpper(clean(name)), country, "", "", "", "", sector, "", "",
	}
}

func actionGeo(m store.MergedEvent) []string {
	fips := fipsCountry[m.PlaceCountry]
	switch {
	case m.HasGeo:
		return []string{strconv.Itoa(geoWorldCity), clean(m.Place), fips, "", "", floatField(m.Lat), floatField(m.Lon), ""}
	case m.PlaceCountry != "":
		return []string{strconv.Itoa(geoCountry), clean(m.Place), fips, fips, "", "", "", fips}
	}
	return []string{strconv.Itoa(geoNone), "", "", "", "", "", "", ""}
}

// baseCode is the level-two code of a CAMEO code ("0251" → "025").
func baseCode(c string) string {
	if len(c) > 3 {
		return c[:3]
	}
	return c
}

// rootCode is the root category of a CAMEO code ("0251" → "02").
func rootCode(c string) string {
	if len(c) > 2 {
		return c[:2]
	}
	return c
}

// GDELTMentionRow returns the 16 fields of one event mention: e as one
// article reports it. Actor offsets are -1 (sitrep records the event's
// span and trigger, not separate actor offsets); the action offset is the
// trigger's start in characters, else the event span's.
func GDELTMentionRow(e store.Event, eventAdded string) []string {
	ident := e.ArticleSource
	mtype := "2" // CITATIONONLY: a path or citation, not a URL
	if strings.HasPrefix(ident, "http://") || strings.HasPrefix(ident, "https://") {
		mtype = "1" // WEB
	}
	name := e.ArticleSite
	if name == "" {
		name = hostOf(ident)
	}
	action := e.Span.Start
	if e.TriggerSpan.End > e.TriggerSpan.Start {
		action = e.TriggerSpan.Start
	}
	raw := "1"
	if e.Hypothetical || e.Negated {
		raw = "0"
	}
	return []string{
		strconv.FormatInt(e.MergedID, 10), timestamp(eventAdded), timestamp(e.ArticleAdded), mtype,
		clean(name), clean(ident), strconv.Itoa(e.Sentence + 1), "-1", "-1", strconv.Itoa(action),
		raw, strconv.Itoa(int(e.Confidence*100 + 0.5)), strconv.Itoa(e.ArticleChars), "0", "", "",
	}
}

func hostOf(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	host, _, _ := strings.Cut(rest, "/")
	return strings.TrimPrefix(host, "www.")
}

// timestamp turns an RFC 3339 time into GDELT's YYYYMMDDHHMMSS (UTC).
func timestamp(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return ""
	}
	return t.UTC().Format("20060102150405")
}

func boolField(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func floatField(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// clean makes s safe for one TSV field: tabs and line breaks become
// spaces.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\r' || r == '\n' }), " ")
}

// tsvLine joins fields with tabs and ends the line.
func tsvLine(fields []string) string {
	return strings.Join(fields, "\t") + "\n"
}
