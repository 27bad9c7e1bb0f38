package eval

import (
	"io"
	"math"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

const geoVirusSample = `<articles>
  <article>
    <source>https://example.org/a</source>
    <text>Cases in Göttingen and Pandi, Bulacan rose.</text>
    <locations>
      <location><name>Pandi</name><start>24</start><end>29</end><lat>14.87</lat><lon>120.95</lon><page>x</page></location>
      <location><name>Bulacan</name><start>31</start><end>38</end><lat>15</lat><lon>121.08</lon><page>x</page></location>
      <location><name>Nowhere</name><start>0</start><end>7</end><lat>1</lat><lon>1</lon><page>x</page></location>
    </locations>
  </article>
</articles>`

const lglSample = `<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <title>t</title>
    <text><![CDATA[Fire in Alexandria’s east; Rapides Parish helped.]]></text>
    <toponyms count="2">
      <toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
        <gaztag geonameid="1"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
      <toponym><start>27</start><end>41</end><phrase>Rapides Parish</phrase></toponym>
    </toponyms>
  </article>
</articles>`

func TestReadGeoVirus(t *testing.T) {
	as, err := ReadGeoVirus(strings.NewReader(geoVirusSample), "gv.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 {
		t.Fatalf("%d articles; want 1", len(as))
	}
	a := as[0]
	// The offsets are one character late, as in the real corpus; the
	// multibyte "ö" makes byte and character offsets differ.
	if len(a.Toponyms) != 2 || a.Realigned != 2 {
		t.Fatalf("toponyms %+v, realigned %d; want Pandi and Bulacan, both realigned", a.Toponyms, a.Realigned)
	}
	for _, tp := range a.Toponyms {
		if got := a.Text[tp.Span.Start:tp.Span.End]; got != tp.Name || !tp.HasCoord {
			t.Errorf("toponym %q: span text %q, has coord %v", tp.Name, got, tp.HasCoord)
		}
	}
}

func TestReadLGL(t *testing.T) {
	as, err := ReadLGL(strings.NewReader(lglSample), "lgl.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].ID != "7" || len(as[0].Toponyms) != 2 {
		t.Fatalf("articles %+v", as)
	}
	a := as[0]
	if a.Realigned != 0 {
		t.Errorf("realigned %d; want 0 (LGL offsets are exact)", a.Realigned)
	}
	al, rp := a.Toponyms[0], a.Toponyms[1]
	if a.Text[rp.Span.Start:rp.Span.End] != "Rapides Parish" || rp.HasCoord {
		t.Errorf("Rapides Parish: span %q, has coord %v; want the phrase, no coordinates", a.Text[rp.Span.Start:rp.Span.End], rp.HasCoord)
	}
	if !al.HasCoord || al.Lat != 31.3113 || al.Lon != -92.4451 {
		t.Errorf("Alexandria: %+v", al)
	}
}

func TestReadGeoErrors(t *testing.T) {
	tests := []struct {
		name string
		read func(string) error
	}{
		{"not xml", func(s string) error { _, err := ReadGeoVirus(strings.NewReader("not xml"), "f.xml"); return err }},
		{"no articles", func(s string) error {
			_, err := ReadLGL(strings.NewReader("<articles></articles>"), "f.xml")
			return err
		}},
		{"bad offsets", func(s string) error {
			_, err := ReadGeoVirus(strings.NewReader(`<articles><article><text>abc</text><locations><location><name>a</name><start>x</start><end>1</end></location></locations></article></articles>`), "f.xml")
			return err
		}},
		{"LGL read as GeoVirus", func(s string) error { _, err := ReadGeoVirus(strings.NewReader(lglSample), "f.xml"); return err }},
		{"GeoVirus read as LGL", func(s string) error { _, err := ReadLGL(strings.NewReader(geoVirusSample), "f.xml"); return err }},
		{"bad lat", func(s string) error {
			_, err := ReadGeoVirus(strings.NewReader(`<articles><article><text>abc</text><locations><location><name>abc</name><start>0</start><end>3</end><lat>95</lat><lon>0</lon></location></locations></article></articles>`), "f.xml")
			return err
		}},
	}
	for _, tt := range tests {
		err := tt.read("")
		if err == nil || !strings.HasPrefix(err.Error(), "f.xml") {
			t.Errorf("%s: error %v; want one naming f.xml", tt.name, err)
		}
	}
}

func TestGeoScore(t *testing.T) {
	a := &GeoArticle{
		Text: "Shelling in Kharkiv and Odesa; Paris talks.",
		Toponyms: []GeoToponym{
			{Span: doc.Span{Start: 12, End: 19}, Name: "Kharkiv", Lat: 49.99, Lon: 36.23, HasCoord: true},
			{Span: doc.Span{Start: 24, End: 29}, Name: "Odesa", Lat: 46.48, Lon: 30.72, HasCoord: true},
			{Span: doc.Span{Start: 31, End: 36}, Name: "Paris", Lat: 33.66, Lon: -95.56, HasCoord: true}, // Paris, Texas
		},
	}
	sys := []doc.Place{
		{Span: doc.Span{Start: 12, End: 19}, Name: "Kharkiv", Lat: 50.00, Lon: 36.23, Kind: "city"},
		{Span: doc.Span{Start: 31, End: 36}, Name: "Paris", Lat: 48.86, Lon: 2.35, Kind: "capital"},
		{Span: doc.Span{Start: 0, End: 8}, Name: "Shelling", Kind: "city"},
	}
	var s GeoScore
	diff := s.Add(a, sys)
	s.Finish()
	if s.Gold != 3 || s.System != 3 || s.Found != 2 || s.Correct != 2 || s.Exact != 2 {
		t.Errorf("counts %+v", s)
	}
	if len(diff.Missed) != 1 || diff.Missed[0].Name != "Odesa" || len(diff.Spurious) != 1 || len(diff.Far) != 1 || diff.Far[0].Gold.Name != "Paris" {
		t.Errorf("diff %+v", diff)
	}
	if math.Abs(s.Precision-2.0/3) > 1e-9 || math.Abs(s.Recall-2.0/3) > 1e-9 || math.Abs(s.F1-2.0/3) > 1e-9 {
		t.Errorf("P/R/F1 = %.3f/%.3f/%.3f; want 0.667 each", s.Precision, s.Recall, s.F1)
	}
	if s.Resolved != 2 || s.Within != 1 || s.AccuracyAt != 0.5 {
		t.Errorf("resolved %d within %d accuracy %.2f; want 2, 1, 0.5", s.Resolved, s.Within, s.AccuracyAt)
	}
	if s.MedianKm < 3000 || s.MedianKm > 4500 { // mean of ~1 km and ~7,900 km
		t.Errorf("median error %.1f km", s.MedianKm)
	}
	if s.ResolvedNonCountry != 2 || s.AccuracyNonCountry != 0.5 {
		t.Errorf("non-country: %d resolved, accuracy %.2f", s.ResolvedNonCountry, s.AccuracyNonCountry)
	}
}

func FuzzReadGeoVirus(f *testing.F) {
	f.Add(geoVirusSample)
	f.Add(`<articles><article><text>é</text><locations><location><name>é</name><start>0</start><end>1</end></location></locations></article></articles>`)
	f.Fuzz(func(t *testing.T, s string) {
		checkGeoArticles(t, ReadGeoVirus, s)
	})
}

func FuzzReadLGL(f *testing.F) {
	f.Add(lglSample)
	f.Fuzz(func(t *testing.T, s string) {
		checkGeoArticles(t, ReadLGL, s)
	})
}

func checkGeoArticles(t *testing.T, read func(io.Reader, string) ([]GeoArticle, error), s string) {
	as, err := read(strings.NewReader(s), "fuzz")
	if err != nil {
		return
	}
	for _, a := range as {
		for _, tp := range a.Toponyms {
			if tp.Span.Start < 0 || tp.Span.End > len(a.Text) || tp.Span.Start > tp.Span.End {
				t.Fatalf("span %v out of text of %d bytes", tp.Span, len(a.Text))
			}
			if a.Text[tp.Span.Start:tp.Span.End] != tp.Name {
				t.Fatalf("span %v is %q, name %q", tp.Span, a.Text[tp.Span.Start:tp.Span.End], tp.Name)
			}
		}
	}
}
