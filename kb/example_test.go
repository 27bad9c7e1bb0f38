package kb_test

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// A KB file stacked on an empty KB, then asked who held an office when.
func ExampleLoad() {
	data := `{"type":"source","name":"demo","as_of":"2025-06-30"}
{"type":"actor","id":"person.mir-hossein-mousavi","kind":"person","name":"Mir-Hossein Mousavi","source":"demo"}
{"type":"office","id":"IRN.prime_minister","name":"Prime Minister of Iran","single":true,"to":"1989-08-03","source":"demo"}
{"type":"role","person":"person.mir-hossein-mousavi","office":"IRN.prime_minister","start":"1981-10-31","end":"1989-08-03","source":"demo"}
`
	k := kb.New()
	if err := kb.Load(strings.NewReader(data), "demo.jsonl", k); err != nil {
		fmt.Println(err)
		return
	}
	day := func(s string) kb.Date { d, _ := kb.ParseDate(s); return d }
	fmt.Println(k.OfficeExists("IRN.prime_minister", day("1989-08-03")))
	fmt.Println(k.OfficeExists("IRN.prime_minister", day("2024-05-01")))
	fmt.Println(k.Holds("person.mir-hossein-mousavi", "IRN.prime_minister", day("1985-01-01")))
	fmt.Println(k.ByName(kb.Fold("Mir Hossein Mousavi"))[0].ID)
	// Output:
	// true
	// false
	// true
	// person.mir-hossein-mousavi
}

// Errors name the file and line; nothing is loaded.
func ExampleLoad_errors() {
	data := `{"type":"actor","id":"person.x","kind":"person","name":"X","born":"1950-02-30"}
{"type":"role","person":"person.x","office":"ZZZ.president","start":"2005","end":"2001"}
`
	err := kb.Load(strings.NewReader(data), "bad.jsonl", kb.New())
	fmt.Println(err)
	// Output:
	// bad.jsonl:1: impossible date "1950-02-30" (and 1 more errors)
}
