// Package corpora finds the shared corpora (../shared/data/corpus beside
// the module) for the benchmarks and the tests that read them. The data
// is not shipped with the module: callers skip when it is absent.
package corpora

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// Files of the shared corpora the stage benchmarks read.
const (
	Novel   = "eltec-fra/FRA00101_Adam.txt" // 120 KB
	Debates = "assemblee-nationale/assemblee-nationale-debats.cv-fr.txt"
)

// root returns the module's folder.
func root() string {
	_, file, _, _ := runtime.Caller(0) // …/internal/corpora/corpora.go
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// Path returns the path of rel, a file or folder of the shared corpora.
func Path(rel string) string {
	return filepath.Join(root(), "..", "shared", "data", "corpus", rel)
}

// TextOrSample is Text, or the module's sample article when the shared
// corpora are absent, so that a benchmark still runs.
func TextOrSample(rel string, limit int) (string, error) {
	if text, err := Text(rel, limit); err == nil {
		return text, nil
	}
	data, err := os.ReadFile(filepath.Join(root(), "testdata", "alep-treve-humanitaire.txt"))
	return string(data), err
}

// Text returns up to limit bytes of rel: a file, or a folder's .txt files
// one after another in name order.
func Text(rel string, limit int) (string, error) {
	path := Path(rel)
	files := []string{path}
	if info, err := os.Stat(path); err != nil {
		return "", err
	} else if info.IsDir() {
		files, _ = filepath.Glob(filepath.Join(path, "*.txt"))
		sort.Strings(files)
	}
	var sb strings.Builder
	for _, f := range files {
		if sb.Len() >= limit {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		sb.Write(data)
	}
	return sb.String()[:min(sb.Len(), limit)], nil
}
