package timex

import (
	"testing"
	"time"
)

// Tests of the year of a month written without one.

// storyTests: a month opening the sentence after one that wrote an
// older year, in a past clause, is that year's when it comes later in
// it; a day or week counted in the same sentence from a year reached by
// "N years later" stays in that year.
var storyTests = []findTest{
	{"month opening the next sentence", "Ana Costa resigned in April 2019. In December, Ben Okoro was elected president.", time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), "December", "DATE", "2019-12", ""},
	{"month opening the next sentence after a year alone", "He was arrested in 2019. In March, he was released.", time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), "March", "DATE", "2019-03", ""},
	{"an earlier month keeps the article's reading", "Ana Costa resigned in April 2019. In February, Ben Okoro was elected president.", time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), "February", "DATE", "2024-02", ""},
	{"a month inside the clause keeps the article's reading", "Ana Costa resigned in April 2019. Ben Okoro was elected in December.", time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), "December", "DATE", "2023-12", ""},
	{"a recent year keeps the article's reading", "Ana Costa resigned in April 2023. In December, Ben Okoro was elected president.", time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), "December", "DATE", "2023-12", ""},
	{"a week later in the same sentence", "He was arrested in 2019. Two years later, he was released, and a week later he left the country.", time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC), "a week later", "DATE", "2021", ""},
}

func TestFindStory(t *testing.T) { runFindTests(t, storyTests) }
