package store

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestTopArrays(t *testing.T) {
	tests := []struct {
		name, js string
		want     [][]string // for keys a, b
	}{
		{"both", `{"a":[1,"x",{"k":[2]}],"b":[]}`, [][]string{{`1`, `"x"`, `{"k":[2]}`}, {}}},
		{"spaces", " { \"a\" : [ {\"s\": \"]}\\\"[\" } , null ] ,\n\"z\": {\"a\": [9]} } ", [][]string{{`{"s": "]}\"[" }`, `null`}, nil}},
		{"nested key not taken", `{"z":{"a":[1]},"a":[2]}`, [][]string{{`2`}, nil}},
		{"not an array", `{"a":"[1]","b":{"x":1}}`, [][]string{nil, nil}},
		{"empty object", `{}`, [][]string{nil, nil}},
		{"escaped key", `{"\"a":[1],"b":[true,false]}`, [][]string{nil, {`true`, `false`}}},
		{"unclosed string", `{"a":["x]}`, [][]string{nil, nil}},
		{"unclosed array", `{"a":[1,2`, [][]string{nil, nil}},
		{"missing colon", `{"a" [1]}`, [][]string{nil, nil}},
		{"trailing comma", `{"a":[1,]}`, [][]string{nil, nil}},
		{"not an object", `[1,2]`, [][]string{nil, nil}},
		{"empty", ``, [][]string{nil, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topArrays(tt.js, "a", "b")
			for k := range tt.want {
				if !slices.Equal(got[k], tt.want[k]) || (got[k] == nil) != (tt.want[k] == nil) {
					t.Errorf("topArrays(%q)[%d] = %q; want %q", tt.js, k, got[k], tt.want[k])
				}
			}
		})
	}
}

func FuzzTopArrays(f *testing.F) {
	for _, s := range []string{`{"a":[1,"x",{"k":[2]}],"b":[]}`, `{"a":["\\\"",[[]]]}`, `{"a":[1,]}`, `{`, `{"a":[{"b":"}"}]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, js string) {
		got := topArrays(js, "a", "b")
		if !json.Valid([]byte(js)) {
			return
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal([]byte(js), &obj) != nil {
			return
		}
		for k, key := range []string{"a", "b"} {
			var want []json.RawMessage
			if json.Unmarshal(obj[key], &want) != nil {
				continue // absent or not an array
			}
			if len(got[k]) != len(want) {
				// Duplicate keys: encoding/json keeps the last, topArrays
				// the last too, so lengths agree for any valid object.
				t.Fatalf("topArrays(%q)[%q] has %d elements; want %d", js, key, len(got[k]), len(want))
			}
			for i, e := range got[k] {
				if !json.Valid([]byte(e)) {
					t.Fatalf("topArrays(%q)[%q][%d] = %q is not JSON", js, key, i, e)
				}
			}
		}
	})
}
