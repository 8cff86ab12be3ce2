package examples

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNotebookCells runs the Go code of each cell of analyze.ipynb as a
// program, the way GoNB does (declarations, then the body of main after
// %%; shell lines starting with ! left out; gonbui replaced by a stub that
// prints what would be displayed), so that the notebook's code is checked
// even where GoNB is not installed. Cells' declarations accumulate, as in
// GoNB.
func TestNotebookCells(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs; skipped with -short")
	}
	data, err := os.ReadFile("analyze.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	var nb struct {
		Cells []struct {
			Type   string   `json:"cell_type"`
			Source []string `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &nb); err != nil {
		t.Fatalf("analyze.ipynb: %v", err)
	}
	repo, _ := filepath.Abs("..")
	dir := t.TempDir()
	stub := filepath.Join(dir, "gonbstub")
	os.MkdirAll(filepath.Join(stub, "gonbui"), 0o755)
	os.WriteFile(filepath.Join(stub, "go.mod"), []byte("module github.com/janpfeifer/gonb\n\ngo 1.23\n"), 0o644)
	os.WriteFile(filepath.Join(stub, "gonbui", "gonbui.go"), []byte(`package gonbui

import "fmt"

// DisplaySVG stands in for GoNB's: it says what would be shown.
func DisplaySVG(svg string) { fmt.Printf("[svg, %d bytes]\n", len(svg)) }
`), 0o644)
	prog := filepath.Join(dir, "prog")
	os.MkdirAll(prog, 0o755)
	gomod := "module notebook\n\ngo 1.23\n\nrequire (\n\tgithub.com/analyze-fr/analyze v0.0.0\n\tgithub.com/janpfeifer/gonb v0.0.0\n)\n\n" +
		"replace github.com/analyze-fr/analyze => " + repo + "\n\nreplace github.com/janpfeifer/gonb => " + stub + "\n"
	os.WriteFile(filepath.Join(prog, "go.mod"), []byte(gomod), 0o644)
	// The module's go.sum serves the notebook's program too.
	sum, _ := os.ReadFile(filepath.Join(repo, "go.sum"))
	os.WriteFile(filepath.Join(prog, "go.sum"), sum, 0o644)

	importRe := regexp.MustCompile(`(?s)^\s*import\s*(\((.*?)\)|("[^"]+"))`)
	imports := map[string]bool{}
	var decls []string
	ran := 0
	for i, c := range nb.Cells {
		if c.Type != "code" {
			continue
		}
		src := strings.Join(c.Source, "")
		if strings.HasPrefix(strings.TrimSpace(src), "!") {
			continue
		}
		head, body, hasMain := strings.Cut(src, "%%")
		for {
			m := importRe.FindStringSubmatch(head)
			if m == nil {
				break
			}
			for _, line := range strings.Split(m[2]+"\n"+m[3], "\n") {
				if line = strings.TrimSpace(line); line != "" {
					imports[line] = true
				}
			}
			head = head[len(m[0]):]
		}
		if strings.TrimSpace(head) != "" {
			decls = append(decls, head)
		}
		if !hasMain {
			continue
		}
		var b strings.Builder
		b.WriteString("package main\n\nimport (\n")
		for imp := range imports {
			b.WriteString("\t" + imp + "\n")
		}
		b.WriteString(")\n\n")
		for imp := range imports { // keep every import used
			name := strings.Trim(imp[strings.LastIndex(imp, "/")+1:], `"`)
			b.WriteString("var _ = " + map[string]string{"fmt": "fmt.Sprint", "os": "os.Getenv", "analyze": "analyze.Version", "gonbui": "gonbui.DisplaySVG"}[name] + "\n")
		}
		b.WriteString(strings.Join(decls, "\n") + "\n\nfunc main() {\n" + body + "\n}\n")
		os.WriteFile(filepath.Join(prog, "main.go"), []byte(b.String()), 0o644)
		cmd := exec.Command("go", "run", "-mod=mod", ".")
		cmd.Dir = prog
		cmd.Env = append(os.Environ(), "ANALYZE_DIR="+repo, "GOFLAGS=-mod=mod")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("cell %d: %v\n%s\n--- program:\n%s", i, err, out, b.String())
		}
		t.Logf("cell %d:\n%s", i, out)
		ran++
	}
	if ran < 4 {
		t.Errorf("%d cells ran", ran)
	}
}
