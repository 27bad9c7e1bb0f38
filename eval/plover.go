package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// A PloverRecord is one sentence of the PLOVER gold-standard records.
type PloverRecord struct {
	ID     string
	Date   string // yyyy-mm-dd
	Text   string
	Event  string // PLOVER type, normalised to the current names
	Source []PloverActor
	Target []PloverActor
}

// A PloverActor is one actor of a PLOVER record.
type PloverActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// ReadPloverGSR reads the PLOVER gold-standard records (a JSON array;
// "source"/"target" are arrays of actors or ""). Records without text or
// event (the DOCUMENT header) are skipped. Event names are returned as in
// the file; callers normalise them (see cameo.NormalizePlover).
func ReadPloverGSR(name string, r io.Reader) ([]PloverRecord, error) {
	var raw []map[string]json.RawMessage
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	var out []PloverRecord
	for i, m := range raw {
		var rec PloverRecord
		str := func(k string) string {
			var s string
			if v, ok := m[k]; ok {
				_ = json.Unmarshal(v, &s)
			}
			return s
		}
		rec.ID, rec.Date, rec.Text, rec.Event = str("id"), str("date"), str("text"), str("event")
		if rec.Text == "" || rec.Event == "" {
			continue
		}
		var err error
		if rec.Source, err = actors(m["source"]); err != nil {
			return nil, fmt.Errorf("%s: record %d (%s): source: %v", name, i, rec.ID, err)
		}
		if rec.Target, err = actors(m["target"]); err != nil {
			return nil, fmt.Errorf("%s: record %d (%s): target: %v", name, i, rec.ID, err)
		}
		out = append(out, rec)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no PLOVER records", name)
	}
	return out, nil
}

func actors(v json.RawMessage) ([]PloverActor, error) {
	s := strings.TrimSpace(string(v))
	if s == "" || s == `""` || s == "null" {
		return nil, nil
	}
	if s[0] == '"' {
		// a few records hold a bare string ("diplomatic") instead of an actor list
		var str string
		if err := json.Unmarshal(v, &str); err != nil {
			return nil, err
		}
		return []PloverActor{{Text: str}}, nil
	}
	var as []PloverActor
	if err := json.Unmarshal(v, &as); err != nil {
		return nil, err
	}
	return as, nil
}

// PloverScores is category accuracy on the PLOVER gold records.
type PloverScores struct {
	Records  int            `json:"records"`
	Correct  int            `json:"correct"`
	Accuracy float64        `json:"accuracy"`
	Coded    int            `json:"coded"` // records with at least one predicted event
	PerType  map[string]int `json:"per_type_correct"`
	Total    map[string]int `json:"per_type_total"`
}
