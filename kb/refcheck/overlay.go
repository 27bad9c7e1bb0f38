package refcheck

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"
)

// csvFile reads the CSV file at path as overlayRows does.
func csvFile(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return overlayRows(f, path)
}

// overlayRows reads a CSV with a header into maps keyed by column name.
func overlayRows(r io.Reader, name string) ([]map[string]string, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	all, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(all) == 0 {
		return nil, nil
	}
	head := all[0]
	var out []map[string]string
	for _, rec := range all[1:] {
		m := map[string]string{}
		for i, h := range head {
			if i < len(rec) {
				m[strings.TrimSpace(h)] = strings.TrimSpace(rec[i])
			}
		}
		out = append(out, m)
	}
	return out, nil
}
