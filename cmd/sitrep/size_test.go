package main

import "testing"

// FuzzParseByteSize checks that any flag text either fails or gives a
// positive size of at most 1 TB that prints back to the same size.
func FuzzParseByteSize(f *testing.F) {
	for _, s := range []string{"16MB", "500k", "1G", "1048576", "0", "-1", "1XB", "9999999999999G", " 3 MiB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseByteSize(s)
		if err != nil {
			return
		}
		if n <= 0 || n > 1<<40 {
			t.Fatalf("parseByteSize(%q) = %d: out of range", s, n)
		}
		b := byteSize(n)
		back, err := parseByteSize(b.String())
		if err != nil || back != n {
			t.Fatalf("parseByteSize(%q) = %d prints as %q, which parses to %d, %v", s, n, b.String(), back, err)
		}
	})
}
