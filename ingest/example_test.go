package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/ingest"
)

func ExampleParseDateline() {
	text := "SHARM EL-SHEIKH, Egypt, Nov. 7, 2022 — World leaders opened the summit."
	date, span, ok := ingest.ParseDateline(text)
	fmt.Println(date.Format("2006-01-02"), text[span.Start:span.End], ok)
	// Output: 2022-11-07 Nov. 7, 2022 true
}

func ExampleRead() {
	in := `{"title": "One", "date": "2024-10-01", "text": "First article."}
{"title": "Two", "text": "Second article."}
{"title": "Three", "text": "broken
`
	err := ingest.Read(context.Background(), []string{"-"}, ingest.Options{Stdin: strings.NewReader(in)},
		func(a *ingest.Article) error {
			fmt.Printf("%s | %s | %q | %s\n", a.Source, a.Title, a.Raw, a.Date.Format("2006-01-02"))
			return nil
		},
		func(err error) { fmt.Println("reported:", err) })
	fmt.Println("err:", err)
	// Output:
	// -:1 | One | "First article." | 2024-10-01
	// -:2 | Two | "Second article." | 0001-01-01
	// reported: ingest: -:3: bad JSON: unexpected end of JSON input (at byte 34)
	// err: <nil>
}
