package reports

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is a chart of the report, drawn with gonum.org/v1/plot.
type Chart struct {
	Name  string // a file name stem: terms, stems, entities, zipf
	Title string
	plot  *plot.Plot
	w, h  vg.Length
}

// SVG returns the chart as an SVG document.
func (c Chart) SVG() ([]byte, error) {
	canvas := vgsvg.New(c.w, c.h)
	c.plot.Draw(draw.New(canvas))
	var b bytes.Buffer
	if _, err := canvas.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// PNG returns the chart as a PNG image at 144 dots per inch.
func (c Chart) PNG() ([]byte, error) {
	canvas := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(c.w, c.h), vgimg.UseDPI(144))}
	c.plot.Draw(draw.New(canvas))
	var b bytes.Buffer
	if _, err := canvas.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Charts returns the report's charts: the most frequent words and stems
// and the named entities as horizontal bars, and the rank-frequency plot
// of the corpus on log-log axes (when RankFrequency is set). Charts with
// no data are left out.
func (r *Report) Charts(top int) ([]Chart, error) {
	var out []Chart
	add := func(c Chart, err error) error {
		if err != nil {
			return err
		}
		if c.plot != nil {
			out = append(out, c)
		}
		return nil
	}
	var labels []string
	var values []float64
	for _, t := range r.Terms.Top(top) {
		labels, values = append(labels, t.Term), append(values, float64(t.Count))
	}
	if err := add(barChart("terms", "Most frequent words", "occurrences", labels, values)); err != nil {
		return nil, err
	}
	labels, values = nil, nil
	for _, s := range r.Stems.Top(top) {
		labels, values = append(labels, s.Stem+" ("+s.Label+")"), append(values, float64(s.Count))
	}
	if err := add(barChart("stems", "Most frequent stems", "occurrences", labels, values)); err != nil {
		return nil, err
	}
	labels, values = nil, nil
	for _, e := range r.Entities.Top(top) {
		labels, values = append(labels, e.Entity+" ["+e.Label+"]"), append(values, float64(e.Count))
	}
	if err := add(barChart("entities", "Named entities", "mentions", labels, values)); err != nil {
		return nil, err
	}
	if err := add(zipfChart(r.RankFrequency, r.Corpus.ZipfExponent)); err != nil {
		return nil, err
	}
	return out, nil
}

// barChart draws values as horizontal bars, the first at the top.
func barChart(name, title, unit string, labels []string, values []float64) (Chart, error) {
	if len(values) == 0 {
		return Chart{}, nil
	}
	n := len(values)
	vs := make(plotter.Values, n)
	names := make([]string, n)
	for i := range values {
		vs[n-1-i] = values[i] // the plot counts from the bottom
		names[n-1-i] = labels[i]
	}
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = unit
	bars, err := plotter.NewBarChart(vs, vg.Points(11))
	if err != nil {
		return Chart{}, fmt.Errorf("chart %s: %w", name, err)
	}
	bars.Horizontal = true
	bars.LineStyle.Width = 0
	bars.Color = color.RGBA{R: 0x3b, G: 0x6e, B: 0xa8, A: 0xff}
	p.Add(bars)
	p.NominalY(names...)
	p.X.Min = 0
	p.X.Max = slices.Max(values) * 1.05
	h := vg.Points(float64(60 + 16*n))
	return Chart{Name: name, Title: title, plot: p, w: vg.Points(520), h: h}, nil
}

// zipfChart draws frequency against rank on log-log axes.
func zipfChart(points [][2]int, exponent float64) (Chart, error) {
	if len(points) < 2 {
		return Chart{}, nil
	}
	pts := make(plotter.XYs, 0, len(points))
	maxRank := 2.0
	for _, rc := range points {
		if rc[1] > 0 {
			pts = append(pts, plotter.XY{X: float64(rc[0]), Y: float64(rc[1])})
			maxRank = math.Max(maxRank, float64(rc[0]))
		}
	}
	p := plot.New()
	p.Title.Text = fmt.Sprintf("Rank and frequency (Zipf exponent %.2f)", exponent)
	p.X.Label.Text = "rank"
	p.Y.Label.Text = "occurrences"
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker, p.Y.Tick.Marker = plot.LogTicks{Prec: -1}, plot.LogTicks{Prec: -1}
	s, err := plotter.NewScatter(pts)
	if err != nil {
		return Chart{}, fmt.Errorf("chart zipf: %w", err)
	}
	s.GlyphStyle.Radius = vg.Points(1.5)
	s.GlyphStyle.Color = color.RGBA{R: 0x3b, G: 0x6e, B: 0xa8, A: 0xff}
	p.Add(s)
	p.X.Min, p.Y.Min = 1, 1
	p.X.Max = maxRank
	return Chart{Name: "zipf", Title: "Rank and frequency", plot: p, w: vg.Points(520), h: vg.Points(360)}, nil
}

// inlineSVG strips the XML declaration of an SVG document, to put it in
// an HTML page.
func inlineSVG(svg []byte) string {
	s := string(svg)
	if i := strings.Index(s, "<svg"); i > 0 {
		s = s[i:]
	}
	return s
}
