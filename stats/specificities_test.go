package stats

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// lafonTable is the lexical table of Lafon (1980), as in
// ../shared/data/textometry/robespierre_lexical_table.csv, copied here so
// the test runs without the shared data.
var lafonTable = [][]int{
	{464, 165, 194, 392, 398, 235, 509, 96, 58, 662},
	{45, 18, 15, 14, 53, 30, 42, 16, 4, 59},
	{35, 10, 16, 29, 29, 9, 21, 14, 2, 42},
	{30, 13, 11, 19, 22, 10, 16, 7, 2, 35},
	{6, 5, 16, 8, 23, 10, 35, 8, 3, 39},
	{7815, 2347, 3668, 6441, 7371, 4261, 9519, 1922, 1015, 13096},
}

// lafonExpected are the specificities that R's textometry package prints
// for that table (its published test output), to 4 decimals.
var lafonExpected = [][]float64{
	{1.2477, 2.6891, -0.5534, 1.6471, -0.5096, -0.2909, -0.6132, -0.8098, 0.3884, -2.2050},
	{0.6161, 1.1466, -0.6709, -4.1743, 2.1122, 1.2906, -0.7980, 1.3632, -0.3977, -0.8410},
	{0.9753, 0.4424, 0.6038, 0.9023, 0.4706, -1.2797, -2.2003, 1.9736, -0.5366, -0.6335},
	{1.2133, 1.6778, 0.3146, 0.3091, 0.3364, -0.5024, -2.0550, 0.4965, -0.3552, -0.4359},
	{-4.2432, -0.4160, 1.4491, -2.0903, 0.6178, -0.3834, 1.5961, 0.8409, 0.2942, 0.6414},
	{-1.2657, -3.6429, 0.3542, -0.5984, -0.5387, 0.3333, 1.2439, -0.5569, 0.3377, 2.4355},
}

func TestSpecificitiesLafon(t *testing.T) {
	got := Specificities(lafonTable)
	for i := range lafonExpected {
		for j, want := range lafonExpected[i] {
			if math.Abs(got[i][j]-want) > 0.00005 {
				t.Errorf("cell %d,%d: %.4f, want %.4f", i, j, got[i][j], want)
			}
		}
	}
}

// TestSpecificitiesSharedData reads the published table and values from
// ../shared/data/textometry, when present, to check the copies above.
func TestSpecificitiesSharedData(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "textometry")
	f, err := os.Open(filepath.Join(dir, "specificities_expected.txt"))
	if err != nil {
		t.Skipf("textometry data not in %s (shared data absent)", dir)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	row := 0
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 11 || strings.HasPrefix(fields[0], "#") || fields[0] == "D1" {
			continue
		}
		for j, s := range fields[1:] {
			v, _ := strconv.ParseFloat(s, 64)
			if v != lafonExpected[row][j] {
				t.Errorf("row %d col %d: file %v, copy %v", row, j, v, lafonExpected[row][j])
			}
		}
		row++
	}
	if row != 6 {
		t.Errorf("%d rows read", row)
	}
}

// TestSpecificityLargeCorpus checks that a corpus of 50 million tokens
// neither overflows nor underflows: a form used 20,000 times, 5,000 of
// them in a part of 1 million tokens (expected: 400) is very specific.
func TestSpecificityLargeCorpus(t *testing.T) {
	s := Specificity(5000, 20000, 1_000_000, 50_000_000)
	if math.IsInf(s, 0) || math.IsNaN(s) || s < 1000 {
		t.Errorf("specificity %v", s)
	}
	if s := Specificity(400, 20000, 1_000_000, 50_000_000); math.Abs(s) > 1 {
		t.Errorf("at the expected count: %v, want near 0", s)
	}
}
