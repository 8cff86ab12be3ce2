package reports

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
)

//go:embed report.html.tmpl
var htmlTemplate string

var htmlPage = template.Must(template.New("report").Funcs(template.FuncMap{
	"f1": func(x float64) string { return fmt.Sprintf("%.1f", x) },
	"f3": func(x float64) string { return fmt.Sprintf("%.3f", x) },
	"pe": func(x float64) string { return fmt.Sprintf("%.1e", x) },
}).Parse(htmlTemplate))

// htmlData is what the page template reads.
type htmlData struct {
	*Report
	Charts   []htmlChart
	ByLabel  []labelGroup
	Positive []Keyword
	Negative []Keyword
}

type htmlChart struct {
	Title string
	SVG   template.HTML
}

type labelGroup struct {
	Label, Name string
	Entities    []Entity
}

// WriteHTML writes the report as one self-contained HTML page: tables that
// read without JavaScript, and the charts as inline SVG. Nothing is
// loaded from the network.
func WriteHTML(w io.Writer, r *Report, top int) error {
	charts, err := r.Charts(top)
	if err != nil {
		return err
	}
	d := htmlData{Report: r}
	for _, c := range charts {
		svg, err := c.SVG()
		if err != nil {
			return err
		}
		// The SVG is drawn by gonum/plot, which escapes the text it holds.
		d.Charts = append(d.Charts, htmlChart{Title: c.Title, SVG: template.HTML(inlineSVG(svg))})
	}
	names := map[string]string{"PER": "People", "LOC": "Places", "ORG": "Organisations", "MISC": "Other names"}
	for _, l := range []string{"PER", "LOC", "ORG", "MISC"} {
		g := labelGroup{Label: l, Name: names[l]}
		for _, e := range r.Entities {
			if e.Label == l {
				g.Entities = append(g.Entities, e)
			}
		}
		if len(g.Entities) > 0 {
			d.ByLabel = append(d.ByLabel, g)
		}
	}
	for _, k := range r.Keywords {
		if k.Positive {
			d.Positive = append(d.Positive, k)
		} else {
			d.Negative = append(d.Negative, k)
		}
	}
	bw := bufio.NewWriter(w)
	if err := htmlPage.Execute(bw, d); err != nil {
		return err
	}
	return bw.Flush()
}
