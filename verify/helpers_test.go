package verify_test

import "time"

func timeParse(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }
