package reports

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// WriteTable writes a table in a format: "text" (aligned columns), "csv",
// "json" (an array of objects, numeric columns as numbers) or "md".
// numeric lists the columns whose cells are numbers.
func WriteTable(w io.Writer, t Table, format string, numeric map[string]bool, opts CSVOptions) error {
	switch format {
	case "csv":
		return WriteCSV(w, t, opts)
	case "json":
		rows := make([]json.RawMessage, 0, len(t.Rows))
		for _, row := range t.Rows {
			var b strings.Builder
			b.WriteByte('{')
			for j, cell := range row {
				if j > 0 {
					b.WriteByte(',')
				}
				k, _ := json.Marshal(t.Columns[j])
				b.Write(k)
				b.WriteByte(':')
				if _, err := strconv.ParseFloat(cell, 64); err == nil && numeric[t.Columns[j]] {
					b.WriteString(cell)
				} else {
					v, _ := json.Marshal(cell)
					b.Write(v)
				}
			}
			b.WriteByte('}')
			rows = append(rows, json.RawMessage(b.String()))
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "md":
		bw := bufio.NewWriter(w)
		fmt.Fprintf(bw, "| %s |\n|%s\n", strings.Join(t.Columns, " | "), strings.Repeat("---|", len(t.Columns)))
		for _, row := range t.Rows {
			cells := make([]string, len(row))
			for i, c := range row {
				cells[i] = mdEscaper.Replace(c)
			}
			fmt.Fprintf(bw, "| %s |\n", strings.Join(cells, " | "))
		}
		return bw.Flush()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(t.Columns, "\t"))
	for _, row := range t.Rows {
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	return tw.Flush()
}
