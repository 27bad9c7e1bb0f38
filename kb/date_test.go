package kb

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, prec string
		err            bool
	}{
		{"2006", "2006", "year", false},
		{"2006-03", "2006-03", "month", false},
		{"2006-03-09", "2006-03-09", "day", false},
		{" 2024-02-29 ", "2024-02-29", "day", false},
		{"", "", "", false},
		{"2023-02-29", "", "", true},
		{"2006-13", "", "", true},
		{"2006-00-01", "", "", true},
		{"06-03-09", "", "", true},
		{"2006-3-x", "", "", true},
		{"2006-03-09-01", "", "", true},
		{"0000", "", "", true},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("ParseDate(%q) error = %v; want error %v", tt.in, err, tt.err)
			continue
		}
		if err == nil && (d.String() != tt.want || d.Precision() != tt.prec) {
			t.Errorf("ParseDate(%q) = %s (%s); want %s (%s)", tt.in, d, d.Precision(), tt.want, tt.prec)
		}
	}
}

func TestDateFirstLast(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"2006", "2006-01-01", "2006-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-02", "2023-02-01", "2023-02-28"},
		{"2023-07-04", "2023-07-04", "2023-07-04"},
	}
	for _, tt := range tests {
		d, _ := ParseDate(tt.in)
		if d.First().String() != tt.first || d.Last().String() != tt.last {
			t.Errorf("%s: First, Last = %s, %s; want %s, %s", tt.in, d.First(), d.Last(), tt.first, tt.last)
		}
	}
}

func mustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestPeriodHolds(t *testing.T) {
	tests := []struct {
		start, end, day string
		want            Truth
	}{
		{"2005-08-03", "2013-08-03", "2010-01-01", True},
		{"2005-08-03", "2013-08-03", "2013-08-03", True}, // ends inclusive
		{"2005-08-03", "2013-08-03", "2013-08-04", False},
		{"2005-08-03", "2013-08-03", "2005-08-02", False},
		{"2005", "2013", "2005-06-01", Unknown}, // inside the start year
		{"2005", "2013", "2004-12-31", False},
		{"2005", "2013", "2013-12-31", Unknown},
		{"2005", "2013", "2014-01-01", False},
		{"2005-08", "", "2030-01-01", True}, // open end
		{"", "2001-05", "1990-01-01", True}, // open start
		{"", "2001-05", "2001-05-15", Unknown},
		{"", "2001-05", "2001-06-01", False},
	}
	for _, tt := range tests {
		var p Period
		if tt.start != "" {
			p.Start = mustDate(tt.start)
		}
		if tt.end != "" {
			p.End = mustDate(tt.end)
		}
		if got := p.Holds(mustDate(tt.day)); got != tt.want {
			t.Errorf("Period{%s, %s}.Holds(%s) = %s; want %s", tt.start, tt.end, tt.day, got, tt.want)
		}
	}
}

func TestDateJSON(t *testing.T) {
	var d Date
	if err := d.UnmarshalJSON([]byte(`"2006-03"`)); err != nil || d.String() != "2006-03" {
		t.Errorf(`UnmarshalJSON("2006-03") = %v, %v`, d, err)
	}
	if err := d.UnmarshalJSON([]byte(`2006`)); err == nil {
		t.Errorf("UnmarshalJSON(2006) = nil error; want one (dates are strings)")
	}
	if b, _ := (Date{}).MarshalJSON(); string(b) != "null" {
		t.Errorf("zero Date marshals to %s; want null", b)
	}
}
