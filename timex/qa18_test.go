package timex

import (
	"testing"
	"time"
)

// qa18Tests: "would" reaches a weekday over its verb group and a chain
// of place phrases (QA18 T-1); a chain with another event's time in it
// ("after the ceremony") does not.
var qa18Tests = []findTest{
	{"would over two place phrases", "The envoy said the treaty would be signed at the old customs house in Tallinn on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-13", ""},
	{"would resume over three place phrases", "Officials said talks would resume at the conference hall of the foreign ministry in Lima on Monday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2025-06-16", ""},
	{"a past clause keeps its past", "The envoy said the treaty was signed at the old customs house in Tallinn on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-06", ""},
}

func TestFindQA18(t *testing.T) { runFindTests(t, qa18Tests) }
