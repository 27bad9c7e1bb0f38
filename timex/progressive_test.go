package timex

import (
	"testing"
	"time"
)

// progressiveTests: a present progressive arranges what is coming, so a
// month or day after it is ahead of the article ("who is stepping down in
// October" in May was last October); a simple past stays behind.
var progressiveTests = []findTest{
	{"progressive month", "Vice President Jusuf Kalla, who is stepping down in October, urged calm.",
		time.Date(2019, 5, 21, 0, 0, 0, 0, time.UTC), "October", "DATE", "2019-10", ""},
	{"progressive day", "Kalla is stepping down on Oct. 20.",
		time.Date(2019, 5, 21, 0, 0, 0, 0, time.UTC), "Oct. 20", "DATE", "2019-10-20", ""},
	{"progressive weekday", "The president is meeting Putin on Friday.",
		time.Date(2019, 5, 21, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2019-05-24", ""},
	{"past month", "Kalla stepped down in October.",
		time.Date(2019, 5, 21, 0, 0, 0, 0, time.UTC), "October", "DATE", "2018-10", ""},
}

func TestFindProgressive(t *testing.T) { runFindTests(t, progressiveTests) }
