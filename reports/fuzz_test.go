package reports

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"
)

// FuzzCSV writes cells and reads them back with encoding/csv: raw, they
// come back the same; neutralized, they come back as Neutralize made them.
func FuzzCSV(f *testing.F) {
	for _, s := range [][2]string{{"alep", "3"}, {"=1+1", "-il"}, {"a,b\"c", "x\ny"}, {"\r", "\t"}, {"", " "}, {"\xff", "é"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		tb := Table{Columns: []string{"term", "other"}, Rows: [][]string{{a, b}}}
		for _, raw := range []bool{true, false} {
			var buf bytes.Buffer
			if err := WriteCSV(&buf, tb, CSVOptions{Comma: ';', Raw: raw}); err != nil {
				return // encoding/csv refuses some cells (an invalid delimiter), never silently
			}
			r := csv.NewReader(&buf)
			r.Comma = ';'
			recs, err := r.ReadAll()
			if err != nil || len(recs) != 2 {
				t.Fatalf("read back %q: %v", buf.String(), err)
			}
			want := []string{a, b}
			if !raw {
				want = []string{Neutralize(a), Neutralize(b)}
			}
			// encoding/csv turns \r\n inside quoted fields into \n.
			for i := range want {
				w := bytes.ReplaceAll([]byte(want[i]), []byte("\r\n"), []byte("\n"))
				if recs[1][i] != string(w) && !(len(want[i]) > 0 && want[i][len(want[i])-1] == '\r') {
					t.Fatalf("cell %d: wrote %q, read %q (raw %v)", i, want[i], recs[1][i], raw)
				}
			}
		}
	})
}

// FuzzJSON checks that the JSON report is valid whatever its strings hold.
func FuzzJSON(f *testing.F) {
	f.Add("alep", "a\x00b", "\xff\xfe")
	f.Add("\u2028", "\"", "<script>")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		r := &Report{Tool: a, Terms: []Term{{Term: b}}, Entities: []Entity{{Entity: c, Variants: a + b}}, Skipped: []Skipped{{Path: c, Reason: a}}}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(buf.Bytes()) {
			t.Fatalf("invalid JSON: %q", buf.String())
		}
	})
}
